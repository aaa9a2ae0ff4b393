// "På gång": the public list, one item by slug, and the editors' writes.
import { type NewsItemInput, newsItemSchema } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ConflictError, InvalidCursorError, NotFoundError, ValidationError } from "../errors.ts";
import { seedDatabase } from "../seed/seed.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import { createNewsItem, getNewsItemBySlug, listNews, setNewsItemPublished, updateNewsItem } from "./news.ts";
import { createInitiative, getInitiativeBySlug } from "./initiatives.ts";
import { initiativeOfRecord, newsItemOfRecord, newsItemRecordSchema, newsPageSchema } from "./outputs.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});

afterAll(async () => {
  await t?.close();
});

const text = (sv: string, en = `${sv} (en)`) => ({ sv, en });

function draft(tenant: TestTenant, slug: string): NewsItemInput {
  return {
    slug,
    kind: "seminar",
    title: text("Seminarium om sociala investeringar"),
    summary: text("Ett seminarium om hur kommuner arbetar med sociala investeringar."),
    body: text("Program och talare.\n\nAnmälan senast en vecka före."),
    highlights: [text("Vad säger forskningen?")],
    eventDate: "2031-03-14",
    durationMinutes: 90,
    place: "Gävle",
    authors: ["A. Författare"],
    organisations: [
      { organisation: { slug: tenant.organisation.slug }, role: "organiser" },
      { organisation: { scbCode: "2180" }, role: "partner" },
    ],
    sources: [{ title: "Inbjudan", url: "https://example.org/inbjudan" }],
    relatedInitiativeSlug: "las-pa-recept",
  };
}

describe("listNews", () => {
  it("lists published items newest first, a page at a time, by kind too", async () => {
    const page = await listNews(t.db);
    expect(newsPageSchema.parse(page)).toEqual(page);
    expect(page.total).toBe(3);
    expect(
      page.items
        .slice(0, 2)
        .map((item) => item.slug)
        .sort(),
    ).toEqual(["eso-rapport-med-framtiden-for-sig", "seminarium-sociala-investeringar-battre-att-forekomma"]);
    expect(page.items[2]).toMatchObject({
      slug: "pulssmart-projekt",
      kind: "project",
      sortDate: "2019-08",
      relatedInitiativeSlug: "pulssmart",
      period: { start: "2019-08", end: "2022-06" },
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 5; pages += 1) {
      const next = await listNews(t.db, { limit: 1, cursor });
      seen.push(...next.items.map((item) => item.slug));
      if (!next.nextCursor) break;
      cursor = next.nextCursor;
    }
    expect(seen).toEqual(page.items.map((item) => item.slug));
    expect((await listNews(t.db, { kind: "report" })).items.map((item) => item.reportNumber)).toEqual([
      "ESO 2020:1",
    ]);
    await expect(listNews(t.db, { kind: "podcast" as never })).rejects.toBeInstanceOf(ValidationError);
    await expect(listNews(t.db, { cursor: "nope" })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe("news writes", () => {
  it("create, update and publish with version and owner checks; unpublished items stay hidden", async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const input = draft(tenant, `seminarium-${tenant.organisation.slug}`);
    const created = await createNewsItem(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      newsItem: input,
    });
    expect(newsItemRecordSchema.parse(created)).toEqual(created);
    expect(created).toMatchObject({ version: 1, published: false, publishedOnSiteAt: null });
    expect(newsItemOfRecord(created)).toEqual(newsItemSchema.parse(input));
    expect(created.resolvedOrganisations["scb:2180"]?.name.sv).toBe("Gävle kommun");
    expect(await getNewsItemBySlug(t.db, { slug: created.slug })).toBeNull();
    expect((await listNews(t.db)).total).toBe(3);
    expect(
      (await listNews(t.db, { includeUnpublished: true, ownerOrganisationId: tenant.organisation.id })).items,
    ).toHaveLength(1);

    const changed = { ...newsItemOfRecord(created), title: text("Nytt datum"), eventDate: "2031-04-01" };
    const ref = { slug: created.slug, userId: tenant.editor.id, newsItem: changed };
    await expect(
      updateNewsItem(t.db, { ...ref, organisationId: other.organisation.id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const updated = await updateNewsItem(t.db, {
      ...ref,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
    });
    expect(updated.version).toBe(2);
    expect(newsItemOfRecord(updated)).toEqual(newsItemSchema.parse(changed));
    await expect(
      updateNewsItem(t.db, { ...ref, organisationId: tenant.organisation.id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);

    const publish = { slug: created.slug, userId: tenant.editor.id, published: true };
    await expect(
      setNewsItemPublished(t.db, { ...publish, organisationId: other.organisation.id, expectedVersion: 2 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const published = await setNewsItemPublished(t.db, {
      ...publish,
      organisationId: tenant.organisation.id,
      expectedVersion: 2,
    });
    expect(published).toMatchObject({ published: true, version: 3, publishedOnSiteAt: expect.any(String) });
    const list = await listNews(t.db);
    expect(list.total).toBe(4);
    // 2031 is the newest date.
    expect(list.items[0]?.slug).toBe(created.slug);
    expect(await getNewsItemBySlug(t.db, { slug: created.slug })).toEqual(published);
    const hidden = await setNewsItemPublished(t.db, {
      ...publish,
      published: false,
      organisationId: tenant.organisation.id,
      expectedVersion: 3,
    });
    expect(hidden).toMatchObject({ published: false, version: 4 });
    expect((await listNews(t.db)).total).toBe(3);
  });

  it("rejects unknown related initiatives and organisations, invalid items and taken slugs", async () => {
    const tenant = await createTestTenant(t.db);
    const base = draft(tenant, `avvisad-${tenant.organisation.slug}`);
    const write = (newsItem: NewsItemInput) =>
      createNewsItem(t.db, { organisationId: tenant.organisation.id, userId: tenant.editor.id, newsItem });
    const issues = async (newsItem: NewsItemInput) =>
      ((await write(newsItem).catch((error: unknown) => error)) as ValidationError).issues;
    expect(await issues({ ...base, relatedInitiativeSlug: "no-such-initiative" })).toEqual([
      { path: "relatedInitiativeSlug", message: "No initiative has the slug no-such-initiative" },
    ]);
    expect(
      await issues({ ...base, organisations: [{ organisation: { slug: "nobody" }, role: "author" }] }),
    ).toEqual([{ path: "organisations.0.organisation", message: "No organisation slug:nobody is stored" }]);
    expect(await issues({ ...base, eventDate: undefined })).toEqual([
      { path: "publishedAt", message: "Give publishedAt, eventDate or a period with a start" },
    ]);
    expect(await issues({ ...base, slug: "pulssmart-projekt" })).toEqual([
      { path: "slug", message: "Another news item has the slug pulssmart-projekt" },
    ]);
    expect(await getNewsItemBySlug(t.db, { slug: base.slug, includeUnpublished: true })).toBeNull();
  });

  it("relates only to a published initiative or the owner's own draft, whose slug the public does not see", async () => {
    const [owner, stranger] = [await createTestTenant(t.db), await createTestTenant(t.db)];
    const seeded = await getInitiativeBySlug(t.db, { slug: "las-pa-recept" });
    if (!seeded) throw new Error("the seed has no las-pa-recept");
    const draftSlug = `utkast-${owner.organisation.slug}`;
    await createInitiative(t.db, {
      organisationId: owner.organisation.id,
      userId: owner.editor.id,
      initiative: { ...initiativeOfRecord(seeded), slug: draftSlug },
    });
    // The stranger is told what it is told of a slug nobody has: the draft does not exist for it.
    const refused = await createNewsItem(t.db, {
      organisationId: stranger.organisation.id,
      userId: stranger.editor.id,
      newsItem: {
        ...draft(stranger, `fraga-${stranger.organisation.slug}`),
        relatedInitiativeSlug: draftSlug,
      },
    }).catch((error: unknown) => error);
    expect((refused as ValidationError).issues).toEqual([
      { path: "relatedInitiativeSlug", message: `No initiative has the slug ${draftSlug}` },
    ]);
    const item = await createNewsItem(t.db, {
      organisationId: owner.organisation.id,
      userId: owner.editor.id,
      newsItem: { ...draft(owner, `nyhet-${owner.organisation.slug}`), relatedInitiativeSlug: draftSlug },
    });
    expect(item.relatedInitiativeSlug).toBe(draftSlug);
    await setNewsItemPublished(t.db, {
      slug: item.slug,
      organisationId: owner.organisation.id,
      userId: owner.editor.id,
      published: true,
      expectedVersion: item.version,
    });
    const published = await getNewsItemBySlug(t.db, { slug: item.slug });
    expect(published?.slug).toBe(item.slug);
    expect(published).not.toHaveProperty("relatedInitiativeSlug");
  });
});
