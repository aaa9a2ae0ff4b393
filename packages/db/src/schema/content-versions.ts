import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { instant } from "./columns.ts";

/**
 * Every version of an editor's showcase content (initiatives and news items alike), as the domain object it was:
 * what the history shows, compares and restores. Written in the transaction of the write that made the version.
 * No foreign keys, like the audit log: the history outlives a deleted user.
 */
export const contentVersions = pgTable(
  "content_versions",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** "initiative" or "newsItem". */
    entity: text().notNull(),
    entityId: uuid().notNull(),
    organisationId: uuid().notNull(),
    version: integer().notNull(),
    /** The audit action that made it: "initiative.update", "newsItem.publish" … */
    action: text().notNull(),
    published: boolean().notNull(),
    content: jsonb().$type<Record<string, unknown>>().notNull(),
    actorUserId: text(),
    at: instant().notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("content_versions_entity_version_idx").on(table.entity, table.entityId, table.version),
  ],
);

export type ContentVersionRow = typeof contentVersions.$inferSelect;

/**
 * Short-lived tokens that let the showcase render one unpublished record for an editor (Draft Mode). Only the
 * SHA-256 of a token is kept, so a database dump gives no working link.
 */
export const contentPreviewTokens = pgTable(
  "content_preview_tokens",
  {
    tokenHash: text().primaryKey(),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    expiresAt: instant().notNull(),
  },
  (table) => [index("content_preview_tokens_expires_idx").on(table.expiresAt)],
);
