import { listUnitCosts } from "@insats/db";
import { knownMunicipalityCodeSchema, unitCostListSchema } from "@insats/domain";
import { z } from "zod";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";

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
          "The national library. With `municipality`, followed by that municipality's and the nation's (0000) " +
          "unit costs from Kolada, each as Kolada published it: its year is the price year, its source " +
          '"Kolada, <KPI id> <title>, <year>", and `kolada` says which key figure, municipality and year. ' +
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
});
