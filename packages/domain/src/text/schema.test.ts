import { describe, expect, it } from "vitest";
import { comparePartialDates, partialDateSchema, periodSchema } from "./date.ts";
import { localizedLongTextSchema, localizedTextSchema, slugify, slugSchema } from "./schema.ts";
import { sourceSchema } from "./source.ts";

describe("localizedTextSchema", () => {
  it("trims both languages", () => {
    expect(localizedTextSchema.parse({ sv: "  Läs på recept ", en: "Reading on prescription\n" })).toEqual({
      sv: "Läs på recept",
      en: "Reading on prescription",
    });
  });

  it("rejects an empty or missing language and unknown keys", () => {
    expect(localizedTextSchema.safeParse({ sv: "Hej", en: "   " }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ sv: "Hej" }).success).toBe(false);
    expect(localizedTextSchema.safeParse({ sv: "Hej", en: "Hi", de: "Hallo" }).success).toBe(false);
  });

  it("keeps short texts short and allows long ones in the long variant", () => {
    const long = "a".repeat(2_000);
    expect(localizedTextSchema.safeParse({ sv: long, en: long }).success).toBe(false);
    expect(localizedLongTextSchema.safeParse({ sv: long, en: long }).success).toBe(true);
  });
});

describe("slugify", () => {
  it.each([
    ["Läs på recept", "las-pa-recept"],
    ["Hälsofrämjande insatser för seniorer", "halsoframjande-insatser-for-seniorer"],
    ["Förenade i rörelse", "forenade-i-rorelse"],
    ["Café Øresund – Ærø & Straße", "cafe-oresund-aero-strasse"],
    ["  El Sistema!  ", "el-sistema"],
    ["Skolfam 2.0", "skolfam-2-0"],
    ["–––", ""],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("always yields a valid slug for text with letters or digits", () => {
    for (const text of [
      "Åre",
      "Malung-Sälen",
      "Upplands Väsby",
      "Västra Götalandsregionen",
      "x".repeat(300),
    ]) {
      expect(slugSchema.safeParse(slugify(text)).success).toBe(true);
    }
  });
});

describe("slugSchema", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    expect(slugSchema.safeParse("servicetrainee").success).toBe(true);
    expect(slugSchema.safeParse("eso-2020-1").success).toBe(true);
  });

  it.each(["", "Las-pa-recept", "läs", "a--b", "-a", "a-", "a b"])("rejects %j", (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });
});

describe("partial dates and periods", () => {
  it("accepts a year, a month or a day", () => {
    for (const date of ["2014", "2012-09", "2020-01-20", "2020-02-29"])
      expect(partialDateSchema.safeParse(date).success).toBe(true);
  });

  it("rejects impossible dates", () => {
    for (const date of ["14", "2012-13", "2012-9", "2019-02-29", "2020-04-31", "2020-01-20T10:00"]) {
      expect(partialDateSchema.safeParse(date).success).toBe(false);
    }
  });

  it("compares at the common precision", () => {
    expect(comparePartialDates("2012-09", "2014-01")).toBeLessThan(0);
    expect(comparePartialDates("2019", "2019-08")).toBe(0);
    expect(comparePartialDates("2020-01-20", "2019-12")).toBeGreaterThan(0);
  });

  it("needs a start or a description, and an end not before the start", () => {
    expect(periodSchema.safeParse({ start: "2012-09", end: "2014-01" }).success).toBe(true);
    expect(periodSchema.safeParse({ description: { sv: "Under ett år", en: "For one year" } }).success).toBe(
      true,
    );
    expect(periodSchema.safeParse({ end: "2014" }).success).toBe(false);
    const backwards = periodSchema.safeParse({ start: "2014-01", end: "2012-09" });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.message).toMatch(/ends before it starts/);
  });
});

describe("sourceSchema", () => {
  it("allows a source without publisher or URL but not a made-up URL scheme", () => {
    expect(sourceSchema.safeParse({ title: "Exempel på sociala investeringar" }).success).toBe(true);
    expect(sourceSchema.safeParse({ title: "X", url: "ftp://example.org/x" }).success).toBe(false);
    expect(sourceSchema.safeParse({ title: "X", url: "https://example.org/x" }).success).toBe(true);
  });
});
