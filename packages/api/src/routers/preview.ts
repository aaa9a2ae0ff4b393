import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getInitiativeById, getNewsItemById, resolvePreviewToken } from "@insats/db";
import { initiativeRecordSchema, newsItemRecordSchema } from "@insats/domain";
import { createTRPCRouter, rateLimitedPublicProcedure } from "../trpc.ts";

const tokenInput = z.strictObject({ token: z.string().min(20).max(200) });

function refused(): never {
  // One answer for an unknown, expired or other-kind token: a guess learns nothing.
  throw new TRPCError({ code: "NOT_FOUND", message: "No preview for this token" });
}

/**
 * What an editor's preview link shows on the showcase (Draft Mode): the record a token from
 * `content.previewToken` names, published or not, in the shape the public pages read. The token is the
 * authorisation; it expires after a quarter of an hour.
 */
export const previewRouter = createTRPCRouter({
  initiative: rateLimitedPublicProcedure
    .input(tokenInput)
    .output(initiativeRecordSchema)
    .query(async ({ ctx, input }) => {
      const target = await resolvePreviewToken(ctx.db, { token: input.token, now: new Date() });
      if (target?.entity !== "initiative") refused();
      return (await getInitiativeById(ctx.db, target.entityId)) ?? refused();
    }),

  newsItem: rateLimitedPublicProcedure
    .input(tokenInput)
    .output(newsItemRecordSchema)
    .query(async ({ ctx, input }) => {
      const target = await resolvePreviewToken(ctx.db, { token: input.token, now: new Date() });
      if (target?.entity !== "newsItem") refused();
      return (await getNewsItemById(ctx.db, target.entityId)) ?? refused();
    }),
});
