// The public showcase and open data, over a seeded database: in-process and as REST over real HTTP.
import { seedDatabase } from "@insats/db";
import { unitCostLibrary } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startTestApi } from "../../test/server.ts";
import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";

let api: RunningApi;
let publicCaller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  api = await startTestApi({ prepare: async (database) => void (await seedDatabase(database.db)) });
  publicCaller = createCaller(createInnerContext({ db: api.database.db }));
});

afterAll(async () => {
  await api?.close();
});

const getJson = async (path: string) => {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("initiative procedures", () => {
  it("list the eight seeded initiatives, and search for språk finds Läs på recept first", async () => {
    expect((await publicCaller.initiative.list({})).total).toBe(8);
    const found = await publicCaller.initiative.list({ q: "språk" });
    expect(found.items[0]?.slug).toBe("las-pa-recept");
  });

  it("filter by county Gävleborg gives the three Gävleborg examples, and facets count them", async () => {
    const gavleborg = await publicCaller.initiative.list({ county: "21" });
    expect(gavleborg.items.map((item) => item.slug).sort()).toEqual(["forenade-i-rorelse", "las-pa-recept", "styrka-hela-livet"]);
    const facets = await publicCaller.initiative.facets({});
    expect(facets.county.find((entry) => entry.value === "21")?.count).toBe(3);
  });

  it("bySlug of an unknown initiative is NOT_FOUND", async () => {
    await expect(publicCaller.initiative.bySlug({ slug: "finns-inte" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("open data over HTTP", () => {
  it("GET /v1/initiatives/servicetrainee carries the effect range 0.44–0.54 and evidence level 4", async () => {
    const { status, body } = await getJson("/v1/initiatives/servicetrainee");
    expect(status).toBe(200);
    const [evaluation] = body.evaluations as { evidenceLevel: number; effect: { low: number; high: number } }[];
    expect(evaluation?.evidenceLevel).toBe(4);
    expect(evaluation?.effect.low).toBeCloseTo(0.44, 10);
    expect(evaluation?.effect.high).toBeCloseTo(0.54, 10);
  });

  it("GET /v1/initiatives takes the list's filters as query parameters and pages with nextCursor", async () => {
    const first = await getJson("/v1/initiatives?limit=5");
    expect(first.status).toBe(200);
    expect((first.body.items as unknown[]).length).toBe(5);
    const second = await getJson(`/v1/initiatives?limit=5&cursor=${encodeURIComponent(String(first.body.nextCursor))}`);
    expect((second.body.items as unknown[]).length).toBe(3);
    expect(second.body.nextCursor).toBeNull();
    const older = await getJson("/v1/initiatives?targetAge=85");
    expect((older.body.items as { slug: string }[]).map((item) => item.slug)).toContain("styrka-hela-livet");
    const searched = await getJson(`/v1/initiatives?q=${encodeURIComponent("språk")}`);
    expect((searched.body.items as { slug: string }[])[0]?.slug).toBe("las-pa-recept");
  });

  it("answers repeated searches and facets from the server's caches, and a write shows at once", async () => {
    const slugsFor = async (q: string) =>
      ((await getJson(`/v1/initiatives?q=${encodeURIComponent(q)}`)).body.items as { slug: string }[]).map((item) => item.slug);
    const before = (await getJson("/health")).body.caches as Record<string, Record<string, number>>;
    const found = await slugsFor("recept");
    expect(found).toContain("las-pa-recept");
    const facets = async () => (await getJson("/v1/initiative-facets?q=recept")).body.total;
    expect(await facets()).toBe(found.length);
    expect(api.showcaseCaches.searchMatches.held).toBeGreaterThan(0);
    expect(api.showcaseCaches.facetCounts.held).toBe(1);
    // Another writer than this API process (an editor on another replica, say): plain SQL on the database.
    const publish = async (published: boolean) => {
      const statement = `update initiatives set published = ${published} where slug = 'las-pa-recept'`;
      const database = api.database;
      if (database.kind === "pglite") await database.client.exec(statement);
      else await database.client.unsafe(statement);
    };
    await publish(false);
    try {
      expect(await slugsFor("recept")).toEqual(found.filter((slug) => slug !== "las-pa-recept"));
      expect(await facets()).toBe(found.length - 1);
    } finally {
      await publish(true);
    }
    expect(await slugsFor("recept")).toEqual(found);
    // /health shows what the caches did: the search went stale at each of the two writes, the facets at the first.
    const after = (await getJson("/health")).body.caches as Record<string, Record<string, number>>;
    expect(after.searchMatches!.stale! - before.searchMatches!.stale!).toBe(2);
    expect(after.facetCounts!.stale! - before.facetCounts!.stale!).toBe(1);
    expect(after.searchMatches!.read! - before.searchMatches!.read!).toBe(3);
  });

  it("GET /v1/news, /v1/unit-costs and /v1/organisations serve the seeded data", async () => {
    const news = await getJson("/v1/news");
    expect((news.body.items as unknown[]).length).toBeGreaterThanOrEqual(3);
    const unitCosts = await getJson("/v1/unit-costs");
    expect((unitCosts.body as unknown as unknown[]).length).toBe(unitCostLibrary.length);
    const regions = await getJson("/v1/organisations?kind=region&limit=100");
    expect(regions.body.total).toBe(21);
    const municipalities = await getJson("/v1/organisations?kind=municipality&limit=1");
    expect(municipalities.body.total).toBe(290);
  });

  it("bad query parameters are 400 with the problems, and unknown slugs 404, as JSON without stacks", async () => {
    const bad = await getJson("/v1/initiatives?minEvidenceLevel=9&limit=0");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
    const missing = await getJson("/v1/initiatives/finns-inte");
    expect(missing.status).toBe(404);
  });

  it("publishes an OpenAPI document with every open data path", async () => {
    const { status, body } = await getJson("/v1/openapi.json");
    expect(status).toBe(200);
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining([
        "/v1/initiatives",
        "/v1/initiatives/{slug}",
        "/v1/initiative-facets",
        "/v1/news",
        "/v1/news/{slug}",
        "/v1/unit-costs",
        "/v1/organisations",
        "/v1/organisations/{slug}",
      ]),
    );
  });
});
