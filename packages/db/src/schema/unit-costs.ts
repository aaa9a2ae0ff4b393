// The calculator's library of unit costs (styckkostnader), seeded from the domain's `unitCostLibrary`.
import type { UnitCost } from "@insats/domain";
import { doublePrecision, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";

import { createdAt, updatedAt } from "./columns.ts";

export const unitCosts = pgTable("unit_costs", {
  key: text().primaryKey(),
  labelSv: text().notNull(),
  labelEn: text().notNull(),
  /** What one unit is: "household-year", "hour", "fracture", "care-day" … */
  unit: text().notNull(),
  /** SEK per unit in `priceYear` prices. */
  value: doublePrecision().notNull(),
  low: doublePrecision(),
  high: doublePrecision(),
  /** Null when the source gives no date. */
  priceYear: integer(),
  /** Who pays, as shares (domain `Payers`). */
  payers: jsonb().$type<UnitCost["payers"]>().notNull(),
  geography: text().notNull(),
  /** The source in Swedish and English (domain `UnitCost.source`). */
  sourceSv: text().notNull(),
  sourceEn: text().notNull(),
  /** The note in Swedish and English, both or neither. */
  noteSv: text(),
  noteEn: text(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type UnitCostRow = typeof unitCosts.$inferSelect;
