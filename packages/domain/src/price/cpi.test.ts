import { describe, expect, it } from "vitest";
import {
  indexPrice,
  latestPriceIndex,
  latestPriceIndexYear,
  priceIndexFor,
  priceIndexRange,
  priceIndexSchema,
  swedishCpi,
  swedishCpiRange,
  type PriceIndex,
} from "./cpi.ts";

describe("swedishCpi", () => {
  it("is a valid series: annual averages 2010–2023, months January 2023 – November 2024", () => {
    expect(priceIndexSchema.safeParse(swedishCpi).success).toBe(true);
    expect(swedishCpiRange).toEqual({ first: 2010, last: 2023 });
    expect(swedishCpi.values).toHaveLength(14);
    expect(swedishCpi.values.find((v) => v.year === 2016)?.index).toBe(316.43);
    expect(swedishCpi.values.find((v) => v.year === 2023)?.index).toBe(403.7);
    expect(swedishCpi.monthly).toHaveLength(23);
    expect(swedishCpi.monthly[0]).toEqual({ year: 2023, month: 1, index: 391.5 });
    expect(swedishCpi.monthly.find((v) => v.year === 2024 && v.month === 3)?.index).toBe(414.26);
    expect(swedishCpi.monthly.at(-1)).toEqual({ year: 2024, month: 11, index: 416.75 });
  });

  it("agrees with itself: the 2023 annual average is the mean of its twelve months, to rounding", () => {
    const months = swedishCpi.monthly.filter((v) => v.year === 2023);
    expect(months).toHaveLength(12);
    const mean = months.reduce((sum, v) => sum + v.index, 0) / 12;
    expect(Math.abs(mean - 403.7)).toBeLessThan(0.01);
  });

  it("names November 2024 as the latest figure", () => {
    expect(latestPriceIndex()).toEqual({ index: 416.75, basis: { kind: "latestMonth", year: 2024, month: 11 } });
    expect(latestPriceIndexYear()).toBe(2024);
  });
});

describe("priceIndexFor", () => {
  it("gives the annual average of a year that has one", () => {
    expect(priceIndexFor(2019)).toEqual({ index: 334.26, basis: { kind: "annual", year: 2019 } });
  });

  it.each([2024, 2025, 2026, 2030])("gives %i the latest published index, November 2024, and says so", (year) => {
    expect(priceIndexFor(year)).toEqual({ index: 416.75, basis: { kind: "latestMonth", year: 2024, month: 11 } });
  });

  it("refuses a year before the series, and a fractional year", () => {
    expect(() => priceIndexFor(2009)).toThrow(/starts 2010.*not extrapolated backwards/);
    expect(() => priceIndexFor(2016.5)).toThrow(RangeError);
  });
});

describe("indexPrice", () => {
  it("scales by the ratio of the indices", () => {
    expect(indexPrice(377, 2016, 2023)).toBeCloseTo((377 * 403.7) / 316.43, 9);
    expect(indexPrice(1000, 2023, 2010)).toBeCloseTo((1000 * 303.46) / 403.7, 9);
    expect(indexPrice(123.45, 2019, 2019)).toBe(123.45);
  });

  it("indexes to 2024–2026 with the November 2024 figure instead of refusing", () => {
    expect(indexPrice(377, 2016, 2024)).toBeCloseTo((377 * 416.75) / 316.43, 9);
    expect(indexPrice(377, 2016, 2026)).toBeCloseTo((377 * 416.75) / 316.43, 9);
    expect(indexPrice(1000, 2025, 2026)).toBe(1000);
    expect(indexPrice(1000, 2026, 2023)).toBeCloseTo((1000 * 403.7) / 416.75, 9);
  });

  it("round-trips", () => {
    expect(indexPrice(indexPrice(5000, 2012, 2022), 2022, 2012)).toBeCloseTo(5000, 9);
    expect(indexPrice(indexPrice(5000, 2012, 2025), 2025, 2012)).toBeCloseTo(5000, 9);
  });

  it("refuses years before the series, without extrapolating", () => {
    expect(() => indexPrice(100, 2009, 2016)).toThrow(RangeError);
    expect(() => indexPrice(100, 2016, 2009)).toThrow(/not extrapolated/);
  });

  it("takes another series; without monthly figures the last annual average stands for later years", () => {
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
    expect(priceIndexFor(2003, series)).toEqual({ index: 110, basis: { kind: "latestAnnual", year: 2001 } });
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
    expect(
      priceIndexSchema.safeParse({
        ...series,
        monthly: [
          { year: 2001, month: 12, index: 1 },
          { year: 2002, month: 2, index: 1 },
        ],
      }).success,
    ).toBe(false);
  });
});
