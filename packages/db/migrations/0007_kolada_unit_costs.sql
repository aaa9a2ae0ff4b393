CREATE TABLE "kolada_unit_costs" (
	"kpi_id" text NOT NULL,
	"kpi_title" text NOT NULL,
	"municipality" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"fetched_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "kolada_unit_costs_kpiId_municipality_year_unique" UNIQUE("kpi_id","municipality","year")
);
