-- The library's sources and notes in Swedish and English. The texts so far become the Swedish ones and stand in for
-- the English until the seed (which keeps the library in step with the domain's) writes the translations.
ALTER TABLE "unit_costs" RENAME COLUMN "source" TO "source_sv";--> statement-breakpoint
ALTER TABLE "unit_costs" RENAME COLUMN "note" TO "note_sv";--> statement-breakpoint
ALTER TABLE "unit_costs" ADD COLUMN "source_en" text;--> statement-breakpoint
UPDATE "unit_costs" SET "source_en" = "source_sv";--> statement-breakpoint
ALTER TABLE "unit_costs" ALTER COLUMN "source_en" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_costs" ADD COLUMN "note_en" text;--> statement-breakpoint
UPDATE "unit_costs" SET "note_en" = "note_sv";
