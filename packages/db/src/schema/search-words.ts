import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

import { foldedForMatching } from "./columns.ts";

/**
 * Every word of the published initiatives' and news items' search texts (`search_text`: lower-cased, accents
 * folded), numbers left out, once, under a trigram index: typo tolerance looks up the words a reader's word is
 * like here, among a few thousand short words, instead of comparing it with every text (search/similar.ts). At
 * 20 000 initiatives the comparison with every text took 350–400 ms; the lookup takes a few.
 *
 * Kept by statement triggers on both tables (migration 0014) in the writing transaction, so it cannot fall
 * behind. Words are only added: a word whose last text was unpublished stays, and a search for it then finds
 * nothing, exactly as a search for any other word that no published text holds.
 */
export const searchWords = pgTable(
  "search_words",
  {
    word: text().primaryKey(),
  },
  (table) => [index("search_words_word_trgm_idx").using("gin", table.word.op("gin_trgm_ops"))],
);

/**
 * The words "Menade du …?" chooses from (search/suggest.ts), as written and folded, per language: the titles,
 * taglines and search terms of published initiatives and the titles and summaries of published news items (the
 * English vocabulary also holds the Swedish titles, as the English showcase searches them too). Under a trigram
 * index on the folded word, a suggestion looks up the few words near each of the reader's instead of splitting
 * every text into words: at 20 000 initiatives the split took 5 s, and a search that found nothing went without
 * a suggestion after a second of the database's time.
 *
 * Kept like search_words, by statement triggers in the writing transaction (migration 0018), and only added to:
 * a word whose last text was unpublished stays, and a suggestion of it, which would find nothing, is not offered.
 */
export const suggestionWords = pgTable(
  "suggestion_words",
  {
    language: text().notNull(),
    word: text().notNull(),
    folded: text()
      .notNull()
      .generatedAlwaysAs(foldedForMatching(sql.raw(`"word"`))),
  },
  (table) => [
    primaryKey({ columns: [table.language, table.word] }),
    check("suggestion_words_language", sql`${table.language} in ('sv', 'en')`),
    index("suggestion_words_folded_trgm_idx").using("gin", table.folded.op("gin_trgm_ops")),
  ],
);
