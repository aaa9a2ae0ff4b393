import { findMunicipality, type UnitCost } from "@insats/domain";
import { asc, inArray } from "drizzle-orm";

import type { Database } from "../client.ts";
import { koladaKpi } from "../kolada/kpis.ts";
import { type KoladaUnitCostRow, koladaUnitCosts } from "../schema/kolada-unit-costs.ts";
import { type UnitCostRow, unitCosts } from "../schema/unit-costs.ts";
import { compact } from "./content.ts";
import type { UnitCostEntry } from "./outputs.ts";

/** Kolada's code for the whole country. */
export const nationalMunicipalityCode = "0000";

/**
 * The unit cost library (the domain's `UnitCost`s, by key); with `municipality` (an SCB code), followed by that
 * municipality's and the nation's Kolada figures, by KPI, municipality (the nation last) and year (latest first).
 */
export async function listUnitCosts(
  db: Database,
  options: { municipality?: string } = {},
): Promise<UnitCostEntry[]> {
  const rows = await db.select().from(unitCosts).orderBy(asc(unitCosts.key));
  const library: UnitCostEntry[] = rows.map(unitCostOf);
  if (options.municipality === undefined) return library;
  const figures = await db
    .select()
    .from(koladaUnitCosts)
    .where(
      inArray(koladaUnitCosts.municipality, [...new Set([options.municipality, nationalMunicipalityCode])]),
    );
  figures.sort(
    (a, b) =>
      a.kpiId.localeCompare(b.kpiId) ||
      Number(a.municipality === nationalMunicipalityCode) -
        Number(b.municipality === nationalMunicipalityCode) ||
      b.year - a.year,
  );
  return [...library, ...figures.flatMap((figure) => koladaUnitCostOf(figure) ?? [])];
}

function unitCostOf(row: UnitCostRow): UnitCost {
  return compact({
    key: row.key,
    label: { sv: row.labelSv, en: row.labelEn },
    unit: row.unit,
    value: row.value,
    low: row.low ?? undefined,
    high: row.high ?? undefined,
    priceYear: row.priceYear,
    payers: row.payers,
    geography: row.geography,
    source: row.source,
    note: row.note ?? undefined,
  });
}

/** A Kolada figure as a unit cost, as Kolada published it: its year is the price year. Undefined for a KPI no longer configured. */
function koladaUnitCostOf(row: KoladaUnitCostRow): UnitCostEntry | undefined {
  const kpi = koladaKpi(row.kpiId);
  if (!kpi) return undefined;
  return {
    key: `kolada_${row.kpiId.toLowerCase()}_${row.municipality}_${row.year}`,
    label: { sv: row.kpiTitle, en: kpi.labelEn },
    unit: kpi.unit,
    value: row.value,
    priceYear: row.year,
    payers: kpi.payers,
    geography:
      row.municipality === nationalMunicipalityCode
        ? "Sweden"
        : (findMunicipality(row.municipality)?.name ?? row.municipality),
    source: `Kolada, ${row.kpiId} ${row.kpiTitle}, ${row.year}`,
    kolada: { kpiId: row.kpiId, kpiTitle: row.kpiTitle, municipality: row.municipality, year: row.year },
  };
}
