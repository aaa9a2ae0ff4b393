import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  type ContentEntity,
  contentEntitySchema,
  type ContentTypes,
  type ContentUpdate,
  contentVersionSummarySchema,
  createContent,
  createPreviewToken,
  type Database,
  getContentBySlug,
  getContentVersion,
  getFollowUpPublication,
  initiativeContent,
  listPublishableDecisions,
  newsItemContent,
  type PublishableContent,
  publishFollowUp,
  setContentPublished,
  unpublishFollowUp,
  type FollowUpPublication,
  latestContentChanges,
  listContentVersions,
  listInitiatives,
  listNews,
  updateContent,
} from "@insats/db";
import {
  initiativeListFilterSchema,
  localizedTextSchema,
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

/** The organisation's record of this kind with this slug, drafts too, or null. */
function findOwnedRecord<Kind extends ContentTypes>(
  db: Database,
  kind: PublishableContent<Kind>,
  slug: string,
  organisationId: string,
): Promise<Kind["record"] | null> {
  return getContentBySlug(db, kind, { slug, includeUnpublished: true, ownerOrganisationId: organisationId });
}

/** What the procedures every kind shares (history, versions, restore, preview links) do with one kind. */
interface OwnedContent {
  find: (
    db: Database,
    slug: string,
    organisationId: string,
  ) => Promise<{ id: string; version: number } | null>;
  /** Writes an older version's content back as a new version. */
  restore: (
    db: Database,
    params: ContentUpdate & { restoredFrom: number; content: unknown },
  ) => Promise<{ slug: string; version: number }>;
}

function ownedContent<Kind extends ContentTypes>(kind: PublishableContent<Kind>): OwnedContent {
  return {
    find: (db, slug, organisationId) => findOwnedRecord(db, kind, slug, organisationId),
    // A stored version is the domain object as it was; updateContent validates it with the kind's schema.
    restore: (db, params) => updateContent(db, kind, params),
  };
}

const contentKinds: Record<ContentEntity, OwnedContent> = {
  initiative: ownedContent(initiativeContent),
  newsItem: ownedContent(newsItemContent),
};

async function findOwned(db: Database, kind: ContentEntity, slug: string, organisationId: string) {
  return (await contentKinds[kind].find(db, slug, organisationId)) ?? notFound(kind, slug);
}

/** A version of the organisation's record with its content; NOT_FOUND for another's record or a version it lacks. */
async function findOwnedVersion(
  db: Database,
  params: { kind: ContentEntity; slug: string; organisationId: string; version: number },
) {
  const record = await findOwned(db, params.kind, params.slug, params.organisationId);
  const found = await getContentVersion(db, {
    entity: params.kind,
    entityId: record.id,
    organisationId: params.organisationId,
    version: params.version,
  });
  return found ?? notFound(`version ${params.version} of`, params.slug);
}

/**
 * The editors' procedures for one kind of content: the organisation's record by slug (drafts too), create, update
 * and publish or hide, each a shared step of publishable-content.ts (@insats/db).
 */
function editorProcedures<Kind extends ContentTypes, Field extends string>(
  kind: PublishableContent<Kind>,
  field: Field,
  recordSchema: z.ZodType<Kind["record"]>,
) {
  type WithContent = { [Key in Field]: Kind["input"] };
  type Change = { slug: string; expectedVersion: number };
  const change = { slug: slugSchema, expectedVersion: version };
  // The content travels in the field named after the kind and reaches the resolvers as `content`. A computed key
  // is typed as any string, so these two schemas are typed here: as sent, and as the resolvers get them.
  const withContent = (shape: Partial<typeof change>) =>
    z
      .strictObject({ ...shape, [field]: kind.schema })
      .transform(({ [field]: content, ...rest }) => ({ ...rest, content }));
  const createInput = withContent({}) as unknown as z.ZodType<{ content: Kind["content"] }, WithContent>;
  const updateInput = withContent(change) as unknown as z.ZodType<
    Change & { content: Kind["content"] },
    Change & WithContent
  >;
  return {
    read: editorRead
      .input(z.strictObject({ slug: slugSchema }))
      .output(recordSchema)
      .query(async ({ ctx, input }) => {
        const record = await findOwnedRecord(ctx.db, kind, input.slug, ctx.membership.organisationId);
        return record ?? notFound(kind.noun, input.slug);
      }),
    create: editorWrite
      .input(createInput)
      .output(recordSchema)
      .mutation(({ ctx, input }) =>
        createContent(ctx.db, kind, {
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
          content: input.content,
        }),
      ),
    update: editorWrite
      .input(updateInput)
      .output(recordSchema)
      .mutation(({ ctx, input }) =>
        updateContent(ctx.db, kind, {
          slug: input.slug,
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
          expectedVersion: input.expectedVersion,
          content: input.content,
        }),
      ),
    setPublished: editorWrite
      .input(z.strictObject({ ...change, published: z.boolean() }))
      .output(recordSchema)
      .mutation(({ ctx, input }) =>
        setContentPublished(ctx.db, kind, {
          ...input,
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
        }),
      ),
  };
}

const initiativeProcedures = editorProcedures(initiativeContent, "initiative", initiativeRecordSchema);
const newsItemProcedures = editorProcedures(newsItemContent, "newsItem", newsItemRecordSchema);

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

  initiative: initiativeProcedures.read,
  createInitiative: initiativeProcedures.create,
  updateInitiative: initiativeProcedures.update,
  setInitiativePublished: initiativeProcedures.setPublished,

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

  newsItem: newsItemProcedures.read,
  createNewsItem: newsItemProcedures.create,
  updateNewsItem: newsItemProcedures.update,
  setNewsItemPublished: newsItemProcedures.setPublished,

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
    .query(({ ctx, input }) =>
      findOwnedVersion(ctx.db, { ...input, organisationId: ctx.membership.organisationId }),
    ),

  /** Brings an older version's content back as a new version (publication unchanged). */
  restore: editorWrite
    .input(z.strictObject({ ...contentRef, version, expectedVersion: version }))
    .output(z.object({ slug: slugSchema, version }))
    .mutation(async ({ ctx, input }) => {
      const organisationId = ctx.membership.organisationId;
      const found = await findOwnedVersion(ctx.db, { ...input, organisationId });
      const restored = await contentKinds[input.kind].restore(ctx.db, {
        slug: input.slug,
        organisationId,
        userId: ctx.session.userId,
        expectedVersion: input.expectedVersion,
        restoredFrom: input.version,
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
