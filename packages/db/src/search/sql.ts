// A reader's search as SQL over a table's search columns: its Swedish document, its English document and its
// folded substring text (schema/columns.ts). Initiatives and "På gång" items are searched alike.
import { and, or, type SQL, sql, type SQLWrapper } from "drizzle-orm";

import { foldedForMatching } from "../schema/columns.ts";
import { containsPattern, searchableText } from "../queries/content.ts";
import { type SearchClause, searchClauses, wordsOf } from "./query.ts";
import type { SimilarWords } from "./similar.ts";

/** A table's search columns: `tsvector`s generated with swedishSearchDocument and englishSearchDocument, and
 * the text of substringSearchText under a trigram index. */
export interface SearchColumns {
  swedish: SQLWrapper;
  english: SQLWrapper;
  text: SQLWrapper;
}

// A quoted lexeme of a tsquery's text ('språk', with '' for a quote inside), and the same as a prefix match.
const lexemePattern = `'((?:[^']|'')*)'`;
const prefixReplacement = `'\\1':*`;

/**
 * How a search matches: by its words (full text and substrings), or, when that finds nothing, by the words of the
 * texts that its words are like (search/similar.ts).
 */
export type SearchMode = "words" | SimilarWords;

type SearchConfig = "swedish" | "english";

/** One alternative of a clause as a tsquery whose words match as prefixes. */
function prefixQuery(config: SearchConfig, text: SQL): SQL {
  return sql`(regexp_replace(websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${text})::text, ${lexemePattern}, ${prefixReplacement}, 'g'))::tsquery`;
}

/** The clauses as one tsquery: every clause, each by any alternative as typed or accent-folded. */
function clausesQuery(config: SearchConfig, clauses: readonly SearchClause[]): SQL {
  const clauseQueries = clauses.map((clause) => {
    const alternatives = clause.alternatives.flatMap((alternative) => [
      prefixQuery(config, sql`${alternative}`),
      prefixQuery(config, foldedForMatching(sql`${alternative}`)),
    ]);
    const either = sql`(${sql.join(alternatives, sql` || `)})`;
    return clause.negated ? sql`(!! ${either})` : either;
  });
  return clauseQueries.length === 0 ? sql`''::tsquery` : sql`(${sql.join(clauseQueries, sql` && `)})`;
}

/** Every word of the alternative (a quoted phrase as a whole) somewhere in the folded search text. */
function containsWords(text: SQLWrapper, alternative: string): SQL | undefined {
  const phrase = /^"(.*)"$/.exec(alternative)?.[1];
  const words =
    phrase === undefined ? wordsOf(alternative) : [wordsOf(phrase).join(" ")].filter((word) => word !== "");
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`${text} like ${foldedForMatching(sql`${containsPattern(word)}`)}`));
}

/**
 * Full-text search in Swedish. The words of `q` are read as `websearch_to_tsquery` reads them (quotes for
 * phrases, `-` to exclude, `or`), with the synonym list's words as alternatives (search/query.ts), stemmed with
 * the Swedish snowball stemmer and matched as prefixes, so that "språk" also finds "språkstörning". Each word is
 * looked for as typed and accent-folded (the document holds both forms), so "aldre" finds "äldre" and a text
 * with the accents as typed ranks as it did. Words inside compounds ("störning") are found by a substring match
 * over the folded Swedish and English texts (a trigram index on the search text), ranked after every full-text
 * match, so whole words rank above parts of longer words.
 *
 * `language: "en"` (the English showcase) also matches the English document (English stemming) with the same
 * clauses, ranked by the better of the two.
 *
 * `similar` (SimilarWords): for a search the words found nothing for, each of its words (of at least three
 * letters) must match one of the words of the texts it is like, in the Swedish or the English document, ranked
 * by the better of the two; excluded words stay excluded.
 */
export function searchMatch(
  columns: SearchColumns,
  q: string,
  mode: SearchMode = "words",
  language: "sv" | "en" = "sv",
): { match: SQL; rank: SQL } {
  const typed = searchClauses(searchableText(q));
  if (mode !== "words" && (mode.similarTo.length === 0 || mode.similarTo.some((words) => words.length === 0))) {
    return { match: sql`false`, rank: sql`0::real` };
  }
  const clauses =
    mode === "words"
      ? typed
      : [
          ...mode.similarTo.map((words) => ({ alternatives: [...words], negated: false })),
          ...typed.filter((clause) => clause.negated),
        ];
  const query = clausesQuery("swedish", clauses);
  const fullText = sql`${columns.swedish} @@ ${query}`;
  const rank = sql`ts_rank(${columns.swedish}, ${query})`;
  const positive = clauses.some((clause) => !clause.negated);
  // In the `similar` mode each word looked for is a whole word of the texts (search_words), which the Swedish or
  // the English document holds: both are matched, in either language, and the substring match (there for the
  // parts of compounds) is left out. It took 3-4 ms of a typo's 25 at 20 000 initiatives (the read-path bench).
  const similar = mode !== "words";
  const substring =
    positive && !similar
      ? and(
          ...clauses.map((clause) => {
            const any = or(...clause.alternatives.map((alternative) => containsWords(columns.text, alternative)));
            return any === undefined ? undefined : clause.negated ? sql`not (${any})` : any;
          }),
        )
      : undefined;
  if (language === "en" || similar) {
    const english = clausesQuery("english", clauses);
    return {
      match: or(fullText, sql`${columns.english} @@ ${english}`, substring) ?? fullText,
      rank: sql`greatest(${rank}, ts_rank(${columns.english}, ${english}))`,
    };
  }
  return {
    match: or(fullText, substring) ?? fullText,
    // float4, whose text form reads back exactly (PostgreSQL 12+), so a cursor can carry it.
    rank,
  };
}
