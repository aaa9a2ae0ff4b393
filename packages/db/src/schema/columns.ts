// Column shapes shared by every aggregate. Timestamps keep millisecond precision, the precision of a JavaScript
// Date, so a value read back compares equal to what is stored (keyset cursors rely on that).
import { type SQL, sql } from "drizzle-orm";
import { customType, timestamp } from "drizzle-orm/pg-core";

export const instant = () => timestamp({ withTimezone: true, precision: 3, mode: "date" });

export const createdAt = () => instant().notNull().defaultNow();

export const updatedAt = () =>
  instant()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** PostgreSQL's full-text document type; only ever generated in the database, never written from here. */
export const tsvector = customType<{ data: string; driverData: string }>({
  dataType: () => "tsvector",
});

// Letters the Swedish alphabet puts after z (å, ä, ö, with æ and ø as ä and ö), mapped to the bytes after z,
// and accented letters folded to their base letter (ü is y in Swedish). Under the "C" collation the result sorts
// as a Swedish reader expects, the same on PostgreSQL and PGlite (which has no Swedish collation).
const sortFolding: Record<string, string> = {
  å: "{",
  ä: "|",
  æ: "|",
  ö: "}",
  ø: "}",
  á: "a",
  à: "a",
  â: "a",
  é: "e",
  è: "e",
  ê: "e",
  ë: "e",
  í: "i",
  ì: "i",
  î: "i",
  ó: "o",
  ò: "o",
  ô: "o",
  ú: "u",
  ù: "u",
  ü: "y",
  ç: "c",
  ñ: "n",
};
const sortFrom = Object.keys(sortFolding).join("");
const sortTo = Object.values(sortFolding).join("");

/** An expression of a text column that sorts in Swedish alphabetical order under `collate "C"`. */
export function swedishSortKey(column: SQL): SQL {
  return sql`translate(lower(${column}), '${sql.raw(sortFrom)}', '${sql.raw(sortTo)}')`;
}

/** The text columns of a row (by SQL name) joined by spaces, null ones as empty; immutable, for generated columns. */
function joinedText(columns: readonly string[]): string {
  return columns.map((column) => `coalesce("${column}", '')`).join(` || ' ' || `);
}

// Accented letters and their base letter for matching: a reader who types "aldre", "orebro" or "trainé" finds
// "äldre", "Örebro" and "trainee". Upper case is listed too because lower() leaves non-ASCII letters as they are
// under the C locale (PGlite's). `translate` is immutable, so generated columns can use it, and it behaves the
// same on PostgreSQL and PGlite; the search query folds the reader's words with the same expression.
const matchFolding = "åäæöøáàâãéèêëíìîïóòôõúùûüýÿçñÅÄÆÖØÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝÇÑ";
const matchFolded = "aaaooaaaaeeeeiiiioooouuuuyycnaaaooaaaaeeeeiiiioooouuuuycn";
if (matchFolding.length !== matchFolded.length) throw new Error("matchFolding: lists of different length");

/** The accented letters matching folds, for patterns that must treat them as letters (search/suggest.ts). */
export const matchFoldingLetters = matchFolding;

/** The text lower-cased and with accents folded (å, ä, ö, é … to a, o, e …), for matching, never for display. */
export function foldedForMatching(text: SQL): SQL {
  return sql`translate(lower(${text}), '${sql.raw(matchFolding)}', '${sql.raw(matchFolded)}')`;
}

type DocumentWeights = Partial<Record<"A" | "B" | "C" | "D", string[]>>;

/**
 * A weighted full-text document in a text search configuration over columns of the same row, for a generated
 * column: weight A is the most important. Columns are given by their SQL names; null columns contribute
 * nothing. Each weight holds the words as written (stemming and ranking see å, ä, ö) and, at the same weight,
 * their accent-folded forms, which a folded query matches.
 */
function searchDocument(config: "swedish" | "english", weights: DocumentWeights): SQL {
  const parts = Object.entries(weights)
    .filter(([, columns]) => columns.length > 0)
    .flatMap(([weight, columns]) => {
      const text = joinedText(columns);
      return [
        `setweight(to_tsvector('${config}', ${text}), '${weight}')`,
        `setweight(to_tsvector('${config}', ${foldedSql(text)}), '${weight}')`,
      ];
    });
  return sql.raw(parts.join(" || "));
}

/** A Swedish full-text document (searchDocument). */
export const swedishSearchDocument = (weights: DocumentWeights) => searchDocument("swedish", weights);

/** An English full-text document (searchDocument), for searches from the English showcase. */
export const englishSearchDocument = (weights: DocumentWeights) => searchDocument("english", weights);

function foldedSql(text: string): string {
  return `translate(lower(${text}), '${matchFolding}', '${matchFolded}')`;
}

/**
 * The lower-cased, accent-folded text of columns of the same row, for a generated column with a trigram index:
 * substring matches ("störning" inside "språkstörning", which the stemmer cannot split) then use the index
 * instead of reading every row, and where PostgreSQL reads rows anyway, `like` on lower-cased text costs a
 * fraction of `ilike`. Typo tolerance compares the reader's words with its words by trigram similarity.
 */
export function substringSearchText(columns: readonly string[]): SQL {
  return sql.raw(foldedSql(joinedText(columns)));
}
