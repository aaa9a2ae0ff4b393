// suggestion_words is filled by migration 0018's SQL, the reader's words are split by suggest.ts: both must
// agree on what a word is, or a suggestion would miss the words the other kind of split makes.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { migrationsFolder } from "../migrate.ts";
import { shortestWord } from "./similar.ts";
import { wordSeparators } from "./suggest.ts";

describe("the suggestion's words", () => {
  it("are split by the migration as suggest.ts splits them", () => {
    const migration = readFileSync(join(migrationsFolder, "0018_suggestion_words.sql"), "utf8");
    expect(migration).toContain(
      `regexp_split_to_table("text", '${wordSeparators}') AS "word" WHERE length("word") >= ${shortestWord}`,
    );
  });
});
