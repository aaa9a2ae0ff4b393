// The published format of Insats's public reads: what the open data (`/v1`, in its OpenAPI document) and the
// public tRPC procedures answer, as zod schemas, and the records the persistence layer returns. The API uses them
// as procedure outputs; the types below are inferred from them. Timestamps are ISO strings, as they travel.
import { z } from "zod";

import { evaluationDesignSchema } from "../evaluation/design.ts";
import { effectUnitSchema, evaluationSchema } from "../evaluation/schema.ts";
import { initiativeSchema } from "../initiative/schema.ts";
import {
  focusAreaSchema,
  initiativeScopeSchema,
  initiativeStatusSchema,
  showcaseGroupSchema,
} from "../initiative/vocabulary.ts";
import { newsItemSchema, newsKindSchema } from "../news/schema.ts";
import { countyCodeSchema, municipalityCodeSchema } from "../organisation/reference.ts";
import { organisationKindSchema } from "../organisation/schema.ts";
import { partialDateSchema, periodSchema } from "../text/date.ts";
import { localizedLongTextSchema, localizedTextSchema, slugSchema } from "../text/schema.ts";
import { unitCostSchema } from "../unit-cost/schema.ts";

const timestamp = z.iso.datetime();
const version = z.int().min(1);
const count = z.int().min(0);
export const evidenceLevelSchema = z.int().min(0).max(5);

/** An organisation next to a reference to it. */
export const resolvedOrganisationSchema = z.object({
  slug: z.string(),
  name: localizedTextSchema,
  kind: organisationKindSchema,
  scbCode: z.string().nullable(),
});

/** Every organisation a record refers to, keyed by `organisationRefKey` of the reference ("scb:2184", "slug:eso"). */
const resolvedOrganisationsSchema = z.record(z.string(), resolvedOrganisationSchema);

// ---------------------------------------------------------------------------------------------------------------
// Initiatives

export const initiativePlaceSummarySchema = z.object({
  kind: z.enum(["municipality", "region", "site"]),
  /** The site's name, or the municipality's or region's. */
  name: z.string(),
  municipalityCode: z.string().nullable(),
  countyCode: z.string().nullable(),
});

/** The effect range of an initiative's best evaluation with one (highest evidence level, then first given). */
export const initiativeEffectSummarySchema = z.object({
  evaluationKey: z.string(),
  evidenceLevel: evidenceLevelSchema.nullable(),
  measureKey: z.string(),
  low: z.number(),
  high: z.number(),
  central: z.number(),
  unit: effectUnitSchema,
});

/** An initiative as the list shows it. */
export const initiativeSummarySchema = z.object({
  id: z.uuid(),
  slug: slugSchema,
  title: localizedTextSchema,
  tagline: localizedTextSchema.nullable(),
  summary: localizedLongTextSchema,
  status: initiativeStatusSchema,
  scope: initiativeScopeSchema,
  showcaseGroup: showcaseGroupSchema,
  focusAreas: z.array(focusAreaSchema),
  places: z.array(initiativePlaceSummarySchema),
  /** The organisations with the role `lead`; when none has it, the partners. */
  leadOrganisations: z.array(resolvedOrganisationSchema),
  period: periodSchema,
  /** Domain `targetAgeRange` of the target group; null when it states neither ages nor school years. */
  targetAge: z.object({ min: z.int(), max: z.int() }).nullable(),
  /** The highest evidence level among the evaluations; null when none has one yet. */
  bestEvidenceLevel: evidenceLevelSchema.nullable(),
  effect: initiativeEffectSummarySchema.nullable(),
  published: z.boolean(),
  version,
  updatedAt: timestamp,
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

export const initiativePageSchema = z.object({
  items: z.array(initiativeSummarySchema),
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many initiatives match the filter in all. */
  total: count,
});
export type InitiativePage = z.infer<typeof initiativePageSchema>;

const facet = <Value extends z.ZodType>(value: Value) => z.array(z.object({ value, count }));

/**
 * For each filter, every value it can take with the number of initiatives the list would hold if that value
 * were chosen and the other filters kept (standard faceted search). `minEvidenceLevel` counts initiatives with
 * an evaluation at that level or above; `total` is the size of the list as filtered.
 */
export const initiativeFacetsSchema = z.object({
  total: count,
  county: facet(countyCodeSchema),
  /** Only the municipalities that have an initiative under the other filters. */
  municipality: facet(municipalityCodeSchema),
  focusArea: facet(focusAreaSchema),
  status: facet(initiativeStatusSchema),
  evaluationDesign: facet(evaluationDesignSchema),
  minEvidenceLevel: facet(evidenceLevelSchema),
  showcaseGroup: facet(showcaseGroupSchema),
});
export type InitiativeFacets = z.infer<typeof initiativeFacetsSchema>;

/** A domain evaluation with the evidence level derived from it when it was written. */
export const evaluationRecordSchema = evaluationSchema.safeExtend({
  evidenceLevel: evidenceLevelSchema.nullable(),
});
export type EvaluationRecord = z.infer<typeof evaluationRecordSchema>;

/**
 * The domain initiative as stored, with what the database adds. Organisation references come back in their
 * canonical form: `{ scbCode }` for municipalities and regions, `{ slug }` for everyone else.
 */
export const initiativeRecordSchema = initiativeSchema.safeExtend({
  evaluations: z.array(evaluationRecordSchema),
  id: z.uuid(),
  ownerOrganisationId: z.uuid(),
  version,
  published: z.boolean(),
  /** When it was last made public; null if it never has been. */
  publishedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  resolvedOrganisations: resolvedOrganisationsSchema,
});
export type InitiativeRecord = z.infer<typeof initiativeRecordSchema>;

// ---------------------------------------------------------------------------------------------------------------
// News ("På gång")

export const newsItemSummarySchema = z.object({
  id: z.uuid(),
  slug: slugSchema,
  kind: newsKindSchema,
  title: localizedTextSchema,
  summary: localizedLongTextSchema,
  /** The domain's `publishedAt`: when the item itself came out. */
  publishedAt: partialDateSchema.nullable(),
  eventDate: partialDateSchema.nullable(),
  durationMinutes: z.int().nullable(),
  period: periodSchema.nullable(),
  place: z.string().nullable(),
  reportNumber: z.string().nullable(),
  authors: z.array(z.string()),
  relatedInitiativeSlug: slugSchema.nullable(),
  /** Domain `newsSortDate`; the list is newest first by it. */
  sortDate: partialDateSchema,
  published: z.boolean(),
  version,
  updatedAt: timestamp,
});
export type NewsItemSummary = z.infer<typeof newsItemSummarySchema>;

export const newsPageSchema = z.object({
  items: z.array(newsItemSummarySchema),
  nextCursor: z.string().nullable(),
  total: count,
});
export type NewsPage = z.infer<typeof newsPageSchema>;

/**
 * The domain news item as stored, with what the database adds. `publishedAt` stays the domain's date of the
 * item; whether it is public on the showcase is `published`, since `publishedOnSiteAt`.
 */
export const newsItemRecordSchema = newsItemSchema.safeExtend({
  id: z.uuid(),
  ownerOrganisationId: z.uuid(),
  version,
  published: z.boolean(),
  publishedOnSiteAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  resolvedOrganisations: resolvedOrganisationsSchema,
});
export type NewsItemRecord = z.infer<typeof newsItemRecordSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Organisations and unit costs

export const organisationSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  kind: organisationKindSchema,
  /** The English name falls back to the Swedish one where none is stored. */
  name: localizedTextSchema,
  scbCode: z.string().nullable(),
  countyCode: z.string().nullable(),
  website: z.string().nullable(),
  description: localizedTextSchema.nullable(),
  parentSlug: z.string().nullable(),
});
export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;

export const organisationPageSchema = z.object({
  items: z.array(organisationSummarySchema),
  nextCursor: z.string().nullable(),
  total: count,
});
export type OrganisationPage = z.infer<typeof organisationPageSchema>;

/**
 * Where a unit cost from Kolada comes from: the key figure, the year, and whose figure it is — one municipality's
 * (`municipality`), the nation's (`municipality` "0000"), or the median of a county's municipalities (`countyCode`,
 * over `municipalities` of them).
 */
export const koladaFigureSchema = z.strictObject({
  kpiId: z.string().regex(/^[A-Z]\d{5}$/),
  kpiTitle: z.string().min(1),
  year: z.int(),
  scope: z.enum(["municipality", "countyMedian", "nation"]),
  municipality: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  countyCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  municipalities: z.int().min(1).optional(),
});
export type KoladaFigure = z.infer<typeof koladaFigureSchema>;

/** A unit cost as the API lists it: the domain's `UnitCost`, and for a Kolada figure where it comes from. */
export const unitCostEntrySchema = z.strictObject({
  ...unitCostSchema.shape,
  kolada: koladaFigureSchema.optional(),
});
export type UnitCostEntry = z.infer<typeof unitCostEntrySchema>;

/**
 * The unit cost library as stored (the domain's `UnitCost`s, by key), followed, when a municipality is asked
 * for, by its own Kolada figures, its county's municipalities' median and the nation's.
 */
export const unitCostListSchema = z.array(unitCostEntrySchema);

// ---------------------------------------------------------------------------------------------------------------
// Back to the domain

/** The domain initiative of a record, without what the database adds: what an editor edits and sends back. */
export function initiativeOfRecord(record: InitiativeRecord): z.infer<typeof initiativeSchema> {
  const {
    id: _id,
    ownerOrganisationId: _owner,
    version: _version,
    published: _published,
    publishedAt: _publishedAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    resolvedOrganisations: _resolved,
    evaluations,
    ...initiative
  } = record;
  return {
    ...initiative,
    evaluations: evaluations.map(({ evidenceLevel: _level, ...evaluation }) => evaluation),
  };
}

/** The domain news item of a record, without what the database adds. */
export function newsItemOfRecord(record: NewsItemRecord): z.infer<typeof newsItemSchema> {
  const {
    id: _id,
    ownerOrganisationId: _owner,
    version: _version,
    published: _published,
    publishedOnSiteAt: _publishedOnSiteAt,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    resolvedOrganisations: _resolved,
    ...item
  } = record;
  return item;
}
