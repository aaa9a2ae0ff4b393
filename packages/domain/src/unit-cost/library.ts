// The calculator's library of unit costs: reference/unit-costs.csv as data. Every figure keeps its source (publisher,
// title, year and address where there is one) and price year; planners may override any of them. A figure derived
// from published ones (a quotient, a fee without a subsidy) says how in its source or note.
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
      "Socialstyrelsen, analys av kommunernas kostnader i socialtjänsten: institutionsvård av barn och unga 1 100–8 400 kr per dygn beroende på kommun (odaterad); återgiven av Heja Olika, https://hejaolika.se/artikel/barn-vardas-for-1200-kronor-eller-8000/",
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
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2024",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2024 (riket)", en: "Social assistance per household and year 2024 (Sweden)" },
    unit: "household-year",
    value: 75045,
    priceYear: 2024,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2024, via Regionfakta, ”Ekonomiskt bistånd” (Gotlands län): 10 915 807 tkr utbetalt till 145 456 hushåll, 75 045 kr per hushåll, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
    note: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2020",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (riket)", en: "Social assistance per household and year 2020 (Sweden)" },
    unit: "household-year",
    value: 60225,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Örebro län): 11 955 560 tkr utbetalt till 198 514 hushåll, 60 225 kr per hushåll, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    note: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2017",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2017 (riket)", en: "Social assistance per household and year 2017 (Sweden)" },
    unit: "household-year",
    value: 50258,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, ”Ekonomiskt bistånd” (Hallands län): 10 732 616 tkr utbetalt till 213 550 hushåll, 50 258 kr per hushåll, http://regionfakta.com/hallands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    note: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_2016",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2016 (riket)", en: "Social assistance per household and year 2016 (Sweden)" },
    unit: "household-year",
    value: 47766,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2016, via Regionfakta, ”Ekonomiskt bistånd” (Västerbottens län): 10 513 930 tkr utbetalt till 220 112 hushåll, 47 766 kr per hushåll, http://regionfakta.com/Vasterbottens-lan/Befolkning-och-hushall/Ekonomiskt-bistand/",
    note: "Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder; ett långvarigt biståndshushåll kostar mer per år",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_gotland",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2024 (Gotland)", en: "Social assistance per household and year 2024 (Gotland)" },
    unit: "household-year",
    value: 63234,
    priceYear: 2024,
    payers: { municipality: 1 },
    geography: "Gotland",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2024, via Regionfakta, ”Ekonomiskt bistånd” (Gotlands län): 55 646 tkr utbetalt till 880 hushåll, 63 234 kr per hushåll, https://www.regionfakta.com/gotlands-lan/befolkning-och-hushall/ekonomiskt-bistand",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_orebro_lan",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (Örebro län)", en: "Social assistance per household and year 2020 (Örebro County)" },
    unit: "household-year",
    value: 55515,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Örebro län",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Örebro län): 399 100 tkr utbetalt till 7 189 hushåll, 55 515 kr per hushåll, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_orebro",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2020 (Örebro kommun)", en: "Social assistance per household and year 2020 (Örebro Municipality)" },
    unit: "household-year",
    value: 59938,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Örebro",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2020, via Regionfakta, ”Ekonomiskt bistånd” (Örebro län): 217 095 tkr utbetalt till 3 622 hushåll, 59 938 kr per hushåll, https://www.regionfakta.com/orebro-lan/befolkning-och-hushall/ekonomiskt-bistand/",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_vasteras",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2017 (Västerås)", en: "Social assistance per household and year 2017 (Västerås)" },
    unit: "household-year",
    value: 59140,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Västerås",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, ”Ekonomiskt bistånd” (Västmanlands län): 243 834 tkr utbetalt till 4 123 hushåll, 59 140 kr per hushåll, http://regionfakta.com/vastmanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_umea",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2016 (Umeå)", en: "Social assistance per household and year 2016 (Umeå)" },
    unit: "household-year",
    value: 41431,
    priceYear: 2016,
    payers: { municipality: 1 },
    geography: "Umeå",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2016, via Regionfakta, ”Ekonomiskt bistånd” (Västerbottens län): 82 778 tkr utbetalt till 1 998 hushåll, 41 431 kr per hushåll, http://regionfakta.com/Vasterbottens-lan/Befolkning-och-hushall/Ekonomiskt-bistand/",
  },
  {
    key: "ekonomiskt_bistand_per_hushall_ar_hallands_lan",
    label: { sv: "Ekonomiskt bistånd per hushåll och år 2017 (Hallands län)", en: "Social assistance per household and year 2017 (Halland County)" },
    unit: "household-year",
    value: 41514,
    priceYear: 2017,
    payers: { municipality: 1 },
    geography: "Hallands län",
    source:
      "Socialstyrelsen, Statistik om ekonomiskt bistånd 2017, via Regionfakta, ”Ekonomiskt bistånd” (Hallands län): 190 962 tkr utbetalt till 4 600 hushåll, 41 514 kr per hushåll, http://regionfakta.com/hallands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
  },
  {
    key: "sarskilt_boende_per_person_ar",
    label: { sv: "Särskilt boende för äldre per beviljad person och år (riket)", en: "Special housing for the elderly per person granted it, per year (Sweden)" },
    unit: "user-year",
    value: 689700,
    low: 463600,
    high: 1422400,
    priceYear: 2012,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Socialstyrelsen, Kostnadsmått 2012 – Öppna jämförelser av socialtjänsten (2013): kostnad för särskilt boende för äldre per beviljad person, riket 689 700 kr, kommunerna 463 600–1 422 400 kr; återgivet av Gröna Seniorer, https://gronaseniorer.nu/tag/kostnader-for-aldreomsorg/",
    note: "Spannet är lägsta och högsta kommunens kostnad, inte ett osäkerhetsintervall; Kolada N23009 ger kommunens egen siffra",
  },
  {
    key: "fallskada_65_per_vardad",
    label: { sv: "Fallskada hos person 65+ som krävt specialistvård, per vårdad person", en: "Fall injury of a person 65+ needing specialist care, per person treated" },
    unit: "fall-injury",
    value: 113925,
    priceYear: 2020,
    payers: { municipality: 0.56, region: 0.41, individual: 0.03 },
    geography: "Sweden",
    source:
      "Kvot av två publicerade tal för 2020: Socialstyrelsen, Kunskapsguiden, ”Ekonomiskt perspektiv på fallpreventivt arbete”: fallolyckornas direkta kostnader 11,6 miljarder kr (kommuner 56 %, regioner 41 %, informell vård 3 %), https://kunskapsguiden.se/omraden-och-teman/aldre/fallolyckor-och-fallprevention/ekonomiskt-perspektiv-pa-fallpreventivt-arbete/; Folkhälsomyndigheten, ”Fallolyckor bland äldre” (Folkhälsans utveckling): 101 821 personer 65+ vårdade i slutenvård eller specialiserad öppenvård, https://www.folkhalsomyndigheten.se/folkhalsorapportering-statistik/tolkad-rapportering/folkhalsans-utveckling/resultat/halsa/fallolyckor-bland-aldre/",
    note: "Genomsnitt över alla fallskador som krävt specialistvård, lindriga som svåra; en höftfraktur kostar mer",
  },
  {
    key: "sis_behandling_lasbar_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, behandling på låsbar avdelning, per vårddygn", en: "SiS youth home, treatment on a lockable ward, per care day" },
    unit: "care-day",
    value: 7500,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, behandlingsverksamhet, låsbar avdelning, 5 400 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    note: "Avgiften utan subvention: 5 400 kr / 0,72 = 7 500 kr; kommunen betalar SiS avgift per dygn",
  },
  {
    key: "sis_behandling_oppen_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, behandling på öppen avdelning, per vårddygn", en: "SiS youth home, treatment on an open ward, per care day" },
    unit: "care-day",
    value: 4900,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, behandlingsverksamhet, öppen avdelning, 3 528 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    note: "Avgiften utan subvention: 3 528 kr / 0,72 = 4 900 kr; kommunen betalar SiS avgift per dygn",
  },
  {
    key: "sis_utredning_lasbar_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, akut eller utredning på låsbar avdelning, per vårddygn", en: "SiS youth home, emergency or assessment on a lockable ward, per care day" },
    unit: "care-day",
    value: 7400,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, akutverksamhet och utredningsverksamhet, låsbar avdelning, 5 328 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    note: "Avgiften utan subvention: 5 328 kr / 0,72 = 7 400 kr; kommunen betalar SiS avgift per dygn",
  },
  {
    key: "sis_utredning_oppen_per_dygn",
    label: { sv: "SiS särskilt ungdomshem, utredning på öppen avdelning, per vårddygn", en: "SiS youth home, assessment on an open ward, per care day" },
    unit: "care-day",
    value: 6100,
    priceYear: 2020,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "Statens institutionsstyrelse (SiS), ”Kraftigt sänkt avgift i SiS ungdomsvård” (2020): vårdavgift 3 § LVU 1 juli–31 december 2020, utredningsverksamhet, öppen avdelning, 4 392 kr per dygn efter 28 % statlig subvention, https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/",
    note: "Avgiften utan subvention: 4 392 kr / 0,72 = 6 100 kr; kommunen betalar SiS avgift per dygn",
  },
  {
    key: "barnavard_forhandsbedomning",
    label: { sv: "Förhandsbedömning efter orosanmälan (barnavård)", en: "Initial assessment after a report of concern (child welfare)" },
    unit: "initial-assessment",
    value: 1543,
    priceYear: 2015,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "SKL, Uppdrag Psykisk Hälsa, ”Insatskostnader – sociala investeringar” (Psynk, 2015), schablonpris för förhandsbedömning: 1 543 kr, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
    note: "Personalkostnad enligt SCB:s lönestatistik med arbetsgivaravgift; lokaler ingår inte",
  },
  {
    key: "barnavard_screening_ester",
    label: { sv: "Screening och ESTER-bedömning (barnavård)", en: "Screening and ESTER assessment (child welfare)" },
    unit: "assessment",
    value: 4754,
    priceYear: 2015,
    payers: { municipality: 1 },
    geography: "Sweden",
    source:
      "SKL, Uppdrag Psykisk Hälsa, ”Insatskostnader – sociala investeringar” (Psynk, 2015), schablonpris för screening + ESTER-bedömning: 4 754 kr, https://abcdocz.com/doc/4153731/insatskostnader-%E2%80%93-sociala-investeringar",
    note: "Personalkostnad enligt SCB:s lönestatistik med arbetsgivaravgift; lokaler ingår inte",
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
