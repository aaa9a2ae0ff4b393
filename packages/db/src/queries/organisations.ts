import { and, asc, eq, gt, ilike, or, type SQL, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";

import type { Database } from "../client.ts";
import { InvalidCursorError, ValidationError } from "../errors.ts";
import {
  type NewOrganisation,
  type Organisation,
  type OrganisationKind,
  organisationKinds,
  organisations,
} from "../schema/organisations.ts";
import { recordAudit } from "./audit.ts";
import { containsPattern, localized, searchableText } from "./content.ts";
import { clampLimit, decodeKeyCursor, encodeKeyCursor } from "./cursor.ts";
import { isUuid } from "./ids.ts";
import type { OrganisationPage, OrganisationSummary } from "./outputs.ts";

/** The organisation with this slug, as lists show it, or null. */
export async function getOrganisationBySlug(
  db: Database,
  params: { slug: string },
): Promise<OrganisationSummary | null> {
  const [row] = await selectSummaries(db, eq(organisations.slug, params.slug));
  return row ? organisationSummaryOf(row) : null;
}

/** The municipality (4 digits) or region (2 digits) with this SCB code, or null. */
export async function getOrganisationByScbCode(
  db: Database,
  params: { scbCode: string },
): Promise<OrganisationSummary | null> {
  const [row] = await selectSummaries(db, eq(organisations.scbCode, params.scbCode));
  return row ? organisationSummaryOf(row) : null;
}

const parent = alias(organisations, "parent");

function selectSummaries(db: Database, where: SQL | undefined) {
  return db
    .select({ organisation: organisations, parentSlug: parent.slug })
    .from(organisations)
    .leftJoin(parent, eq(parent.id, organisations.parentId))
    .where(where);
}

function organisationSummaryOf({
  organisation,
  parentSlug,
}: {
  organisation: Organisation;
  parentSlug: string | null;
}): OrganisationSummary {
  return {
    id: organisation.id,
    slug: organisation.slug,
    kind: organisation.kind,
    name: { sv: organisation.nameSv, en: organisation.nameEn ?? organisation.nameSv },
    scbCode: organisation.scbCode,
    countyCode: organisation.countyCode,
    website: organisation.website,
    description: localized(organisation.descriptionSv, organisation.descriptionEn) ?? null,
    parentSlug,
  };
}

export type OrganisationUpsert = Omit<NewOrganisation, "id" | "createdAt" | "updatedAt">;

const upsertBatchSize = 500;

/**
 * Inserts organisations or updates them by slug (reference data and seed content), in one transaction.
 * Returns how many rows were inserted and how many updated.
 */
export async function upsertOrganisations(
  db: Database,
  params: { organisations: OrganisationUpsert[]; actorUserId?: string | null },
): Promise<{ inserted: number; updated: number }> {
  if (params.organisations.length === 0) return { inserted: 0, updated: 0 };
  return db.transaction(async (tx) => {
    let inserted = 0;
    let updated = 0;
    for (let start = 0; start < params.organisations.length; start += upsertBatchSize) {
      const batch = params.organisations.slice(start, start + upsertBatchSize);
      const rows = await tx
        .insert(organisations)
        .values(batch)
        .onConflictDoUpdate({
          target: organisations.slug,
          set: {
            kind: excluded(organisations.kind),
            nameSv: excluded(organisations.nameSv),
            nameEn: excluded(organisations.nameEn),
            scbCode: excluded(organisations.scbCode),
            countyCode: excluded(organisations.countyCode),
            website: excluded(organisations.website),
            updatedAt: new Date(),
          },
        })
        // xmax is 0 for a row this statement inserted and non-zero for one it updated.
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      for (const row of rows) {
        if (row.inserted) inserted += 1;
        else updated += 1;
      }
    }
    await recordAudit(tx, {
      actorUserId: params.actorUserId ?? null,
      organisationId: null,
      action: "organisation.upsert",
      entity: "organisation",
      entityId: "*",
      details: { inserted, updated },
    });
    return { inserted, updated };
  });
}

/** The proposed value of a column in ON CONFLICT DO UPDATE; names follow the schema's snake_case casing. */
function excluded(column: AnyPgColumn): SQL {
  return sql.raw(`excluded."${toSnakeCase(column.name)}"`);
}

export interface OrganisationListParams {
  kind?: OrganisationKind;
  /** Two-digit SCB county code. */
  county?: string;
  /** Matches the Swedish or English name or the slug, case-insensitively, anywhere. */
  q?: string;
  cursor?: string;
  /** 1–100, default 50. */
  limit?: number;
}

/** Organisations alphabetically by Swedish name (å, ä, ö last; ties by id), a page at a time. */
export async function listOrganisations(
  db: Database,
  params: OrganisationListParams = {},
): Promise<OrganisationPage> {
  if (params.kind !== undefined && !(organisationKinds as readonly string[]).includes(params.kind)) {
    throw new ValidationError("organisation filter", [
      { path: "kind", message: `Unknown kind ${params.kind}` },
    ]);
  }
  const limit = clampLimit(params.limit ?? 50);
  const q = params.q === undefined ? "" : searchableText(params.q);
  const where = and(
    params.kind === undefined ? undefined : eq(organisations.kind, params.kind),
    params.county === undefined ? undefined : eq(organisations.countyCode, params.county),
    q === ""
      ? undefined
      : or(
          ilike(organisations.nameSv, containsPattern(q)),
          ilike(organisations.nameEn, containsPattern(q)),
          ilike(organisations.slug, containsPattern(q)),
        ),
  );
  const nameOrder = sql`${organisations.nameSort} collate "C"`;
  let after: SQL | undefined;
  if (params.cursor !== undefined) {
    const [name, id] = decodeKeyCursor(params.cursor, "name", 2) as [string, string];
    if (!isUuid(id)) throw new InvalidCursorError();
    after = or(sql`${nameOrder} > ${name}`, and(eq(organisations.nameSort, name), gt(organisations.id, id)));
  }
  const [rows, [counted]] = await Promise.all([
    selectSummaries(db, and(where, after))
      .orderBy(asc(nameOrder), asc(organisations.id))
      .limit(limit + 1),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(organisations)
      .where(where),
  ]);
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    items: page.map(organisationSummaryOf),
    nextCursor:
      hasMore && last ? encodeKeyCursor("name", [last.organisation.nameSort, last.organisation.id]) : null,
    total: counted?.total ?? 0,
  };
}
