import { z } from "zod";
import { plausible, wholeNumber } from "../bounds.ts";
import { evaluationDesignSchema } from "../evaluation/design.ts";
import { evaluationSchema } from "../evaluation/schema.ts";
import {
  countyCodeSchema,
  knownCountyCodeSchema,
  knownMunicipalityCodeSchema,
  municipalityCodeSchema,
} from "../organisation/reference.ts";
import { organisationRefKey, organisationRefSchema } from "../organisation/schema.ts";
import { isoDateSchema, periodSchema } from "../text/date.ts";
import {
  localizedLongTextSchema,
  localizedTextSchema,
  slugSchema,
  untranslatedSchema,
} from "../text/schema.ts";
import { sourceSchema } from "../text/source.ts";
import {
  focusAreaSchema,
  initiativeScopeSchema,
  initiativeStatusSchema,
  organisationRoleSchema,
  showcaseGroupSchema,
} from "./vocabulary.ts";

/** A school year of the Swedish compulsory school: 0 is förskoleklass (F-klass), 1–9 årskurs 1–9. */
export const schoolYearSchema = z
  .int()
  .min(0, { error: "School years run from 0 (förskoleklass) to 9" })
  .max(9, { error: "School years run from 0 (förskoleklass) to 9" });
export type SchoolYear = z.infer<typeof schoolYearSchema>;

/** Whom the initiative is for. Ages in whole years; give them only when the source does (or they follow by definition). */
export const targetGroupSchema = z
  .strictObject({
    description: localizedTextSchema,
    ageMin: z.int().min(0).max(120).optional(),
    ageMax: z.int().min(0).max(120).optional(),
    /** Inclusive range: årskurs 3 is { from: 3, to: 3 }, F-klass–åk 2 is { from: 0, to: 2 }. */
    schoolYears: z.strictObject({ from: schoolYearSchema, to: schoolYearSchema }).optional(),
  })
  .superRefine((group, ctx) => {
    if (group.ageMin !== undefined && group.ageMax !== undefined && group.ageMin > group.ageMax) {
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "ageMax must be at least ageMin" });
    }
    if (group.schoolYears !== undefined && group.schoolYears.from > group.schoolYears.to) {
      ctx.addIssue({
        code: "custom",
        path: ["schoolYears", "to"],
        message: "The last school year must not come before the first",
      });
    }
  });
export type TargetGroup = z.infer<typeof targetGroupSchema>;

/**
 * The ages a target group covers: its stated ages, or else the ages pupils turn during the calendar year in
 * which their school year starts (förskoleklass 6, årskurs n: n + 6). Undefined when neither is known.
 */
export function targetAgeRange(group: TargetGroup): { min: number; max: number } | undefined {
  if (group.ageMin !== undefined || group.ageMax !== undefined) {
    return { min: group.ageMin ?? 0, max: group.ageMax ?? 120 };
  }
  if (group.schoolYears !== undefined) {
    return { min: group.schoolYears.from + 6, max: group.schoolYears.to + 6 };
  }
  return undefined;
}

/** How many take part: an exact number or a range ("30–40 barn"). */
const participantCount = wholeNumber("The number of participants", 1, plausible.maxPeople);
export const participantsSchema = z.union([
  participantCount,
  z
    .strictObject({ min: participantCount, max: participantCount })
    .refine((range) => range.min <= range.max, { error: "min must not exceed max", path: ["max"] }),
]);
export type Participants = z.infer<typeof participantsSchema>;

/**
 * Where the initiative takes place: a whole municipality, a whole region, or a named site (a school, a
 * district) optionally placed in its municipality so that filters by municipality and county find it.
 */
export const placeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("municipality"), scbCode: knownMunicipalityCodeSchema }),
  z.strictObject({ kind: z.literal("region"), countyCode: knownCountyCodeSchema }),
  z.strictObject({
    kind: z.literal("site"),
    name: z.string().trim().min(1, { error: "A site needs a name" }).max(200),
    scbCode: knownMunicipalityCodeSchema.optional(),
    description: localizedTextSchema.optional(),
  }),
]);
export type Place = z.infer<typeof placeSchema>;

/** An organisation's part in an initiative. `note` says more ("projektledare", "står bakom initiativet"). */
export const initiativeOrganisationSchema = z.strictObject({
  organisation: organisationRefSchema,
  role: organisationRoleSchema,
  note: localizedTextSchema.optional(),
});
export type InitiativeOrganisation = z.infer<typeof initiativeOrganisationSchema>;

/** A named person to ask, as the source gives them. */
export const contactSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  role: localizedTextSchema,
  organisation: organisationRefSchema.optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** A quotation. `text.sv` is the words as said; `text.en` a translation. */
export const quoteSchema = z.strictObject({
  text: localizedTextSchema,
  attribution: localizedTextSchema,
});
export type Quote = z.infer<typeof quoteSchema>;

/** A review date (YYYY-MM-DD) from 2000 to 2099. */
export const reviewedOnSchema = isoDateSchema.refine(
  (value) => value >= "2000-01-01" && value <= "2099-12-31",
  {
    error: "A review date lies between 2000 and 2099",
  },
);

export const initiativeSchema = z
  .strictObject({
    slug: slugSchema,
    title: localizedTextSchema,
    /** One line under the title. */
    tagline: localizedTextSchema.optional(),
    summary: localizedLongTextSchema,
    background: localizedLongTextSchema.optional(),
    /** Syfte och mål. */
    aim: localizedLongTextSchema.optional(),
    method: localizedLongTextSchema.optional(),
    /** Short points shown as a list beside the method. */
    highlights: z.array(localizedTextSchema).default([]),
    targetGroup: targetGroupSchema,
    participants: participantsSchema.optional(),
    period: periodSchema,
    status: initiativeStatusSchema,
    scope: initiativeScopeSchema,
    focusAreas: z.array(focusAreaSchema).min(1, { error: "Give at least one focus area" }),
    places: z.array(placeSchema).min(1, { error: "Give at least one place" }),
    organisations: z.array(initiativeOrganisationSchema).min(1, { error: "Name at least one organisation" }),
    contacts: z.array(contactSchema).default([]),
    quotes: z.array(quoteSchema).default([]),
    /** What earlier studies of the same kind of initiative found (not this initiative's own evaluation). */
    priorEvidence: localizedLongTextSchema.optional(),
    evaluations: z.array(evaluationSchema).default([]),
    /** Required when there is no evaluation: say so, and what is known instead. */
    evaluationNote: localizedTextSchema.optional(),
    sources: z.array(sourceSchema).min(1, { error: "Cite at least one source" }),
    showcaseGroup: showcaseGroupSchema,
    /**
     * "Senast granskad": the day an editor last checked the example against its sources. Optional, as records
     * written before it existed have none; bounded to this century so a typo of the year cannot pass.
     */
    reviewedOn: reviewedOnSchema.optional(),
    untranslated: untranslatedSchema,
  })
  .superRefine((initiative, ctx) => {
    const repeated = (values: readonly string[]) => [
      ...new Set(values.filter((value, index) => values.indexOf(value) !== index)),
    ];
    for (const area of repeated(initiative.focusAreas)) {
      ctx.addIssue({ code: "custom", path: ["focusAreas"], message: `Focus area ${area} is listed twice` });
    }
    for (const key of repeated(
      initiative.organisations.map((link) => `${organisationRefKey(link.organisation)} as ${link.role}`),
    )) {
      ctx.addIssue({
        code: "custom",
        path: ["organisations"],
        message: `Organisation ${key} is listed twice`,
      });
    }
    for (const key of repeated(initiative.evaluations.map((evaluation) => evaluation.key))) {
      ctx.addIssue({ code: "custom", path: ["evaluations"], message: `Evaluation key ${key} is used twice` });
    }
    if (initiative.evaluations.length === 0 && initiative.evaluationNote === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["evaluationNote"],
        message: "Without an evaluation, say so in evaluationNote",
      });
    }
  });
export type Initiative = z.infer<typeof initiativeSchema>;
/** What an editor writes; fields with defaults may be left out. */
export type InitiativeInput = z.input<typeof initiativeSchema>;

/**
 * Filters for listing initiatives (the API's `initiative.list` input). All filters combine with AND.
 * - county / municipality: a place or an organisation of the initiative lies there (a region counts for its
 *   county; a municipality for its county).
 * - targetAge: the target group's age range (`targetAgeRange`) includes this age.
 * - evaluationDesign: some evaluation uses this design; minEvidenceLevel: some evaluation reaches this level.
 * - q: free text, matched case-insensitively against titles, summaries, places and focus area labels.
 * - language: the reader's language; "en" searches the English texts (English stemming) as well as the Swedish
 *   ones. Default "sv".
 * - sort: the order of the list. By default a search is ranked by relevance and everything else listed by
 *   Swedish title; "title" lists a search by title too; "evidence" puts the best-evidenced first (the highest
 *   evidence level of an evaluation, none last), then the most recently published.
 * - page: the page number (1-based, `limit` items a page), for numbered pages; or `cursor`, opaque, from the
 *   previous page's `nextCursor` (not both; the list refuses the two together).
 */
export const initiativeListSortSchema = z.enum(["title", "evidence"]);
export type InitiativeListSort = z.infer<typeof initiativeListSortSchema>;

/** The highest page number a list is read at (100 000 initiatives at 10 a page). */
export const maxListPage = 10_000;

export const initiativeListFilterSchema = z.strictObject({
  county: countyCodeSchema.optional(),
  municipality: municipalityCodeSchema.optional(),
  focusArea: focusAreaSchema.optional(),
  targetAge: z.int().min(0).max(120).optional(),
  status: initiativeStatusSchema.optional(),
  evaluationDesign: evaluationDesignSchema.optional(),
  minEvidenceLevel: z
    .int()
    .min(0, { error: "Evidence levels run from 0 to 5" })
    .max(5, { error: "Evidence levels run from 0 to 5" })
    .optional(),
  showcaseGroup: showcaseGroupSchema.optional(),
  q: z.string().trim().min(1).max(200, { error: "Search text is at most 200 characters" }).optional(),
  language: z.enum(["sv", "en"]).optional(),
  sort: initiativeListSortSchema.optional(),
  page: z
    .int()
    .min(1, { error: `page is 1–${maxListPage}` })
    .max(maxListPage, { error: `page is 1–${maxListPage}` })
    .optional(),
  cursor: z.string().min(1).max(500).optional(),
  limit: z.int().min(1, { error: "limit is 1–100" }).max(100, { error: "limit is 1–100" }).default(20),
});
export type InitiativeListFilter = z.infer<typeof initiativeListFilterSchema>;
export type InitiativeListFilterInput = z.input<typeof initiativeListFilterSchema>;
