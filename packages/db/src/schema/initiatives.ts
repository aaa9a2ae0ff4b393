// Initiatives and their parts. The domain `Initiative` (@insats/domain) is the shape written and read; here it is
// spread over tables so that every list filter is an indexed column. Vocabularies are PostgreSQL enums built from
// the domain's lists, so a new value in the domain shows up as a schema change (the migrations test fails until
// `pnpm db:generate` has added it).
import {
  type Contact,
  focusAreas,
  initiativeScopes,
  initiativeStatuses,
  type LocalizedText,
  organisationRoles,
  showcaseGroups,
} from "@insats/domain";
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
  swedishSortKey,
  tsvector,
  updatedAt,
} from "./columns.ts";
import { organisations } from "./organisations.ts";

export const initiativeStatus = pgEnum("initiative_status", initiativeStatuses);
export const initiativeScope = pgEnum("initiative_scope", initiativeScopes);
export const showcaseGroup = pgEnum("showcase_group", showcaseGroups);
export const focusArea = pgEnum("focus_area", focusAreas);
export const organisationRole = pgEnum("organisation_role", organisationRoles);
export const placeKinds = ["municipality", "region", "site"] as const;
export const placeKind = pgEnum("place_kind", placeKinds);

export const initiatives = pgTable(
  "initiatives",
  {
    id: uuid()
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    /**
     * Unique within the owning organisation, and among published initiatives (the indexes below): a draft's
     * address is its organisation's business, so another organisation can neither see nor collide with it.
     */
    slug: text().notNull(),
    /** Who may edit it: the lead organisation for seeded content, the editor's organisation for new ones. */
    ownerOrganisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    showcaseGroup: showcaseGroup().notNull(),
    status: initiativeStatus().notNull(),
    scope: initiativeScope().notNull(),
    titleSv: text().notNull(),
    titleEn: text().notNull(),
    taglineSv: text(),
    taglineEn: text(),
    summarySv: text().notNull(),
    summaryEn: text().notNull(),
    backgroundSv: text(),
    backgroundEn: text(),
    aimSv: text(),
    aimEn: text(),
    methodSv: text(),
    methodEn: text(),
    priorEvidenceSv: text(),
    priorEvidenceEn: text(),
    evaluationNoteSv: text(),
    evaluationNoteEn: text(),
    targetDescriptionSv: text().notNull(),
    targetDescriptionEn: text().notNull(),
    ageMin: smallint(),
    ageMax: smallint(),
    schoolYearFrom: smallint(),
    schoolYearTo: smallint(),
    /** The ages the target group covers (domain `targetAgeRange`): stated ages, or those of the school years. */
    targetAgeMin: smallint(),
    targetAgeMax: smallint(),
    /** An exact number is stored as `participantsMin` with no max. */
    participantsMin: integer(),
    participantsMax: integer(),
    periodStart: text(),
    periodEnd: text(),
    periodDescriptionSv: text(),
    periodDescriptionEn: text(),
    highlights: jsonb().$type<LocalizedText[]>().notNull().default([]),
    /** Organisation references are stored in their canonical form (SCB code where there is one). */
    contacts: jsonb().$type<Contact[]>().notNull().default([]),
    /**
     * Swedish words the text columns do not hold but a search should find: the names of places, counties and
     * organisations and the labels of the focus areas. Written with the initiative.
     */
    searchTerms: text().notNull().default(""),
    /** The same in English: English names of organisations, focus area labels; place names as they are. */
    searchTermsEn: text().notNull().default(""),
    /** The domain's `reviewedOn` ("senast granskad"), YYYY-MM-DD; null for records never reviewed. */
    reviewedOn: text(),
    /** The domain's `untranslated`: the English texts hold the Swedish ones. */
    untranslated: boolean().notNull().default(false),
    published: boolean().notNull().default(false),
    /** When it was last made public; null while it never has been. */
    publishedAt: instant(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    titleSort: text()
      .notNull()
      .generatedAlwaysAs(swedishSortKey(sql.raw(`"title_sv"`))),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        swedishSearchDocument({
          A: ["title_sv"],
          B: ["tagline_sv", "summary_sv"],
          C: [
            "background_sv",
            "aim_sv",
            "method_sv",
            "target_description_sv",
            "prior_evidence_sv",
            "search_terms",
          ],
        }),
      ),
    /** The English texts, for searches from the English showcase (which also search the Swedish ones). */
    searchEn: tsvector()
      .notNull()
      .generatedAlwaysAs(
        englishSearchDocument({
          A: ["title_en"],
          B: ["tagline_en", "summary_en"],
          C: [
            "background_en",
            "aim_en",
            "method_en",
            "target_description_en",
            "prior_evidence_en",
            "search_terms_en",
          ],
        }),
      ),
    /** What a search matches as a substring in both languages (searchOf in queries/initiatives.ts). */
    searchText: text()
      .notNull()
      .generatedAlwaysAs(
        substringSearchText([
          "title_sv",
          "title_en",
          "tagline_sv",
          "tagline_en",
          "summary_sv",
          "summary_en",
          "background_sv",
          "aim_sv",
          "method_sv",
          "target_description_sv",
          "target_description_en",
          "search_terms",
        ]),
      ),
  },
  (table) => [
    index("initiatives_search_idx").using("gin", table.search),
    index("initiatives_search_en_idx").using("gin", table.searchEn),
    index("initiatives_search_text_idx").using("gin", table.searchText.op("gin_trgm_ops")),
    uniqueIndex("initiatives_owner_slug_idx").on(table.ownerOrganisationId, table.slug),
    uniqueIndex("initiatives_published_slug_idx")
      .on(table.slug)
      .where(sql`${table.published}`),
    index("initiatives_status_idx").on(table.status),
    index("initiatives_showcase_group_idx").on(table.showcaseGroup),
    index("initiatives_published_idx").on(table.published),
    index("initiatives_target_age_idx").on(table.targetAgeMin, table.targetAgeMax),
    index("initiatives_title_sort_idx").on(sql`${table.titleSort} collate "C"`, table.id),
  ],
);

/** The organisations of an initiative with their part in it, in the order given. */
export const initiativeOrganisations = pgTable(
  "initiative_organisations",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    role: organisationRole().notNull(),
    noteSv: text(),
    noteEn: text(),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.position] }),
    unique("initiative_organisations_role_unique").on(table.initiativeId, table.organisationId, table.role),
    index("initiative_organisations_organisation_idx").on(table.organisationId),
  ],
);

/**
 * Where an initiative takes place. `municipalityCode` and `countyCode` are filled for every kind they follow
 * from (a site in a municipality lies in its county), so the municipality and county filters are one indexed
 * column each; `name` holds the municipality's or region's name for those kinds, for lists and search.
 */
export const initiativePlaces = pgTable(
  "initiative_places",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    kind: placeKind().notNull(),
    municipalityCode: text(),
    countyCode: text(),
    name: text().notNull(),
    descriptionSv: text(),
    descriptionEn: text(),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.position] }),
    index("initiative_places_county_idx").on(table.countyCode),
    index("initiative_places_municipality_idx").on(table.municipalityCode),
  ],
);

export const initiativeFocusAreas = pgTable(
  "initiative_focus_areas",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    focusArea: focusArea().notNull(),
    position: smallint().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.focusArea] }),
    index("initiative_focus_areas_focus_area_idx").on(table.focusArea),
  ],
);

export const initiativeQuotes = pgTable(
  "initiative_quotes",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    textSv: text().notNull(),
    textEn: text().notNull(),
    attributionSv: text().notNull(),
    attributionEn: text().notNull(),
  },
  (table) => [primaryKey({ columns: [table.initiativeId, table.position] })],
);

/** A domain `Source` cited by an initiative. */
export const initiativeSources = pgTable(
  "initiative_sources",
  {
    initiativeId: uuid()
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    title: text().notNull(),
    publisher: text(),
    url: text(),
    accessed: text(),
    noteSv: text(),
    noteEn: text(),
  },
  (table) => [primaryKey({ columns: [table.initiativeId, table.position] })],
);

export type InitiativeRow = typeof initiatives.$inferSelect;
export type NewInitiativeRow = typeof initiatives.$inferInsert;
