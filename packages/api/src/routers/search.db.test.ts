// Searching the showcase over a seeded database: in-process and as REST under /v1.
import { seedDatabase } from "@insats/db";
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

describe("Menade du …?", () => {
  it("suggests the nearest search that finds something, in the reader's language", async () => {
    expect(await publicCaller.search.suggestion({ q: "servistrainy" })).toEqual({ suggestion: "Servicetrainee" });
    expect(await publicCaller.search.suggestion({ q: "elderli", language: "en" })).toEqual({ suggestion: "elderly" });
    expect(await publicCaller.search.suggestion({ q: "xyzzy" })).toEqual({ suggestion: null });
  });

  it("is open data under /v1, and a missing search text is a 400", async () => {
    const found = await getJson("/v1/search-suggestion?q=fallskdor");
    expect(found).toEqual({ status: 200, body: { suggestion: "fallskada" } });
    expect((await getJson("/v1/search-suggestion")).status).toBe(400);
    expect((await getJson(`/v1/search-suggestion?q=${"a".repeat(201)}`)).status).toBe(400);
    expect(Object.keys((await getJson("/v1/openapi.json")).body.paths as object)).toContain("/v1/search-suggestion");
  });
});

describe("På gång searched", () => {
  it("news.list takes q and language, and GET /v1/news?q= finds with accents left out", async () => {
    const found = await publicCaller.news.list({ q: "healthy learning", language: "en" });
    expect(found.items.map((item) => item.slug)).toEqual(["pulssmart-projekt"]);
    const { status, body } = await getJson("/v1/news?q=malmo");
    expect(status).toBe(200);
    expect((body.items as { slug: string }[])[0]?.slug).toBe("seminarium-sociala-investeringar-battre-att-forekomma");
    expect((await getJson("/v1/news?q=")).status).toBe(400);
  });

  it("suggests for news from the news items' words", async () => {
    expect(await publicCaller.search.newsSuggestion({ q: "seminariumm xyzzy" })).toEqual({ suggestion: "seminarium" });
    expect((await getJson("/v1/news-search-suggestion?q=seminariumm")).status).toBe(200);
  });
});

describe("one search of examples and news", () => {
  it("answers both lists with totals over tRPC and at /v1/search", async () => {
    const found = await publicCaller.search.all({ q: "pulssmart", limit: 5 });
    expect(found.initiatives.items.map((item) => item.slug)).toEqual(["pulssmart"]);
    expect(found.news.items.map((item) => item.slug)).toEqual(["pulssmart-projekt"]);
    const { status, body } = await getJson("/v1/search?q=seminariumm%20xyzzy");
    expect(status).toBe(200);
    expect(body).toMatchObject({ initiatives: { total: 0 }, news: { total: 0 }, suggestion: "seminarium" });
    expect((await getJson("/v1/search?q=malm%C3%B6&limit=0")).status).toBe(400);
  });
});
