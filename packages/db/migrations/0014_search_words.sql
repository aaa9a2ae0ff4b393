CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
-- The words of published texts, added in the statement that writes them (schema/search-words.ts). search_text
-- is lower-cased and accent-folded, so a word is a run of ASCII letters and digits; shorter than three letters a
-- word has too few trigrams to be like anything, and a number (a year, a report's number) is not misspelt.
CREATE FUNCTION "insats_add_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "search_words" ("word")
    SELECT DISTINCT "word"
      FROM "written", regexp_split_to_table("written"."search_text", '[^a-z0-9]+') AS "word"
     WHERE "written"."published" AND length("word") >= 3 AND "word" ~ '[a-z]'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "initiatives_search_words_insert" AFTER INSERT ON "initiatives"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_search_words"();--> statement-breakpoint
CREATE TRIGGER "initiatives_search_words_update" AFTER UPDATE ON "initiatives"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_search_words"();--> statement-breakpoint
CREATE TRIGGER "news_items_search_words_insert" AFTER INSERT ON "news_items"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_search_words"();--> statement-breakpoint
CREATE TRIGGER "news_items_search_words_update" AFTER UPDATE ON "news_items"
  REFERENCING NEW TABLE AS "written" FOR EACH STATEMENT EXECUTE FUNCTION "insats_add_search_words"();--> statement-breakpoint
INSERT INTO "search_words" ("word")
  SELECT DISTINCT "word"
    FROM (SELECT "search_text" FROM "initiatives" WHERE "published"
          UNION ALL SELECT "search_text" FROM "news_items" WHERE "published") AS "written",
         regexp_split_to_table("written"."search_text", '[^a-z0-9]+') AS "word"
   WHERE length("word") >= 3 AND "word" ~ '[a-z]'
ON CONFLICT DO NOTHING;
