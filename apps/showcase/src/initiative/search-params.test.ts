import { describe, expect, it } from "vitest";
import { initiativeSearchQuery, parseInitiativeSearch, withoutField } from "./search-params.ts";

describe("the initiative list's address", () => {
  it("reads every filter and the page", () => {
    expect(
      parseInitiativeSearch({
        q: " språk ",
        county: "21",
        municipality: "2184",
        focusArea: "language",
        age: "5",
        status: "planned",
        design: "waitListControl",
        minLevel: "4",
        page: "2",
      }),
    ).toEqual({
      filter: {
        q: "språk",
        county: "21",
        municipality: "2184",
        focusArea: "language",
        targetAge: 5,
        status: "planned",
        evaluationDesign: "waitListControl",
        minEvidenceLevel: 4,
      },
      page: 2,
    });
  });

  it("drops what does not parse instead of failing", () => {
    expect(
      parseInitiativeSearch({
        county: "99",
        focusArea: "astrology",
        age: "-1",
        minLevel: "9",
        page: "zero",
        q: "  ",
      }),
    ).toEqual({ filter: {}, page: 1 });
  });

  it("takes the first of repeated values and drops a municipality outside the chosen county", () => {
    expect(parseInitiativeSearch({ county: ["21", "01"], municipality: "0180" })).toEqual({
      filter: { county: "21" },
      page: 1,
    });
  });

  it("writes the same state back, leaving page 1 out", () => {
    const search = parseInitiativeSearch({ county: "21", minLevel: "0", page: "3" });
    expect(initiativeSearchQuery(search)).toEqual({ county: "21", minLevel: "0", page: "3" });
    expect(initiativeSearchQuery({ filter: { targetAge: 0 }, page: 1 })).toEqual({ age: "0" });
  });

  it("removes one filter and goes back to page 1", () => {
    expect(withoutField({ county: "21", targetAge: 7 }, "age")).toEqual({
      filter: { county: "21" },
      page: 1,
    });
  });
});
