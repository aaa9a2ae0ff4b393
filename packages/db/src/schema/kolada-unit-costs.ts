// Municipal unit costs as Kolada (RKA) publishes them, one row per key figure × municipality × year, written only
// by the sync (`pnpm unit-costs:sync`, src/kolada/sync.ts). A figure Kolada does not have is no row, never 0.
import { doublePrecision, integer, pgTable, text, unique } from "drizzle-orm/pg-core";

import { instant } from "./columns.ts";

export const koladaUnitCosts = pgTable(
  "kolada_unit_costs",
  {
    /** Kolada's KPI id, e.g. "N33100". */
    kpiId: text().notNull(),
    /** The KPI's title as Kolada gives it (`/v3/kpi/{id}`). */
    kpiTitle: text().notNull(),
    /** The municipality's 4-digit SCB code; "0000" is the whole country. */
    municipality: text().notNull(),
    year: integer().notNull(),
    /** SEK per unit in `year`'s prices (gender "T", the total). */
    value: doublePrecision().notNull(),
    fetchedAt: instant().notNull(),
  },
  (table) => [unique().on(table.kpiId, table.municipality, table.year)],
);

export type KoladaUnitCostRow = typeof koladaUnitCosts.$inferSelect;
