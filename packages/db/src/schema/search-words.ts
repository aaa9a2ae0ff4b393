import { index, pgTable, text } from "drizzle-orm/pg-core";

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
