// The search's SQL asks each thing once: a synonym that another one's match already covers is left out (a text
// holding "fallolycka" holds "fall"), and a word without accents is not looked for twice. The synonym group of
// "fallskada" had made a statement the planner answered with a full scan (read-path bench: 200-275 ms).
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";

import { searchClauses } from "./query.ts";
import { searchMatch } from "./sql.ts";

const columns = { swedish: sql.raw("search"), english: sql.raw("search_en"), text: sql.raw("search_text") };

function parametersOf(q: string): unknown[] {
  return new PgDialect().sqlToQuery(searchMatch(columns, q).match).params;
}

describe("a search's SQL", () => {
  it("leaves out the synonyms whose match another one's implies", () => {
    expect(searchClauses("fallskada")[0]?.alternatives).toEqual(
      expect.arrayContaining(["fallskada", "fallolycka", "fall", "fallprevention", "benbrott"]),
    );
    const parameters = parametersOf("fallskada");
    expect(parameters).toContain("%fall%");
    expect(parameters).toContain("%benbrott%");
    // The reader's own word stays, to rank the texts that say it first.
    expect(parameters).toContain("fallskada");
    for (const implied of ["fallolycka", "fallprevention"]) {
      expect(parameters).not.toContain(implied);
      expect(parameters).not.toContain(`%${implied}%`);
    }
    // "fall" once as a prefix and once as a substring.
    expect(parameters.filter((parameter) => parameter === "fall")).toHaveLength(1);
  });

  it("keeps a word's folded form only where folding changes it", () => {
    expect(parametersOf("Örebro").filter((parameter) => parameter === "Örebro")).toHaveLength(2);
    expect(parametersOf("Gävle")).toContain("%Gävle%");
  });
});
