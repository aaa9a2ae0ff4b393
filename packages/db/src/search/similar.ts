// Typo tolerance: for a search whose words found nothing, the words of the published texts that each of the
// reader's words is like (pg_trgm's word similarity over the table of words, schema/search-words.ts). The search
// then looks for those words as it looks for any other (search/sql.ts, mode `similar`).
import { sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { searchableText } from "../queries/content.ts";
import { executeRows } from "../queries/raw.ts";
import { searchWords } from "../schema/search-words.ts";
import { foldedForMatching } from "../schema/columns.ts";
import { searchClauses, wordsOf } from "./query.ts";

/** A search in the `similar` mode: for each word of the reader's, in order, the words of the texts it is like. */
export interface SimilarWords {
  similarTo: readonly (readonly string[])[];
}

/** Words shorter than this are left out of a similarity search: too few trigrams to say what they are near. */
export const shortestWord = 3;

/**
 * How many words of the texts stand in for one of the reader's: the most alike. "fallprevension" is like
 * "fallprevention" and nothing else; a short word is like many, and more of them would only add rows that
 * match it less well.
 */
const wordsPerWord = 5;

/** The reader's words that a similarity search looks for: every word of a clause not excluded, of 3+ letters. */
export function wordsToBeLike(q: string): string[] {
  return searchClauses(searchableText(q))
    .filter((clause) => !clause.negated)
    .flatMap((clause) => wordsOf(clause.alternatives[0] ?? ""))
    .filter((word) => [...word].length >= shortestWord);
}

/**
 * For each of `q`'s words (wordsToBeLike), the words of the published texts it is like: `word <% text word`,
 * pg_trgm's word similarity at its default threshold (0.6), most alike first. A word like none gets an empty
 * list, and the search then finds nothing.
 */
export async function similarWords(db: Database, q: string): Promise<SimilarWords> {
  const words = wordsToBeLike(q);
  if (words.length === 0) return { similarTo: [] };
  const rows = await executeRows<{ position: number; words: string[] }>(
    db,
    sql`select typed.position::int as position,
        array(select ${searchWords.word} from ${searchWords}
          where typed.folded <% ${searchWords.word}
          order by word_similarity(typed.folded, ${searchWords.word}) desc, ${searchWords.word}
          limit ${wordsPerWord}) as words
      from (select ${foldedForMatching(sql`word`)} as folded, position
        from json_array_elements_text(${JSON.stringify(words)}::json) with ordinality as typed(word, position)) typed
      order by typed.position`,
  );
  return { similarTo: rows.map((row) => row.words) };
}
