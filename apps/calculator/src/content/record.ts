// A stored initiative or news item as the workspace edits it.
import type { Draft } from "./form/draft";
import type { ContentKind } from "./kinds";

/** The stored record as the editor needs it. */
export interface EditedRecord {
  slug: string;
  version: number;
  published: boolean;
  updatedAt: string;
  content: Draft;
}

/**
 * The domain object of a stored record: what the API adds (ids, versions, resolved names) left out. A news item's
 * `publishedAt` is the item's own date (domain); an initiative's is when it went public (database).
 */
export function domainOf(kind: ContentKind, record: Record<string, unknown>): Draft {
  const {
    id: _id,
    ownerOrganisationId: _owner,
    version: _version,
    published: _published,
    publishedAt,
    publishedOnSiteAt: _onSite,
    createdAt: _created,
    updatedAt: _updated,
    resolvedOrganisations: _resolved,
    evaluations,
    ...rest
  } = record;
  const content: Draft = { ...rest };
  if (kind === "newsItem" && publishedAt !== undefined) content.publishedAt = publishedAt;
  if (Array.isArray(evaluations)) {
    content.evaluations = evaluations.map((evaluation: Record<string, unknown>) => {
      const { evidenceLevel: _level, ...domain } = evaluation;
      return domain;
    });
  }
  return content;
}

/** The editor's view of a record the API returned. */
export function editedRecord(kind: ContentKind, record: { slug: string; version: number; published: boolean; updatedAt: string }): EditedRecord {
  return {
    slug: record.slug,
    version: record.version,
    published: record.published,
    updatedAt: record.updatedAt,
    content: domainOf(kind, record),
  };
}
