CREATE TABLE "suggestion_words" (
	"language" text NOT NULL,
	"word" text NOT NULL,
	"folded" text GENERATED ALWAYS AS (translate(lower("word"), 'åäæöøáàâãéèêëíìîïóòôõúùûüýÿçñÅÄÆÖØÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝÇÑ', 'aaaooaaaaeeeeiiiioooouuuuyycnaaaooaaaaeeeeiiiioooouuuuycn')) STORED NOT NULL,
	CONSTRAINT "suggestion_words_language_word_pk" PRIMARY KEY("language","word"),
	CONSTRAINT "suggestion_words_language" CHECK ("suggestion_words"."language" in ('sv', 'en'))
);
--> statement-breakpoint
CREATE INDEX "suggestion_words_folded_trgm_idx" ON "suggestion_words" USING gin ("folded" gin_trgm_ops);--> statement-breakpoint
-- The words of a text a suggestion may offer: runs of letters (the accented ones listed, as PGlite's C locale knows
-- ASCII letters only) and digits, of three or more (search/suggest.ts's wordSeparators and shortestWord).
CREATE FUNCTION "insats_words_of"("text" text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT "word" FROM regexp_split_to_table("text", '[^a-zA-Z0-9åäæöøáàâãéèêëíìîïóòôõúùûüýÿçñÅÄÆÖØÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝÇÑ]+') AS "word" WHERE length("word") >= 3
$$;--> statement-breakpoint
-- The words of the published texts written, added in the statement that writes them (schema/search-words.ts).
CREATE FUNCTION "insats_add_suggestion_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'initiatives' THEN
    INSERT INTO "suggestion_words" ("language", "word")
      SELECT DISTINCT "texts"."language", "word"
        FROM (SELECT 'sv' AS "language", concat_ws(' ', "title_sv", "tagline_sv", "search_terms") AS "text"
                FROM "written" WHERE "published"
              UNION ALL
              SELECT 'en', concat_ws(' ', "title_en", "tagline_en", "search_terms_en", "title_sv")
                FROM "written" WHERE "published") AS "texts",
             "insats_words_of"("texts"."text") AS "word"
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO "suggestion_words" ("language", "word")
      SELECT DISTINCT "texts"."language", "word"
        FROM (SELECT 'sv' AS "language", concat_ws(' ', "title_sv", "summary_sv") AS "text"
                FROM "written" WHERE "published"
              UNION ALL
              SELECT 'en', concat_ws(' ', "title_en", "summary_en", "title_sv")
                FROM "written" WHERE "published") AS "texts",
             "insats_words_of"("texts"."text") AS "word"
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "initiatives_suggestion_words_insert" AFTER INSERT ON "initiatives"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_suggestion_words"();--> statement-breakpoint
CREATE TRIGGER "initiatives_suggestion_words_update" AFTER UPDATE ON "initiatives"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_suggestion_words"();--> statement-breakpoint
CREATE TRIGGER "news_items_suggestion_words_insert" AFTER INSERT ON "news_items"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_suggestion_words"();--> statement-breakpoint
CREATE TRIGGER "news_items_suggestion_words_update" AFTER UPDATE ON "news_items"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_suggestion_words"();--> statement-breakpoint
-- The texts published so far: an update that changes nothing fires the triggers above.
UPDATE "initiatives" SET "published" = "published" WHERE "published";--> statement-breakpoint
UPDATE "news_items" SET "published" = "published" WHERE "published";
