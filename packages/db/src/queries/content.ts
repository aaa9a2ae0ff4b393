// What initiatives and news items share: validation with the domain schemas, organisation references resolved
// against the database, localized column pairs, periods and sources, and the owner and version checks of writes.
import {
  type LocalizedText,
  type OrganisationKind,
  type OrganisationRef,
  organisationRefKey,
  type Period,
  type Source,
} from "@insats/domain";
import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";

import type { Database } from "../client.ts";
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from "../errors.ts";
import { organisations } from "../schema/organisations.ts";
import { isUuid } from "./ids.ts";

/** Parses with a domain schema; failures become a ValidationError naming every problem. */
export function parseContent<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  entity: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw ValidationError.fromZod(entity, parsed.error);
  return parsed.data;
}

/** An organisation as content shows it next to a reference. */
export interface ResolvedOrganisation {
  slug: string;
  name: LocalizedText;
  kind: OrganisationKind;
  scbCode: string | null;
}

export interface OrganisationLookupRow {
  id: string;
  slug: string;
  kind: OrganisationKind;
  nameSv: string;
  nameEn: string | null;
  scbCode: string | null;
  countyCode: string | null;
}

export const lookupColumns = {
  id: organisations.id,
  slug: organisations.slug,
  kind: organisations.kind,
  nameSv: organisations.nameSv,
  nameEn: organisations.nameEn,
  scbCode: organisations.scbCode,
  countyCode: organisations.countyCode,
};

/** How a stored organisation is referred to: by SCB code where it has one (municipalities, regions), else slug. */
export function canonicalRef(organisation: { slug: string; scbCode: string | null }): OrganisationRef {
  return organisation.scbCode === null ? { slug: organisation.slug } : { scbCode: organisation.scbCode };
}

export function resolvedOrganisation(organisation: OrganisationLookupRow): ResolvedOrganisation {
  return {
    slug: organisation.slug,
    name: { sv: organisation.nameSv, en: organisation.nameEn ?? organisation.nameSv },
    kind: organisation.kind,
    scbCode: organisation.scbCode,
  };
}

/**
 * The stored organisations that references (and ids) point at, keyed by `organisationRefKey` of the reference
 * as given and by `id:<uuid>`. References that match nothing are simply absent.
 */
export async function lookupOrganisations(
  db: Database,
  query: { refs?: readonly OrganisationRef[]; ids?: readonly string[] },
): Promise<Map<string, OrganisationLookupRow>> {
  const refs = query.refs ?? [];
  const scbCodes = [...new Set(refs.flatMap((ref) => ("scbCode" in ref ? [ref.scbCode] : [])))];
  const slugs = [...new Set(refs.flatMap((ref) => ("slug" in ref ? [ref.slug] : [])))];
  const ids = [...new Set((query.ids ?? []).filter(isUuid))];
  const found = new Map<string, OrganisationLookupRow>();
  if (scbCodes.length + slugs.length + ids.length === 0) return found;
  const rows = await db
    .select(lookupColumns)
    .from(organisations)
    .where(
      or(
        scbCodes.length > 0 ? inArray(organisations.scbCode, scbCodes) : undefined,
        slugs.length > 0 ? inArray(organisations.slug, slugs) : undefined,
        ids.length > 0 ? inArray(organisations.id, ids) : undefined,
      ),
    );
  for (const row of rows) {
    found.set(`id:${row.id}`, row);
    found.set(organisationRefKey({ slug: row.slug }), row);
    if (row.scbCode !== null) found.set(organisationRefKey({ scbCode: row.scbCode }), row);
  }
  return found;
}

/** A reference of the content and where it occurs (`organisations.2.organisation`). */
export interface RefAt {
  ref: OrganisationRef;
  path: string;
}

/** Resolves every reference or throws one ValidationError listing those that name no stored organisation. */
export async function resolveOrganisationRefs(
  db: Database,
  entity: string,
  refs: readonly RefAt[],
): Promise<Map<string, OrganisationLookupRow>> {
  const found = await lookupOrganisations(db, { refs: refs.map((at) => at.ref) });
  const issues: ValidationIssue[] = refs
    .filter((at) => !found.has(organisationRefKey(at.ref)))
    .map((at) => ({ path: at.path, message: `No organisation ${organisationRefKey(at.ref)} is stored` }));
  if (issues.length > 0) throw new ValidationError(entity, issues);
  return found;
}

export function organisationOf(found: Map<string, OrganisationLookupRow>, ref: OrganisationRef) {
  const row = found.get(organisationRefKey(ref));
  if (!row) throw new Error(`organisation ${organisationRefKey(ref)} was not resolved`);
  return row;
}

/**
 * An issue for each organisation listed a second time in the same role (`organisations.3`), which an SCB code and a
 * slug naming one organisation can make happen.
 */
export function repeatedRoleIssues(
  found: Map<string, OrganisationLookupRow>,
  links: readonly { organisation: OrganisationRef; role: string }[],
): ValidationIssue[] {
  const seen = new Set<string>();
  return links.flatMap((link, index) => {
    const key = `${organisationOf(found, link.organisation).id} ${link.role}`;
    if (seen.has(key)) {
      return [
        {
          path: `organisations.${index}`,
          message: `Organisation ${organisationRefKey(link.organisation)} is listed twice as ${link.role}`,
        },
      ];
    }
    seen.add(key);
    return [];
  });
}

/** Both languages, or undefined when the pair is empty. A missing language falls back to the other. */
export function localized(sv: string | null, en: string | null): LocalizedText | undefined {
  if (sv === null && en === null) return undefined;
  return { sv: sv ?? en ?? "", en: en ?? sv ?? "" };
}

/** Like `localized`, for columns that are never null. */
export function localizedRequired(sv: string, en: string): LocalizedText {
  return { sv, en };
}

/** The object without its undefined properties, so records compare equal to parsed domain objects. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function periodColumns(period: Period | undefined) {
  return {
    periodStart: period?.start ?? null,
    periodEnd: period?.end ?? null,
    periodDescriptionSv: period?.description?.sv ?? null,
    periodDescriptionEn: period?.description?.en ?? null,
  };
}

export function periodOf(row: {
  periodStart: string | null;
  periodEnd: string | null;
  periodDescriptionSv: string | null;
  periodDescriptionEn: string | null;
}): Period | undefined {
  if (row.periodStart === null && row.periodDescriptionSv === null && row.periodDescriptionEn === null) {
    return undefined;
  }
  return compact({
    start: row.periodStart ?? undefined,
    end: row.periodEnd ?? undefined,
    description: localized(row.periodDescriptionSv, row.periodDescriptionEn),
  });
}

export function sourceColumns(source: Source, position: number) {
  return {
    position,
    title: source.title,
    publisher: source.publisher ?? null,
    url: source.url ?? null,
    accessed: source.accessed ?? null,
    noteSv: source.note?.sv ?? null,
    noteEn: source.note?.en ?? null,
  };
}

/** The columns of a record's link to an organisation in a role, `position` in the order given. */
export function organisationLinkColumns<Role extends string>(
  found: Map<string, OrganisationLookupRow>,
  link: { organisation: OrganisationRef; role: Role },
  position: number,
): { position: number; organisationId: string; role: Role } {
  return { position, organisationId: organisationOf(found, link.organisation).id, role: link.role };
}

export function sourceOf(row: ReturnType<typeof sourceColumns>): Source {
  return compact({
    title: row.title,
    publisher: row.publisher ?? undefined,
    url: row.url ?? undefined,
    accessed: row.accessed ?? undefined,
    note: localized(row.noteSv, row.noteEn),
  });
}

/**
 * The checks before a write to an owned, versioned record (the current row locked FOR UPDATE by the caller):
 * a record that is missing or belongs to another organisation is not found; a stale version is a conflict.
 */
export function checkOwnedVersion<Current extends { ownerOrganisationId: string; version: number }>(
  entity: string,
  slug: string,
  current: Current | undefined,
  organisationId: string,
  expectedVersion: number,
): asserts current is Current {
  if (!current || current.ownerOrganisationId !== organisationId) throw new NotFoundError(entity, slug);
  if (current.version !== expectedVersion) {
    throw new ConflictError(entity, slug, expectedVersion, current.version);
  }
}

/** A publishable content table (initiatives, news items): the columns its slug rules need. */
export type SlugTable = PgTable & {
  id: PgColumn;
  slug: PgColumn;
  ownerOrganisationId: PgColumn;
  published: PgColumn;
};

/**
 * Whether `slug` is taken for a record of this organisation (`id` for one that exists): by one of the
 * organisation's own records or by a published one. Slugs are unique per organisation and among published
 * records only (the tables' unique indexes), so the answer never tells of another organisation's drafts; a
 * published record's address is public anyway, and refusing it early spares the editor a failed publish.
 */
export async function slugClashes(
  tx: Database,
  table: SlugTable,
  record: { id?: string; ownerOrganisationId: string },
  slug: string,
): Promise<boolean> {
  const [clash] = await tx
    .select({ id: table.id })
    .from(table)
    .where(
      and(
        eq(table.slug, slug),
        record.id === undefined ? undefined : ne(table.id, record.id),
        or(eq(table.ownerOrganisationId, record.ownerOrganisationId), eq(table.published, true)),
      ),
    )
    .limit(1);
  return clash !== undefined;
}

/** Organisation ids arrive from sessions and URLs; one that is not a uuid owns nothing. */
export function requireOrganisationId(organisationId: string, entity: string, slug: string): void {
  if (!isUuid(organisationId)) throw new NotFoundError(entity, slug);
}

/** The text with characters PostgreSQL cannot store in text (NUL) or that mean nothing in a search removed. */
export function searchableText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
}

/** A LIKE pattern that matches `text` anywhere, with LIKE's own wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
