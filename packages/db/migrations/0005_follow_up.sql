CREATE TYPE "public"."decision_body_kind" AS ENUM('committee', 'fundBoard');--> statement-breakpoint
CREATE TABLE "follow_up_versions" (
	"scenario_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"actuals" jsonb NOT NULL,
	"saved_by" text,
	"saved_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_up_versions_scenario_id_version_pk" PRIMARY KEY("scenario_id","version")
);
--> statement-breakpoint
CREATE TABLE "scenario_decisions" (
	"scenario_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scenario_version" integer NOT NULL,
	"decided_on" date NOT NULL,
	"body_kind" "decision_body_kind" NOT NULL,
	"body_name" text NOT NULL,
	"fund" jsonb,
	"actuals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"decided_by" text,
	"updated_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up_versions" ADD CONSTRAINT "follow_up_versions_scenario_id_scenario_decisions_scenario_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenario_decisions"("scenario_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_versions" ADD CONSTRAINT "follow_up_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_decisions" ADD CONSTRAINT "scenario_decisions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_decisions" ADD CONSTRAINT "scenario_decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_decisions" ADD CONSTRAINT "scenario_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_decisions" ADD CONSTRAINT "scenario_decisions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_decisions" ADD CONSTRAINT "scenario_decisions_decided_version_fk" FOREIGN KEY ("scenario_id","scenario_version") REFERENCES "public"."scenario_versions"("scenario_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_decisions_organisation_idx" ON "scenario_decisions" USING btree ("organisation_id","decided_on");