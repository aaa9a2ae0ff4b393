import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { instant } from "./columns.ts";

/**
 * An append-only record of writes. No foreign keys on purpose: a row must survive the deletion of the user,
 * organisation or entity it names.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    at: instant().notNull().defaultNow(),
    actorUserId: text(),
    organisationId: uuid(),
    /** What was done, as `entity.verb`: "scenario.save", "membership.setRole". */
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [
    index("audit_log_organisation_at_idx").on(table.organisationId, table.at),
    index("audit_log_entity_idx").on(table.entity, table.entityId),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
