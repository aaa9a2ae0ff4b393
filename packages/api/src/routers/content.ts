import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  createInitiative,
  createNewsItem,
  getInitiativeBySlug,
  getNewsItemBySlug,
  initiativePageSchema,
  initiativeRecordSchema,
  listInitiatives,
  listNews,
  newsItemRecordSchema,
  newsPageSchema,
  setInitiativePublished,
  setNewsItemPublished,
  updateInitiative,
  updateNewsItem,
} from "@insats/db";
import { initiativeListFilterSchema, initiativeSchema, newsItemSchema, slugSchema } from "@insats/domain";
import { createTRPCRouter, memberProcedure, memberWriteProcedure } from "../trpc.ts";

// The version column is a PostgreSQL integer: a larger number would fail the query instead of being a conflict.
const version = z.int().min(1).max(2 ** 31 - 1);

/** Editors read their organisation's records, published or not. */
const editorRead = memberProcedure("editor");
const editorWrite = memberWriteProcedure("editor");

function notFound(entity: string, slug: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `No ${entity} ${slug}` });
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
      listInitiatives(ctx.db, { ...input, includeUnpublished: true, ownerOrganisationId: ctx.membership.organisationId }),
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

  news: editorRead
    .input(z.strictObject({ cursor: z.string().min(1).max(500).optional(), limit: z.int().min(1).max(100).default(20) }))
    .output(newsPageSchema)
    .query(({ ctx, input }) =>
      listNews(ctx.db, { ...input, includeUnpublished: true, ownerOrganisationId: ctx.membership.organisationId }),
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
      createNewsItem(ctx.db, { organisationId: ctx.membership.organisationId, userId: ctx.session.userId, newsItem: input.newsItem }),
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
});
