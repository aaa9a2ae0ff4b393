import { describe, expect, it } from "vitest";

import { foldWord, searchClauses } from "./query.ts";

describe("a reader's search as clauses", () => {
  it("brings a word's synonyms, also for an inflected form and without accents", () => {
    const [clause] = searchClauses("pensionärer");
    expect(clause?.negated).toBe(false);
    expect(clause?.alternatives.slice(0, 3)).toEqual(["pensionärer", "äldre", "pensionär"]);
    expect(clause?.alternatives).toContain("senior");
    expect(searchClauses("fosterhem")[0]?.alternatives).toContain("familjehem");
    expect(searchClauses("aldre")[0]?.alternatives).toContain("pensionär");
  });

  it("matches a synonym of several words before its single words", () => {
    expect(searchClauses("ekonomiskt bistånd Gävle")).toEqual([
      { alternatives: ["ekonomiskt bistånd", "försörjningsstöd", "socialbidrag"], negated: false },
      { alternatives: ["Gävle"], negated: false },
    ]);
  });

  it("keeps phrases, exclusions and or", () => {
    expect(searchClauses('"läs på recept" -seniorträffar')).toEqual([
      { alternatives: ['"läs på recept"'], negated: false },
      { alternatives: ["seniorträffar"], negated: true },
    ]);
    expect(searchClauses("logoped or Gävle")).toEqual([
      { alternatives: ["logoped", "Gävle"], negated: false },
    ]);
  });

  it("folds accents as the database's folding does", () => {
    expect(foldWord("Örebro Servicetrainé Åsa Ægir")).toBe(
      "orebro servicetraine asa aegir".replace("aegir", "agir"),
    );
  });
});
