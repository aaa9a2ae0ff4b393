CREATE TABLE "initiative_follow_ups" (
	"initiative_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"published_by" text,
	"published_at" timestamp (3) with time zone NOT NULL,
	"unpublished_at" timestamp (3) with time zone,
	"unpublished_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiative_follow_ups" ADD CONSTRAINT "initiative_follow_ups_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_follow_ups" ADD CONSTRAINT "initiative_follow_ups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_follow_ups" ADD CONSTRAINT "initiative_follow_ups_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_follow_ups" ADD CONSTRAINT "initiative_follow_ups_unpublished_by_users_id_fk" FOREIGN KEY ("unpublished_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_follow_ups" ADD CONSTRAINT "initiative_follow_ups_decision_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenario_decisions"("scenario_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_follow_ups_scenario_idx" ON "initiative_follow_ups" USING btree ("scenario_id");