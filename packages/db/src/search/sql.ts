// A reader's search as SQL over a table's search columns: its Swedish document, its English document and its
// folded substring text (schema/columns.ts). Initiatives and "På gång" items are searched alike.
import { and, or, type SQL, sql, type SQLWrapper } from "drizzle-orm";

import { foldedForMatching } from "../schema/columns.ts";
import { containsPattern, searchableText } from "../queries/content.ts";
import { foldWord, type SearchClause, searchClauses, wordsOf } from "./query.ts";
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
    // The folded form only where folding changes the word: the same prefix twice doubles the work.
    const alternatives = clause.alternatives.flatMap((alternative) =>
      foldWord(alternative) === alternative.toLowerCase()
        ? [prefixQuery(config, sql`${alternative}`)]
        : [prefixQuery(config, sql`${alternative}`), prefixQuery(config, foldedForMatching(sql`${alternative}`))],
    );
    const either = sql`(${sql.join(alternatives, sql` || `)})`;
    return clause.negated ? sql`(!! ${either})` : either;
  });
  return clauseQueries.length === 0 ? sql`''::tsquery` : sql`(${sql.join(clauseQueries, sql` && `)})`;
}

/** The words of the alternative that must each be somewhere in the text: a quoted phrase as one. */
function substringsOf(alternative: string): string[] {
  const phrase = /^"(.*)"$/.exec(alternative)?.[1];
  return phrase === undefined
    ? wordsOf(alternative)
    : [wordsOf(phrase).join(" ")].filter((word) => word !== "");
}

/** Every word of the alternative (a quoted phrase as a whole) somewhere in the folded search text. */
function containsWords(text: SQLWrapper, alternative: string): SQL | undefined {
  const words = substringsOf(alternative);
  if (words.length === 0) return undefined;
  return and(...words.map((word) => sql`${text} like ${foldedForMatching(sql`${containsPattern(word)}`)}`));
}

/**
 * A clause's alternatives less repeats and less the synonyms another alternative's match implies
 * (`holds(word, other)`: a word of the alternative is matched wherever the single-word alternative `other` is).
 * With "fall" among the synonyms, "fallolycka" adds nothing but work: a text that holds it holds "fall" (as a
 * substring), and its lexemes start with "fall" (as a prefix). The synonym group of "fallskada" came to eighteen
 * prefixes and ten patterns, which the planner priced as half the table and matched in a full scan (200-275 ms at
 * 20 000 initiatives).
 */
function withoutImplied(
  alternatives: readonly string[],
  holds: (word: string, other: string) => boolean,
): string[] {
  const folded = alternatives.map((alternative) => substringsOf(alternative).map(foldWord));
  const single = [...new Set(folded.flatMap((words) => (words.length === 1 ? words : [])))];
  const seen = new Set<string>();
  return alternatives.filter((_, index) => {
    const words = folded[index] ?? [];
    const key = words.join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    // The reader's own word (the first) stays, so that it still ranks the texts that hold it first.
    return index === 0 || !single.some((other) => other !== key && words.some((word) => holds(word, other)));
  });
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
      ? typed.map((clause) => ({
          ...clause,
          alternatives: withoutImplied(clause.alternatives, (word, other) => word.startsWith(other)),
        }))
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
            const any = or(
              ...withoutImplied(clause.alternatives, (word, other) => word.includes(other)).map((alternative) =>
                containsWords(columns.text, alternative),
              ),
            );
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
