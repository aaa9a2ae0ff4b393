import { eq, type SQL, sql } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

import type { Database } from "../client.ts";
import { type NewOrganisation, type Organisation, organisations } from "../schema/organisations.ts";
import { recordAudit } from "./audit.ts";

export async function getOrganisationBySlug(
  db: Database,
  params: { slug: string },
): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, params.slug));
  return row ?? null;
}

export async function getOrganisationByScbCode(
  db: Database,
  params: { scbCode: string },
): Promise<Organisation | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.scbCode, params.scbCode));
  return row ?? null;
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
