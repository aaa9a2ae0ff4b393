ALTER TABLE "initiatives" DROP CONSTRAINT "initiatives_slug_unique";--> statement-breakpoint
ALTER TABLE "news_items" DROP CONSTRAINT "news_items_slug_unique";--> statement-breakpoint
DROP INDEX "initiatives_owner_idx";--> statement-breakpoint
DROP INDEX "news_items_owner_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_owner_slug_idx" ON "initiatives" USING btree ("owner_organisation_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_published_slug_idx" ON "initiatives" USING btree ("slug") WHERE "initiatives"."published";--> statement-breakpoint
CREATE UNIQUE INDEX "news_items_owner_slug_idx" ON "news_items" USING btree ("owner_organisation_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "news_items_published_slug_idx" ON "news_items" USING btree ("slug") WHERE "news_items"."published";