import "server-only";
import { displaySafe } from "@insats/web-security/text";
import { api, type ApiClient } from "@/api/client";

export type ShowcaseSearch = Awaited<ReturnType<ApiClient["search"]["all"]["query"]>>;

/** How many of each kind the search page shows; the rest are a link to their own list away. */
export const searchPageLimit = 10;

/** The examples and news items a search finds, the first of each, with totals (editors' texts made safe). */
export async function searchShowcase(q: string, language: "sv" | "en"): Promise<ShowcaseSearch> {
  return displaySafe(await api().search.all.query({ q, language, limit: searchPageLimit }));
}
