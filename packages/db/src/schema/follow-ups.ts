import { decisionBodyKinds, type ActualsReport, type FundRule } from "@insats/domain";
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt, updatedAt } from "./columns.ts";
import { users } from "./auth.ts";
import { organisations } from "./organisations.ts";
import { scenarios, scenarioVersions } from "./scenarios.ts";

export const decisionBodyKind = pgEnum("decision_body_kind", decisionBodyKinds);

/**
 * A scenario version decided by a committee or a fund board, and the figures reported since. The decided
 * version is a row of `scenario_versions`, which is never rewritten, so later edits of the scenario make new
 * versions and leave what was decided as it was. One decision per scenario.
 */
export const scenarioDecisions = pgTable(
  "scenario_decisions",
  {
    scenarioId: uuid()
      .primaryKey()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    scenarioVersion: integer().notNull(),
    decidedOn: date({ mode: "string" }).notNull(),
    bodyKind: decisionBodyKind().notNull(),
    bodyName: text().notNull(),
    /** The fund's grant and repayment rule (domain `FundRule`), when a fund pays. */
    fund: jsonb().$type<FundRule>(),
    /** The reported years (domain `ActualsReport[]`), ordered by offset. */
    actuals: jsonb().$type<ActualsReport[]>().notNull().default([]),
    /** The version of the reported figures: a save names the one it was based on. */
    version: integer().notNull().default(1),
    decidedBy: text().references(() => users.id, { onDelete: "set null" }),
    updatedBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    foreignKey({
      // Named, since drizzle's generated name would pass PostgreSQL's 63-character limit.
      name: "scenario_decisions_decided_version_fk",
      columns: [table.scenarioId, table.scenarioVersion],
      foreignColumns: [scenarioVersions.scenarioId, scenarioVersions.version],
    }),
    index("scenario_decisions_organisation_idx").on(table.organisationId, table.decidedOn),
  ],
);

/** Every version of a decision's reported figures, the first (none reported) included. */
export const followUpVersions = pgTable(
  "follow_up_versions",
  {
    scenarioId: uuid()
      .notNull()
      .references(() => scenarioDecisions.scenarioId, { onDelete: "cascade" }),
    version: integer().notNull(),
    actuals: jsonb().$type<ActualsReport[]>().notNull(),
    savedBy: text().references(() => users.id, { onDelete: "set null" }),
    savedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.scenarioId, table.version] })],
);

export type ScenarioDecision = typeof scenarioDecisions.$inferSelect;
export type FollowUpVersion = typeof followUpVersions.$inferSelect;
