// The seed: complete, faithful to the content, idempotent, and never overwriting editors' changes.
import { referenceOrganisations, unitCostByKey, unitCostLibrary } from "@insats/domain";
import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getInitiativeBySlug, updateInitiative } from "../queries/initiatives.ts";
import { getNewsItemBySlug, listNews } from "../queries/news.ts";
import { getOrganisationBySlug } from "../queries/organisations.ts";
import {
  initiativeOfRecord,
  initiativeRecordSchema,
  newsItemOfRecord,
  newsItemRecordSchema,
} from "../queries/outputs.ts";
import { listUnitCosts } from "../queries/unit-costs.ts";
import { auditLog } from "../schema/audit.ts";
import { initiatives } from "../schema/initiatives.ts";
import { newsItems } from "../schema/news.ts";
import { organisations } from "../schema/organisations.ts";
import { unitCosts } from "../schema/unit-costs.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestUser } from "../testing/tenant.ts";
import { loadSeedContent } from "./content/index.ts";
import { seedDatabase } from "./seed.ts";

let t: TestDatabase;
const content = loadSeedContent();

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

async function snapshot() {
  return {
    organisations: await t.db.select().from(organisations).orderBy(asc(organisations.id)),
    initiatives: await Promise.all(
      content.initiatives.map((item) =>
        getInitiativeBySlug(t.db, { slug: item.slug, includeUnpublished: true }),
      ),
    ),
    news: await Promise.all(
      content.news.map((item) => getNewsItemBySlug(t.db, { slug: item.slug, includeUnpublished: true })),
    ),
    unitCosts: await t.db.select().from(unitCosts).orderBy(asc(unitCosts.key)),
    seedAudits: (
      await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, "content.seed"))
    )[0]?.n,
  };
}

describe("seedDatabase", () => {
  it("seeds all municipalities, regions, organisations, unit costs, initiatives and news items", async () => {
    const counts = await seedDatabase(t.db);
    expect(counts).toEqual({
      organisations: 290 + 21 + content.organisations.length,
      initiatives: 8,
      news: content.news.length,
      unitCosts: unitCostLibrary.length,
    });
    expect(content.news.length).toBe(3);
    const byKind = await t.db
      .select({ kind: organisations.kind, n: count() })
      .from(organisations)
      .where(isNotNull(organisations.scbCode))
      .groupBy(organisations.kind);
    expect(Object.fromEntries(byKind.map((row) => [row.kind, row.n]))).toEqual({
      municipality: 290,
      region: 21,
    });
    expect(referenceOrganisations()).toHaveLength(311);

    expect(await getOrganisationBySlug(t.db, { slug: "hudiksvall-kommun" })).toMatchObject({
      kind: "municipality",
      scbCode: "2184",
      countyCode: "21",
      name: { sv: "Hudiksvalls kommun", en: "Hudiksvall Municipality" },
      parentSlug: null,
    });
    expect(await getOrganisationBySlug(t.db, { slug: "logopedenheten-gavle-sjukhus" })).toEqual({
      id: expect.any(String),
      slug: "logopedenheten-gavle-sjukhus",
      kind: "other",
      name: content.organisations[0]?.name,
      scbCode: null,
      countyCode: "21",
      website: null,
      description: content.organisations[0]?.description,
      parentSlug: "region-gavleborg",
    });

    const published = await t.db
      .select({ n: count() })
      .from(initiatives)
      .where(eq(initiatives.published, true));
    expect(published[0]?.n).toBe(8);
    expect((await listNews(t.db)).total).toBe(3);
  });

  it("stores every initiative and news item exactly as the content has it", async () => {
    for (const expected of content.initiatives) {
      const record = await getInitiativeBySlug(t.db, { slug: expected.slug });
      expect(record, expected.slug).not.toBeNull();
      expect(initiativeRecordSchema.parse(record)).toEqual(record);
      expect(initiativeOfRecord(record!)).toEqual(expected);
    }
    for (const expected of content.news) {
      const record = await getNewsItemBySlug(t.db, { slug: expected.slug });
      expect(newsItemRecordSchema.parse(record)).toEqual(record);
      expect(newsItemOfRecord(record!)).toEqual(expected);
    }
    expect(await listUnitCosts(t.db)).toEqual([...unitCostLibrary].sort((a, b) => (a.key < b.key ? -1 : 1)));
  });

  it("keeps the grouping of the source pages and gives each initiative its lead organisation as owner", async () => {
    const rows = await t.db
      .select({ slug: initiatives.slug, group: initiatives.showcaseGroup, owner: organisations.slug })
      .from(initiatives)
      .innerJoin(organisations, eq(organisations.id, initiatives.ownerOrganisationId))
      .orderBy(asc(initiatives.slug));
    expect(rows).toEqual([
      { slug: "el-sistema-orebro", group: "national", owner: "orebro-kommun" },
      { slug: "forenade-i-rorelse", group: "gavleborg", owner: "hudiksvall-kommun" },
      { slug: "halsoframjande-insatser-for-seniorer", group: "national", owner: "ostersund-kommun" },
      { slug: "las-pa-recept", group: "gavleborg", owner: "region-gavleborg" },
      { slug: "pulssmart", group: "pagang", owner: "uppdrag-psykisk-halsa" },
      { slug: "servicetrainee", group: "national", owner: "norrkoping-kommun" },
      { slug: "skolfam-orebro", group: "national", owner: "orebro-kommun" },
      { slug: "styrka-hela-livet", group: "gavleborg", owner: "hudiksvall-kommun" },
    ]);
    const news = await t.db
      .select({ slug: newsItems.slug, owner: organisations.slug })
      .from(newsItems)
      .innerJoin(organisations, eq(organisations.id, newsItems.ownerOrganisationId))
      .orderBy(asc(newsItems.slug));
    expect(news.map((row) => row.owner)).toEqual(["eso", "uppdrag-psykisk-halsa", "eso"]);
  });

  it("changes nothing when run again, also when runs overlap", async () => {
    const before = await snapshot();
    const counts = await Promise.all([seedDatabase(t.db), seedDatabase(t.db)]);
    expect(counts[0]).toEqual(counts[1]);
    expect(await snapshot()).toEqual(before);
  });

  it("leaves an editor's later changes to seeded content alone and restores what was removed", async () => {
    const editor = await createTestUser(t.db, "seed-editor");
    const hudiksvall = await getOrganisationBySlug(t.db, { slug: "hudiksvall-kommun" });
    const current = await getInitiativeBySlug(t.db, { slug: "styrka-hela-livet" });
    const edited = await updateInitiative(t.db, {
      slug: "styrka-hela-livet",
      organisationId: hudiksvall!.id,
      userId: editor.id,
      expectedVersion: current!.version,
      initiative: {
        ...initiativeOfRecord(current!),
        title: { sv: "Styrka hela livet i Hudiksvall", en: "Strength for life in Hudiksvall" },
        status: "completed",
      },
    });
    await t.db
      .update(organisations)
      .set({ nameEn: "Nordanstig (edited)" })
      .where(eq(organisations.slug, "nordanstig-kommun"));
    await t.db.delete(unitCosts).where(eq(unitCosts.key, "bbic_utredning"));

    const counts = await seedDatabase(t.db);
    expect(counts.unitCosts).toBe(unitCostLibrary.length);
    expect(await getInitiativeBySlug(t.db, { slug: "styrka-hela-livet" })).toEqual(edited);
    const nordanstig = await getOrganisationBySlug(t.db, { slug: "nordanstig-kommun" });
    expect(nordanstig?.name.en).toBe("Nordanstig (edited)");
    const [restored] = await t.db
      .select({ n: count() })
      .from(unitCosts)
      .where(and(eq(unitCosts.key, "bbic_utredning"), eq(unitCosts.value, 30561)));
    expect(restored?.n).toBe(1);
  });

  it("keeps the unit-cost library in step with the domain's: stale texts rewritten, dropped entries removed", async () => {
    // As the migration to bilingual sources left a database: one text in both languages, and an entry since dropped.
    await t.db
      .update(unitCosts)
      .set({ sourceEn: "SKL Psynk standard price list 2015", noteSv: null, noteEn: null })
      .where(eq(unitCosts.key, "bbic_utredning"));
    const [bbic] = await t.db.select().from(unitCosts).where(eq(unitCosts.key, "bbic_utredning"));
    await t.db
      .insert(unitCosts)
      .values({ ...bbic!, key: "hoftfraktur_forsta_aret", value: 300_000, priceYear: null });

    await seedDatabase(t.db);
    expect(await listUnitCosts(t.db)).toEqual([...unitCostLibrary].sort((a, b) => (a.key < b.key ? -1 : 1)));
    const [bbicNow] = await t.db.select().from(unitCosts).where(eq(unitCosts.key, "bbic_utredning"));
    expect(bbicNow?.sourceEn).toBe(unitCostByKey("bbic_utredning").source.en);
    expect(bbicNow?.noteEn).toBe(
      "Staff cost from SCB's wage statistics with employer's contributions; premises are not included",
    );
  });
});
