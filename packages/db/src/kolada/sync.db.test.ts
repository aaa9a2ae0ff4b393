// The Kolada sync against the loopback stand-in (stand-in.ts): paging, missing values, retries, timeouts, a failed
// sync leaving the previous figures, idempotency, and the time of a full sync.
import { swedishMunicipalities } from "@insats/domain";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { koladaUnitCosts } from "../schema/kolada-unit-costs.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import {
  generateStandInFigures,
  koladaKpiTitles,
  type KoladaStandIn,
  startKoladaStandIn,
} from "./stand-in.ts";
import { KoladaSyncError, type SyncKoladaOptions, syncKoladaUnitCosts } from "./sync.ts";

const titles = {
  N33100: "Kostnad/vårddygn för institutionsvård av barn och unga 0-20 år, kr (genomsnitt)",
  N33101: "Kostnad/vårddygn för familjehemsvård av barn och unga 0-20 år, kr (genomsnitt)",
};
const municipalities = ["0000", "0581", "0180"];
const years = [2022, 2023];

let t: TestDatabase;
let kolada: KoladaStandIn;

beforeAll(async () => {
  t = await createTestDatabase();
  kolada = await startKoladaStandIn({
    kpis: titles,
    figures: [],
    maxPerPage: 2, // 6 figures per KPI → 3 pages per request
    port: 4681,
  });
});

afterAll(async () => {
  await kolada?.close();
  await t?.close();
});

beforeEach(async () => {
  await t.db.delete(koladaUnitCosts);
  kolada.setFigures(generateStandInFigures(municipalities, Object.keys(titles), years));
  kolada.failNext(0);
  kolada.delayNext(0, 0);
  kolada.requests.length = 0;
});

const options = (extra: Partial<SyncKoladaOptions> = {}): SyncKoladaOptions => ({
  baseUrl: kolada.baseUrl,
  kpis: Object.keys(titles),
  years,
  backoffMs: 5,
  delayMs: 0,
  timeoutMs: 2_000,
  kpisPerRequest: 1,
  now: () => new Date("2026-03-01T02:00:00Z"),
  ...extra,
});

const stored = () =>
  t.db
    .select()
    .from(koladaUnitCosts)
    .orderBy(asc(koladaUnitCosts.kpiId), asc(koladaUnitCosts.municipality), asc(koladaUnitCosts.year));

describe("syncKoladaUnitCosts", () => {
  it("follows next_page and stores every figure with Kolada's title, the year and the municipality", async () => {
    const result = await syncKoladaUnitCosts(t.db, options());
    expect(result.figures).toBe(12);
    const dataRequests = kolada.requests.filter((path) => path.startsWith("/v3/data/"));
    expect(dataRequests).toHaveLength(6); // 2 KPIs × 3 pages
    expect(dataRequests.filter((path) => path.includes("page=3"))).toHaveLength(2);
    const rows = await stored();
    expect(rows).toHaveLength(12);
    const nation = rows.find(
      (row) => row.kpiId === "N33101" && row.municipality === "0000" && row.year === 2023,
    );
    const expected = generateStandInFigures(municipalities, Object.keys(titles), years).find(
      (figure) => figure.kpi === "N33101" && figure.municipality === "0000" && figure.period === 2023,
    );
    expect(nation).toMatchObject({ kpiTitle: titles.N33101, value: expected?.value });
    expect(nation?.fetchedAt.toISOString()).toBe("2026-03-01T02:00:00.000Z");
  });

  it("stores a value Kolada does not have as absent, never as 0", async () => {
    kolada.setFigures([
      { kpi: "N33100", municipality: "0581", period: 2023, value: 4_321 },
      { kpi: "N33100", municipality: "0180", period: 2023, value: null },
    ]);
    const result = await syncKoladaUnitCosts(t.db, options());
    expect(result).toMatchObject({ figures: 1, absent: 1 });
    const rows = await stored();
    expect(rows.map((row) => [row.municipality, row.value])).toEqual([["0581", 4_321]]);
  });

  it("retries a 5xx with back-off and then succeeds", async () => {
    kolada.failNext(2, 503);
    const result = await syncKoladaUnitCosts(t.db, options());
    expect(result.figures).toBe(12);
    expect(result.requests).toBe(2 + 2 + 6); // two failures, two metadata, six data pages
  });

  it("times out a slow answer and retries it", async () => {
    // The first answer would take 30 s; the sync must give up on it after 3 s and ask again. (The limit leaves
    // room for the other answers on a busy machine, where one of them may be timed out and retried too.)
    kolada.delayNext(1, 30_000);
    const started = performance.now();
    const result = await syncKoladaUnitCosts(t.db, options({ timeoutMs: 3_000, concurrency: 1 }));
    expect(result.figures).toBe(12);
    expect(result.requests).toBeGreaterThanOrEqual(1 + 2 + 6);
    expect(performance.now() - started).toBeLessThan(25_000);
  }, 90_000);

  it("gives up on a persistently failing Kolada and leaves the previous figures", async () => {
    await syncKoladaUnitCosts(t.db, options());
    const before = await stored();
    kolada.setFigures(
      generateStandInFigures(municipalities, Object.keys(titles), years).map((f) => ({ ...f, value: 1 })),
    );
    // Metadata (2 requests) succeeds, then every data request fails.
    kolada.failNext(0);
    const failing = syncKoladaUnitCosts(
      t.db,
      options({
        retries: 2,
        fetch: async (input, init) => {
          const url = String(input instanceof Request ? input.url : input);
          if (url.includes("page=2")) return new Response("{}", { status: 502 });
          return fetch(input, init);
        },
      }),
    );
    await expect(failing).rejects.toThrow(KoladaSyncError);
    await expect(failing).rejects.toThrow(/HTTP 502, 3 attempts/);
    expect(await stored()).toEqual(before);
  });

  it("refuses a 4xx without retrying", async () => {
    kolada.failNext(1, 404);
    await expect(syncKoladaUnitCosts(t.db, options({ concurrency: 1 }))).rejects.toThrow(/HTTP 404/);
    expect(kolada.requests).toHaveLength(1);
    expect(await stored()).toEqual([]);
  });

  it("is idempotent, and a second sync replaces the figures for those KPIs and years only", async () => {
    await t.db.insert(koladaUnitCosts).values({
      kpiId: "N33100",
      kpiTitle: titles.N33100,
      municipality: "0581",
      year: 2019,
      value: 999,
      fetchedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const first = await syncKoladaUnitCosts(t.db, options());
    const afterFirst = await stored();
    const second = await syncKoladaUnitCosts(t.db, options());
    expect(second).toMatchObject({ figures: first.figures, replaced: first.figures });
    expect(await stored()).toEqual(afterFirst);
    expect(afterFirst.filter((row) => row.year === 2019).map((row) => row.value)).toEqual([999]);
  });

  it("refuses an unknown KPI", async () => {
    await expect(syncKoladaUnitCosts(t.db, options({ kpis: ["N99999"] }))).rejects.toThrow(
      /knows no KPI N99999/,
    );
  });
});

describe("a full sync: 290 municipalities × 5 KPIs × 5 years", () => {
  it("writes every figure, and reports its time", async () => {
    // Five of the configured KPIs (kpis.ts), with Kolada's titles.
    const kpis = ["N33100", "N33101", "N23009", "N21819", "N31006"] as const;
    const fiveYears = [2019, 2020, 2021, 2022, 2023];
    const codes = ["0000", ...swedishMunicipalities.map((municipality) => municipality.code)].slice(0, 290);
    const full = await startKoladaStandIn({
      kpis: Object.fromEntries(kpis.map((id) => [id, koladaKpiTitles[id]])),
      figures: generateStandInFigures(codes, kpis, fiveYears, 50),
      maxPerPage: 1_000,
      port: 4682,
    });
    try {
      const started = performance.now();
      // The production defaults for rate and batching (2 in flight, 200 ms apart), without retries' waits.
      const result = await syncKoladaUnitCosts(t.db, {
        baseUrl: full.baseUrl,
        kpis,
        years: fiveYears,
        kpisPerRequest: 1,
      });
      const seconds = (performance.now() - started) / 1_000;
      console.info(
        `full Kolada sync against the stand-in: ${result.figures} figures (${result.absent} absent), ` +
          `${result.requests} requests, ${seconds.toFixed(2)} s`,
      );
      expect(result.figures + result.absent).toBe(290 * 5 * 5);
      expect(result.absent).toBe(145);
      expect(await t.db.$count(koladaUnitCosts)).toBe(result.figures);
    } finally {
      await full.close();
    }
  }, 60_000);
});
