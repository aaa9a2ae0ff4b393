// The first content of an empty database: every municipality and region, the organisations, unit costs,
// initiatives and "På gång" items of the seed content. Idempotent and additive: rows already present (by slug,
// SCB code or key) are left exactly as they are, so a second run changes nothing and an editor's later changes
// to seeded content survive every restart. Content removed from the database is seeded again. The unit-cost library
// is the exception: reference data, it follows the domain's library (`syncUnitCostLibrary`).
import { isDeepStrictEqual } from "node:util";

import {
  type NewsItem,
  type OrganisationRef,
  referenceOrganisations,
  type UnitCost,
  unitCostLibrary,
} from "@insats/domain";
import { count, eq, inArray, isNull, and, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { recordAudit } from "../queries/audit.ts";
import { lookupOrganisations, organisationOf } from "../queries/content.ts";
import {
  initiativeRowValues,
  insertInitiativeParts,
  leadOrganisationRef,
  resolveInitiativeOrganisations,
} from "../queries/initiative-storage.ts";
import { insertNewsParts, newsRowValues, resolveNewsReferences } from "../queries/news-storage.ts";
import { getInitiativeById } from "../queries/initiatives.ts";
import { getNewsItemById } from "../queries/news.ts";
import { initiativeOfRecord, newsItemOfRecord } from "../queries/outputs.ts";
import { contentVersions } from "../schema/content-versions.ts";
import { initiatives } from "../schema/initiatives.ts";
import { newsItems } from "../schema/news.ts";
import { organisations } from "../schema/organisations.ts";
import { unitCosts } from "../schema/unit-costs.ts";
import { loadSeedContent } from "./content/index.ts";

/** How many rows each table holds after seeding (not how many the run added). */
export interface SeedCounts {
  organisations: number;
  initiatives: number;
  news: number;
  unitCosts: number;
}

/**
 * Seeds what is missing, in one transaction (under an advisory lock, so replicas starting together seed once), and
 * rewrites the unit-cost library from the domain's.
 * Initiatives and news items are published and owned by their lead organisation: the first `lead`, else the
 * first partner (news: the first publisher, author or organiser, else the first organisation named).
 */
export async function seedDatabase(db: Database): Promise<SeedCounts> {
  const content = loadSeedContent();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('insats.seed'))`);
    const added = { organisations: 0, initiatives: 0, news: 0, unitCosts: 0 };
    const now = new Date();

    const allOrganisations = [...referenceOrganisations(), ...content.organisations];
    const insertedOrganisations = await tx
      .insert(organisations)
      .values(
        allOrganisations.map((organisation) => ({
          slug: organisation.slug,
          kind: organisation.kind,
          nameSv: organisation.name.sv,
          nameEn: organisation.name.en,
          scbCode: organisation.scbCode ?? null,
          countyCode: organisation.countyCode ?? null,
          website: organisation.website ?? null,
          descriptionSv: organisation.description?.sv ?? null,
          descriptionEn: organisation.description?.en ?? null,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: organisations.id, slug: organisations.slug });
    added.organisations = insertedOrganisations.length;
    const newSlugs = new Set(insertedOrganisations.map((row) => row.slug));
    const withParents = content.organisations.flatMap(({ parent, ...organisation }) =>
      parent !== undefined && newSlugs.has(organisation.slug) ? [{ ...organisation, parent }] : [],
    );
    if (withParents.length > 0) {
      const found = await lookupOrganisations(tx, {
        refs: withParents.flatMap((organisation) => [organisation.parent, { slug: organisation.slug }]),
      });
      for (const organisation of withParents) {
        await tx
          .update(organisations)
          .set({ parentId: organisationOf(found, organisation.parent).id })
          .where(
            and(
              eq(organisations.id, organisationOf(found, { slug: organisation.slug }).id),
              isNull(organisations.parentId),
            ),
          );
      }
    }

    added.unitCosts = await syncUnitCostLibrary(tx);

    const presentInitiatives = new Set(
      (
        await tx
          .select({ slug: initiatives.slug })
          .from(initiatives)
          .where(
            inArray(
              initiatives.slug,
              content.initiatives.map((initiative) => initiative.slug),
            ),
          )
      ).map((row) => row.slug),
    );
    for (const initiative of content.initiatives) {
      if (presentInitiatives.has(initiative.slug)) continue;
      const found = await resolveInitiativeOrganisations(tx, initiative);
      const [row] = await tx
        .insert(initiatives)
        .values({
          ...initiativeRowValues(initiative, found),
          ownerOrganisationId: organisationOf(found, leadOrganisationRef(initiative)).id,
          published: true,
          publishedAt: now,
        })
        .returning({ id: initiatives.id });
      if (!row) throw new Error(`seeding initiative ${initiative.slug} returned no row`);
      await insertInitiativeParts(tx, row.id, initiative, found);
      const record = await getInitiativeById(tx, row.id);
      if (record) await recordSeededVersion(tx, "initiative", record, initiativeOfRecord(record));
      added.initiatives += 1;
    }

    const presentNews = new Set(
      (
        await tx
          .select({ slug: newsItems.slug })
          .from(newsItems)
          .where(
            inArray(
              newsItems.slug,
              content.news.map((item) => item.slug),
            ),
          )
      ).map((row) => row.slug),
    );
    for (const item of content.news) {
      if (presentNews.has(item.slug)) continue;
      const references = await resolveNewsReferences(tx, item);
      const [row] = await tx
        .insert(newsItems)
        .values({
          ...newsRowValues(item, references),
          ownerOrganisationId: organisationOf(references.found, newsOwnerRef(item)).id,
          published: true,
          publishedOnSiteAt: now,
        })
        .returning({ id: newsItems.id });
      if (!row) throw new Error(`seeding news item ${item.slug} returned no row`);
      await insertNewsParts(tx, row.id, item, references);
      const record = await getNewsItemById(tx, row.id);
      if (record) await recordSeededVersion(tx, "newsItem", record, newsItemOfRecord(record));
      added.news += 1;
    }

    if (Object.values(added).some((n) => n > 0)) {
      await recordAudit(tx, {
        actorUserId: null,
        organisationId: null,
        action: "content.seed",
        entity: "content",
        entityId: "*",
        details: { added },
      });
    }

    const total = async (
      table: typeof organisations | typeof initiatives | typeof newsItems | typeof unitCosts,
    ) => {
      const [row] = await tx.select({ n: count() }).from(table);
      return row?.n ?? 0;
    };
    return {
      organisations: await total(organisations),
      initiatives: await total(initiatives),
      news: await total(newsItems),
      unitCosts: await total(unitCosts),
    };
  });
}

/** Version 1 of seeded content in its history, so that later edits can be compared with it and restored to it. */
async function recordSeededVersion(
  tx: Database,
  entity: "initiative" | "newsItem",
  record: { id: string; ownerOrganisationId: string; version: number; published: boolean },
  content: Record<string, unknown>,
) {
  await tx.insert(contentVersions).values({
    entity,
    entityId: record.id,
    organisationId: record.ownerOrganisationId,
    version: record.version,
    action: `${entity}.create`,
    published: record.published,
    content,
    actorUserId: null,
  });
}

function newsOwnerRef(item: NewsItem): OrganisationRef {
  const link =
    item.organisations.find((candidate) => ["publisher", "author", "organiser"].includes(candidate.role)) ??
    item.organisations[0];
  if (!link) throw new Error(`news item ${item.slug} names no organisation to own it`);
  return link.organisation;
}

/**
 * The library is the domain's reference data, not content anyone edits (nothing refers to its rows): the table
 * follows it — missing entries are added, changed figures and texts written over, entries the library dropped
 * removed; an entry as the library has it is left alone. Returns how many were added.
 */
async function syncUnitCostLibrary(tx: Database): Promise<number> {
  const stored = new Map((await tx.select().from(unitCosts)).map((row) => [row.key, row]));
  const wanted = unitCostLibrary.map(unitCostValues);
  const dropped = [...stored.keys()].filter((key) => !wanted.some((values) => values.key === key));
  if (dropped.length > 0) await tx.delete(unitCosts).where(inArray(unitCosts.key, dropped));
  const missing = wanted.filter((values) => !stored.has(values.key));
  if (missing.length > 0) await tx.insert(unitCosts).values(missing);
  for (const values of wanted) {
    const row = stored.get(values.key);
    const changed =
      row &&
      (Object.keys(values) as (keyof typeof values)[]).some(
        (field) => !isDeepStrictEqual(row[field], values[field]),
      );
    if (changed) await tx.update(unitCosts).set(values).where(eq(unitCosts.key, values.key));
  }
  return missing.length;
}

function unitCostValues(unitCost: UnitCost) {
  return {
    key: unitCost.key,
    labelSv: unitCost.label.sv,
    labelEn: unitCost.label.en,
    unit: unitCost.unit,
    value: unitCost.value,
    low: unitCost.low ?? null,
    high: unitCost.high ?? null,
    priceYear: unitCost.priceYear,
    payers: unitCost.payers,
    geography: unitCost.geography,
    sourceSv: unitCost.source.sv,
    sourceEn: unitCost.source.en,
    noteSv: unitCost.note?.sv ?? null,
    noteEn: unitCost.note?.en ?? null,
  };
}
