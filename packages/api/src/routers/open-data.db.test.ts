// The public showcase and open data, over a seeded database: in-process and as REST over real HTTP.
import { loadSeedContent, seedDatabase } from "@insats/db";
import { unitCostLibrary } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startTestApi } from "../../test/server.ts";
import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";
import { forwardToApi, publicRequestHeaders, publicResponseHeaders } from "../forward.ts";
import { openDataCacheControl } from "../server/http.ts";

/** Counts follow the seed content, so that an edit of the content does not break these tests. */
const seededInitiatives = loadSeedContent().initiatives.length;

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
  it("list every seeded initiative, and search for språk finds Läs på recept first", async () => {
    expect(
      (await publicCaller.initiative.list({ limit: 100 })).items.map((item) => item.slug).sort(),
    ).toEqual(
      loadSeedContent()
        .initiatives.map((initiative) => initiative.slug)
        .sort(),
    );
    const found = await publicCaller.initiative.list({ q: "språk" });
    expect(found.items[0]?.slug).toBe("las-pa-recept");
  });

  it("filter by county Gävleborg gives the Gävleborg examples, and facets count them", async () => {
    const gavleborg = await publicCaller.initiative.list({ county: "21" });
    expect(gavleborg.items.map((item) => item.slug).sort()).toEqual([
      "forenade-i-rorelse",
      "las-pa-recept",
      "styrka-hela-livet",
    ]);
    const facets = await publicCaller.initiative.facets({});
    expect(facets.county.find((entry) => entry.value === "21")?.count).toBe(gavleborg.total);
  });

  it("bySlug of an unknown initiative is NOT_FOUND", async () => {
    await expect(publicCaller.initiative.bySlug({ slug: "finns-inte" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("open data over HTTP", () => {
  it("GET /v1/initiatives/servicetrainee carries the effect range 0.44–0.54 and evidence level 4", async () => {
    const { status, body } = await getJson("/v1/initiatives/servicetrainee");
    expect(status).toBe(200);
    const [evaluation] = body.evaluations as {
      evidenceLevel: number;
      effect: { low: number; high: number };
    }[];
    expect(evaluation?.evidenceLevel).toBe(4);
    expect(evaluation?.effect.low).toBeCloseTo(0.44, 10);
    expect(evaluation?.effect.high).toBeCloseTo(0.54, 10);
  });

  it("GET /v1/initiatives takes the list's filters as query parameters and pages with nextCursor", async () => {
    const first = await getJson("/v1/initiatives?limit=5");
    expect(first.status).toBe(200);
    expect((first.body.items as unknown[]).length).toBe(5);
    const second = await getJson(
      `/v1/initiatives?limit=5&cursor=${encodeURIComponent(String(first.body.nextCursor))}`,
    );
    expect((second.body.items as unknown[]).length).toBe(seededInitiatives - 5);
    expect(second.body.nextCursor).toBeNull();
    const older = await getJson("/v1/initiatives?targetAge=85");
    expect((older.body.items as { slug: string }[]).map((item) => item.slug)).toContain("styrka-hela-livet");
    const searched = await getJson(`/v1/initiatives?q=${encodeURIComponent("språk")}`);
    expect((searched.body.items as { slug: string }[])[0]?.slug).toBe("las-pa-recept");
  });

  it("a write by another process shows in searches and facets at once", async () => {
    const slugsFor = async (q: string) =>
      ((await getJson(`/v1/initiatives?q=${encodeURIComponent(q)}`)).body.items as { slug: string }[]).map(
        (item) => item.slug,
      );
    const found = await slugsFor("recept");
    expect(found).toContain("las-pa-recept");
    const facets = async () => (await getJson("/v1/initiative-facets?q=recept")).body.total;
    expect(await facets()).toBe(found.length);
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

  it("every open data read carries a public Cache-Control and a strong ETag, and a matching If-None-Match is a 304", async () => {
    const paths = [
      "/v1/initiatives?limit=5",
      `/v1/initiatives?q=${encodeURIComponent("språk")}`,
      "/v1/initiatives/servicetrainee",
      "/v1/initiative-facets?county=21",
      "/v1/news",
      "/v1/unit-costs",
      "/v1/organisations?kind=region",
      "/v1/openapi.json",
    ];
    for (const path of paths) {
      const first = await fetch(`${api.url}${path}`);
      const body = await first.text();
      expect(first.status, path).toBe(200);
      const tag = first.headers.get("etag");
      expect(tag, path).toMatch(/^"[\w+/=-]+"$/);
      expect(first.headers.get("cache-control"), path).toBe(
        path === "/v1/openapi.json" ? "public, max-age=300" : openDataCacheControl,
      );
      // The same answer again: the same tag (a strong one names the bytes).
      const again = await fetch(`${api.url}${path}`);
      expect(await again.text(), path).toBe(body);
      expect(again.headers.get("etag"), path).toBe(tag);
      const revalidated = await fetch(`${api.url}${path}`, { headers: { "if-none-match": tag! } });
      expect(revalidated.status, path).toBe(304);
      expect(await revalidated.text(), path).toBe("");
      expect(revalidated.headers.get("etag"), path).toBe(tag);
      expect(revalidated.headers.get("cache-control"), path).toBe(first.headers.get("cache-control"));
      const otherTag = await fetch(`${api.url}${path}`, { headers: { "if-none-match": '"something-else"' } });
      expect(otherTag.status, path).toBe(200);
    }
  });

  it("a changed answer has another ETag, so a cache holding the old one gets the new answer", async () => {
    const path = "/v1/initiatives/las-pa-recept";
    const before = await fetch(`${api.url}${path}`);
    const tag = before.headers.get("etag")!;
    const statement = "update initiatives set version = version + 1 where slug = 'las-pa-recept'";
    const database = api.database;
    if (database.kind === "pglite") await database.client.exec(statement);
    else await database.client.unsafe(statement);
    const after = await fetch(`${api.url}${path}`, { headers: { "if-none-match": tag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(tag);
    expect(((await after.json()) as { version: number }).version).toBe(
      ((await before.json()) as { version: number }).version + 1,
    );
  });

  it("through the showcase's forwarder: the ETag and Cache-Control come back, and If-None-Match gets the 304", async () => {
    // As the showcase's /api/v1 route handler passes a visitor's request on (apps/showcase/src/api/forward.ts).
    const viaShowcase = (path: string, headers: Record<string, string> = {}) => {
      const request = new Request(`http://showcase.test/api${path}`, {
        headers: { ...headers, cookie: "x=1" },
      });
      const passed = new Headers();
      for (const name of publicRequestHeaders) {
        const value = request.headers.get(name);
        if (value !== null) passed.set(name, value);
      }
      return forwardToApi(request, {
        target: `${api.url}${path}`,
        headers: passed,
        identity: { secret: undefined, trustedHops: 1 },
        responseHeaders: publicResponseHeaders,
      });
    };
    const first = await viaShowcase("/v1/initiatives?county=21");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe(openDataCacheControl);
    const tag = first.headers.get("etag");
    expect(tag).toBe((await fetch(`${api.url}/v1/initiatives?county=21`)).headers.get("etag"));
    const direct = await publicCaller.initiative.list({ county: "21" });
    expect(((await first.json()) as { total: number }).total).toBe(direct.total);
    const revalidated = await viaShowcase("/v1/initiatives?county=21", { "if-none-match": tag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(tag);
    expect(revalidated.headers.get("cache-control")).toBe(openDataCacheControl);
    expect(await revalidated.text()).toBe("");
  });

  it("errors are not cached publicly", async () => {
    for (const path of ["/v1/initiatives?limit=0", "/v1/initiatives/finns-inte"]) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.headers.get("cache-control"), path).toBeNull();
      expect(response.headers.get("etag"), path).toBeNull();
    }
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
