import { describe, expect, it } from "vitest";
import { statedAges } from "./target-ages.ts";

const group = (sv: string, ages: { ageMin?: number; ageMax?: number; schoolYears?: { from: number; to: number } }) => ({
  description: { sv, en: sv },
  ...ages,
});

describe("statedAges", () => {
  it("adds nothing when the description already gives the ages", () => {
    expect(statedAges(group("Äldre i åldern 80–90 år", { ageMin: 80, ageMax: 90 }), "sv")).toBeUndefined();
    expect(statedAges(group("Barn 7-14 år", { ageMin: 7, ageMax: 14 }), "sv")).toBeUndefined();
  });

  it("adds the stated ages when the description does not give them", () => {
    expect(statedAges(group("Äldre i Hudiksvall", { ageMin: 80, ageMax: 90 }), "sv")).toEqual({
      kind: "range",
      min: 80,
      max: 90,
    });
    expect(statedAges(group("Barn", { ageMin: 9, ageMax: 9 }), "sv")).toEqual({ kind: "single", age: 9 });
    expect(statedAges(group("Äldre", { ageMin: 65 }), "sv")).toEqual({ kind: "from", min: 65 });
    expect(statedAges(group("Unga", { ageMax: 25 }), "sv")).toEqual({ kind: "upTo", max: 25 });
  });

  it("does not take a number inside another for the age", () => {
    expect(statedAges(group("Elever födda 2018", { ageMin: 8, ageMax: 18 }), "sv")).toEqual({
      kind: "range",
      min: 8,
      max: 18,
    });
  });

  it("shows no ages derived from school years", () => {
    expect(statedAges(group("Elever i årskurs 3", { schoolYears: { from: 3, to: 3 } }), "sv")).toBeUndefined();
  });
});
