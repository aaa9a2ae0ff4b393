// The first showcase content: organisations, initiatives and "På gång" items, as data checked by the domain
// schemas. Municipalities and regions are not listed here; seed them from `referenceOrganisations()`.
import {
  initiativeSchema,
  newsItemSchema,
  organisationRefKey,
  organisationSchema,
  resolveOrganisationRef,
  type Initiative,
  type NewsItem,
  type Organisation,
  type OrganisationRef,
} from "@insats/domain";
import { z } from "zod";
import { contentInitiatives } from "./initiatives.ts";
import { contentNews } from "./news.ts";
import { contentOrganisations } from "./organisations.ts";

export { contentInitiatives, contentNews, contentOrganisations };

export interface SeedContent {
  organisations: Organisation[];
  initiatives: Initiative[];
  news: NewsItem[];
}

/** Every organisation reference in the content that resolves to nothing, and every dangling slug. */
export function contentReferenceProblems(content: SeedContent): string[] {
  const problems: string[] = [];
  const check = (ref: OrganisationRef, where: string) => {
    if (resolveOrganisationRef(ref, content.organisations) === undefined)
      problems.push(`${where}: unknown organisation ${organisationRefKey(ref)}`);
  };
  const slugs = (items: { slug: string }[], what: string) => {
    const seen = new Set<string>();
    for (const { slug } of items) {
      if (seen.has(slug)) problems.push(`${what} slug ${slug} is used twice`);
      seen.add(slug);
    }
    return seen;
  };
  slugs(content.organisations, "organisation");
  const initiativeSlugs = slugs(content.initiatives, "initiative");
  slugs(content.news, "news");

  for (const organisation of content.organisations) {
    if (organisation.parent) check(organisation.parent, `organisation ${organisation.slug}.parent`);
  }
  for (const initiative of content.initiatives) {
    initiative.organisations.forEach((link, index) =>
      check(link.organisation, `initiative ${initiative.slug}.organisations.${index}`),
    );
    initiative.contacts.forEach(
      (contact, index) =>
        contact.organisation &&
        check(contact.organisation, `initiative ${initiative.slug}.contacts.${index}`),
    );
    initiative.evaluations.forEach((evaluation) => {
      if (evaluation.evaluator && !("name" in evaluation.evaluator))
        check(evaluation.evaluator, `initiative ${initiative.slug}.evaluations.${evaluation.key}.evaluator`);
    });
  }
  for (const item of content.news) {
    item.organisations.forEach((link, index) =>
      check(link.organisation, `news ${item.slug}.organisations.${index}`),
    );
    if (item.relatedInitiativeSlug !== undefined && !initiativeSlugs.has(item.relatedInitiativeSlug)) {
      problems.push(`news ${item.slug}: no initiative has the slug ${item.relatedInitiativeSlug}`);
    }
  }
  return problems;
}

/** The content parsed by the domain schemas, with defaults filled in. Throws, listing every problem, if any is invalid. */
export function loadSeedContent(): SeedContent {
  const content: SeedContent = {
    organisations: z.array(organisationSchema).parse(contentOrganisations),
    initiatives: z.array(initiativeSchema).parse(contentInitiatives),
    news: z.array(newsItemSchema).parse(contentNews),
  };
  const problems = contentReferenceProblems(content);
  if (problems.length > 0) throw new Error(`Seed content has broken references:\n${problems.join("\n")}`);
  return content;
}
