import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { indexPrice } from "../price/cpi.ts";
import { unitCostAt, unitCostByKey, unitCostLibrary } from "./library.ts";
import { unitCostSchema } from "./schema.ts";

const referenceCsv = resolve(dirname(fileURLToPath(import.meta.url)), "../../reference/unit-costs.csv");

/** A small CSV reader for the reference file: commas, and double quotes around fields that hold commas. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split("\n")
    .map((line) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => m[2] ?? m[1] ?? "").slice(0, -1));
}

describe("unitCostLibrary", () => {
  it("holds 26 valid unit costs with unique keys", () => {
    expect(unitCostLibrary).toHaveLength(26);
    for (const unitCost of unitCostLibrary) {
      const result = unitCostSchema.safeParse(unitCost);
      expect(result.success, `${unitCost.key}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
    expect(new Set(unitCostLibrary.map((u) => u.key)).size).toBe(26);
  });

  it("covers the four uses, each with sourced figures", () => {
    const count = (units: string[]) => unitCostLibrary.filter((u) => units.includes(u.unit)).length;
    expect(count(["household-year", "household-month"])).toBe(14);
    expect(count(["hour", "user-year"])).toBe(3);
    expect(count(["fracture", "fall-injury"])).toBe(1);
    expect(count(["care-day", "investigation", "initial-assessment", "assessment"])).toBe(8);
  });

  it("gives every entry a source a reader can find, in Swedish and English, a price year and whole payer shares", () => {
    // A source names its address, or its publisher, then its title with the year ("Stockholms stad, statistik …, 2017").
    const findable = /https?:\/\/\S+|^[^,:]+, [^:]*\b(19|20)\d{2}\b/;
    for (const unitCost of unitCostLibrary) {
      const { key, source, priceYear, payers } = unitCost;
      const note: { sv: string; en: string } | undefined = "note" in unitCost ? unitCost.note : undefined;
      expect(source.sv, key).toMatch(findable);
      expect(source.en, key).toMatch(findable);
      // Translated, not copied: the explanations differ between the languages.
      expect(source.en, key).not.toBe(source.sv);
      if (note) expect(note.en, key).not.toBe(note.sv);
      expect(priceYear, key).toBeGreaterThanOrEqual(2010);
      const shares = Object.values(payers as Record<string, number>);
      expect(shares.reduce((sum, share) => sum + share, 0), key).toBeCloseTo(1, 9);
    }
  });

  it("writes the English texts' numbers and quotation marks as English does, as the calculator's English pages do", () => {
    // "SEK 10,915,807 thousand", not "SEK 10 915 807" beside the page's own "SEK 75,045"; “title”, not ”title”.
    for (const entry of unitCostLibrary) {
      const note = "note" in entry ? entry.note.en : "";
      for (const text of [entry.source.en, note]) {
        expect(text, entry.key).not.toMatch(/\d \d{3}(?!\d)/);
        expect(text, entry.key).not.toMatch(/(^|[\s(])”/);
      }
    }
  });

  it("refuses a source or note in one language only", () => {
    const [first] = unitCostLibrary;
    expect(unitCostSchema.safeParse({ ...first, source: first.source.sv }).success).toBe(false);
    expect(unitCostSchema.safeParse({ ...first, source: { sv: first.source.sv } }).success).toBe(false);
    expect(unitCostSchema.safeParse({ ...first, note: { sv: "Bara svenska", en: "" } }).success).toBe(false);
  });

  it("matches the reference file row by row", () => {
    const [header, ...rows] = parseCsv(readFileSync(referenceCsv, "utf8"));
    expect(header?.[0]).toBe("key");
    expect(rows).toHaveLength(unitCostLibrary.length);
    for (const [
      key,
      labelSv,
      labelEn,
      unit,
      value,
      low,
      high,
      priceYear,
      payers,
      geography,
      sourceSv,
      sourceEn,
      noteSv,
      noteEn,
    ] of rows) {
      const unitCost = unitCostByKey(key as string);
      expect(unitCost.label).toEqual({ sv: labelSv, en: labelEn });
      expect(unitCost.unit).toBe(unit);
      expect(unitCost.value).toBe(Number(value));
      expect(unitCost.low).toBe(low ? Number(low) : undefined);
      expect(unitCost.high).toBe(high ? Number(high) : undefined);
      expect(unitCost.priceYear).toBe(priceYear ? Number(priceYear) : null);
      const shares = Object.fromEntries(
        (payers as string).split(";").map((part) => {
          const [payer, share] = part.split(":");
          return [payer, share === undefined ? 1 : Number(share)];
        }),
      );
      expect(unitCost.payers).toEqual(shares);
      expect(unitCost.geography).toBe(geography);
      expect(unitCost.source).toEqual({ sv: sourceSv, en: sourceEn });
      expect(unitCost.note).toEqual(noteSv || noteEn ? { sv: noteSv, en: noteEn } : undefined);
    }
  });

  it("refuses an inconsistent range", () => {
    const hemtjanst = unitCostByKey("hemtjanst_per_timme");
    expect(unitCostSchema.safeParse({ ...hemtjanst, value: 500 }).success).toBe(false);
    expect(unitCostSchema.safeParse({ ...hemtjanst, high: undefined }).success).toBe(false);
    expect(unitCostSchema.safeParse({ ...hemtjanst, payers: { municipality: 0.5 } }).success).toBe(false);
  });
});

describe("unitCostAt", () => {
  it("gives a triangular low/value/high where the source has a range, indexed with KPI", () => {
    expect(unitCostAt("hemtjanst_per_timme", 2023)).toEqual({
      dist: "triangular",
      min: indexPrice(278, 2016, 2023),
      mode: indexPrice(377, 2016, 2023),
      max: indexPrice(475, 2016, 2023),
    });
  });

  it("gives a number where there is no range", () => {
    expect(unitCostAt("bbic_utredning", 2023)).toBeCloseTo((30_561 * 403.7) / 313.35, 9);
    expect(unitCostAt("ekonomiskt_bistand_per_hushall_manad_stockholm", 2017, { multiplier: 12 })).toBe(
      109_620,
    );
  });

  it("takes an undated figure as it is, in the target year's prices", () => {
    // The library's figures are all dated; a planner's or an older library's undated figure is taken as it is.
    const undated = { ...unitCostByKey("hemtjanst_per_timme"), priceYear: null };
    expect(unitCostAt(undated, 2023)).toEqual({ dist: "triangular", min: 278, mode: 377, max: 475 });
    expect(unitCostAt({ ...undated, low: undefined, high: undefined }, 2012)).toBe(377);
  });

  it("indexes to a year without an annual average with the latest KPI month; refuses one before KPI and an unknown key", () => {
    expect(unitCostAt("bbic_utredning", 2025)).toBeCloseTo((30_561 * 416.75) / 313.35, 6);
    expect(() => unitCostAt("hemtjanst_per_timme", 2009)).toThrow(/not extrapolated/);
    expect(() => unitCostByKey("nope")).toThrow(/No unit cost/);
  });
});
