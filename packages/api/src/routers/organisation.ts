import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getOrganisationBySlug, listOrganisations } from "@insats/db";
import { countyCodeSchema, organisationKindSchema, slugSchema, organisationPageSchema, organisationSummarySchema } from "@insats/domain";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";

/** Municipalities, regions and the other organisations that lead, fund or evaluate initiatives. */
export const organisationRouter = createTRPCRouter({
  list: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/organisations",
        tags: ["organisations"],
        summary: "Organisations by Swedish name: all 290 municipalities, 21 regions and the others",
      },
    })
    .input(
      z.strictObject({
        kind: organisationKindSchema.optional(),
        county: countyCodeSchema.optional(),
        q: z.string().trim().min(1).max(200).optional(),
        cursor: z.string().min(1).max(500).optional(),
        limit: z.int().min(1).max(100).default(50),
      }),
    )
    .output(validatedSynchronously(organisationPageSchema))
    .query(({ ctx, input }) => listOrganisations(ctx.db, input)),

  bySlug: openDataProcedure
    .meta({ openapi: { method: "GET", path: "/v1/organisations/{slug}", tags: ["organisations"], summary: "One organisation" } })
    .input(z.strictObject({ slug: slugSchema }))
    .output(validatedSynchronously(organisationSummarySchema))
    .query(async ({ ctx, input }) => {
      const organisation = await getOrganisationBySlug(ctx.db, input);
      if (!organisation) throw new TRPCError({ code: "NOT_FOUND", message: `No organisation ${input.slug}` });
      return organisation;
    }),
});
