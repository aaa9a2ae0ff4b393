-- The showcase's revision row and the statement triggers that bumped it (0003) served only the API's in-process
-- search and facet caches, which are gone: public reads are cached over HTTP instead (ETag, Cache-Control on /v1).
DROP TRIGGER "initiatives_showcase_revision" ON "initiatives";--> statement-breakpoint
DROP TRIGGER "initiative_places_showcase_revision" ON "initiative_places";--> statement-breakpoint
DROP TRIGGER "initiative_organisations_showcase_revision" ON "initiative_organisations";--> statement-breakpoint
DROP TRIGGER "initiative_focus_areas_showcase_revision" ON "initiative_focus_areas";--> statement-breakpoint
DROP TRIGGER "evaluations_showcase_revision" ON "evaluations";--> statement-breakpoint
DROP TRIGGER "organisations_showcase_revision" ON "organisations";--> statement-breakpoint
DROP FUNCTION "bump_showcase_revision"();--> statement-breakpoint
DROP TABLE "showcase_revision";
