// Evaluations of initiatives, with their groups and results. They are written and read as part of their
// initiative (the domain nests them); the evidence level is derived when they are written and stored for the
// list filter.
import {
  effectUnits,
  evaluationDesigns,
  evaluationGroupKinds,
  type EvaluationMeasure,
  evaluationStatuses,
} from "@insats/domain";
import { sql } from "drizzle-orm";
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

import { initiatives } from "./initiatives.ts";
import { organisations } from "./organisations.ts";

export const evaluationDesign = pgEnum("evaluation_design", evaluationDesigns);
export const evaluationStatus = pgEnum("evaluation_status", evaluationStatuses);
export const evaluationGroupKind = pgEnum("evaluation_group_kind", evaluationGroupKinds);
export const effectUnit = pgEnum("effect_unit", effectUnits);

export const evaluations = pgTable(
  "evaluations",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    key: text().notNull(),
    /** Every design used, in the order given. */
    designs: evaluationDesign().array().notNull(),
    status: evaluationStatus().notNull(),
    /** Domain `evidenceLevel` of the designs and status: 0–5, null while there are no results to grade. */
    evidenceLevel: smallint(),
    periodStart: text(),
    periodEnd: text(),
    periodDescriptionSv: text(),
    periodDescriptionEn: text(),
    /** The evaluator: an organisation, or a name that is not one. */
    evaluatorOrganisationId: uuid().references(() => organisations.id, { onDelete: "restrict" }),
    evaluatorNameSv: text(),
    evaluatorNameEn: text(),
    descriptionSv: text().notNull(),
    descriptionEn: text().notNull(),
    findingsSv: text(),
    findingsEn: text(),
    measures: jsonb().$type<EvaluationMeasure[]>().notNull().default([]),
    effectMeasureKey: text(),
    effectLow: doublePrecision(),
    effectHigh: doublePrecision(),
    effectCentral: doublePrecision(),
    effectUnit: effectUnit(),
    effectBasisSv: text(),
    effectBasisEn: text(),
  },
  (table) => [
    unique("evaluations_initiative_key_unique").on(table.initiativeId, table.key),
    index("evaluations_evidence_level_idx").on(table.evidenceLevel),
    index("evaluations_designs_idx").using("gin", table.designs),
    index("evaluations_evaluator_idx").on(table.evaluatorOrganisationId),
  ],
);

export const evaluationGroups = pgTable(
  "evaluation_groups",
  {
    evaluationId: uuid()
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    key: text().notNull(),
    kind: evaluationGroupKind().notNull(),
    labelSv: text().notNull(),
    labelEn: text().notNull(),
    descriptionSv: text(),
    descriptionEn: text(),
    size: integer(),
  },
  (table) => [
    primaryKey({ columns: [table.evaluationId, table.position] }),
    unique("evaluation_groups_key_unique").on(table.evaluationId, table.key),
  ],
);

/** One measure in one group; `change` is relative (−0.74: fell by 74 %). */
export const evaluationResults = pgTable(
  "evaluation_results",
  {
    evaluationId: uuid()
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    measureKey: text().notNull(),
    groupKey: text().notNull(),
    before: doublePrecision(),
    after: doublePrecision(),
    change: doublePrecision(),
    noteSv: text(),
    noteEn: text(),
  },
  (table) => [
    primaryKey({ columns: [table.evaluationId, table.position] }),
    unique("evaluation_results_measure_group_unique").on(
      table.evaluationId,
      table.measureKey,
      table.groupKey,
    ),
  ],
);

export type EvaluationRow = typeof evaluations.$inferSelect;
