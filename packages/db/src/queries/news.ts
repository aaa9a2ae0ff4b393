// "På gång" items: the public list (newest first), one item by slug, and the editors' writes, the steps of
// publishable-content.ts for a news item.
import {
  initiativeListFilterSchema,
  type NewsItem,
  type NewsItemInput,
  newsItemSchema,
  type NewsKind,
  newsKindSchema,
  organisationRefKey,
} from "@insats/domain";
import { and, asc, desc, eq, lt, or, type SQL, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { InvalidCursorError } from "../errors.ts";
import { initiatives } from "../schema/initiatives.ts";
import { newsItemOrganisations, newsItems, newsItemSources } from "../schema/news.ts";
import { similarWords } from "../search/similar.ts";
import { type SearchColumns, searchMatch, type SearchMode } from "../search/sql.ts";
import { organisations } from "../schema/organisations.ts";
import {
  insertNewsParts,
  newsItemParts,
  type NewsReferences,
  newsRowValues,
  resolveNewsReferences,
} from "./news-storage.ts";
import {
  canonicalRef,
  compact,
  localized,
  localizedRequired,
  lookupColumns,
  parseContent,
  periodOf,
  resolvedOrganisation,
  sourceOf,
} from "./content.ts";
import { clampLimit, decodeKeyCursor, encodeKeyCursor } from "./cursor.ts";
import { isUuid } from "./ids.ts";
import { type NewsItemRecord, newsItemOfRecord, type NewsItemSummary, type NewsPage } from "./outputs.ts";
import { contentQueries, type PublishableContent } from "./publishable-content.ts";

const newsColumns = {
  id: newsItems.id,
  slug: newsItems.slug,
  ownerOrganisationId: newsItems.ownerOrganisationId,
  kind: newsItems.kind,
  titleSv: newsItems.titleSv,
  titleEn: newsItems.titleEn,
  summarySv: newsItems.summarySv,
  summaryEn: newsItems.summaryEn,
  bodySv: newsItems.bodySv,
  bodyEn: newsItems.bodyEn,
  highlights: newsItems.highlights,
  publicationDate: newsItems.publicationDate,
  eventDate: newsItems.eventDate,
  durationMinutes: newsItems.durationMinutes,
  periodStart: newsItems.periodStart,
  periodEnd: newsItems.periodEnd,
  periodDescriptionSv: newsItems.periodDescriptionSv,
  periodDescriptionEn: newsItems.periodDescriptionEn,
  place: newsItems.place,
  reportNumber: newsItems.reportNumber,
  authors: newsItems.authors,
  relatedInitiativeId: newsItems.relatedInitiativeId,
  relatedInitiativeSlug: initiatives.slug,
  sortDate: newsItems.sortDate,
  untranslated: newsItems.untranslated,
  published: newsItems.published,
  publishedOnSiteAt: newsItems.publishedOnSiteAt,
  version: newsItems.version,
  createdAt: newsItems.createdAt,
  updatedAt: newsItems.updatedAt,
};

type StoredNewsItem = Awaited<ReturnType<typeof selectNews>>[number];

/**
 * News rows with their related initiative's slug. `audience: "public"` names only a published initiative: a
 * published item may point at its owner's draft, whose address is not public until the draft is.
 */
function selectNews(db: Database, where: SQL | undefined, audience: "public" | "owner") {
  return db
    .select(newsColumns)
    .from(newsItems)
    .leftJoin(
      initiatives,
      and(
        eq(initiatives.id, newsItems.relatedInitiativeId),
        audience === "public" ? eq(initiatives.published, true) : undefined,
      ),
    )
    .where(where);
}

export interface NewsListParams {
  kind?: NewsKind;
  /** Search text, read as the initiatives' search reads it (search/sql.ts); ranked best first. */
  q?: string;
  /** The reader's language: "en" also searches the English texts with English stemming. Default "sv". */
  language?: "sv" | "en";
  cursor?: string;
  /** 1–100, default 20. */
  limit?: number;
  /** Unpublished items too (editors); by default only published ones. */
  includeUnpublished?: boolean;
  /** Only the items this organisation owns. */
  ownerOrganisationId?: string;
}

// The search text and language as the initiatives' list takes them (trimmed, 1–200 characters).
const newsSearchSchema = initiativeListFilterSchema.pick({ q: true, language: true });

/** What a search of news items looks at (search/sql.ts). */
const newsSearch: SearchColumns = {
  swedish: newsItems.search,
  english: newsItems.searchEn,
  text: newsItems.searchText,
};

/**
 * News items newest first (domain `newsSortDate`, ties by id), a page at a time. With `q`, the items it finds,
 * best first (newest first among equals), with the initiatives' accents, synonyms, stemming, English and typo
 * tolerance: when its words find nothing, similar words do.
 */
export async function listNews(db: Database, params: NewsListParams = {}): Promise<NewsPage> {
  if (params.kind !== undefined) parseContent(newsKindSchema, params.kind, "news filter");
  const { q, language } = parseContent(
    newsSearchSchema,
    { q: params.q, language: params.language },
    "news filter",
  );
  const limit = clampLimit(params.limit ?? 20);
  const visible = and(
    params.includeUnpublished ? undefined : eq(newsItems.published, true),
    params.kind === undefined ? undefined : eq(newsItems.kind, params.kind),
    params.ownerOrganisationId === undefined
      ? undefined
      : isUuid(params.ownerOrganisationId)
        ? eq(newsItems.ownerOrganisationId, params.ownerOrganisationId)
        : sql`false`,
  );
  if (q !== undefined) return searchNews(db, visible, q, language, params.cursor, limit);
  let after: SQL | undefined;
  if (params.cursor !== undefined) {
    const [sortDate, id] = decodeKeyCursor(params.cursor, "news", 2) as [string, string];
    if (!isUuid(id)) throw new InvalidCursorError();
    after = newerFirstAfter(sortDate, id);
  }
  const [rows, total] = await Promise.all([
    selectNews(db, and(visible, after), params.includeUnpublished ? "owner" : "public")
      .orderBy(desc(sql`${newsItems.sortDate} collate "C"`), desc(newsItems.id))
      .limit(limit + 1),
    countNews(db, visible),
  ]);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    items: page.map(newsSummaryOf),
    nextCursor: hasMore && last ? encodeKeyCursor("news", [last.sortDate, last.id]) : null,
    total,
  };
}

/** The rows after (older than) the one with this sort date and id, newest first. */
function newerFirstAfter(sortDate: string, id: string): SQL | undefined {
  return or(
    sql`${newsItems.sortDate} collate "C" < ${sortDate}`,
    and(eq(newsItems.sortDate, sortDate), lt(newsItems.id, id)),
  );
}

async function countNews(db: Database, where: SQL | undefined): Promise<number> {
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(newsItems)
    .where(where);
  return counted?.total ?? 0;
}

/** The mode as a cursor carries it. */
const modeName = (mode: SearchMode) => (mode === "words" ? "words" : "similar");

/** A page of the items a search finds, by rank, then newest first; the cursor carries the last row's rank. */
async function searchNews(
  db: Database,
  visible: SQL | undefined,
  q: string,
  language: "sv" | "en" | undefined,
  cursor: string | undefined,
  limit: number,
): Promise<NewsPage> {
  let search = searchMatch(newsSearch, q, "words", language);
  let total = await countNews(db, and(visible, search.match));
  let mode: SearchMode = "words";
  if (total === 0) {
    mode = await similarWords(db, q);
    search = searchMatch(newsSearch, q, mode, language);
    total = await countNews(db, and(visible, search.match));
  }
  let after: SQL | undefined;
  if (cursor !== undefined) {
    const [cursorMode, score, sortDate, id] = decodeKeyCursor(cursor, "news-rank", 4) as [
      string,
      string,
      string,
      string,
    ];
    // A cursor of the other mode (the texts changed in between) would cut the list at a meaningless rank.
    if (cursorMode !== modeName(mode) || !isUuid(id) || !/^\d+(\.\d+)?(e[-+]\d+)?$/.test(score)) {
      throw new InvalidCursorError();
    }
    after = or(
      sql`${search.rank} < ${score}::real`,
      and(sql`${search.rank} = ${score}::real`, newerFirstAfter(sortDate, id)),
    );
  }
  const rows = await db
    .select({ ...newsColumns, rank: sql<string>`(${search.rank})::text` })
    .from(newsItems)
    .leftJoin(initiatives, eq(initiatives.id, newsItems.relatedInitiativeId))
    .where(and(visible, search.match, after))
    .orderBy(sql`${search.rank} desc`, desc(sql`${newsItems.sortDate} collate "C"`), desc(newsItems.id))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    items: page.map(newsSummaryOf),
    nextCursor:
      hasMore && last ? encodeKeyCursor("news-rank", [modeName(mode), last.rank, last.sortDate, last.id]) : null,
    total,
  };
}

function newsSummaryOf(row: StoredNewsItem): NewsItemSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: localizedRequired(row.titleSv, row.titleEn),
    summary: localizedRequired(row.summarySv, row.summaryEn),
    publishedAt: row.publicationDate,
    eventDate: row.eventDate,
    durationMinutes: row.durationMinutes,
    period: periodOf(row) ?? null,
    place: row.place,
    reportNumber: row.reportNumber,
    authors: row.authors,
    relatedInitiativeSlug: row.relatedInitiativeSlug,
    sortDate: row.sortDate,
    published: row.published,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A news item as publishable content: its organisation links and sources are its child rows. */
export const newsItemContent: PublishableContent<{
  table: typeof newsItems;
  content: NewsItem;
  input: NewsItemInput;
  resolved: NewsReferences;
  record: NewsItemRecord;
}> = {
  entity: "newsItem",
  noun: "news item",
  table: newsItems,
  publishedAtKey: "publishedOnSiteAt",
  schema: newsItemSchema,
  parts: newsItemParts,
  load: async (db, where, audience) => {
    const [row] = await selectNews(db, where, audience).limit(1);
    return row ? readNewsRecord(db, row) : null;
  },
  resolve: resolveNewsReferences,
  rowValues: newsRowValues,
  insertParts: insertNewsParts,
  versionContent: newsItemOfRecord,
};

/** One news item by slug or id, and the editors' writes (publishable-content.ts for what each does). */
export const {
  bySlug: getNewsItemBySlug,
  byId: getNewsItemById,
  create: createNewsItem,
  update: updateNewsItem,
  setPublished: setNewsItemPublished,
} = contentQueries(newsItemContent, "newsItem");

async function readNewsRecord(db: Database, row: StoredNewsItem): Promise<NewsItemRecord> {
  const [links, sources] = await Promise.all([
    db
      .select({ role: newsItemOrganisations.role, organisation: lookupColumns })
      .from(newsItemOrganisations)
      .innerJoin(organisations, eq(organisations.id, newsItemOrganisations.organisationId))
      .where(eq(newsItemOrganisations.newsItemId, row.id))
      .orderBy(asc(newsItemOrganisations.position)),
    db
      .select()
      .from(newsItemSources)
      .where(eq(newsItemSources.newsItemId, row.id))
      .orderBy(asc(newsItemSources.position)),
  ]);
  const resolvedOrganisations: NewsItemRecord["resolvedOrganisations"] = {};
  const item: NewsItem = compact({
    slug: row.slug,
    kind: row.kind,
    title: localizedRequired(row.titleSv, row.titleEn),
    summary: localizedRequired(row.summarySv, row.summaryEn),
    body: localized(row.bodySv, row.bodyEn),
    highlights: row.highlights,
    publishedAt: row.publicationDate ?? undefined,
    eventDate: row.eventDate ?? undefined,
    durationMinutes: row.durationMinutes ?? undefined,
    period: periodOf(row),
    place: row.place ?? undefined,
    reportNumber: row.reportNumber ?? undefined,
    authors: row.authors,
    organisations: links.map((link) => {
      const ref = canonicalRef(link.organisation);
      resolvedOrganisations[organisationRefKey(ref)] = resolvedOrganisation(link.organisation);
      return { organisation: ref, role: link.role };
    }),
    sources: sources.map(sourceOf),
    relatedInitiativeSlug: row.relatedInitiativeSlug ?? undefined,
    untranslated: row.untranslated ? true : undefined,
  });
  return {
    ...item,
    id: row.id,
    ownerOrganisationId: row.ownerOrganisationId,
    version: row.version,
    published: row.published,
    publishedOnSiteAt: row.publishedOnSiteAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    resolvedOrganisations,
  };
}
