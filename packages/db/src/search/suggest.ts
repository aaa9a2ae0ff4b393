// "Menade du …?": for a search that found nothing, the reader's words with each unknown word replaced by the
// nearest word the showcase uses (trigram similarity, accents folded), in the reader's language. Only a
// suggestion that finds something is offered.
import { sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { foldedForMatching, matchFoldingLetters } from "../schema/columns.ts";
import { suggestionWords } from "../schema/search-words.ts";
import { type InitiativeListParams, listInitiatives } from "../queries/initiatives.ts";
import { listNews, type NewsListParams } from "../queries/news.ts";
import { executeRows } from "../queries/raw.ts";
import { foldWord } from "./query.ts";
// Words shorter than this are kept as typed: too few trigrams to say what they are near.
import { shortestWord } from "./similar.ts";
import { englishSynonyms, swedishSynonyms } from "./synonyms.ts";

export type SearchLanguage = "sv" | "en";

/**
 * How alike a word of the vocabulary must be (pg_trgm's `similarity`, 0–1) to stand in for a reader's word:
 * pg_trgm's own default for `%`. Lower than typo tolerance's 0.6, as the reader chooses whether to follow it.
 */
const suggestionThreshold = 0.3;

/**
 * How long the suggestion may take (ms) before the search goes without one: a bound, so that no search can hold
 * the database for long. Looking the words up in suggestion_words takes a few milliseconds at 20 000 initiatives.
 */
const suggestionTimeoutMs = 1000;

/** Whether `error` (or what it was caused by) is PostgreSQL's query_canceled: the statement_timeout above. */
function isQueryCanceled(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if ((current as { code?: unknown }).code === "57014") return true;
    current = current.cause;
  }
  return false;
}

// A word of the texts: letters (with the accented ones matching folds, also under PGlite's C locale, whose
// regular expressions know ASCII letters only) and digits; anything else separates words. Migration 0018 splits
// the texts into suggestion_words with the same pattern (insats_words_of).
export const wordSeparators = `[^a-zA-Z0-9${matchFoldingLetters}]+`;
const capitalised = `^[A-Z${[...matchFoldingLetters].filter((letter) => letter !== letter.toLowerCase()).join("")}]`;

function synonymWords(language: SearchLanguage): string {
  const groups = language === "en" ? [...englishSynonyms, ...swedishSynonyms] : swedishSynonyms;
  return JSON.stringify(groups.flat());
}

/** A plain word of `q` that a suggestion may replace, with where it stands in `q`. */
interface ReplaceableWord {
  word: string;
  start: number;
}

/** The words of `q` outside quotes, not excluded (`-word`) and not `or`, of at least `shortestWord` letters. */
function replaceableWords(q: string): ReplaceableWord[] {
  const words: ReplaceableWord[] = [];
  let quoted = false;
  for (const match of q.matchAll(/"|[^\s"]+/g)) {
    const token = match[0];
    if (token === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted || token.startsWith("-") || /^or$/i.test(token)) continue;
    const word = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/u.exec(token);
    if (word && [...word[0]].length >= shortestWord)
      words.push({ word: word[0], start: match.index + word.index });
  }
  return words;
}

/**
 * `q` with each word replaced by the nearest word of the showcase, or undefined when nothing changes. A word the
 * vocabulary holds stays as typed (the nearest word to it is itself; its accents, as folded, may be added).
 */
export async function nearestWordsQuery(
  db: Database,
  q: string,
  language: SearchLanguage,
): Promise<string | undefined> {
  const words = replaceableWords(q);
  if (words.length === 0) return undefined;
  let rows: { position: number; word: string | null }[];
  try {
    rows = await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${suggestionTimeoutMs}`));
      // `%` finds the words at least this alike through the trigram index.
      await tx.execute(sql.raw(`set local pg_trgm.similarity_threshold = ${suggestionThreshold}`));
      return executeRows<{ position: number; word: string | null }>(
        tx,
        sql`select typed.position::int as position, best.word
        from (select word, ${foldedForMatching(sql`word`)} as folded, position
          from json_array_elements_text(${JSON.stringify(words.map(({ word }) => word))}::json)
            with ordinality as typed(word, position)) typed
        left join lateral (
          -- The most alike; of one word's forms the lower-case one before a capitalised one, and the one with
          -- its accents before one without ("hemtjänst" rather than the synonym list's "hemtjanst").
          select near.word, near.folded, similarity(near.folded, typed.folded) as score
          from (
            select ${suggestionWords.word} as word, ${suggestionWords.folded} as folded from ${suggestionWords}
              where ${suggestionWords.language} = ${language} and ${suggestionWords.folded} % typed.folded
            union all
            select synonym, ${foldedForMatching(sql`synonym`)}
              from json_array_elements_text(${synonymWords(language)}::json) as synonym
              where ${foldedForMatching(sql`synonym`)} % typed.folded
          ) near
          order by score desc, near.word ~ ${capitalised}, lower(near.word) = near.folded, near.word
          limit 1
        ) best on best.score >= ${suggestionThreshold}
        order by typed.position`,
      );
    });
  } catch (error) {
    if (isQueryCanceled(error)) return undefined;
    throw error;
  }
  const nearest = new Map(rows.map((row) => [row.position - 1, row.word]));
  // A word near nothing is left out, as long as a word remains: "hälsofrämjnde xyzzy" suggests "hälsofrämjande".
  const keepUnknown = words.every((_, index) => (nearest.get(index) ?? null) === null);
  let suggestion = q;
  // From the last word back, so that the earlier words' positions stay true.
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const typed = words[index];
    if (typed === undefined) continue;
    const word = nearest.get(index) ?? (keepUnknown ? typed.word : "");
    suggestion = suggestion.slice(0, typed.start) + word + suggestion.slice(typed.start + typed.word.length);
  }
  suggestion = suggestion.replace(/\s+/g, " ").trim();
  return suggestion !== "" && foldWord(suggestion) !== foldWord(q.replace(/\s+/g, " ").trim())
    ? suggestion
    : undefined;
}

/** The suggestion for `q` (`nearestWordsQuery`) when `finds` says it finds something, otherwise null. */
export async function suggestionThatFinds(
  db: Database,
  q: string | undefined,
  language: SearchLanguage,
  finds: (suggestion: string) => Promise<boolean>,
): Promise<string | null> {
  if (q === undefined) return null;
  const suggestion = await nearestWordsQuery(db, q, language);
  return suggestion !== undefined && (await finds(suggestion)) ? suggestion : null;
}

/**
 * "Menade du …?" for a list of initiatives that found nothing: `q` with its words replaced by the nearest words
 * of the showcase (`nearestWordsQuery`), in the reader's language, when the same filters with it find at least
 * one initiative; otherwise null.
 */
export function suggestInitiativeSearch(db: Database, params: InitiativeListParams): Promise<string | null> {
  return suggestionThatFinds(db, params.q, params.language ?? "sv", async (q) => {
    const { total } = await listInitiatives(db, { ...params, q, cursor: undefined, limit: 1 });
    return total > 0;
  });
}

/** The same for "På gång": a suggestion that finds at least one news item with the same filters. */
export function suggestNewsSearch(db: Database, params: NewsListParams): Promise<string | null> {
  return suggestionThatFinds(db, params.q, params.language ?? "sv", async (q) => {
    const { total } = await listNews(db, { ...params, q, cursor: undefined, limit: 1 });
    return total > 0;
  });
}
