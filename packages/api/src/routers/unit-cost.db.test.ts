// /v1/unit-costs?municipality= and unitCost.list: the national library plus the municipality's and the nation's
// Kolada figures, each with source, price year, geography and payer; described in the OpenAPI document.
import { koladaUnitCosts, listUnitCosts, seedDatabase } from "@insats/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApi, startTestApi } from "../../test/server.ts";
import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";

const hvb = "Kostnad/vårddygn för institutionsvård av barn och unga 0-20 år, kr (genomsnitt)";
const fetchedAt = new Date("2026-03-01T02:00:00Z");

let api: RunningApi;
let caller: ReturnType<typeof createCaller>;
let librarySize: number;

beforeAll(async () => {
  api = await startTestApi({
    prepare: async (database) => {
      await seedDatabase(database.db);
      await database.db.insert(koladaUnitCosts).values([
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0581", year: 2023, value: 4_321, fetchedAt },
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0581", year: 2022, value: 4_100, fetchedAt },
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0000", year: 2023, value: 3_900, fetchedAt },
        // Another municipality's figure must not appear.
        { kpiId: "N33100", kpiTitle: hvb, municipality: "0180", year: 2023, value: 5_555, fetchedAt },
      ]);
      librarySize = (await listUnitCosts(database.db)).length;
    },
  });
  caller = createCaller(createInnerContext({ db: api.database.db }));
});

afterAll(async () => {
  await api?.close();
});

const getJson = async (path: string) => {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
};

describe("unit costs with a municipality", () => {
  it("without one: the national library only, as before", async () => {
    const { status, body } = await getJson("/v1/unit-costs");
    expect(status).toBe(200);
    expect((body as { key: string; kolada?: unknown }[]).map((entry) => entry.kolada)).toEqual(
      new Array(librarySize).fill(undefined),
    );
    expect(await caller.unitCost.list()).toEqual(body);
  });

  it("GET /v1/unit-costs?municipality=0581: the library, then Norrköping's and the nation's Kolada figures", async () => {
    const { status, body } = await getJson("/v1/unit-costs?municipality=0581");
    expect(status).toBe(200);
    const entries = body as Record<string, unknown>[];
    expect(entries).toHaveLength(librarySize + 3);
    expect(entries.slice(librarySize)).toEqual([
      {
        key: "kolada_n33100_0581_2023",
        label: { sv: hvb, en: "Institutional care (HVB) of children and young people 0–20, per care day" },
        unit: "care-day",
        value: 4_321,
        priceYear: 2023,
        payers: { municipality: 1 },
        geography: "Norrköping",
        source: `Kolada, N33100 ${hvb}, 2023`,
        kolada: { kpiId: "N33100", kpiTitle: hvb, municipality: "0581", year: 2023 },
      },
      expect.objectContaining({ key: "kolada_n33100_0581_2022", value: 4_100, priceYear: 2022 }),
      expect.objectContaining({ key: "kolada_n33100_0000_2023", value: 3_900, geography: "Sweden" }),
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
    expect(operation.description).toMatch(/Källa: Kolada/);
  });
});
