CREATE TABLE "content_preview_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "content_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"published" boolean NOT NULL,
	"content" jsonb NOT NULL,
	"actor_user_id" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "reviewed_on" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "untranslated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "news_items" ADD COLUMN "untranslated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "content_preview_tokens_expires_idx" ON "content_preview_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "content_versions_entity_version_idx" ON "content_versions" USING btree ("entity","entity_id","version");