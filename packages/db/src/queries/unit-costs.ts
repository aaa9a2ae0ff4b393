import type { UnitCost } from "@insats/domain";
import { asc } from "drizzle-orm";

import type { Database } from "../client.ts";
import { type UnitCostRow, unitCosts } from "../schema/unit-costs.ts";
import { compact } from "./content.ts";

/** The unit cost library (the domain's `UnitCost`s), by key. */
export async function listUnitCosts(db: Database): Promise<UnitCost[]> {
  const rows = await db.select().from(unitCosts).orderBy(asc(unitCosts.key));
  return rows.map(unitCostOf);
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
