// Invitations to an organisation. The link's token is a secret only the invitee holds: the table keeps its SHA-256
// hash, so a copy of the database cannot be used to accept one.
import { sql } from "drizzle-orm";
import { index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";

import { membershipRole, users } from "./auth.ts";
import { createdAt, instant } from "./columns.ts";
import { organisations } from "./organisations.ts";

export const invitations = pgTable(
  "invitations",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Lower-cased, as addresses are compared. */
    email: text().notNull(),
    role: membershipRole().notNull(),
    /** Hex SHA-256 of the token in the link. */
    tokenHash: text().notNull(),
    invitedByUserId: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: instant().notNull(),
    acceptedAt: instant(),
    acceptedByUserId: text().references(() => users.id, { onDelete: "set null" }),
    revokedAt: instant(),
  },
  (table) => [
    uniqueIndex("invitations_token_hash_idx").on(table.tokenHash),
    index("invitations_organisation_id_idx").on(table.organisationId),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
