import "server-only";
import { cache } from "react";
import { api, type ApiClient } from "@/api/client";
import { fetchAll } from "@/initiative/paging";

export type NewsPage = Awaited<ReturnType<ApiClient["news"]["list"]["query"]>>;
export type NewsSummary = NewsPage["items"][number];
export type NewsDetail = Awaited<ReturnType<ApiClient["news"]["bySlug"]["query"]>>;

/** The newest items, newest first. */
export async function listLatestNews(limit: number) {
  return (await api().news.list.query({ limit })).items;
}

export function listAllNews() {
  return fetchAll(({ limit, cursor }) => api().news.list.query({ limit, cursor }));
}

/** Cached per request: the page and its metadata ask for the same item. */
export const getNewsItem = cache((slug: string) => api().news.bySlug.query({ slug }));
