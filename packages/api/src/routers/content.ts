import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  type ContentEntity,
  contentEntitySchema,
  contentVersionSummarySchema,
  createInitiative,
  createNewsItem,
  createPreviewToken,
  type Database,
  getContentVersion,
  getFollowUpPublication,
  listPublishableDecisions,
  publishFollowUp,
  unpublishFollowUp,
  type FollowUpPublication,
  latestContentChanges,
  listContentVersions,
  getInitiativeBySlug,
  getNewsItemBySlug,
  listInitiatives,
  listNews,
  setInitiativePublished,
  setNewsItemPublished,
  updateInitiative,
  updateNewsItem,
} from "@insats/db";
import {
  initiativeListFilterSchema,
  type InitiativeInput,
  initiativeSchema,
  localizedTextSchema,
  newsItemSchema,
  type NewsItemInput,
  slugSchema,
  initiativePageSchema,
  initiativeRecordSchema,
  newsItemRecordSchema,
  newsPageSchema,
} from "@insats/domain";
import { createTRPCRouter, memberProcedure, memberWriteProcedure } from "../trpc.ts";

// The version column is a PostgreSQL integer: a larger number would fail the query instead of being a conflict.
const version = z
  .int()
  .min(1)
  .max(2 ** 31 - 1);

/** Editors read their organisation's records, published or not. */
const editorRead = memberProcedure("editor");
const editorWrite = memberWriteProcedure("editor");

function notFound(entity: string, slug: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `No ${entity} ${slug}` });
}

/**
 * What the shared procedures (history, versions, restore, preview links) need of each kind of content: find the
 * organisation's record by slug, and write older content back as a new version.
 */
const contentKinds: Record<
  ContentEntity,
  {
    find: (
      db: Database,
      slug: string,
      organisationId: string,
    ) => Promise<{ id: string; version: number } | null>;
    restore: (
      db: Database,
      params: {
        slug: string;
        organisationId: string;
        userId: string;
        expectedVersion: number;
        version: number;
        content: unknown;
      },
    ) => Promise<{ slug: string; version: number }>;
  }
> = {
  initiative: {
    find: (db, slug, organisationId) =>
      getInitiativeBySlug(db, { slug, includeUnpublished: true, ownerOrganisationId: organisationId }),
    restore: (db, { content, version, ...params }) =>
      updateInitiative(db, { ...params, initiative: content as InitiativeInput, restoredFrom: version }),
  },
  newsItem: {
    find: (db, slug, organisationId) =>
      getNewsItemBySlug(db, { slug, includeUnpublished: true, ownerOrganisationId: organisationId }),
    restore: (db, { content, version, ...params }) =>
      updateNewsItem(db, { ...params, newsItem: content as NewsItemInput, restoredFrom: version }),
  },
};

async function findOwned(db: Database, kind: ContentEntity, slug: string, organisationId: string) {
  return (await contentKinds[kind].find(db, slug, organisationId)) ?? notFound(kind, slug);
}

const contentRef = { kind: contentEntitySchema, slug: slugSchema };

/** One line of the editors' list: an initiative or a news item, with its last change. */
const contentEntrySchema = z.object({
  kind: contentEntitySchema,
  slug: slugSchema,
  title: localizedTextSchema,
  published: z.boolean(),
  version,
  updatedAt: z.iso.datetime(),
  /** Who made the last change; null for content the seed wrote. */
  updatedBy: z.string().nullable(),
});

/** Which decision's follow-up an initiative's showcase page shows, for its editors. */
const followUpPublicationSchema = z.object({
  scenarioId: z.uuid(),
  scenarioName: z.string(),
  decidedOn: z.iso.date(),
  published: z.boolean(),
  publishedAt: z.iso.datetime(),
  publishedByName: z.string().nullable(),
  unpublishedAt: z.iso.datetime().nullable(),
  unpublishedByName: z.string().nullable(),
});

type PresentedPublication = z.infer<typeof followUpPublicationSchema>;
function presentPublication(row: FollowUpPublication): PresentedPublication;
function presentPublication(row: FollowUpPublication | null): PresentedPublication | null;
function presentPublication(row: FollowUpPublication | null): PresentedPublication | null {
  if (!row) return null;
  return {
    scenarioId: row.scenarioId,
    scenarioName: row.scenarioName,
    decidedOn: row.decidedOn,
    published: row.published,
    publishedAt: row.publishedAt.toISOString(),
    publishedByName: row.publishedByName,
    unpublishedAt: row.unpublishedAt?.toISOString() ?? null,
    unpublishedByName: row.unpublishedByName,
  };
}

/** Every page of a keyset-paged list. An organisation's own content is a few hundred records at most. */
async function allPages<Item>(
  load: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
) {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

function matches(q: string | undefined, ...texts: string[]): boolean {
  if (q === undefined) return true;
  const needle = q.toLocaleLowerCase("sv");
  return texts.some((text) => text.toLocaleLowerCase("sv").includes(needle));
}

/**
 * Showcase content of the editor's own organisation. Evaluations are part of their initiative, so they are
 * written, published and unpublished with it. Another organisation's record is NOT_FOUND.
 */
export const contentRouter = createTRPCRouter({
  initiatives: editorRead
    .input(initiativeListFilterSchema)
    .output(initiativePageSchema)
    .query(({ ctx, input }) =>
      listInitiatives(ctx.db, {
        ...input,
        includeUnpublished: true,
        ownerOrganisationId: ctx.membership.organisationId,
      }),
    ),

  initiative: editorRead
    .input(z.strictObject({ slug: slugSchema }))
    .output(initiativeRecordSchema)
    .query(async ({ ctx, input }) => {
      const record = await getInitiativeBySlug(ctx.db, {
        slug: input.slug,
        includeUnpublished: true,
        ownerOrganisationId: ctx.membership.organisationId,
      });
      return record ?? notFound("initiative", input.slug);
    }),

  createInitiative: editorWrite
    .input(z.strictObject({ initiative: initiativeSchema }))
    .output(initiativeRecordSchema)
    .mutation(({ ctx, input }) =>
      createInitiative(ctx.db, {
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
        initiative: input.initiative,
      }),
    ),

  updateInitiative: editorWrite
    .input(z.strictObject({ slug: slugSchema, expectedVersion: version, initiative: initiativeSchema }))
    .output(initiativeRecordSchema)
    .mutation(({ ctx, input }) =>
      updateInitiative(ctx.db, {
        slug: input.slug,
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
        expectedVersion: input.expectedVersion,
        initiative: input.initiative,
      }),
    ),

  setInitiativePublished: editorWrite
    .input(z.strictObject({ slug: slugSchema, expectedVersion: version, published: z.boolean() }))
    .output(initiativeRecordSchema)
    .mutation(({ ctx, input }) =>
      setInitiativePublished(ctx.db, {
        ...input,
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
      }),
    ),

  /**
   * The follow-up published on the organisation's initiative (or null), and the organisation's decided scenarios
   * an editor may publish there: those made from the initiative first.
   */
  followUpPublication: editorRead
    .input(z.strictObject({ slug: slugSchema }))
    .output(
      z.object({
        publication: followUpPublicationSchema.nullable(),
        decisions: z.array(
          z.object({
            scenarioId: z.uuid(),
            scenarioName: z.string(),
            decidedOn: z.iso.date(),
            bodyName: z.string(),
            linked: z.boolean(),
          }),
        ),
      }),
    )
    .query(async ({ ctx, input }) => {
      const ref = { initiativeSlug: input.slug, organisationId: ctx.membership.organisationId };
      const publication = await getFollowUpPublication(ctx.db, ref);
      const decisions = await listPublishableDecisions(ctx.db, { ...ref, limit: 200 });
      return { publication: presentPublication(publication), decisions };
    }),

  /** Shows a decided scenario's follow-up of the organisation on the initiative's showcase page and in /v1. */
  publishFollowUp: editorWrite
    .input(z.strictObject({ slug: slugSchema, scenarioId: z.uuid({ error: "Choose a decided scenario" }) }))
    .output(followUpPublicationSchema)
    .mutation(async ({ ctx, input }) => {
      const published = await publishFollowUp(ctx.db, {
        initiativeSlug: input.slug,
        scenarioId: input.scenarioId,
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
      });
      return presentPublication(published);
    }),

  /** Withdraws the initiative's follow-up from the public; null when none was ever published. */
  unpublishFollowUp: editorWrite
    .input(z.strictObject({ slug: slugSchema }))
    .output(followUpPublicationSchema.nullable())
    .mutation(async ({ ctx, input }) =>
      presentPublication(
        await unpublishFollowUp(ctx.db, {
          initiativeSlug: input.slug,
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
        }),
      ),
    ),

  news: editorRead
    .input(
      z.strictObject({
        cursor: z.string().min(1).max(500).optional(),
        limit: z.int().min(1).max(100).default(20),
      }),
    )
    .output(newsPageSchema)
    .query(({ ctx, input }) =>
      listNews(ctx.db, {
        ...input,
        includeUnpublished: true,
        ownerOrganisationId: ctx.membership.organisationId,
      }),
    ),

  newsItem: editorRead
    .input(z.strictObject({ slug: slugSchema }))
    .output(newsItemRecordSchema)
    .query(async ({ ctx, input }) => {
      const item = await getNewsItemBySlug(ctx.db, {
        slug: input.slug,
        includeUnpublished: true,
        ownerOrganisationId: ctx.membership.organisationId,
      });
      return item ?? notFound("news item", input.slug);
    }),

  createNewsItem: editorWrite
    .input(z.strictObject({ newsItem: newsItemSchema }))
    .output(newsItemRecordSchema)
    .mutation(({ ctx, input }) =>
      createNewsItem(ctx.db, {
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
        newsItem: input.newsItem,
      }),
    ),

  updateNewsItem: editorWrite
    .input(z.strictObject({ slug: slugSchema, expectedVersion: version, newsItem: newsItemSchema }))
    .output(newsItemRecordSchema)
    .mutation(({ ctx, input }) =>
      updateNewsItem(ctx.db, {
        slug: input.slug,
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
        expectedVersion: input.expectedVersion,
        newsItem: input.newsItem,
      }),
    ),

  setNewsItemPublished: editorWrite
    .input(z.strictObject({ slug: slugSchema, expectedVersion: version, published: z.boolean() }))
    .output(newsItemRecordSchema)
    .mutation(({ ctx, input }) =>
      setNewsItemPublished(ctx.db, {
        ...input,
        organisationId: ctx.membership.organisationId,
        userId: ctx.session.userId,
      }),
    ),

  /** The organisation's initiatives and news items, drafts and published, last changed first. */
  entries: editorRead
    .input(z.strictObject({ q: z.string().trim().min(1).max(200).optional() }))
    .output(z.array(contentEntrySchema))
    .query(async ({ ctx, input }) => {
      const organisationId = ctx.membership.organisationId;
      const [initiatives, news] = await Promise.all([
        allPages((cursor) =>
          listInitiatives(ctx.db, {
            q: input.q,
            cursor,
            limit: 100,
            includeUnpublished: true,
            ownerOrganisationId: organisationId,
          }),
        ),
        allPages((cursor) =>
          listNews(ctx.db, {
            cursor,
            limit: 100,
            includeUnpublished: true,
            ownerOrganisationId: organisationId,
          }),
        ),
      ]);
      const found = news.filter((item) =>
        matches(input.q, item.title.sv, item.title.en, item.summary.sv, item.summary.en),
      );
      const [initiativeChanges, newsChanges] = await Promise.all([
        latestContentChanges(ctx.db, { entity: "initiative", entityIds: initiatives.map((item) => item.id) }),
        latestContentChanges(ctx.db, { entity: "newsItem", entityIds: found.map((item) => item.id) }),
      ]);
      const entry =
        (kind: ContentEntity, changes: typeof newsChanges) =>
        (item: {
          id: string;
          slug: string;
          title: { sv: string; en: string };
          published: boolean;
          version: number;
          updatedAt: string;
        }) => ({
          kind,
          slug: item.slug,
          title: item.title,
          published: item.published,
          version: item.version,
          updatedAt: item.updatedAt,
          updatedBy: changes.get(item.id)?.actorName ?? null,
        });
      return [
        ...initiatives.map(entry("initiative", initiativeChanges)),
        ...found.map(entry("newsItem", newsChanges)),
      ].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    }),

  /** The record's versions, newest first, and its current version (seeded content has no earlier ones recorded). */
  versions: editorRead
    .input(z.strictObject(contentRef))
    .output(z.object({ current: version, versions: z.array(contentVersionSummarySchema) }))
    .query(async ({ ctx, input }) => {
      const organisationId = ctx.membership.organisationId;
      const record = await findOwned(ctx.db, input.kind, input.slug, organisationId);
      const versions = await listContentVersions(ctx.db, {
        entity: input.kind,
        entityId: record.id,
        organisationId,
      });
      return { current: record.version, versions };
    }),

  /** One version's content, as the domain object it was. */
  version: editorRead
    .input(z.strictObject({ ...contentRef, version }))
    .output(z.object({ summary: contentVersionSummarySchema, content: z.record(z.string(), z.unknown()) }))
    .query(async ({ ctx, input }) => {
      const organisationId = ctx.membership.organisationId;
      const record = await findOwned(ctx.db, input.kind, input.slug, organisationId);
      const found = await getContentVersion(ctx.db, {
        entity: input.kind,
        entityId: record.id,
        organisationId,
        version: input.version,
      });
      return found ?? notFound(`version ${input.version} of`, input.slug);
    }),

  /** Brings an older version's content back as a new version (publication unchanged). */
  restore: editorWrite
    .input(z.strictObject({ ...contentRef, version, expectedVersion: version }))
    .output(z.object({ slug: slugSchema, version }))
    .mutation(async ({ ctx, input }) => {
      const organisationId = ctx.membership.organisationId;
      const record = await findOwned(ctx.db, input.kind, input.slug, organisationId);
      const found = await getContentVersion(ctx.db, {
        entity: input.kind,
        entityId: record.id,
        organisationId,
        version: input.version,
      });
      if (!found) notFound(`version ${input.version} of`, input.slug);
      const restored = await contentKinds[input.kind].restore(ctx.db, {
        slug: input.slug,
        organisationId,
        userId: ctx.session.userId,
        expectedVersion: input.expectedVersion,
        version: input.version,
        content: found.content,
      });
      return { slug: restored.slug, version: restored.version };
    }),

  /** A short-lived link token with which the showcase renders this record, draft or not, for the editor. */
  previewToken: editorWrite
    .input(z.strictObject(contentRef))
    .output(z.object({ token: z.string(), expiresAt: z.iso.datetime() }))
    .mutation(async ({ ctx, input }) => {
      const record = await findOwned(ctx.db, input.kind, input.slug, ctx.membership.organisationId);
      return createPreviewToken(ctx.db, { entity: input.kind, entityId: record.id, now: new Date() });
    }),
});
