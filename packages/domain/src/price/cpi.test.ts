import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  indexPrice,
  priceIndexRange,
  priceIndexSchema,
  swedishCpi,
  swedishCpiRange,
  type PriceIndex,
} from "./cpi.ts";

// The reference file lives beside the repository in the project's shared folder; a clone without it still runs
// the spot checks below.
const referenceCsv = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared/reference/cpi-sweden.csv");

describe("swedishCpi", () => {
  it("is a valid series covering 2010–2023", () => {
    expect(priceIndexSchema.safeParse(swedishCpi).success).toBe(true);
    expect(swedishCpiRange).toEqual({ first: 2010, last: 2023 });
    expect(swedishCpi.values.find((v) => v.year === 2016)?.index).toBe(316.43);
    expect(swedishCpi.values.find((v) => v.year === 2023)?.index).toBe(403.7);
  });

  it.runIf(existsSync(referenceCsv))("equals the reference file", () => {
    const rows = readFileSync(referenceCsv, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","))
      .map(([year, index]) => ({ year: Number(year), index: Number(index) }));
    expect(swedishCpi.values).toEqual(rows);
  });
});

describe("indexPrice", () => {
  it("scales by the ratio of the indices", () => {
    expect(indexPrice(377, 2016, 2023)).toBeCloseTo((377 * 403.7) / 316.43, 9);
    expect(indexPrice(1000, 2023, 2010)).toBeCloseTo((1000 * 303.46) / 403.7, 9);
    expect(indexPrice(123.45, 2019, 2019)).toBe(123.45);
  });

  it("round-trips", () => {
    expect(indexPrice(indexPrice(5000, 2012, 2022), 2022, 2012)).toBeCloseTo(5000, 9);
  });

  it("refuses years outside the series, without extrapolating", () => {
    expect(() => indexPrice(100, 2016, 2024)).toThrow(/no value for 2024.*2010–2023.*not extrapolated/);
    expect(() => indexPrice(100, 2009, 2016)).toThrow(RangeError);
    expect(() => indexPrice(100, 2016.5, 2020)).toThrow(RangeError);
  });

  it("takes another series", () => {
    const series: PriceIndex = {
      name: "test",
      source: "test",
      base: "2000=100",
      values: [
        { year: 2000, index: 100 },
        { year: 2001, index: 110 },
      ],
    };
    expect(indexPrice(10, 2000, 2001, series)).toBeCloseTo(11, 12);
    expect(priceIndexRange(series)).toEqual({ first: 2000, last: 2001 });
    expect(
      priceIndexSchema.safeParse({
        ...series,
        values: [
          { year: 2000, index: 1 },
          { year: 2002, index: 1 },
        ],
      }).success,
    ).toBe(false);
  });
});
