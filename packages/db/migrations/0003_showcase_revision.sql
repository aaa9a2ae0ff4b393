CREATE TABLE "showcase_revision" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "showcase_revision_singleton" CHECK ("showcase_revision"."singleton")
);
--> statement-breakpoint
INSERT INTO "showcase_revision" ("singleton", "revision") VALUES (true, 0);--> statement-breakpoint
-- Bumped before each write statement on what the showcase lists (see schema/showcase-revision.ts). A statement
-- trigger rather than a row trigger: one bump per statement, also for statements that change no row and for
-- TRUNCATE; the row lock it takes is held to the end of the transaction.
CREATE FUNCTION "bump_showcase_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "showcase_revision" SET "revision" = "revision" + 1;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "initiatives_showcase_revision" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "initiatives"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_showcase_revision"();--> statement-breakpoint
CREATE TRIGGER "initiative_places_showcase_revision" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "initiative_places"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_showcase_revision"();--> statement-breakpoint
CREATE TRIGGER "initiative_organisations_showcase_revision" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "initiative_organisations"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_showcase_revision"();--> statement-breakpoint
CREATE TRIGGER "initiative_focus_areas_showcase_revision" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "initiative_focus_areas"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_showcase_revision"();--> statement-breakpoint
CREATE TRIGGER "evaluations_showcase_revision" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "evaluations"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_showcase_revision"();--> statement-breakpoint
CREATE TRIGGER "organisations_showcase_revision" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organisations"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_showcase_revision"();
