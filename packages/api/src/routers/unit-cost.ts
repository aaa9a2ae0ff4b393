import { getOrganisationBySlug, listKoladaUnitCosts, listUnitCosts } from "@insats/db";
import { knownMunicipalityCodeSchema, unitCostListSchema } from "@insats/domain";
import { z } from "zod";
import { createTRPCRouter, memberProcedure, openDataProcedure, validatedSynchronously } from "../trpc.ts";

/** The unit-cost library: SEK per unit with price year, payers and source; with a municipality, its Kolada figures. */
export const unitCostRouter = createTRPCRouter({
  list: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/unit-costs",
        tags: ["unit-costs"],
        summary: "Indicative Swedish unit costs with their sources and price years",
        description:
          "The national library: each entry's `source` (publisher, title and year as published, with the address " +
          "where there is one) and `note` in Swedish and English (`sv`, `en`). With `municipality`, followed by " +
          "that municipality's unit costs from Kolada, the " +
          "median of its county's municipalities and the nation's (0000), each as Kolada published it: its year is " +
          'the price year, its source "Kolada, <KPI id> <title>, <year>" (in English the Swedish title quoted, ' +
          '"(title in Swedish)"), and `kolada` says which key figure, year ' +
          "and whose figure (`scope`: municipality, countyMedian with `countyCode` and `municipalities`, nation). " +
          "Källa: Kolada.",
      },
    })
    .input(
      z
        .strictObject({
          municipality: knownMunicipalityCodeSchema
            .meta({ description: "A municipality's 4-digit SCB code, e.g. 0581 (Norrköping)" })
            .optional(),
        })
        .optional(),
    )
    .output(validatedSynchronously(unitCostListSchema))
    .query(({ ctx, input }) => listUnitCosts(ctx.db, { municipality: input?.municipality })),
  /**
   * For the calculator's picker: the Kolada figures of the planner's own organisation — its municipality's (by
   * its SCB code), its county's municipalities' median, and the nation's — and which municipality and county
   * those are (null when the organisation has none, e.g. a fund: then the nation's only).
   */
  local: memberProcedure("planner")
    .output(
      z.object({
        municipality: z.string().nullable(),
        countyCode: z.string().nullable(),
        figures: validatedSynchronously(unitCostListSchema),
      }),
    )
    .query(async ({ ctx }) => {
      const organisation = await getOrganisationBySlug(ctx.db, { slug: ctx.membership.organisationSlug });
      const municipality =
        organisation?.scbCode && /^\d{4}$/.test(organisation.scbCode) ? organisation.scbCode : null;
      const countyCode = organisation?.countyCode ?? null;
      const figures = await listKoladaUnitCosts(ctx.db, {
        ...(municipality ? { municipality } : {}),
        ...(countyCode ? { countyCode } : {}),
      });
      return { municipality, countyCode, figures };
    }),
});
