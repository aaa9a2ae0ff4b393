import "server-only";
import { cache } from "react";
import { displaySafe } from "@insats/web-security/text";
import { api, type ApiClient } from "@/api/client";
import { fetchAll } from "@/initiative/paging";

export type NewsPage = Awaited<ReturnType<ApiClient["news"]["list"]["query"]>>;
export type NewsSummary = NewsPage["items"][number];
export type NewsDetail = Awaited<ReturnType<ApiClient["news"]["bySlug"]["query"]>>;

// As for initiatives: editors' texts without direction controls (web-security/text).

/** The newest items, newest first. */
export async function listLatestNews(limit: number) {
  return displaySafe((await api().news.list.query({ limit })).items);
}

export async function listAllNews() {
  return displaySafe(await fetchAll(({ limit, cursor }) => api().news.list.query({ limit, cursor })));
}

/** Every published item a search finds, best first, in the reader's language. */
export async function searchAllNews(q: string, language: "sv" | "en") {
  return displaySafe(
    await fetchAll(({ limit, cursor }) => api().news.list.query({ q, language, limit, cursor })),
  );
}

/** "Menade du …?" for a search of news items that found nothing, or null. */
export async function getNewsSearchSuggestion(q: string, language: "sv" | "en") {
  return displaySafe(await api().search.newsSuggestion.query({ q, language })).suggestion;
}

/** Cached per request: the page and its metadata ask for the same item. */
export const getNewsItem = cache(async (slug: string) =>
  displaySafe(await api().news.bySlug.query({ slug })),
);
