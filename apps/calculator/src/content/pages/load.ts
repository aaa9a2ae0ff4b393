import "server-only";
import { organisationRefKey } from "@insats/domain";
import type { ApiClient } from "@/api/server";
import type { OrganisationChoice } from "../form/references";

async function allPages<Item>(load: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>) {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

/** Every stored organisation, referred to as content refers to it (SCB code where there is one, else slug). */
export async function organisationChoices(api: ApiClient, locale: string): Promise<OrganisationChoice[]> {
  const organisations = await allPages((cursor) => api.organisation.list.query({ cursor, limit: 100 }));
  const language = locale === "en" ? "en" : "sv";
  return organisations.map((organisation) => ({
    key: organisationRefKey(organisation.scbCode === null ? { slug: organisation.slug } : { scbCode: organisation.scbCode }),
    name: organisation.name[language],
    kind: organisation.kind,
  }));
}

/** The published initiatives a news item may point at. */
export async function initiativeChoices(api: ApiClient, locale: string) {
  const initiatives = await allPages((cursor) => api.initiative.list.query({ cursor, limit: 100 }));
  const language = locale === "en" ? "en" : "sv";
  return initiatives.map((initiative) => ({ slug: initiative.slug, title: initiative.title[language] })).sort((a, b) => a.title.localeCompare(b.title, "sv"));
}
