import { findCounty, findMunicipality, municipalitiesInCounty, type LocalizedText, type UnitCost } from "@insats/domain";
import { asc, inArray } from "drizzle-orm";

import type { Database } from "../client.ts";
import { koladaKpi } from "../kolada/kpis.ts";
import { type KoladaUnitCostRow, koladaUnitCosts } from "../schema/kolada-unit-costs.ts";
import { type UnitCostRow, unitCosts } from "../schema/unit-costs.ts";
import { compact } from "./content.ts";
import type { KoladaFigure, UnitCostEntry } from "./outputs.ts";

/** Kolada's code for the whole country. */
export const nationalMunicipalityCode = "0000";

/**
 * The unit cost library (the domain's `UnitCost`s, by key); with `municipality` (an SCB code), followed by that
 * municipality's Kolada figures (`listKoladaUnitCosts`).
 */
export async function listUnitCosts(
  db: Database,
  options: { municipality?: string } = {},
): Promise<UnitCostEntry[]> {
  const rows = await db.select().from(unitCosts).orderBy(asc(unitCosts.key));
  const library: UnitCostEntry[] = rows.map(unitCostOf);
  if (options.municipality === undefined) return library;
  return [...library, ...(await listKoladaUnitCosts(db, { municipality: options.municipality }))];
}

/**
 * A municipality's Kolada figures beside the ones to compare them with, by KPI: its own, the median of its county's
 * municipalities (those with a figure that year), and the nation's; each by year, latest first.
 */
export async function listKoladaUnitCosts(
  db: Database,
  options: { municipality?: string; countyCode?: string },
): Promise<UnitCostEntry[]> {
  // A region has a county but no municipality of its own; anyone else gets the nation's figures.
  const countyCode =
    options.countyCode ??
    (options.municipality === undefined ? undefined : findMunicipality(options.municipality)?.countyCode);
  const county = countyCode
    ? municipalitiesInCounty(countyCode).map((municipality) => municipality.code)
    : [];
  const figures = await db
    .select()
    .from(koladaUnitCosts)
    .where(
      inArray(koladaUnitCosts.municipality, [
        ...new Set([
          ...(options.municipality ? [options.municipality] : []),
          ...county,
          nationalMunicipalityCode,
        ]),
      ]),
    );
  const entries: { order: number; entry: UnitCostEntry }[] = [];
  const inCounty = new Map<string, KoladaUnitCostRow[]>();
  for (const figure of figures) {
    if (figure.municipality === options.municipality || figure.municipality === nationalMunicipalityCode) {
      const entry = koladaUnitCostOf(figure);
      if (entry) entries.push({ order: figure.municipality === nationalMunicipalityCode ? 2 : 0, entry });
    }
    if (countyCode && county.includes(figure.municipality)) {
      const key = `${figure.kpiId}|${figure.year}`;
      inCounty.set(key, [...(inCounty.get(key) ?? []), figure]);
    }
  }
  for (const rows of inCounty.values()) {
    const entry = countyMedianOf(rows, countyCode as string);
    if (entry) entries.push({ order: 1, entry });
  }
  entries.sort(
    (a, b) =>
      (a.entry.kolada as KoladaFigure).kpiId.localeCompare((b.entry.kolada as KoladaFigure).kpiId) ||
      a.order - b.order ||
      (b.entry.priceYear ?? 0) - (a.entry.priceYear ?? 0),
  );
  return entries.map(({ entry }) => entry);
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
    source: { sv: row.sourceSv, en: row.sourceEn },
    note: row.noteSv !== null && row.noteEn !== null ? { sv: row.noteSv, en: row.noteEn } : undefined,
  });
}

/**
 * "Kolada, <KPI id> <title>, <year>": how the open data and the calculator cite a Kolada figure. Kolada titles its
 * key figures in Swedish only: the English citation quotes the title and says so.
 */
function koladaSource(row: Pick<KoladaUnitCostRow, "kpiId" | "kpiTitle" | "year">): LocalizedText {
  return {
    sv: `Kolada, ${row.kpiId} ${row.kpiTitle}, ${row.year}`,
    en: `Kolada, ${row.kpiId} “${row.kpiTitle}” (title in Swedish), ${row.year}`,
  };
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
    // Kolada's title as Kolada gives it, in both languages.
    source: koladaSource(row),
    kolada: {
      kpiId: row.kpiId,
      kpiTitle: row.kpiTitle,
      municipality: row.municipality,
      year: row.year,
      scope: row.municipality === nationalMunicipalityCode ? "nation" : "municipality",
    },
  };
}

/**
 * The median of a county's municipalities' figures for one KPI and year: the middle one, or the mean of the two in the
 * middle. Only the municipalities Kolada has a figure for count, and the entry says how many they were.
 */
function countyMedianOf(rows: readonly KoladaUnitCostRow[], countyCode: string): UnitCostEntry | undefined {
  const first = rows[0];
  const kpi = first && koladaKpi(first.kpiId);
  const county = findCounty(countyCode);
  if (!first || !kpi || !county) return undefined;
  const values = rows.map((row) => row.value).sort((a, b) => a - b);
  const middle = Math.floor(values.length / 2);
  const median =
    values.length % 2 === 1
      ? (values[middle] as number)
      : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
  return {
    key: `kolada_${first.kpiId.toLowerCase()}_lan${countyCode}_${first.year}`,
    label: { sv: first.kpiTitle, en: kpi.labelEn },
    unit: kpi.unit,
    value: median,
    priceYear: first.year,
    payers: kpi.payers,
    geography: county.countyName,
    source: {
      sv: `${koladaSource(first).sv}; median av ${values.length} kommuner i ${county.countyName}`,
      en: `${koladaSource(first).en}; median of ${values.length} municipalities in ${county.countyName}`,
    },
    kolada: {
      kpiId: first.kpiId,
      kpiTitle: first.kpiTitle,
      year: first.year,
      scope: "countyMedian",
      countyCode,
      municipalities: values.length,
    },
  };
}
