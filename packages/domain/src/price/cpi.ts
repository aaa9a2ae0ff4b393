// Price indexing with KPI, Statistics Sweden's consumer price index.
import { z } from "zod";
import { yearSchema } from "../bounds.ts";

export const priceIndexSchema = z
  .object({
    name: z.string(),
    source: z.string(),
    /** The base period, for example "1980=100". */
    base: z.string(),
    /** Annual averages, one per year, consecutive and ascending. */
    values: z.array(z.object({ year: yearSchema(), index: z.number().gt(0).max(1e6) })).min(1),
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
  });
export type PriceIndex = z.infer<typeof priceIndexSchema>;

/**
 * KPI (1980 = 100), annual averages 2010–2023. Source: SCB (Statistics Sweden), KPI fastställda tal;
 * shared/reference/cpi-sweden.csv.
 */
export const swedishCpi = {
  name: "KPI",
  source: "SCB, Konsumentprisindex (KPI), fastställda tal, årsmedeltal",
  base: "1980=100",
  values: [
    { year: 2010, index: 303.46 },
    { year: 2011, index: 311.43 },
    { year: 2012, index: 314.2 },
    { year: 2013, index: 314.06 },
    { year: 2014, index: 313.49 },
    { year: 2015, index: 313.35 },
    { year: 2016, index: 316.43 },
    { year: 2017, index: 322.11 },
    { year: 2018, index: 328.4 },
    { year: 2019, index: 334.26 },
    { year: 2020, index: 335.92 },
    { year: 2021, index: 343.19 },
    { year: 2022, index: 371.91 },
    { year: 2023, index: 403.7 },
  ],
} as const satisfies PriceIndex;

/** The first and last year a series covers. */
export function priceIndexRange(series: PriceIndex = swedishCpi): { first: number; last: number } {
  const first = series.values[0];
  const last = series.values[series.values.length - 1];
  if (!first || !last) throw new RangeError(`${series.name} has no values`);
  return { first: first.year, last: last.year };
}

/** The years KPI covers: 2010–2023. */
export const swedishCpiRange = priceIndexRange(swedishCpi);

function indexFor(series: PriceIndex, year: number): number {
  const { first, last } = priceIndexRange(series);
  const point = series.values.find((value) => value.year === year);
  if (!point) {
    throw new RangeError(
      `${series.name} has no value for ${year}: the series covers ${first}–${last}. Years after the last published ` +
        `year are not extrapolated; pass a series that covers ${year} or choose a price year within ${first}–${last}.`,
    );
  }
  return point.index;
}

/**
 * An amount in `fromYear` prices expressed in `toYear` prices: amount × index(toYear) / index(fromYear).
 * Throws a RangeError for a year the series does not cover; nothing is extrapolated.
 */
export function indexPrice(
  amount: number,
  fromYear: number,
  toYear: number,
  series: PriceIndex = swedishCpi,
): number {
  const from = indexFor(series, fromYear);
  const to = indexFor(series, toYear);
  return fromYear === toYear ? amount : (amount * to) / from;
}
