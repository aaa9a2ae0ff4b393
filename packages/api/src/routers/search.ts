import { z } from "zod";
import {
  initiativePageSchema,
  newsPageSchema,
  searchShowcase,
  suggestInitiativeSearch,
  suggestNewsSearch,
} from "@insats/db";
import { initiativeListFilterSchema, newsKindSchema } from "@insats/domain";
import { createTRPCRouter, openDataProcedure, validatedSynchronously } from "../trpc.ts";

/** A search text as the lists take it (trimmed, 1–200 characters), required. */
const searchTextSchema = initiativeListFilterSchema.shape.q.unwrap();

const suggestionInputSchema = initiativeListFilterSchema
  .omit({ cursor: true, limit: true })
  .extend({ q: searchTextSchema });

const newsSuggestionInputSchema = z.strictObject({
  q: searchTextSchema,
  language: initiativeListFilterSchema.shape.language,
  kind: newsKindSchema.optional(),
});

const suggestionSchema = z.strictObject({
  /** The search to offer instead ("Menade du …?"), or null when none finds anything. */
  suggestion: z.string().nullable(),
});

const showcaseSearchInputSchema = z.strictObject({
  q: searchTextSchema,
  language: initiativeListFilterSchema.shape.language,
  limit: initiativeListFilterSchema.shape.limit,
});

const showcaseSearchSchema = z.strictObject({
  initiatives: initiativePageSchema,
  news: newsPageSchema,
  suggestion: suggestionSchema.shape.suggestion,
});

/** Searching the showcase beyond one list: examples and news at once, and what to offer when a search finds nothing. */
export const searchRouter = createTRPCRouter({
  all: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/search",
        tags: ["initiatives", "news"],
        summary:
          "One search of published initiatives and news items: the first of each (limit), best first, with totals and a suggestion when neither finds anything",
      },
    })
    .input(showcaseSearchInputSchema)
    .output(validatedSynchronously(showcaseSearchSchema))
    .query(({ ctx, input }) => searchShowcase(ctx.db, input)),

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

  newsSuggestion: openDataProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/v1/news-search-suggestion",
        tags: ["news"],
        summary: "For a search of news items that found nothing: the nearest search that finds some",
      },
    })
    .input(newsSuggestionInputSchema)
    .output(validatedSynchronously(suggestionSchema))
    .query(async ({ ctx, input }) => ({ suggestion: await suggestNewsSearch(ctx.db, input) })),
});
