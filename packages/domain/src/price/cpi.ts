// Price indexing with KPI, Statistics Sweden's consumer price index.
import { z } from "zod";
import { yearSchema } from "../bounds.ts";
import { kpiAnnualAverages, kpiMonthly } from "./kpi-sweden.data.ts";

const monthlyPointSchema = z.object({ year: yearSchema(), month: z.int().min(1).max(12), index: z.number().gt(0).max(1e6) });

export const priceIndexSchema = z
  .object({
    name: z.string(),
    source: z.string(),
    /** The base period, for example "1980=100". */
    base: z.string(),
    /** Annual averages, one per year, consecutive and ascending. */
    values: z.array(z.object({ year: yearSchema(), index: z.number().gt(0).max(1e6) })).min(1).readonly(),
    /**
     * Monthly figures on the same base, consecutive and ascending. The latest of them stands in for the years
     * after the last annual average (see `priceIndexFor`).
     */
    monthly: z.array(monthlyPointSchema).readonly().optional(),
  })
  .check((ctx) => {
    ctx.value.values.forEach((point, i) => {
      const previous = ctx.value.values[i - 1];
      if (previous && point.year !== previous.year + 1) {
        ctx.issues.push({
          code: "custom",
          message: "years must be consecutive and ascending",
          path: ["values", i, "year"],
          input: point.year,
        });
      }
    });
    (ctx.value.monthly ?? []).forEach((point, i, all) => {
      const previous = all[i - 1];
      if (previous && point.year * 12 + point.month !== previous.year * 12 + previous.month + 1) {
        ctx.issues.push({
          code: "custom",
          message: "months must be consecutive and ascending",
          path: ["monthly", i, "month"],
          input: point.month,
        });
      }
    });
  });
export type PriceIndex = z.infer<typeof priceIndexSchema>;

/**
 * KPI (1980 = 100): annual averages 2010–2023 and monthly figures January 2023 – November 2024, from SCB
 * (Statistics Sweden); the data and its sources are in `kpi-sweden.data.ts`.
 */
export const swedishCpi = {
  name: "KPI",
  source: "SCB, Konsumentprisindex (KPI), fastställda tal",
  base: "1980=100",
  values: kpiAnnualAverages,
  monthly: kpiMonthly,
} as const satisfies PriceIndex;

/** The first and last year a series has an annual average for. */
export function priceIndexRange(series: PriceIndex = swedishCpi): { first: number; last: number } {
  const first = series.values[0];
  const last = series.values[series.values.length - 1];
  if (!first || !last) throw new RangeError(`${series.name} has no values`);
  return { first: first.year, last: last.year };
}

/** The years KPI has an annual average for: 2010–2023. */
export const swedishCpiRange = priceIndexRange(swedishCpi);

/**
 * Which figure of a series stands for a year's prices: its annual average, or — for a year after the last
 * annual average — the latest published figure (the latest month when the series has monthly figures after
 * its last annual average, otherwise the last annual average).
 */
export type PriceIndexBasis =
  | { kind: "annual"; year: number }
  | { kind: "latestMonth"; year: number; month: number }
  | { kind: "latestAnnual"; year: number };

export interface PriceIndexPoint {
  index: number;
  basis: PriceIndexBasis;
}

/** The latest figure a series has published: its latest month if that is newer than its last annual average. */
export function latestPriceIndex(series: PriceIndex = swedishCpi): PriceIndexPoint {
  const lastAnnual = series.values[series.values.length - 1];
  if (!lastAnnual) throw new RangeError(`${series.name} has no values`);
  const lastMonth = series.monthly?.[series.monthly.length - 1];
  if (lastMonth && lastMonth.year > lastAnnual.year) {
    return { index: lastMonth.index, basis: { kind: "latestMonth", year: lastMonth.year, month: lastMonth.month } };
  }
  return { index: lastAnnual.index, basis: { kind: "latestAnnual", year: lastAnnual.year } };
}

/** The latest year a series has any figure for (2024 for KPI: November 2024). */
export function latestPriceIndexYear(series: PriceIndex = swedishCpi): number {
  return latestPriceIndex(series).basis.year;
}

/**
 * The index a year's prices are measured with. A year with an annual average gets it; a later year gets the latest
 * published figure, and `basis` says which one, so that it can be named next to the amount (never a blocked
 * choice). A year before the series starts throws a RangeError: nothing is extrapolated backwards.
 */
export function priceIndexFor(year: number, series: PriceIndex = swedishCpi): PriceIndexPoint {
  const { first, last } = priceIndexRange(series);
  if (!Number.isInteger(year) || year < first) {
    throw new RangeError(
      `${series.name} has no value for ${year}: the series starts ${first} (annual averages ${first}–${last}) ` +
        `and is not extrapolated backwards; choose a price year from ${first} on.`,
    );
  }
  if (year > last) return latestPriceIndex(series);
  const point = series.values.find((value) => value.year === year) as { year: number; index: number };
  return { index: point.index, basis: { kind: "annual", year } };
}

/**
 * An amount in `fromYear` prices expressed in `toYear` prices: amount × index(toYear) / index(fromYear), each
 * index from `priceIndexFor` (a year after the last annual average takes the latest published figure).
 * Throws a RangeError for a year before the series starts.
 */
export function indexPrice(
  amount: number,
  fromYear: number,
  toYear: number,
  series: PriceIndex = swedishCpi,
): number {
  const from = priceIndexFor(fromYear, series).index;
  const to = priceIndexFor(toYear, series).index;
  return fromYear === toYear || from === to ? amount : (amount * to) / from;
}
