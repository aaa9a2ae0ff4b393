import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { createdAt, swedishSortKey, updatedAt } from "./columns.ts";

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

export const organisations = pgTable(
  "organisations",
  {
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
    /** The larger body this one is a unit of (a hospital clinic of its region). */
    parentId: uuid().references((): AnyPgColumn => organisations.id, { onDelete: "set null" }),
    descriptionSv: text(),
    descriptionEn: text(),
    /** The Swedish name as a key that sorts alphabetically (å, ä, ö last) under the "C" collation. */
    nameSort: text()
      .notNull()
      .generatedAlwaysAs(swedishSortKey(sql.raw(`"name_sv"`))),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("organisations_kind_idx").on(table.kind),
    index("organisations_county_code_idx").on(table.countyCode),
    index("organisations_parent_id_idx").on(table.parentId),
    index("organisations_name_sort_idx").on(sql`${table.nameSort} collate "C"`, table.id),
  ],
);

export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
