import { z } from "zod";
import { suggestInitiativeSearch } from "@insats/db";
import { initiativeListFilterSchema } from "@insats/domain";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";

const suggestionInputSchema = initiativeListFilterSchema
  .omit({ cursor: true, limit: true })
  .extend({ q: initiativeListFilterSchema.shape.q.unwrap() });

const suggestionSchema = z.strictObject({
  /** The search to offer instead ("Menade du …?"), or null when none finds anything. */
  suggestion: z.string().nullable(),
});

/** Searching the showcase beyond one list: what to offer when a search finds nothing. */
export const searchRouter = createTRPCRouter({
  suggestion: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/search-suggestion",
        tags: ["initiatives"],
        summary:
          "For a search of initiatives that found nothing: the nearest search that finds some, with the same filters",
      },
    })
    .input(suggestionInputSchema)
    .output(validatedSynchronously(suggestionSchema))
    .query(async ({ ctx, input }) => ({ suggestion: await suggestInitiativeSearch(ctx.db, input) })),
});
