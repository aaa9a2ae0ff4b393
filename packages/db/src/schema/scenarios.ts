import { sql } from "drizzle-orm";
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt, instant, updatedAt } from "./columns.ts";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";

/**
 * A scenario's input as stored: the JSON of docs/calculation.md. The API validates it with the domain's
 * `scenarioInputSchema` before it gets here; the database keeps whatever object it is given.
 */
export type StoredScenarioInput = Record<string, unknown>;

/** The headline figures of a computed scenario, cached for lists and kept with every version. */
export interface ScenarioSummary {
  npv: number | null;
  bcr: number | null;
  paybackOffset: number | null;
}

export const scenarios = pgTable(
  "scenarios",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    // A scenario belongs to its organisation; it outlives the account of the planner who made it.
    ownerId: text().references(() => users.id, { onDelete: "set null" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    input: jsonb().$type<StoredScenarioInput>().notNull(),
    npv: doublePrecision(),
    bcr: doublePrecision(),
    paybackOffset: integer(),
    templateId: text(),
    initiativeSlug: text(),
    archivedAt: instant(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("scenarios_organisation_updated_idx").on(table.organisationId, table.updatedAt, table.id),
  ],
);

export const scenarioVersionActions = ["create", "save", "archive", "unarchive", "restore"] as const;
export type ScenarioVersionAction = (typeof scenarioVersionActions)[number];

export const scenarioVersionAction = pgEnum("scenario_version_action", scenarioVersionActions);

/** Every version a scenario has had, the first included; a save adds exactly one row. */
export const scenarioVersions = pgTable(
  "scenario_versions",
  {
    scenarioId: uuid()
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    action: scenarioVersionAction().notNull(),
    name: text().notNull(),
    input: jsonb().$type<StoredScenarioInput>().notNull(),
    summary: jsonb().$type<ScenarioSummary>(),
    /** For a restore: the version whose input was restored. */
    restoredFrom: integer(),
    savedBy: text().references(() => users.id, { onDelete: "set null" }),
    savedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.scenarioId, table.version] })],
);

export type Scenario = typeof scenarios.$inferSelect;
export type ScenarioVersion = typeof scenarioVersions.$inferSelect;
