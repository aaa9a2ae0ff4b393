CREATE TYPE "public"."focus_area" AS ENUM('earlyChildhood', 'language', 'school', 'childrenInCare', 'parentalSupport', 'physicalActivity', 'mentalHealth', 'publicHealth', 'substanceUse', 'crimePrevention', 'employment', 'integration', 'housing', 'elderlyHealth', 'fallPrevention', 'culture', 'socialCohesion');--> statement-breakpoint
CREATE TYPE "public"."initiative_scope" AS ENUM('local', 'regional', 'national');--> statement-breakpoint
CREATE TYPE "public"."initiative_status" AS ENUM('planned', 'ongoing', 'completed', 'implemented', 'scaledUp');--> statement-breakpoint
CREATE TYPE "public"."organisation_role" AS ENUM('lead', 'partner', 'funder', 'evaluator');--> statement-breakpoint
CREATE TYPE "public"."place_kind" AS ENUM('municipality', 'region', 'site');--> statement-breakpoint
CREATE TYPE "public"."showcase_group" AS ENUM('gavleborg', 'national', 'pagang');--> statement-breakpoint
CREATE TYPE "public"."effect_unit" AS ENUM('share', 'percentagePoints', 'measureUnits');--> statement-breakpoint
CREATE TYPE "public"."evaluation_design" AS ENUM('randomisedControlledTrial', 'matchedControl', 'stratifiedControl', 'waitListControl', 'contemporaneousComparison', 'historicalComparison', 'beforeAfter', 'descriptive', 'qualitative', 'testimonials');--> statement-breakpoint
CREATE TYPE "public"."evaluation_group_kind" AS ENUM('treatment', 'control');--> statement-breakpoint
CREATE TYPE "public"."evaluation_status" AS ENUM('planned', 'ongoing', 'completed');--> statement-breakpoint
CREATE TYPE "public"."news_kind" AS ENUM('report', 'seminar', 'project', 'news');--> statement-breakpoint
CREATE TYPE "public"."news_organisation_role" AS ENUM('author', 'publisher', 'organiser', 'partner', 'mentioned');--> statement-breakpoint
CREATE TABLE "initiative_focus_areas" (
	"initiative_id" uuid NOT NULL,
	"focus_area" "focus_area" NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "initiative_focus_areas_initiative_id_focus_area_pk" PRIMARY KEY("initiative_id","focus_area")
);
--> statement-breakpoint
CREATE TABLE "initiative_organisations" (
	"initiative_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "organisation_role" NOT NULL,
	"note_sv" text,
	"note_en" text,
	CONSTRAINT "initiative_organisations_initiative_id_position_pk" PRIMARY KEY("initiative_id","position"),
	CONSTRAINT "initiative_organisations_role_unique" UNIQUE("initiative_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "initiative_places" (
	"initiative_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" "place_kind" NOT NULL,
	"municipality_code" text,
	"county_code" text,
	"name" text NOT NULL,
	"description_sv" text,
	"description_en" text,
	CONSTRAINT "initiative_places_initiative_id_position_pk" PRIMARY KEY("initiative_id","position")
);
--> statement-breakpoint
CREATE TABLE "initiative_quotes" (
	"initiative_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"text_sv" text NOT NULL,
	"text_en" text NOT NULL,
	"attribution_sv" text NOT NULL,
	"attribution_en" text NOT NULL,
	CONSTRAINT "initiative_quotes_initiative_id_position_pk" PRIMARY KEY("initiative_id","position")
);
--> statement-breakpoint
CREATE TABLE "initiative_sources" (
	"initiative_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"accessed" text,
	"note_sv" text,
	"note_en" text,
	CONSTRAINT "initiative_sources_initiative_id_position_pk" PRIMARY KEY("initiative_id","position")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"showcase_group" "showcase_group" NOT NULL,
	"status" "initiative_status" NOT NULL,
	"scope" "initiative_scope" NOT NULL,
	"title_sv" text NOT NULL,
	"title_en" text NOT NULL,
	"tagline_sv" text,
	"tagline_en" text,
	"summary_sv" text NOT NULL,
	"summary_en" text NOT NULL,
	"background_sv" text,
	"background_en" text,
	"aim_sv" text,
	"aim_en" text,
	"method_sv" text,
	"method_en" text,
	"prior_evidence_sv" text,
	"prior_evidence_en" text,
	"evaluation_note_sv" text,
	"evaluation_note_en" text,
	"target_description_sv" text NOT NULL,
	"target_description_en" text NOT NULL,
	"age_min" smallint,
	"age_max" smallint,
	"school_year_from" smallint,
	"school_year_to" smallint,
	"target_age_min" smallint,
	"target_age_max" smallint,
	"participants_min" integer,
	"participants_max" integer,
	"period_start" text,
	"period_end" text,
	"period_description_sv" text,
	"period_description_en" text,
	"highlights" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contacts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_terms" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"title_sort" text GENERATED ALWAYS AS (translate(lower("title_sv"), 'åäæöøáàâéèêëíìîóòôúùüçñ', '{||}}aaaeeeeiiiooouuycn')) STORED NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce("title_sv", '')), 'A') || setweight(to_tsvector('swedish', coalesce("tagline_sv", '') || ' ' || coalesce("summary_sv", '')), 'B') || setweight(to_tsvector('swedish', coalesce("background_sv", '') || ' ' || coalesce("aim_sv", '') || ' ' || coalesce("method_sv", '') || ' ' || coalesce("target_description_sv", '') || ' ' || coalesce("prior_evidence_sv", '') || ' ' || coalesce("search_terms", '')), 'C')) STORED NOT NULL,
	CONSTRAINT "initiatives_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "evaluation_groups" (
	"evaluation_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"key" text NOT NULL,
	"kind" "evaluation_group_kind" NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"description_sv" text,
	"description_en" text,
	"size" integer,
	CONSTRAINT "evaluation_groups_evaluation_id_position_pk" PRIMARY KEY("evaluation_id","position"),
	CONSTRAINT "evaluation_groups_key_unique" UNIQUE("evaluation_id","key")
);
--> statement-breakpoint
CREATE TABLE "evaluation_results" (
	"evaluation_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"measure_key" text NOT NULL,
	"group_key" text NOT NULL,
	"before" double precision,
	"after" double precision,
	"change" double precision,
	"note_sv" text,
	"note_en" text,
	CONSTRAINT "evaluation_results_evaluation_id_position_pk" PRIMARY KEY("evaluation_id","position"),
	CONSTRAINT "evaluation_results_measure_group_unique" UNIQUE("evaluation_id","measure_key","group_key")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"key" text NOT NULL,
	"designs" "evaluation_design"[] NOT NULL,
	"status" "evaluation_status" NOT NULL,
	"evidence_level" smallint,
	"period_start" text,
	"period_end" text,
	"period_description_sv" text,
	"period_description_en" text,
	"evaluator_organisation_id" uuid,
	"evaluator_name_sv" text,
	"evaluator_name_en" text,
	"description_sv" text NOT NULL,
	"description_en" text NOT NULL,
	"findings_sv" text,
	"findings_en" text,
	"measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"effect_measure_key" text,
	"effect_low" double precision,
	"effect_high" double precision,
	"effect_central" double precision,
	"effect_unit" "effect_unit",
	"effect_basis_sv" text,
	"effect_basis_en" text,
	CONSTRAINT "evaluations_initiative_key_unique" UNIQUE("initiative_id","key")
);
--> statement-breakpoint
CREATE TABLE "news_item_organisations" (
	"news_item_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" "news_organisation_role" NOT NULL,
	CONSTRAINT "news_item_organisations_news_item_id_position_pk" PRIMARY KEY("news_item_id","position"),
	CONSTRAINT "news_item_organisations_role_unique" UNIQUE("news_item_id","organisation_id","role")
);
--> statement-breakpoint
CREATE TABLE "news_item_sources" (
	"news_item_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"accessed" text,
	"note_sv" text,
	"note_en" text,
	CONSTRAINT "news_item_sources_news_item_id_position_pk" PRIMARY KEY("news_item_id","position")
);
--> statement-breakpoint
CREATE TABLE "news_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"kind" "news_kind" NOT NULL,
	"title_sv" text NOT NULL,
	"title_en" text NOT NULL,
	"summary_sv" text NOT NULL,
	"summary_en" text NOT NULL,
	"body_sv" text,
	"body_en" text,
	"highlights" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"publication_date" text,
	"event_date" text,
	"duration_minutes" integer,
	"period_start" text,
	"period_end" text,
	"period_description_sv" text,
	"period_description_en" text,
	"place" text,
	"report_number" text,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"related_initiative_id" uuid,
	"sort_date" text NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"published_on_site_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', coalesce("title_sv", '')), 'A') || setweight(to_tsvector('swedish', coalesce("summary_sv", '')), 'B') || setweight(to_tsvector('swedish', coalesce("body_sv", '') || ' ' || coalesce("place", '') || ' ' || coalesce("report_number", '')), 'C')) STORED NOT NULL,
	CONSTRAINT "news_items_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "unit_costs" (
	"key" text PRIMARY KEY NOT NULL,
	"label_sv" text NOT NULL,
	"label_en" text NOT NULL,
	"unit" text NOT NULL,
	"value" double precision NOT NULL,
	"low" double precision,
	"high" double precision,
	"price_year" integer,
	"payers" jsonb NOT NULL,
	"geography" text NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "description_sv" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "description_en" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "name_sort" text GENERATED ALWAYS AS (translate(lower("name_sv"), 'åäæöøáàâéèêëíìîóòôúùüçñ', '{||}}aaaeeeeiiiooouuycn')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "initiative_focus_areas" ADD CONSTRAINT "initiative_focus_areas_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_organisations" ADD CONSTRAINT "initiative_organisations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_organisations" ADD CONSTRAINT "initiative_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_places" ADD CONSTRAINT "initiative_places_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_quotes" ADD CONSTRAINT "initiative_quotes_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_sources" ADD CONSTRAINT "initiative_sources_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_groups" ADD CONSTRAINT "evaluation_groups_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_organisation_id_organisations_id_fk" FOREIGN KEY ("evaluator_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_organisations" ADD CONSTRAINT "news_item_organisations_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_organisations" ADD CONSTRAINT "news_item_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_item_sources" ADD CONSTRAINT "news_item_sources_news_item_id_news_items_id_fk" FOREIGN KEY ("news_item_id") REFERENCES "public"."news_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_items" ADD CONSTRAINT "news_items_related_initiative_id_initiatives_id_fk" FOREIGN KEY ("related_initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_focus_areas_focus_area_idx" ON "initiative_focus_areas" USING btree ("focus_area");--> statement-breakpoint
CREATE INDEX "initiative_organisations_organisation_idx" ON "initiative_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "initiative_places_county_idx" ON "initiative_places" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "initiative_places_municipality_idx" ON "initiative_places" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "initiatives_search_idx" ON "initiatives" USING gin ("search");--> statement-breakpoint
CREATE INDEX "initiatives_owner_idx" ON "initiatives" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "initiatives_status_idx" ON "initiatives" USING btree ("status");--> statement-breakpoint
CREATE INDEX "initiatives_showcase_group_idx" ON "initiatives" USING btree ("showcase_group");--> statement-breakpoint
CREATE INDEX "initiatives_published_idx" ON "initiatives" USING btree ("published");--> statement-breakpoint
CREATE INDEX "initiatives_target_age_idx" ON "initiatives" USING btree ("target_age_min","target_age_max");--> statement-breakpoint
CREATE INDEX "initiatives_title_sort_idx" ON "initiatives" USING btree ("title_sort" collate "C","id");--> statement-breakpoint
CREATE INDEX "evaluations_evidence_level_idx" ON "evaluations" USING btree ("evidence_level");--> statement-breakpoint
CREATE INDEX "evaluations_designs_idx" ON "evaluations" USING gin ("designs");--> statement-breakpoint
CREATE INDEX "evaluations_evaluator_idx" ON "evaluations" USING btree ("evaluator_organisation_id");--> statement-breakpoint
CREATE INDEX "news_item_organisations_organisation_idx" ON "news_item_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "news_items_search_idx" ON "news_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "news_items_kind_idx" ON "news_items" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "news_items_owner_idx" ON "news_items" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "news_items_published_idx" ON "news_items" USING btree ("published");--> statement-breakpoint
CREATE INDEX "news_items_sort_idx" ON "news_items" USING btree ("sort_date","id");--> statement-breakpoint
CREATE INDEX "news_items_related_initiative_idx" ON "news_items" USING btree ("related_initiative_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "organisations_county_code_idx" ON "organisations" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "organisations_parent_id_idx" ON "organisations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "organisations_name_sort_idx" ON "organisations" USING btree ("name_sort" collate "C","id");