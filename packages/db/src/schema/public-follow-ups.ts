// The follow-up of a decided scenario published on an initiative's showcase page (issue 14, "Public"). An editor of
// the organisation that owns both the initiative and the decision chooses which decision's follow-up the public
// sees; unpublishing keeps the row (who published what, and when it was withdrawn) and the public reads nothing.
import { foreignKey, index, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { users } from "./auth.ts";
import { createdAt, instant, updatedAt } from "./columns.ts";
import { scenarioDecisions } from "./follow-ups.ts";
import { initiatives } from "./initiatives.ts";
import { organisations } from "./organisations.ts";

export const initiativeFollowUps = pgTable(
  "initiative_follow_ups",
  {
    /** One published follow-up per initiative; publishing another decision replaces it. */
    initiativeId: uuid()
      .primaryKey()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    /** The organisation of both, at publication; the public read checks it against both again. */
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    scenarioId: uuid().notNull(),
    publishedBy: text().references(() => users.id, { onDelete: "set null" }),
    publishedAt: instant().notNull(),
    /** Set when withdrawn: the public then reads nothing until it is published again. */
    unpublishedAt: instant(),
    unpublishedBy: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    foreignKey({
      // Named, since drizzle's generated name would pass PostgreSQL's 63-character limit.
      name: "initiative_follow_ups_decision_fk",
      columns: [table.scenarioId],
      foreignColumns: [scenarioDecisions.scenarioId],
    }).onDelete("cascade"),
    index("initiative_follow_ups_scenario_idx").on(table.scenarioId),
  ],
);

export type InitiativeFollowUp = typeof initiativeFollowUps.$inferSelect;
