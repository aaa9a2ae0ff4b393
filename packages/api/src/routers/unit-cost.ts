import { listUnitCosts, unitCostListSchema } from "@insats/db";
import { z } from "zod";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";

/** The unit-cost library: SEK per unit with price year, payers and source. */
export const unitCostRouter = createTRPCRouter({
  list: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/unit-costs",
        tags: ["unit-costs"],
        summary: "Indicative Swedish unit costs with their sources and price years",
      },
    })
    .input(z.void())
    .output(validatedSynchronously(unitCostListSchema))
    .query(({ ctx }) => listUnitCosts(ctx.db)),
});
