CREATE TABLE "initiative_facets" (
	"initiative_id" uuid PRIMARY KEY NOT NULL,
	"published" boolean NOT NULL,
	"status" "initiative_status" NOT NULL,
	"showcase_group" "showcase_group" NOT NULL,
	"counties" text[] NOT NULL,
	"municipalities" text[] NOT NULL,
	"focus_areas" "focus_area"[] NOT NULL,
	"designs" "evaluation_design"[] NOT NULL,
	"best_evidence_level" smallint
);
--> statement-breakpoint
ALTER TABLE "initiative_facets" ADD CONSTRAINT "initiative_facets_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_facets_published_idx" ON "initiative_facets" USING btree ("published");--> statement-breakpoint
-- An initiative's facet row from its sources (schema/initiative-facets.ts); nothing when it no longer exists.
CREATE FUNCTION "insats_refresh_initiative_facets"("target" uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "initiative_facets" ("initiative_id", "published", "status", "showcase_group", "counties",
      "municipalities", "focus_areas", "designs", "best_evidence_level")
  SELECT "i"."id", "i"."published", "i"."status", "i"."showcase_group",
    array(SELECT "p"."county_code" FROM "initiative_places" "p"
            WHERE "p"."initiative_id" = "i"."id" AND "p"."county_code" IS NOT NULL
          UNION
          SELECT "o"."county_code" FROM "initiative_organisations" "l"
            JOIN "organisations" "o" ON "o"."id" = "l"."organisation_id"
            WHERE "l"."initiative_id" = "i"."id" AND "o"."county_code" IS NOT NULL),
    array(SELECT "p"."municipality_code" FROM "initiative_places" "p"
            WHERE "p"."initiative_id" = "i"."id" AND "p"."municipality_code" IS NOT NULL
          UNION
          SELECT "o"."scb_code" FROM "initiative_organisations" "l"
            JOIN "organisations" "o" ON "o"."id" = "l"."organisation_id"
            WHERE "l"."initiative_id" = "i"."id" AND "o"."kind" = 'municipality' AND "o"."scb_code" IS NOT NULL),
    array(SELECT DISTINCT "f"."focus_area" FROM "initiative_focus_areas" "f" WHERE "f"."initiative_id" = "i"."id"),
    array(SELECT DISTINCT "d" FROM "evaluations" "e", unnest("e"."designs") AS "d" WHERE "e"."initiative_id" = "i"."id"),
    (SELECT max("e"."evidence_level") FROM "evaluations" "e" WHERE "e"."initiative_id" = "i"."id")
  FROM "initiatives" "i" WHERE "i"."id" = "target"
  ON CONFLICT ("initiative_id") DO UPDATE SET "published" = excluded."published", "status" = excluded."status",
    "showcase_group" = excluded."showcase_group", "counties" = excluded."counties",
    "municipalities" = excluded."municipalities", "focus_areas" = excluded."focus_areas",
    "designs" = excluded."designs", "best_evidence_level" = excluded."best_evidence_level";
$$;--> statement-breakpoint
-- A row of a table an initiative's facets come from was written: its initiative's facets, before and after.
CREATE FUNCTION "insats_initiative_part_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM "insats_refresh_initiative_facets"(OLD."initiative_id"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."initiative_id" IS DISTINCT FROM OLD."initiative_id") THEN
    PERFORM "insats_refresh_initiative_facets"(NEW."initiative_id");
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION "insats_initiative_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "insats_refresh_initiative_facets"(NEW."id");
  RETURN NULL;
END
$$;--> statement-breakpoint
-- An organisation's county or municipality code changed: the facets of every initiative it takes part in.
CREATE FUNCTION "insats_organisation_place_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "insats_refresh_initiative_facets"("l"."initiative_id")
     FROM "initiative_organisations" "l" WHERE "l"."organisation_id" = NEW."id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "initiatives_facets" AFTER INSERT OR UPDATE OF "published", "status", "showcase_group"
  ON "initiatives" FOR EACH ROW EXECUTE FUNCTION "insats_initiative_changed"();--> statement-breakpoint
CREATE TRIGGER "initiative_places_facets" AFTER INSERT OR UPDATE OR DELETE ON "initiative_places"
  FOR EACH ROW EXECUTE FUNCTION "insats_initiative_part_changed"();--> statement-breakpoint
CREATE TRIGGER "initiative_organisations_facets" AFTER INSERT OR UPDATE OR DELETE ON "initiative_organisations"
  FOR EACH ROW EXECUTE FUNCTION "insats_initiative_part_changed"();--> statement-breakpoint
CREATE TRIGGER "initiative_focus_areas_facets" AFTER INSERT OR UPDATE OR DELETE ON "initiative_focus_areas"
  FOR EACH ROW EXECUTE FUNCTION "insats_initiative_part_changed"();--> statement-breakpoint
CREATE TRIGGER "evaluations_facets" AFTER INSERT OR UPDATE OR DELETE ON "evaluations"
  FOR EACH ROW EXECUTE FUNCTION "insats_initiative_part_changed"();--> statement-breakpoint
CREATE TRIGGER "organisations_facets" AFTER UPDATE OF "county_code", "scb_code", "kind" ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION "insats_organisation_place_changed"();--> statement-breakpoint
SELECT "insats_refresh_initiative_facets"("id") FROM "initiatives";
