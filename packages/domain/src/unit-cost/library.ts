// The calculator's library of unit costs: reference/unit-costs.csv as data. Every figure keeps its source
// and price year; planners may override any of them.
import { indexPrice, swedishCpi, type PriceIndex } from "../price/cpi.ts";
import type { Uncertain } from "../scenario/schema.ts";
import type { UnitCost } from "./schema.ts";

export const unitCostLibrary = [
  {
    key: "ekonomiskt_bistand_per_hushall_ar",
    label: { sv: "Ekonomiskt bistånd per hushåll och år", en: "Social assistance per household and year" },
    unit: "household-year",
    value: 57380,
    priceYear: 2019,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: "Socialstyrelsen, via Regionfakta: 11 602 153 tkr paid to 202 199 households in 2019",
    note: "National average over all recipient households, including short spells; long-term recipients cost more per year",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_stockholm",
    label: {
      sv: "Ekonomiskt bistånd per hushåll och år (Stockholms stad)",
      en: "Social assistance per household and year (City of Stockholm)",
    },
    unit: "household-year",
    value: 63682,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Stockholm",
    source:
      "Stockholms stad statistik 2017: 63 682 kr per household and year, 9 135 kr per month, 7.0 months on average",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_manad_stockholm",
    label: {
      sv: "Ekonomiskt bistånd per hushåll och månad (Stockholms stad)",
      en: "Social assistance per household and month (City of Stockholm)",
    },
    unit: "household-month",
    value: 9135,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Stockholm",
    source: "Stockholms stad statistik 2017",
    note: "Times 12 approximates a long-term (whole-year) recipient household",
  },
  {
    key: "hemtjanst_per_timme",
    label: { sv: "Hemtjänst per timme (omvårdnad dagtid)", en: "Home care per hour (personal care daytime)" },
    unit: "hour",
    value: 377,
    low: 278,
    high: 475,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: "SKL survey of compensation systems in hemtjänst, 2016: average 377 kr per hour, range 278-475",
    note: "Compensation paid per hour in LOV systems; a proxy for the municipality's cost per delivered hour",
  },
  {
    key: "hoftfraktur_forsta_aret",
    label: { sv: "Höftfraktur: vårdkostnad första året", en: "Hip fracture: care cost in the first year" },
    unit: "fracture",
    value: 300000,
    priceYear: null,
    payers: { municipality: 0.56, region: 0.41, individual: 0.03 },
    geography: "Sweden",
    source: "Secondary source (regional newspaper citing MSB); treat as indicative",
    note: "About 56% of fall costs fall on municipalities and 41% on regions (Socialstyrelsen, 2020 figures)",
  },
  {
    key: "institutionsvard_barn_per_dygn",
    label: { sv: "HVB för barn och unga per vårddygn", en: "Residential care (HVB) for children per day" },
    unit: "care-day",
    value: 4750,
    low: 1100,
    high: 8400,
    priceYear: null,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Socialstyrelsen figures via secondary source: 1 100-8 400 kr per day depending on municipality (undated)",
    note: "Midpoint of the reported range; Kolada KPI N33100 gives each municipality's own figure",
  },
  {
    key: "bbic_utredning",
    label: { sv: "BBIC-utredning (barnavårdsutredning)", en: "Child welfare investigation (BBIC)" },
    unit: "investigation",
    value: 30561,
    priceYear: 2015,
    payers: { municipality: 1 },
    geography: "Sweden",
    source: "SKL Psynk standard price list 2015",
  },
] as const satisfies readonly UnitCost[];

export type UnitCostKey = (typeof unitCostLibrary)[number]["key"];

/** A unit cost of the library by its key; throws for an unknown key. */
export function unitCostByKey(key: UnitCostKey | (string & {})): UnitCost {
  const found = unitCostLibrary.find((unitCost) => unitCost.key === key);
  if (!found) throw new RangeError(`No unit cost with key "${key}" in the library`);
  return found;
}

export interface UnitCostPricing {
  /** The price index to index with; KPI by default. */
  series?: PriceIndex;
  /** Scales the figure, for example 12 to turn a monthly cost into a whole-year one. */
  multiplier?: number;
}

/**
 * A unit cost as a scenario `Uncertain` in `priceYear` prices: triangular(low, value, high) when the source
 * reports a range, otherwise the number. Dated figures are indexed with KPI (a year outside the series throws);
 * undated figures are taken as they are, as if in `priceYear` prices.
 */
export function unitCostAt(
  unitCost: UnitCost | UnitCostKey,
  priceYear: number,
  { series = swedishCpi, multiplier = 1 }: UnitCostPricing = {},
): Uncertain {
  const cost = typeof unitCost === "string" ? unitCostByKey(unitCost) : unitCost;
  const price = (amount: number) =>
    multiplier * (cost.priceYear === null ? amount : indexPrice(amount, cost.priceYear, priceYear, series));
  if (cost.low !== undefined && cost.high !== undefined) {
    return { dist: "triangular", min: price(cost.low), mode: price(cost.value), max: price(cost.high) };
  }
  return price(cost.value);
}
