// The Kolada key figures (KPIs) that are unit costs for the calculator's outcomes: the one place that says which
// are fetched, what each means, its unit and who pays. Titles are recorded as Kolada gives them at sync time
// (`/v3/kpi/{id}`); the meanings here are RKA's definitions in brief (Kolada's KPI descriptions).
//
// Left out on purpose: N31001 "Kostnad ekonomiskt bistånd, kr/inv" is per inhabitant, not per household or
// recipient, so it is no unit cost of an outcome; a per-household or per-hour figure (ekonomiskt bistånd,
// hemtjänst) belongs here once its KPI id is confirmed against Kolada's metadata (`/v3/kpi?title=…`).
import type { Payers } from "@insats/domain";

export interface KoladaUnitCostKpi {
  /** Kolada's KPI id. */
  id: string;
  /** What one unit is, in the library's words (domain `UnitCost.unit`). */
  unit: "care-day" | "user-year";
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
    payers: { municipality: 1 },
  },
  {
    id: "N33101",
    unit: "care-day",
    labelEn: "Family-home care of children and young people 0–20, per care day",
    meaning:
      "Family-home care (familjehem) of children and young people 0–20: gross cost less internal income and sales to " +
      "other municipalities, per care day (SCB and Socialstyrelsen).",
    payers: { municipality: 1 },
  },
  {
    id: "N23002",
    unit: "user-year",
    labelEn: "Special housing for the elderly, excluding premises, per resident and year",
    meaning:
      "Special housing for the elderly (särskilt boende), excluding premises costs: gross cost less internal income " +
      "and sales to other municipalities, per person 65+ living there permanently, per year (SCB and Socialstyrelsen).",
    payers: { municipality: 1 },
  },
] as const satisfies readonly KoladaUnitCostKpi[];

export type KoladaUnitCostKpiId = (typeof koladaUnitCostKpis)[number]["id"];

export function koladaKpi(id: string): KoladaUnitCostKpi | undefined {
  return koladaUnitCostKpis.find((kpi) => kpi.id === id);
}
