// The Kolada key figures (KPIs) that are unit costs for the calculator's outcomes: the one place that says which
// are fetched, what each means, its unit and who pays. Titles are recorded as Kolada gives them at sync time
// (`/v3/kpi/{id}`); the meanings here are RKA's definitions in brief (Kolada's KPI descriptions).
//
// Where the ids come from. No machine here reaches Kolada, so each id was checked against two public copies of
// Kolada's own KPI list, not against the live API:
//   [A] peterk/tableau-kolada-proxy, kpi_all.js (commit 9404668, 2021-09-07): Kolada's whole KPI list (4 588 ids
//       with their titles) as its API gave it in 2021, https://github.com/peterk/tableau-kolada-proxy;
//   [B] an earlier page built on Kolada's v1 API that carries the KPIs' titles and descriptions (RKA's definitions)
//       for N33100, N33101, N23002 and N31001.
// Confirm against `/v3/kpi/{id}` before a production sync: the sync refuses an id Kolada no longer knows.
//
// Changed on purpose: N23002 "Kostnad särskilt boende äldreomsorg exkl lokalkostnader, kr/brukare" [B] is no
// longer in Kolada's list [A] (RKA dropped the "excluding premises" figures from 2014, rka.nu, "Kostnadsnyckeltal
// för äldreomsorgen i Kolada", 2016); N23009 "Kostnad särskilt boende äldreomsorg, kr/brukare" [A] replaces it.
//
// Left out on purpose: N31001 "Kostnad ekonomiskt bistånd, kr/inv" [A, B] is per inhabitant, not per household or
// recipient, so it is no unit cost of an outcome; so are the hemtjänst figures per inhabitant 65+ or 80+ (N21009,
// N21024 [A]). Kolada has no figure per recipient (person) of ekonomiskt bistånd in [A]: per household is the one.
import type { Payers } from "@insats/domain";

export interface KoladaUnitCostKpi {
  /** Kolada's KPI id. */
  id: string;
  /** What one unit is, in the library's words (domain `UnitCost.unit`). */
  unit: "care-day" | "user-year" | "hour" | "household-year";
  /** Where the id and its meaning were checked (see above), and what a planner should know of its coverage. */
  provenance: string;
  /** What the figure measures, in brief (from Kolada's definition). */
  meaning: string;
  /** A short English name; the Swedish one is Kolada's own title. */
  labelEn: string;
  payers: Payers;
}

export const koladaUnitCostKpis = [
  {
    id: "N33100",
    unit: "care-day",
    labelEn: "Institutional care (HVB) of children and young people 0–20, per care day",
    meaning:
      "Institutional care (HVB and other institutions) of children and young people 0–20: gross cost less internal " +
      "income and sales to other municipalities, per care day (SCB and Socialstyrelsen).",
    provenance:
      '[A] and [B]; [A] titles it "Kostnad för HVB-hem, barn och unga 0-20 år, kr/vårddygn (genomsnitt)".',
    payers: { municipality: 1 },
  },
  {
    id: "N33101",
    unit: "care-day",
    labelEn: "Family-home care of children and young people 0–20, per care day",
    meaning:
      "Family-home care (familjehem) of children and young people 0–20: gross cost less internal income and sales to " +
      "other municipalities, per care day (SCB and Socialstyrelsen).",
    provenance:
      '[A] and [B]: "Kostnad/vårddygn för familjehemsvård av barn och unga 0-20 år, kr (genomsnitt)".',
    payers: { municipality: 1 },
  },
  {
    id: "N23009",
    unit: "user-year",
    labelEn: "Special housing for the elderly, per resident and year",
    meaning:
      "Special housing for the elderly (särskilt boende): gross cost less internal income and sales to other " +
      "municipalities, per person 65+ living there permanently, per year (SCB and Socialstyrelsen).",
    provenance: '[A]: N23009 "Kostnad särskilt boende äldreomsorg, kr/brukare"; replaces N23002 (see above).',
    payers: { municipality: 1 },
  },
  {
    id: "N21819",
    unit: "user-year",
    labelEn: "Home care (hemtjänst) for the elderly, per home-care user and year",
    meaning:
      "Home care for the elderly in ordinary housing (hemtjänst): gross cost less internal income and sales to " +
      "other municipalities, per person with home care, per year (SCB and Socialstyrelsen).",
    provenance:
      '[A]: N21819 "Kostnad hemtjänst äldreomsorg, kr/hemtjänsttagare"; the meaning from the title.',
    payers: { municipality: 1 },
  },
  {
    id: "U21003",
    unit: "hour",
    labelEn: "Home care, own provision, per granted hour (KPB)",
    meaning:
      "Home care in the municipality's own provision, cost per granted hour, from the municipalities that take part " +
      "in SKR's Kostnad per brukare (KPB): published only for those (a U figure), so most municipalities have none.",
    provenance:
      '[A]: U21003 "KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme"; KPB per SKR\'s KPB reports.',
    payers: { municipality: 1 },
  },
  {
    id: "N31006",
    unit: "household-year",
    labelEn: "Social assistance paid per household and year (excluding refugee households)",
    meaning:
      "Social assistance (ekonomiskt bistånd) paid out during the year (Socialstyrelsen's statistics, refugee households excluded), " +
      "divided by the number of households that received it: per recipient household and year, whatever the spell.",
    provenance:
      '[A]: N31006 "Utbetalt ekonomiskt bistånd per hushåll (exkl flyktinghushåll), kr/hushåll"; the meaning from ' +
      "the title.",
    payers: { municipality: 1 },
  },
] as const satisfies readonly KoladaUnitCostKpi[];

export type KoladaUnitCostKpiId = (typeof koladaUnitCostKpis)[number]["id"];

export function koladaKpi(id: string): KoladaUnitCostKpi | undefined {
  return koladaUnitCostKpis.find((kpi) => kpi.id === id);
}
