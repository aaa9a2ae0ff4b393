// A reader's search words as clauses: every clause must match (or, when negated, must not), and a clause matches
// when any of its alternatives does. The reader's syntax is websearch_to_tsquery's (quotes for a phrase, `-` to
// exclude, `or` between alternatives); each word, or run of words, that the synonym list knows brings its
// synonyms in as further alternatives. Pure: the SQL is built from the clauses in queries/initiatives.ts.
import { englishSynonyms, swedishSynonyms } from "./synonyms.ts";

export interface SearchClause {
  /** Texts for websearch_to_tsquery: a word, several words (all must match) or a quoted phrase. */
  alternatives: string[];
  negated: boolean;
}

/** Lower-cased, accents folded: the same letters SQL's folding (schema/columns.ts) leaves. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/[æ]/g, "a").replace(/[ø]/g, "o").normalize("NFD").replace(/\p{M}/gu, "");
}

// Inflection endings stripped for comparing a reader's word with the list's (longest first): "pensionärer" and
// "pensionär", "fallskadorna" and "fallskada" compare equal (endings are stripped one after another). A stem
// keeps at least four letters.
const endings = [
  "ernas",
  "arnas",
  "ornas",
  "erna",
  "arna",
  "orna",
  "ens",
  "ers",
  "en",
  "et",
  "er",
  "ar",
  "or",
  "na",
  "a",
  "e",
  "n",
  "s",
];

function wordKey(word: string): string {
  let key = foldWord(word);
  for (let stripped = true; stripped;) {
    const ending = endings.find((end) => key.endsWith(end) && key.length - end.length >= 4);
    stripped = ending !== undefined;
    if (ending !== undefined) key = key.slice(0, -ending.length);
  }
  return key;
}

const phraseKey = (words: readonly string[]) => words.map(wordKey).join(" ");

/** Every synonym group by the key of each of its entries; entries are one to a few words. */
const groupsByKey = new Map<string, readonly string[]>();
let longestEntry = 1;
for (const group of [...swedishSynonyms, ...englishSynonyms]) {
  for (const entry of group) {
    const words = entry.split(" ");
    longestEntry = Math.max(longestEntry, words.length);
    // Groups that share a key ("fall" in Swedish and "falls" in English) are one group.
    const key = phraseKey(words);
    groupsByKey.set(key, [...(groupsByKey.get(key) ?? []), ...group]);
  }
}

/** A word as the reader typed it, without the punctuation around it. */
const bare = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

type Token =
  | { kind: "word"; text: string; negated: boolean }
  | { kind: "phrase"; text: string; negated: boolean }
  | { kind: "or" };

function tokensOf(q: string): Token[] {
  const tokens: Token[] = [];
  for (const match of q.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    if (match[2] !== undefined) {
      const text = match[2].trim();
      if (text !== "") tokens.push({ kind: "phrase", text, negated: match[1] === "-" });
      continue;
    }
    const raw = match[3] ?? "";
    if (/^or$/i.test(raw)) {
      tokens.push({ kind: "or" });
      continue;
    }
    const text = bare(raw);
    if (text !== "") tokens.push({ kind: "word", text, negated: raw.startsWith("-") });
  }
  return tokens;
}

/**
 * The clauses of `q`. Runs of plain words are matched against the synonym list longest first, so "ekonomiskt
 * bistånd" brings "försörjningsstöd" and "socialbidrag" as alternatives of the two words together.
 */
export function searchClauses(q: string): SearchClause[] {
  const tokens = tokensOf(q);
  const clauses: SearchClause[] = [];
  let joinNext = false;
  for (let index = 0; index < tokens.length;) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === "or") {
      joinNext = clauses.length > 0;
      index += 1;
      continue;
    }
    let clause: SearchClause;
    if (token.kind === "phrase") {
      clause = { alternatives: [`"${token.text}"`], negated: token.negated };
      index += 1;
    } else {
      let length = token.negated ? 1 : Math.min(longestEntry, plainRun(tokens, index));
      let group: readonly string[] | undefined;
      for (; length >= 1; length -= 1) {
        const words = tokens.slice(index, index + length).map((t) => (t.kind === "or" ? "" : t.text));
        group = groupsByKey.get(phraseKey(words));
        if (group) break;
      }
      length = Math.max(length, 1);
      const typed = tokens
        .slice(index, index + length)
        .map((t) => (t.kind === "or" ? "" : t.text))
        .join(" ");
      clause = { alternatives: unique([typed, ...(group ?? [])]), negated: token.negated };
      index += length;
    }
    const previous = clauses.at(-1);
    if (joinNext && previous && !previous.negated && !clause.negated) {
      previous.alternatives = unique([...previous.alternatives, ...clause.alternatives]);
    } else {
      clauses.push(clause);
    }
    joinNext = false;
  }
  return clauses;
}

/** How many plain (not negated) words follow from `index`. */
function plainRun(tokens: readonly Token[], index: number): number {
  let run = 0;
  while (tokens[index + run]?.kind === "word" && !(tokens[index + run] as { negated: boolean }).negated)
    run += 1;
  return run;
}

function unique(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = foldWord(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The single words of the clause's alternative (for substring and similarity matching). */
export function wordsOf(alternative: string): string[] {
  return alternative
    .split(/\s+/)
    .map(bare)
    .filter((word) => word !== "");
}
