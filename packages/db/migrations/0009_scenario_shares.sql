CREATE TABLE "scenario_shares" (
	"scenario_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"partner_organisation_id" uuid NOT NULL,
	"granted_by" text,
	"granted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenario_shares_scenario_id_partner_organisation_id_pk" PRIMARY KEY("scenario_id","partner_organisation_id")
);
--> statement-breakpoint
ALTER TABLE "scenario_shares" ADD CONSTRAINT "scenario_shares_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_shares" ADD CONSTRAINT "scenario_shares_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_shares" ADD CONSTRAINT "scenario_shares_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_shares" ADD CONSTRAINT "scenario_shares_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_shares_partner_idx" ON "scenario_shares" USING btree ("partner_organisation_id","granted_at");