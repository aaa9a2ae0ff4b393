import "server-only";
import { listAllInitiatives } from "@/initiative/queries";
import { parseInitiativeSearch } from "@/initiative/search-params";
import { localizedUrls } from "@/seo/metadata";
import type { InitiativeRow } from "./initiative-columns.ts";

/** Every initiative matching the request's filters (the same query names as the list page). */
export async function initiativeRows(request: Request): Promise<InitiativeRow[]> {
  const url = new URL(request.url);
  const { filter } = parseInitiativeSearch(Object.fromEntries(url.searchParams));
  const initiatives = await listAllInitiatives(filter);
  return initiatives.map((initiative) => ({
    initiative,
    urls: localizedUrls({ pathname: "/initiatives/[slug]", params: { slug: initiative.slug } }),
  }));
}
