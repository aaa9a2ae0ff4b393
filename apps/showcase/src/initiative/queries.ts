import "server-only";
import { cache } from "react";
import { displaySafe } from "@insats/web-security/text";
import { api, type ApiClient, isNotFound } from "@/api/client";
import { fetchAll } from "./paging.ts";
import type { InitiativeFilter, InitiativeSearch } from "./search-params.ts";

export type InitiativePage = Awaited<ReturnType<ApiClient["initiative"]["list"]["query"]>>;
export type InitiativeSummary = InitiativePage["items"][number];
export type InitiativeFacets = Awaited<ReturnType<ApiClient["initiative"]["facets"]["query"]>>;
export type InitiativeDetail = Awaited<ReturnType<ApiClient["initiative"]["bySlug"]["query"]>>;
export type EvaluationDetail = InitiativeDetail["evaluations"][number];
export type PublishedFollowUp = Awaited<ReturnType<ApiClient["initiative"]["followUp"]["query"]>>;

export const initiativePageSize = 12;

// Texts come from editors: every query below hands them on without direction controls (web-security/text), so
// that no title or summary can turn the page's own text around.

/** The reader's language: a search from /en also looks in the English texts, with English stemming. */
type SearchLanguage = "sv" | "en";

/** The numbered page of the list the reader is on, asked of the API by its number. */
export async function listInitiativePage(search: InitiativeSearch, language: SearchLanguage = "sv") {
  return displaySafe(
    await api().initiative.list.query({
      ...search.filter,
      language,
      limit: initiativePageSize,
      page: search.page,
    }),
  );
}

/** The home page's picks: the best-evidenced first, then the most recently published. */
export async function listFeaturedInitiatives(count: number) {
  return displaySafe((await api().initiative.list.query({ sort: "evidence", limit: count })).items);
}

export function getInitiativeFacets(filter: InitiativeFilter, language: SearchLanguage = "sv") {
  return api().initiative.facets.query({ ...filter, language });
}

/** "Menade du …?": for a search that found nothing, the nearest search that finds something, or null. */
export async function getSearchSuggestion(filter: InitiativeFilter, language: SearchLanguage = "sv") {
  if (filter.q === undefined) return null;
  return displaySafe(await api().search.suggestion.query({ ...filter, q: filter.q, language })).suggestion;
}

/** Cached per request: the page and its metadata ask for the same initiative. */
export const getInitiative = cache(async (slug: string) =>
  displaySafe(await api().initiative.bySlug.query({ slug })),
);

/** The follow-up the initiative's organisation published on it, or null while none is. */
export const getInitiativeFollowUp = cache(async (slug: string): Promise<PublishedFollowUp | null> => {
  try {
    return displaySafe(await api().initiative.followUp.query({ slug }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
});

/** Every published initiative matching a filter (open data, the sitemap), each read once. */
export async function listAllInitiatives(filter: InitiativeFilter = {}) {
  return displaySafe(
    await fetchAll(({ limit, cursor }) => api().initiative.list.query({ ...filter, limit, cursor })),
  );
}
