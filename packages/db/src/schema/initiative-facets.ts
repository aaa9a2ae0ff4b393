import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";

import { evaluationDesign } from "./evaluations.ts";
import { focusArea, initiatives, initiativeStatus, showcaseGroup } from "./initiatives.ts";

/**
 * Each initiative's facet values in one narrow row: what the showcase's facet counts (countInitiativeFacets)
 * group by, so that they read one small table instead of joining the initiatives' wide rows with four tables of
 * places, organisations, focus areas and evaluations. At 20 000 initiatives on PostgreSQL the joins took 180-365
 * ms per count (the read-path benchmark, `pnpm bench`); this table brings them well under the 50 ms aim.
 *
 * Derived data only, kept by row triggers on the tables it is derived from (migration 0015), in the writing
 * transaction: a change is counted as soon as it is committed, and nothing else ever writes here. The list itself
 * filters on the source tables; the facet counts must agree with it (initiatives.db.test.ts checks each value).
 */
export const initiativeFacets = pgTable(
  "initiative_facets",
  {
    initiativeId: uuid()
      .primaryKey()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    published: boolean().notNull(),
    status: initiativeStatus().notNull(),
    showcaseGroup: showcaseGroup().notNull(),
    /** Counties of its places and of its organisations (any role), each once. */
    counties: text().array().notNull(),
    /** Municipalities (SCB codes) of its places and of its organisations that are municipalities, each once. */
    municipalities: text().array().notNull(),
    focusAreas: focusArea().array().notNull(),
    /** The designs of all its evaluations, each once. */
    designs: evaluationDesign().array().notNull(),
    /** The highest evidence level of its evaluations; null while none has one. */
    bestEvidenceLevel: smallint(),
    /**
     * Every value above as one number (facet × 10 000 + the value's position in its enum, or its SCB code), so
     * that the facets without a chosen value are counted in one pass over one array rather than one pass per
     * facet (countFacets: 25-45 ms instead of 50-95 ms for all counts at 20 000 initiatives). Migration 0017
     * writes the encoding (insats_refresh_initiative_facets) beside its inverse (insats_facet_of); a migration
     * that reorders an enum or inserts a value before another must refresh the rows.
     */
    codes: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
  },
  (table) => [
    index("initiative_facets_published_idx").on(table.published),
    // The filters of the facet counts, any combination of them, in one index.
    index("initiative_facets_codes_idx").using("gin", table.codes),
  ],
);
