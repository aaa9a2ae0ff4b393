import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getNewsItemBySlug, listNews } from "@insats/db";
import { initiativeListFilterSchema, newsItemRecordSchema, newsKindSchema, newsPageSchema, slugSchema } from "@insats/domain";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";

/** "På gång": reports, seminars and projects under way; published items only. */
export const newsRouter = createTRPCRouter({
  list: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/news",
        tags: ["news"],
        summary: "Published news items, newest first; with q, those it finds, best first (language=en also English)",
      },
    })
    .input(
      z.strictObject({
        kind: newsKindSchema.optional(),
        q: initiativeListFilterSchema.shape.q,
        language: initiativeListFilterSchema.shape.language,
        cursor: z.string().min(1).max(500).optional(),
        limit: z.int().min(1).max(100).default(20),
      }),
    )
    .output(validatedSynchronously(newsPageSchema))
    .query(({ ctx, input }) => listNews(ctx.db, input)),

  bySlug: openDataProcedure
    .meta({ openapi: { method: "GET", path: "/v1/news/{slug}", tags: ["news"], summary: "One news item" } })
    .input(z.strictObject({ slug: slugSchema }))
    .output(validatedSynchronously(newsItemRecordSchema))
    .query(async ({ ctx, input }) => {
      const item = await getNewsItemBySlug(ctx.db, { slug: input.slug });
      if (!item) throw new TRPCError({ code: "NOT_FOUND", message: `No news item ${input.slug}` });
      return item;
    }),
});
