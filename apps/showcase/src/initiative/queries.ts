import "server-only";
import { cache } from "react";
import { api, type ApiClient } from "@/api/client";
import { fetchAll, fetchNumberedPage } from "./paging.ts";
import type { InitiativeFilter, InitiativeSearch } from "./search-params.ts";

export type InitiativePage = Awaited<ReturnType<ApiClient["initiative"]["list"]["query"]>>;
export type InitiativeSummary = InitiativePage["items"][number];
export type InitiativeFacets = Awaited<ReturnType<ApiClient["initiative"]["facets"]["query"]>>;
export type InitiativeDetail = Awaited<ReturnType<ApiClient["initiative"]["bySlug"]["query"]>>;
export type EvaluationDetail = InitiativeDetail["evaluations"][number];

export const initiativePageSize = 12;

export function listInitiativePage(search: InitiativeSearch) {
  return fetchNumberedPage(
    ({ limit, cursor }) => api().initiative.list.query({ ...search.filter, limit, cursor }),
    search.page,
    initiativePageSize,
  );
}

export function getInitiativeFacets(filter: InitiativeFilter) {
  return api().initiative.facets.query(filter);
}

/** Cached per request: the page and its metadata ask for the same initiative. */
export const getInitiative = cache((slug: string) => api().initiative.bySlug.query({ slug }));

/** Every published initiative matching a filter (open data, the sitemap, the home page's picks). */
export function listAllInitiatives(filter: InitiativeFilter = {}) {
  return fetchAll(({ limit, cursor }) => api().initiative.list.query({ ...filter, limit, cursor }));
}
