// "På gång" items: reports, seminars, projects under way and news. The domain `NewsItem` is the shape written
// and read. Its own `publishedAt` (when the report came out, a partial date) is `publicationDate` here, apart
// from `published`/`publishedOnSiteAt`, which say whether and since when the item is public on the showcase.
import { type LocalizedText, newsKinds, newsOrganisationRoles } from "@insats/domain";
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import {
  createdAt,
  englishSearchDocument,
  instant,
  substringSearchText,
  swedishSearchDocument,
  tsvector,
  updatedAt,
} from "./columns.ts";
import { initiatives } from "./initiatives.ts";
import { organisations } from "./organisations.ts";

export const newsKind = pgEnum("news_kind", newsKinds);
export const newsOrganisationRole = pgEnum("news_organisation_role", newsOrganisationRoles);

export const newsItems = pgTable(
  "news_items",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /** Unique within the owner and among published items, as an initiative's slug (schema/initiatives.ts). */
    slug: text().notNull(),
    ownerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    kind: newsKind().notNull(),
    titleSv: text().notNull(),
    titleEn: text().notNull(),
    summarySv: text().notNull(),
    summaryEn: text().notNull(),
    bodySv: text(),
    bodyEn: text(),
    highlights: jsonb().$type<LocalizedText[]>().notNull().default([]),
    /** The domain's `publishedAt`: when the item itself came out (a partial date). */
    publicationDate: text(),
    eventDate: text(),
    durationMinutes: integer(),
    periodStart: text(),
    periodEnd: text(),
    periodDescriptionSv: text(),
    periodDescriptionEn: text(),
    place: text(),
    reportNumber: text(),
    authors: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    relatedInitiativeId: uuid().references(() => initiatives.id, { onDelete: "set null" }),
    /** Domain `newsSortDate`: the publication date, else the event's, else the period's start. */
    sortDate: text().notNull(),
    /** The domain's `untranslated`: the English texts hold the Swedish ones. */
    untranslated: boolean().notNull().default(false),
    published: boolean().notNull().default(false),
    /** When it was last made public on the showcase; null while it never has been. */
    publishedOnSiteAt: instant(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        swedishSearchDocument({
          A: ["title_sv"],
          B: ["summary_sv"],
          C: ["body_sv", "place", "report_number"],
        }),
      ),
    /** The English texts, for searches from the English showcase (which also search the Swedish ones). */
    searchEn: tsvector()
      .notNull()
      .generatedAlwaysAs(
        englishSearchDocument({
          A: ["title_en"],
          B: ["summary_en"],
          C: ["body_en", "place", "report_number"],
        }),
      ),
    /** What a search matches as a substring in both languages, and typo tolerance's words (search/sql.ts). */
    searchText: text()
      .notNull()
      .generatedAlwaysAs(
        substringSearchText([
          "title_sv",
          "title_en",
          "summary_sv",
          "summary_en",
          "body_sv",
          "body_en",
          "place",
          "report_number",
        ]),
      ),
  },
  (table) => [
    index("news_items_search_idx").using("gin", table.search),
    index("news_items_search_en_idx").using("gin", table.searchEn),
    index("news_items_search_text_idx").using("gin", table.searchText.op("gin_trgm_ops")),
    index("news_items_kind_idx").on(table.kind),
    uniqueIndex("news_items_owner_slug_idx").on(table.ownerOrganisationId, table.slug),
    uniqueIndex("news_items_published_slug_idx")
      .on(table.slug)
      .where(sql`${table.published}`),
    index("news_items_published_idx").on(table.published),
    index("news_items_sort_idx").on(table.sortDate, table.id),
    index("news_items_related_initiative_idx").on(table.relatedInitiativeId),
  ],
);

export const newsItemOrganisations = pgTable(
  "news_item_organisations",
  {
    newsItemId: uuid()
      .notNull()
      .references(() => newsItems.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    role: newsOrganisationRole().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.newsItemId, table.position] }),
    unique("news_item_organisations_role_unique").on(table.newsItemId, table.organisationId, table.role),
    index("news_item_organisations_organisation_idx").on(table.organisationId),
  ],
);

/** A domain `Source` cited by a news item. */
export const newsItemSources = pgTable(
  "news_item_sources",
  {
    newsItemId: uuid()
      .notNull()
      .references(() => newsItems.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    title: text().notNull(),
    publisher: text(),
    url: text(),
    accessed: text(),
    noteSv: text(),
    noteEn: text(),
  },
  (table) => [primaryKey({ columns: [table.newsItemId, table.position] })],
);

export type NewsItemRow = typeof newsItems.$inferSelect;
