import { z } from "zod";
import { wholeNumber } from "../bounds.ts";
import { organisationRefKey, organisationRefSchema } from "../organisation/schema.ts";
import { partialDateSchema, periodSchema, type PartialDate } from "../text/date.ts";
import {
  localizedLongTextSchema,
  localizedTextSchema,
  slugSchema,
  type LocalizedText,
  untranslatedSchema,
} from "../text/schema.ts";
import { sourceSchema } from "../text/source.ts";

export const newsKinds = ["report", "seminar", "project", "news"] as const;
export const newsKindSchema = z.enum(newsKinds);
export type NewsKind = z.infer<typeof newsKindSchema>;

export const newsKindLabels: Record<NewsKind, LocalizedText> = {
  report: { sv: "Rapport", en: "Report" },
  seminar: { sv: "Seminarium", en: "Seminar" },
  project: { sv: "Projekt", en: "Project" },
  news: { sv: "Nyhet", en: "News" },
};

export const newsOrganisationRoles = ["author", "publisher", "organiser", "partner", "mentioned"] as const;
export const newsOrganisationRoleSchema = z.enum(newsOrganisationRoles);
export type NewsOrganisationRole = z.infer<typeof newsOrganisationRoleSchema>;

export const newsOrganisationRoleLabels: Record<NewsOrganisationRole, LocalizedText> = {
  author: { sv: "Författare", en: "Author" },
  publisher: { sv: "Utgivare", en: "Publisher" },
  organiser: { sv: "Arrangör", en: "Organiser" },
  partner: { sv: "Samarbetspart", en: "Partner" },
  mentioned: { sv: "Omnämnd", en: "Mentioned" },
};

/**
 * An item of "På gång": a report, a seminar, a project under way or plain news. It is dated by when it was
 * published, when it takes place, or (for a project) its period; at least one is required.
 */
export const newsItemSchema = z
  .strictObject({
    slug: slugSchema,
    kind: newsKindSchema,
    title: localizedTextSchema,
    summary: localizedLongTextSchema,
    body: localizedLongTextSchema.optional(),
    /** Points shown as a list: the questions of a seminar, the findings of a report. */
    highlights: z.array(localizedTextSchema).default([]),
    publishedAt: partialDateSchema.optional(),
    eventDate: partialDateSchema.optional(),
    /** For a seminar: its length, at most a week (a conference). */
    durationMinutes: wholeNumber("durationMinutes", 1, 7 * 24 * 60).optional(),
    period: periodSchema.optional(),
    place: z.string().trim().min(1).max(200).optional(),
    /** A report's series number, e.g. "ESO 2020:1". */
    reportNumber: z.string().trim().min(1).max(100).optional(),
    authors: z.array(z.string().trim().min(1).max(200)).default([]),
    organisations: z
      .array(z.strictObject({ organisation: organisationRefSchema, role: newsOrganisationRoleSchema }))
      .default([]),
    sources: z.array(sourceSchema).min(1, { error: "Cite at least one source" }),
    relatedInitiativeSlug: slugSchema.optional(),
    /** As an initiative's `untranslated`: English texts hold the Swedish one, and the English site says so. */
    untranslated: untranslatedSchema,
  })
  .superRefine((item, ctx) => {
    if (item.publishedAt === undefined && item.eventDate === undefined && item.period?.start === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["publishedAt"],
        message: "Give publishedAt, eventDate or a period with a start",
      });
    }
    const keys = item.organisations.map((link) => `${organisationRefKey(link.organisation)} as ${link.role}`);
    for (const key of new Set(keys.filter((value, index) => keys.indexOf(value) !== index))) {
      ctx.addIssue({
        code: "custom",
        path: ["organisations"],
        message: `Organisation ${key} is listed twice`,
      });
    }
  });
export type NewsItem = z.infer<typeof newsItemSchema>;
export type NewsItemInput = z.input<typeof newsItemSchema>;

/** The date a news list sorts by (newest first): published, else the event, else the period's start. */
export function newsSortDate(item: NewsItem): PartialDate {
  const date = item.publishedAt ?? item.eventDate ?? item.period?.start;
  // The schema requires one of them, so this is a news item that bypassed it.
  if (date === undefined) throw new Error("A news item has no publishedAt, eventDate or period start");
  return date;
}
