// The domain NewsItem spread over its tables: what the news writes and the seed share. Not part of the package's API.
import { type NewsItem, newsSortDate } from "@insats/domain";
import { and, eq, or, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { ValidationError } from "../errors.ts";
import { initiatives } from "../schema/initiatives.ts";
import { newsItemOrganisations, newsItemSources } from "../schema/news.ts";
import {
  type OrganisationLookupRow,
  organisationLinkColumns,
  periodColumns,
  repeatedRoleIssues,
  resolveOrganisationRefs,
  sourceColumns,
} from "./content.ts";

/** What a news item refers to: its organisations and its related initiative's id. */
export interface NewsReferences {
  found: Map<string, OrganisationLookupRow>;
  relatedInitiativeId: string | null;
}

/**
 * Organisations and the related initiative of a news item, resolved; ValidationError for what is unknown. The
 * related initiative is a published one or, for `ownerOrganisationId`, one of its own drafts: another
 * organisation's drafts are unknown here, so that an error cannot tell their slugs.
 */
export async function resolveNewsReferences(
  db: Database,
  item: NewsItem,
  ownerOrganisationId?: string,
): Promise<NewsReferences> {
  const found = await resolveOrganisationRefs(
    db,
    "news item",
    item.organisations.map((link, index) => ({
      ref: link.organisation,
      path: `organisations.${index}.organisation`,
    })),
  );
  const issues = repeatedRoleIssues(found, item.organisations);
  let relatedInitiativeId: string | null = null;
  if (item.relatedInitiativeSlug !== undefined) {
    const [related] = await db
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(
        and(
          eq(initiatives.slug, item.relatedInitiativeSlug),
          ownerOrganisationId === undefined
            ? eq(initiatives.published, true)
            : or(eq(initiatives.published, true), eq(initiatives.ownerOrganisationId, ownerOrganisationId)),
        ),
      )
      // The organisation's own draft before another's published page with the same address.
      .orderBy(sql`${initiatives.ownerOrganisationId} = ${ownerOrganisationId ?? null} desc nulls last`)
      .limit(1);
    if (related) relatedInitiativeId = related.id;
    else {
      issues.push({
        path: "relatedInitiativeSlug",
        message: `No initiative has the slug ${item.relatedInitiativeSlug}`,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError("news item", issues);
  return { found, relatedInitiativeId };
}

/** The `news_items` columns of a domain item (not owner, publication or version). */
export function newsRowValues(
  item: NewsItem,
  { relatedInitiativeId }: Pick<NewsReferences, "relatedInitiativeId">,
) {
  return {
    slug: item.slug,
    kind: item.kind,
    titleSv: item.title.sv,
    titleEn: item.title.en,
    summarySv: item.summary.sv,
    summaryEn: item.summary.en,
    bodySv: item.body?.sv ?? null,
    bodyEn: item.body?.en ?? null,
    highlights: item.highlights,
    publicationDate: item.publishedAt ?? null,
    eventDate: item.eventDate ?? null,
    durationMinutes: item.durationMinutes ?? null,
    ...periodColumns(item.period),
    place: item.place ?? null,
    reportNumber: item.reportNumber ?? null,
    authors: item.authors,
    relatedInitiativeId,
    sortDate: newsSortDate(item),
    untranslated: item.untranslated === true,
  };
}

/** The child rows of a news item a new version replaces. */
export const newsItemParts = [
  { table: newsItemOrganisations, recordId: newsItemOrganisations.newsItemId },
  { table: newsItemSources, recordId: newsItemSources.newsItemId },
] as const;

/** Writes the organisation links and sources of a news item that has none (any more). */
export async function insertNewsParts(
  tx: Database,
  newsItemId: string,
  item: NewsItem,
  { found }: Pick<NewsReferences, "found">,
): Promise<void> {
  if (item.organisations.length > 0) {
    await tx.insert(newsItemOrganisations).values(
      item.organisations.map((link, position) => ({
        newsItemId,
        ...organisationLinkColumns(found, link, position),
      })),
    );
  }
  await tx
    .insert(newsItemSources)
    .values(item.sources.map((source, position) => ({ newsItemId, ...sourceColumns(source, position) })));
}
