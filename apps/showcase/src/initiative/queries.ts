import "server-only";
import { cache } from "react";
import { displaySafe } from "@insats/web-security/text";
import { api, type ApiClient, isNotFound } from "@/api/client";
import { fetchAll, fetchNumberedPage } from "./paging.ts";
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

export async function listInitiativePage(search: InitiativeSearch, language: SearchLanguage = "sv") {
  return displaySafe(
    await fetchNumberedPage(
      ({ limit, cursor }) => api().initiative.list.query({ ...search.filter, language, limit, cursor }),
      search.page,
      initiativePageSize,
    ),
  );
}

export function getInitiativeFacets(filter: InitiativeFilter, language: SearchLanguage = "sv") {
  return api().initiative.facets.query({ ...filter, language });
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

/** Every published initiative matching a filter (open data, the sitemap, the home page's picks). */
export async function listAllInitiatives(filter: InitiativeFilter = {}) {
  return displaySafe(
    await fetchAll(({ limit, cursor }) => api().initiative.list.query({ ...filter, limit, cursor })),
  );
}
