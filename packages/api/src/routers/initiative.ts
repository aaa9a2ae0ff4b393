import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { countInitiativeFacets, getInitiativeBySlug, getPublishedFollowUp, listInitiatives } from "@insats/db";
import {
  initiativeFacetsSchema,
  initiativeListFilterSchema,
  initiativePageSchema,
  initiativeRecordSchema,
  publicFollowUpOf,
  publicFollowUpSchema,
  slugSchema,
} from "@insats/domain";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";
import { presentFollowUp } from "./follow-up.ts";

const facetFilterSchema = initiativeListFilterSchema.omit({
  cursor: true,
  page: true,
  limit: true,
  sort: true,
});

/** The public showcase: published initiatives only. */
export const initiativeRouter = createTRPCRouter({
  list: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/initiatives",
        tags: ["initiatives"],
        summary:
          "Published initiatives, filtered and searched (Swedish stemming; language=en also English), a page at a time",
      },
    })
    .input(initiativeListFilterSchema)
    .output(validatedSynchronously(initiativePageSchema))
    .query(({ ctx, input }) => listInitiatives(ctx.db, input)),

  facets: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/initiative-facets",
        tags: ["initiatives"],
        summary: "For each filter, the number of initiatives each of its values would give",
      },
    })
    .input(facetFilterSchema)
    .output(validatedSynchronously(initiativeFacetsSchema))
    .query(({ ctx, input }) => countInitiativeFacets(ctx.db, input)),

  bySlug: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/initiatives/{slug}",
        tags: ["initiatives"],
        summary: "One initiative with its evaluations, evidence levels and effect estimates",
      },
    })
    .input(z.strictObject({ slug: slugSchema }))
    .output(validatedSynchronously(initiativeRecordSchema))
    .query(async ({ ctx, input }) => {
      const record = await getInitiativeBySlug(ctx.db, { slug: input.slug });
      if (!record) throw new TRPCError({ code: "NOT_FOUND", message: `No initiative ${input.slug}` });
      return record;
    }),

  followUp: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/initiatives/{slug}/follow-up",
        tags: ["initiatives"],
        summary:
          "The follow-up its organisation published: forecast against outturn per year, realisation rate per outcome, the decision (404 when none is published)",
      },
    })
    .input(z.strictObject({ slug: slugSchema }))
    .output(validatedSynchronously(publicFollowUpSchema))
    .query(async ({ ctx, input }) => {
      const published = await getPublishedFollowUp(ctx.db, { initiativeSlug: input.slug });
      if (!published) {
        throw new TRPCError({ code: "NOT_FOUND", message: `No follow-up is published on initiative ${input.slug}` });
      }
      const { decision, scenario, result } = presentFollowUp(published.decision);
      return publicFollowUpOf({
        scenario,
        result,
        decision: { decidedOn: decision.decidedOn, body: decision.body },
        publishedAt: published.publishedAt.toISOString(),
      });
    }),
});
