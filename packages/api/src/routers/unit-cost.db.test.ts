// /v1/unit-costs?municipality= and unitCost.list: the national library plus the municipality's and the nation's
// Kolada figures, each with source, price year, geography and payer; described in the OpenAPI document.
import {
  getOrganisationByScbCode,
  koladaUnitCosts,
  listUnitCosts,
  memberships,
  seedDatabase,
} from "@insats/db";
import { createTestTenant, createTestUser } from "@insats/db/testing";
import { unitCostByKey } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startTestApi } from "../../test/server.ts";
import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";

const hvb = "Kostnad/vårddygn för institutionsvård av barn och unga 0-20 år, kr (genomsnitt)";
const fetchedAt = new Date("2026-03-01T02:00:00Z");

let api: RunningApi;
let caller: ReturnType<typeof createCaller>;
let librarySize: number;
let plannerInNorrkoping: ReturnType<typeof createCaller>;
let plannerElsewhere: ReturnType<typeof createCaller>;

beforeAll(async () => {
  api = await startTestApi({
    prepare: async (database) => {
      await seedDatabase(database.db);
      await database.db.insert(koladaUnitCosts).values([
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0581", year: 2023, value: 4_321, fetchedAt },
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0581", year: 2022, value: 4_100, fetchedAt },
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0000", year: 2023, value: 3_900, fetchedAt },
        // Two more of Östergötland's municipalities, for the county's median.
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0580", year: 2023, value: 4_700, fetchedAt },
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0583", year: 2023, value: 3_000, fetchedAt },
        // Another county's municipality: neither listed nor in the median.
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0180", year: 2023, value: 5_555, fetchedAt },
      ]);
      librarySize = (await listUnitCosts(database.db)).length;
    },
  });
  caller = createCaller(createInnerContext({ db: api.database.db }));
  const db = api.database.db;
  const norrkoping = await getOrganisationByScbCode(db, { scbCode: "0581" });
  const planner = await createTestUser(db, "planner-norrkoping");
  await db
    .insert(memberships)
    .values({ userId: planner.id, organisationId: norrkoping!.id, role: "planner" });
  plannerInNorrkoping = createCaller(
    createInnerContext({
      db,
      session: { userId: planner.id, email: planner.email, name: planner.name },
      organisationId: norrkoping!.id,
    }),
  );
  // An organisation without an SCB code (as a fund is).
  const fund = await createTestTenant(db, "fund");
  plannerElsewhere = createCaller(
    createInnerContext({
      db,
      session: { userId: fund.planner.id, email: fund.planner.email, name: fund.planner.name },
      organisationId: fund.organisation.id,
    }),
  );
});

afterAll(async () => {
  await api?.close();
});

const getJson = async (path: string) => {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, body: (await response.json()) };
};

describe("unit costs with a municipality", () => {
  it("without one: the national library only, as before", async () => {
    const { status, body } = await getJson("/v1/unit-costs");
    expect(status).toBe(200);
    expect((body as { key: string; kolada?: unknown }[]).map((entry) => entry.kolada)).toEqual(
      new Array(librarySize).fill(undefined),
    );
    expect(await caller.unitCost.list()).toEqual(body);
    // Each library entry with its source, and its note where it has one, in Swedish and English.
    const bbic = (body as { key: string }[]).find((entry) => entry.key === "bbic_utredning");
    expect(bbic).toMatchObject({
      source: unitCostByKey("bbic_utredning").source,
      note: {
        sv: "Personalkostnad enligt SCB:s lönestatistik med arbetsgivaravgift; lokaler ingår inte",
        en: "Staff cost from SCB's wage statistics with employer's contributions; premises are not included",
      },
    });
  });

  it("GET /v1/unit-costs?municipality=0581: the library, then Norrköping's, Östergötland's median and the nation's Kolada figures", async () => {
    const { status, body } = await getJson("/v1/unit-costs?municipality=0581");
    expect(status).toBe(200);
    const entries = body as Record<string, unknown>[];
    expect(entries).toHaveLength(librarySize + 5);
    expect(entries.slice(librarySize)).toEqual([
      {
        key: "kolada_n33100_0581_2023",
        label: { sv: hvb, en: "Institutional care (HVB) of children and young people 0–20, per care day" },
        unit: "care-day",
        value: 4_321,
        priceYear: 2023,
        payers: { municipality: 1 },
        geography: "Norrköping",
        source: { sv: `Kolada, N33100 ${hvb}, 2023`, en: `Kolada, N33100 “${hvb}” (title in Swedish), 2023` },
        kolada: { kpiId: "N33100", kpiTitle: hvb, municipality: "0581", year: 2023, scope: "municipality" },
      },
      expect.objectContaining({ key: "kolada_n33100_0581_2022", value: 4_100, priceYear: 2022 }),
      {
        key: "kolada_n33100_lan05_2023",
        label: { sv: hvb, en: "Institutional care (HVB) of children and young people 0–20, per care day" },
        unit: "care-day",
        // The middle of 3 000, 4 321 and 4 700; Stockholm's 5 555 is another county's.
        value: 4_321,
        priceYear: 2023,
        payers: { municipality: 1 },
        geography: "Östergötlands län",
        source: {
          sv: `Kolada, N33100 ${hvb}, 2023; median av 3 kommuner i Östergötlands län`,
          en: `Kolada, N33100 “${hvb}” (title in Swedish), 2023; median of 3 municipalities in Östergötlands län`,
        },
        kolada: {
          kpiId: "N33100",
          kpiTitle: hvb,
          year: 2023,
          scope: "countyMedian",
          countyCode: "05",
          municipalities: 3,
        },
      },
      expect.objectContaining({
        key: "kolada_n33100_lan05_2022",
        value: 4_100,
        kolada: expect.objectContaining({ municipalities: 1 }),
      }),
      expect.objectContaining({
        key: "kolada_n33100_0000_2023",
        value: 3_900,
        geography: "Sweden",
        kolada: expect.objectContaining({ scope: "nation" }),
      }),
    ]);
    expect(await caller.unitCost.list({ municipality: "0581" })).toEqual(body);
  });

  it("an unknown or malformed municipality is a 400 that names the parameter", async () => {
    for (const code of ["9999", "581", "norrkoping"]) {
      const { status, body } = await getJson(`/v1/unit-costs?municipality=${code}`);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toMatch(/municipality/);
    }
  });

  it("the OpenAPI document describes the parameter and the Kolada fields", async () => {
    const { body } = await getJson("/v1/openapi.json");
    const operation = (body as { paths: Record<string, { get: Record<string, unknown> }> }).paths[
      "/v1/unit-costs"
    ]!.get;
    const parameters = operation.parameters as { name: string; in: string; required?: boolean }[];
    expect(parameters).toEqual([
      expect.objectContaining({
        name: "municipality",
        in: "query",
        schema: expect.objectContaining({
          pattern: "^\\d{4}$",
          description: expect.stringMatching(/SCB code/),
        }),
      }),
    ]);
    expect(parameters[0]?.required ?? false).toBe(false);
    expect(JSON.stringify(operation.responses)).toMatch(/kpiTitle/);
    const entry = (
      operation.responses as Record<
        string,
        { content: Record<string, { schema: { items: { properties: Record<string, unknown> } } }> }
      >
    )["200"]!.content["application/json"]!.schema.items;
    for (const field of ["source", "note"]) {
      expect(entry.properties[field], field).toMatchObject({
        properties: { sv: expect.objectContaining({ type: "string" }), en: expect.objectContaining({ type: "string" }) },
      });
    }
    expect(operation.description).toMatch(/Swedish and English/);
    expect(operation.description).toMatch(/Källa: Kolada/);
  });
});

describe("unitCost.local: the planner's own organisation's Kolada figures", () => {
  it("for Norrköping's planner: Norrköping's, Östergötland's median and the nation's, as the open data gives them", async () => {
    const local = await plannerInNorrkoping.unitCost.local();
    expect(local.municipality).toBe("0581");
    expect(local.countyCode).toBe("05");
    expect(local.figures).toEqual((await caller.unitCost.list({ municipality: "0581" })).slice(librarySize));
  });

  it("an organisation without an SCB code gets the nation's figures only", async () => {
    const local = await plannerElsewhere.unitCost.local();
    expect(local).toMatchObject({ municipality: null, countyCode: null });
    expect(local.figures.map((entry) => entry.key)).toEqual(["kolada_n33100_0000_2023"]);
  });

  it("is for members only", async () => {
    await expect(caller.unitCost.local()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
