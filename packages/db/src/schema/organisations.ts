import { sql } from "drizzle-orm";
import { pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, updatedAt } from "./columns.ts";

export const organisationKinds = [
  "municipality",
  "region",
  "association",
  "agency",
  "university",
  "company",
  "other",
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKind = pgEnum("organisation_kind", organisationKinds);

export const organisations = pgTable("organisations", {
  id: uuid()
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  slug: text().notNull().unique(),
  kind: organisationKind().notNull(),
  nameSv: text().notNull(),
  nameEn: text(),
  /** SCB's municipality (4 digits) or county (2 digits) code; null for organisations that have none. */
  scbCode: text().unique("organisations_scb_code_unique"),
  countyCode: text(),
  website: text(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
