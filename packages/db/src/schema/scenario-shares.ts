// A scenario shared read-only with another organisation (issue 14): typically the region that receives the
// health-care savings follows the municipality's investment. The partner reads the scenario and its follow-up;
// nothing in this table lets it write either.
import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";

import { users } from "./auth.ts";
import { createdAt } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { scenarios } from "./scenarios.ts";

export const scenarioShares = pgTable(
  "scenario_shares",
  {
    scenarioId: uuid()
      .notNull()
      .references(() => scenarios.id, { onDelete: "cascade" }),
    /** The scenario's organisation at the time of sharing; reads check it against the scenario's again. */
    ownerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    partnerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    grantedBy: text().references(() => users.id, { onDelete: "set null" }),
    grantedAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.scenarioId, table.partnerOrganisationId] }),
    index("scenario_shares_partner_idx").on(table.partnerOrganisationId, table.grantedAt),
  ],
);

export type ScenarioShare = typeof scenarioShares.$inferSelect;
