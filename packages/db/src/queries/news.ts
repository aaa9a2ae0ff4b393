// "På gång" items: the public list (newest first), one item by slug, and the editors' writes, each one
// transaction with its audit row.
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
import { InvalidCursorError, ValidationError } from "../errors.ts";
import { initiatives } from "../schema/initiatives.ts";
import { newsItemOrganisations, newsItems, newsItemSources } from "../schema/news.ts";
import { similarWords } from "../search/similar.ts";
import { type SearchColumns, searchMatch, type SearchMode } from "../search/sql.ts";
import { organisations } from "../schema/organisations.ts";
import { type ContentVerb, recordContentWrite } from "./content-versions.ts";
import { insertNewsParts, newsRowValues, resolveNewsReferences } from "./news-storage.ts";
import {
  canonicalRef,
  checkOwnedVersion,
  compact,
  localized,
  localizedRequired,
  lookupColumns,
  parseContent,
  periodOf,
  requireOrganisationId,
  resolvedOrganisation,
  slugClashes,
  sourceOf,
} from "./content.ts";
import { clampLimit, decodeKeyCursor, encodeKeyCursor } from "./cursor.ts";
import { isUuid } from "./ids.ts";
import { type NewsItemRecord, newsItemOfRecord, type NewsItemSummary, type NewsPage } from "./outputs.ts";

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

/**
 * The news item with this slug as the domain describes it, with id, owner, version and publication, or null.
 * Unpublished ones only with `includeUnpublished`; with `ownerOrganisationId` only that organisation's.
 */
export async function getNewsItemBySlug(
  db: Database,
  params: { slug: string; includeUnpublished?: boolean; ownerOrganisationId?: string },
): Promise<NewsItemRecord | null> {
  if (params.ownerOrganisationId !== undefined && !isUuid(params.ownerOrganisationId)) return null;
  const [row] = await selectNews(
    db,
    and(
      eq(newsItems.slug, params.slug),
      params.includeUnpublished ? undefined : eq(newsItems.published, true),
      params.ownerOrganisationId === undefined
        ? undefined
        : eq(newsItems.ownerOrganisationId, params.ownerOrganisationId),
    ),
    params.includeUnpublished ? "owner" : "public",
  );
  return row ? readNewsRecord(db, row) : null;
}

/** The news item with this id, published or not, or null: what an editor's preview link shows. */
export async function getNewsItemById(db: Database, id: string): Promise<NewsItemRecord | null> {
  if (!isUuid(id)) return null;
  const [row] = await selectNews(db, eq(newsItems.id, id), "owner");
  return row ? readNewsRecord(db, row) : null;
}

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

// ---------------------------------------------------------------------------------------------------------------
// Writes

/** A new, unpublished news item owned by the editor's organisation. */
export async function createNewsItem(
  db: Database,
  params: { organisationId: string; userId: string | null; newsItem: NewsItemInput },
): Promise<NewsItemRecord> {
  const item = parseContent(newsItemSchema, params.newsItem, "news item");
  requireOrganisationId(params.organisationId, "organisation", params.organisationId);
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, params.organisationId));
    if (!owner)
      throw new ValidationError("news item", [{ path: "", message: "The organisation does not exist" }]);
    const { found, relatedInitiativeId } = await resolveNewsReferences(tx, item, owner.id);
    if (await slugClashes(tx, newsItems, { ownerOrganisationId: owner.id }, item.slug))
      throw slugTaken(item.slug);
    const [row] = await tx
      .insert(newsItems)
      .values({ ...newsRowValues(item, relatedInitiativeId), ownerOrganisationId: owner.id })
      .onConflictDoNothing({ target: [newsItems.ownerOrganisationId, newsItems.slug] })
      .returning({ id: newsItems.id, version: newsItems.version });
    if (!row) throw slugTaken(item.slug);
    await insertNewsParts(tx, row.id, item, found);
    return recordNewsWrite(tx, row.id, { verb: "create", organisationId: owner.id, userId: params.userId });
  });
}

/** Replaces the news item with `newsItem` as a new version; same checks as updateInitiative. */
export async function updateNewsItem(
  db: Database,
  params: {
    slug: string;
    organisationId: string;
    userId: string | null;
    expectedVersion: number;
    newsItem: NewsItemInput;
    /** Set when the content is an older version brought back. */
    restoredFrom?: number;
  },
): Promise<NewsItemRecord> {
  const item = parseContent(newsItemSchema, params.newsItem, "news item");
  requireOrganisationId(params.organisationId, "news item", params.slug);
  return db.transaction(async (tx) => {
    const current = await lockNewsItem(tx, params.slug, params.organisationId);
    checkOwnedVersion("news item", params.slug, current, params.organisationId, params.expectedVersion);
    const { found, relatedInitiativeId } = await resolveNewsReferences(tx, item, current.ownerOrganisationId);
    if (item.slug !== params.slug) {
      if (await slugClashes(tx, newsItems, current, item.slug)) throw slugTaken(item.slug);
    }
    const [row] = await tx
      .update(newsItems)
      .set({ ...newsRowValues(item, relatedInitiativeId), version: sql`${newsItems.version} + 1` })
      .where(and(eq(newsItems.id, current.id), eq(newsItems.version, params.expectedVersion)))
      .returning({ id: newsItems.id, version: newsItems.version });
    if (!row) throw new Error("the locked news item could not be updated");
    await tx.delete(newsItemOrganisations).where(eq(newsItemOrganisations.newsItemId, row.id));
    await tx.delete(newsItemSources).where(eq(newsItemSources.newsItemId, row.id));
    await insertNewsParts(tx, row.id, item, found);
    return recordNewsWrite(tx, row.id, {
      verb: params.restoredFrom === undefined ? "update" : "restore",
      organisationId: params.organisationId,
      userId: params.userId,
      restoredFrom: params.restoredFrom,
      details: item.slug === params.slug ? {} : { previousSlug: params.slug },
    });
  });
}

/** Publishes (or hides) the news item as a new version; already in that state: returned unchanged. */
export async function setNewsItemPublished(
  db: Database,
  params: {
    slug: string;
    organisationId: string;
    userId: string | null;
    published: boolean;
    expectedVersion: number;
  },
): Promise<NewsItemRecord> {
  requireOrganisationId(params.organisationId, "news item", params.slug);
  return db.transaction(async (tx) => {
    const current = await lockNewsItem(tx, params.slug, params.organisationId);
    checkOwnedVersion("news item", params.slug, current, params.organisationId, params.expectedVersion);
    if (params.published && (await slugClashes(tx, newsItems, current, params.slug)))
      throw publishedSlugTaken(params.slug);
    if (current.published !== params.published) {
      await tx
        .update(newsItems)
        .set({
          published: params.published,
          ...(params.published ? { publishedOnSiteAt: new Date() } : {}),
          version: sql`${newsItems.version} + 1`,
        })
        .where(eq(newsItems.id, current.id));
      return recordNewsWrite(tx, current.id, {
        verb: params.published ? "publish" : "unpublish",
        organisationId: params.organisationId,
        userId: params.userId,
      });
    }
    return readNewsById(tx, current.id);
  });
}

/** The item after a write, with the write's audit row and version (content-versions.ts). */
async function recordNewsWrite(
  tx: Database,
  id: string,
  write: {
    verb: ContentVerb;
    organisationId: string;
    userId: string | null;
    restoredFrom?: number;
    details?: Record<string, unknown>;
  },
): Promise<NewsItemRecord> {
  const record = await readNewsById(tx, id);
  const content = newsItemOfRecord(record);
  await recordContentWrite(tx, {
    entity: "newsItem",
    verb: write.verb,
    entityId: record.id,
    organisationId: write.organisationId,
    actorUserId: write.userId,
    version: record.version,
    published: record.published,
    slug: record.slug,
    content,
    restoredFrom: write.restoredFrom,
    details: write.details,
  });
  return record;
}

/** The organisation's item with this slug, locked; another organisation's is not found, as a missing one. */
async function lockNewsItem(tx: Database, slug: string, organisationId: string) {
  const [row] = await tx
    .select({
      id: newsItems.id,
      ownerOrganisationId: newsItems.ownerOrganisationId,
      version: newsItems.version,
      published: newsItems.published,
    })
    .from(newsItems)
    .where(and(eq(newsItems.slug, slug), eq(newsItems.ownerOrganisationId, organisationId)))
    .for("update");
  return row;
}

async function readNewsById(db: Database, id: string): Promise<NewsItemRecord> {
  const [row] = await selectNews(db, eq(newsItems.id, id), "owner");
  if (!row) throw new Error(`news item ${id} vanished`);
  return readNewsRecord(db, row);
}

function slugTaken(slug: string): ValidationError {
  return new ValidationError("news item", [
    { path: "slug", message: `Another news item has the slug ${slug}` },
  ]);
}

function publishedSlugTaken(slug: string): ValidationError {
  return new ValidationError("news item", [
    { path: "slug", message: `A published news item already has the slug ${slug}` },
  ]);
}
