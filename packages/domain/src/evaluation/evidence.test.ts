import { describe, expect, it } from "vitest";
import { evaluationDesigns } from "./design.ts";
import { evidenceLevel, evidenceLevelByDesign } from "./evidence.ts";

describe("evidenceLevel", () => {
  it.each([
    ["randomisedControlledTrial", 5],
    ["matchedControl", 4],
    ["stratifiedControl", 4],
    ["waitListControl", 4],
    ["contemporaneousComparison", 3],
    ["historicalComparison", 2],
    ["beforeAfter", 1],
    ["descriptive", 0],
    ["qualitative", 0],
    ["testimonials", 0],
  ] as const)("%s → %i", (design, level) => {
    expect(evidenceLevel(design)).toBe(level);
  });

  it("has a level for every design of the shared enum", () => {
    expect(Object.keys(evidenceLevelByDesign).sort()).toEqual([...evaluationDesigns].sort());
  });

  it("takes the highest level among several designs", () => {
    expect(evidenceLevel(["beforeAfter", "waitListControl", "stratifiedControl", "qualitative"])).toBe(4);
    expect(evidenceLevel(["testimonials", "historicalComparison"])).toBe(2);
  });

  it("is null while there are no results to grade", () => {
    expect(evidenceLevel({ designs: ["randomisedControlledTrial"], status: "planned" })).toBeNull();
    expect(
      evidenceLevel({ designs: ["randomisedControlledTrial"], status: "planned", hasResults: true }),
    ).toBeNull();
    expect(evidenceLevel({ designs: ["waitListControl"], status: "ongoing" })).toBe(4);
    expect(evidenceLevel({ designs: ["waitListControl"], status: "ongoing", hasResults: false })).toBeNull();
    expect(evidenceLevel({ designs: ["waitListControl"], status: "completed" })).toBe(4);
    expect(
      evidenceLevel({ designs: ["waitListControl"], status: "completed", hasResults: false }),
    ).toBeNull();
    expect(evidenceLevel({ designs: [], status: "completed" })).toBeNull();
    expect(evidenceLevel([])).toBeNull();
  });

  it("takes a whole evaluation record, ignoring its other fields", () => {
    const evaluation = {
      key: "x",
      designs: ["stratifiedControl", "beforeAfter"],
      status: "completed",
      results: [],
    } as const;
    expect(evidenceLevel(evaluation)).toBe(4);
  });

  it("refuses an unknown design", () => {
    expect(() => evidenceLevel("anecdote" as never)).toThrow();
  });
});
