import { createScenario } from "@insats/db";
import { createTestDatabase, createTestTenant, type TestDatabase, type TestTenant } from "@insats/db/testing";
import { createScenarioFromTemplate, type ScenarioInput } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, outcomeOf, type Persona, personas } from "../../test/callers.ts";

let t: TestDatabase;
let a: TestTenant;
let b: TestTenant;

const years = { startYear: 2026, priceYear: 2023 };
const template = (): ScenarioInput => createScenarioFromTemplate("social-assistance", years);

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestTenant(t.db, "org-a");
  b = await createTestTenant(t.db, "org-b");
});

afterAll(async () => {
  await t?.close();
});

async function scenarioOfA() {
  return callerFor(t.db, a, "planner").scenario.create({ name: "Servicetrainee i A", input: template() });
}

describe("scenario procedures", () => {
  it("create computes the summary on the server and returns version 1", async () => {
    const created = await scenarioOfA();
    expect(created.version).toBe(1);
    expect(created.summary.npv).toBeTypeOf("number");
    expect(Number.isFinite(created.summary.npv)).toBe(true);
  });

  it("save with the expected version bumps it; a stale version is CONFLICT and changes nothing", async () => {
    const planner = callerFor(t.db, a, "planner");
    const created = await scenarioOfA();
    const more = { ...created.input, cohorts: [{ startOffset: 0, participants: 60 }] };
    const saved = await planner.scenario.save({ id: created.id, expectedVersion: 1, input: more });
    expect(saved.version).toBe(2);
    expect(saved.summary.npv).not.toBe(created.summary.npv);
    expect(await outcomeOf(() => planner.scenario.save({ id: created.id, expectedVersion: 1, input: created.input }))).toBe(
      "CONFLICT",
    );
    const after = await planner.scenario.byId({ id: created.id });
    expect(after.version).toBe(2);
    expect(after.input.cohorts[0]?.participants).toBe(60);
  });

  it("restore, versions, duplicate, archive and compare work within the organisation", async () => {
    const planner = callerFor(t.db, a, "planner");
    const created = await scenarioOfA();
    await planner.scenario.save({ id: created.id, expectedVersion: 1, input: { ...created.input, horizonYears: 5 } });
    const restored = await planner.scenario.restore({ id: created.id, version: 1, expectedVersion: 2 });
    expect(restored.input.horizonYears).toBe(created.input.horizonYears);
    expect(restored.version).toBe(3);
    const versions = await planner.scenario.versions({ id: created.id });
    expect(versions.items.map((item) => item.version)).toEqual([3, 2, 1]);
    const copy = await planner.scenario.duplicate({ id: created.id, name: "Kopia" });
    expect(copy.id).not.toBe(created.id);
    const compared = await planner.scenario.compare({ ids: [created.id, copy.id] });
    expect(compared[0]!.result.totals.npv).toBeCloseTo(compared[1]!.result.totals.npv, 6);
    const archived = await planner.scenario.archive({ id: copy.id });
    expect(archived.archivedAt).not.toBeNull();
    const listed = await planner.scenario.list({});
    expect(listed.items.some((item) => item.id === copy.id)).toBe(false);
  });

  it("compute returns a result, a seeded simulation and sensitivity rows without saving", async () => {
    const planner = callerFor(t.db, a, "planner");
    const first = await planner.scenario.compute({ input: template(), simulation: { draws: 1000, seed: 7 }, sensitivity: true });
    const second = await planner.scenario.compute({ input: template(), simulation: { draws: 1000, seed: 7 } });
    expect(first.simulation).toEqual(second.simulation);
    expect(first.sensitivity?.length).toBeGreaterThan(0);
  });

  it.each([
    ["startYear 2147483648", (input: ScenarioInput) => ({ ...input, startYear: 2_147_483_648 }), "input.startYear"],
    ["startYear -9007199254740991", (input: ScenarioInput) => ({ ...input, startYear: -9_007_199_254_740_991 }), "input.startYear"],
    ["participants 1e308", (input: ScenarioInput) => ({ ...input, cohorts: [{ startOffset: 0, participants: 1e308 }] }), "input.cohorts.0.participants"],
    [
      "an amount of 1.7e308",
      (input: ScenarioInput) => ({ ...input, costs: input.costs.map((cost, i) => (i === 0 ? { ...cost, amount: 1.7e308 } : cost)) }),
      "input.costs.0.amount",
    ],
    [
      "unitCostGrowth 1e300",
      (input: ScenarioInput) => ({ ...input, outcomes: input.outcomes.map((outcome) => ({ ...outcome, unitCostGrowth: 1e300 })) }),
      "input.outcomes.0.unitCostGrowth",
    ],
  ])("refuses a save with %s as BAD_REQUEST, stores nothing, and the list still answers", async (_, change, path) => {
    const planner = callerFor(t.db, a, "planner");
    const created = await scenarioOfA();
    const save = planner.scenario.save({ id: created.id, expectedVersion: 1, input: change(created.input) });
    await expect(save).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const issues = await save.catch((error: { cause?: { issues?: { path: PropertyKey[] }[] } }) =>
      error.cause?.issues?.map((issue) => issue.path.join(".")),
    );
    expect(issues).toEqual([path]);
    expect(await outcomeOf(() => planner.scenario.create({ name: "Overflow", input: change(created.input) }))).toBe("BAD_REQUEST");
    const stored = await planner.scenario.byId({ id: created.id });
    expect(stored.version).toBe(1);
    expect((await planner.scenario.versions({ id: created.id })).items.map((item) => item.version)).toEqual([1]);
    const listed = await planner.scenario.list({ limit: 100 });
    expect(listed.items.some((item) => item.name === "Overflow")).toBe(false);
  });

  it("a scenario stored before the bounds (startYear 2147483648) is listed, and opening it is a 422 with the path", async () => {
    const planner = callerFor(t.db, a, "planner");
    const stored = await createScenario(t.db, {
      organisationId: a.organisation.id,
      ownerId: a.planner.id,
      name: "Saved before the bounds",
      input: { ...template(), startYear: 2_147_483_648 },
    });
    const listed = await planner.scenario.list({ limit: 100 });
    expect(listed.items.find((item) => item.id === stored.id)?.startYear).toBe(2_147_483_648);
    const opened = planner.scenario.byId({ id: stored.id });
    await expect(opened).rejects.toMatchObject({ code: "UNPROCESSABLE_CONTENT" });
    await expect(opened).rejects.toThrow(/startYear must be a whole number between 1900 and 2200/);
  });

  it("rejects a scenario whose payer shares do not sum to 1, listing the path", async () => {
    const planner = callerFor(t.db, a, "planner");
    const input = template();
    const broken = { ...input, outcomes: input.outcomes.map((outcome) => ({ ...outcome, payers: { municipality: 0.5 } })) };
    const error = await planner.scenario.create({ name: "Fel", input: broken }).catch((caught: unknown) => caught);
    expect((error as { code: string }).code).toBe("BAD_REQUEST");
    const issues = (error as { cause: { issues: { path: PropertyKey[] }[] } }).cause.issues;
    expect(issues.some((issue) => issue.path.join(".") === "input.outcomes.0.payers")).toBe(true);
  });
});

describe("authorisation matrix: organisation B against A's scenario", () => {
  type Call = (caller: ReturnType<typeof callerFor>, id: string, version: number) => Promise<unknown>;
  const byIdProcedures: Record<string, Call> = {
    byId: (caller, id) => caller.scenario.byId({ id }),
    save: (caller, id, version) => caller.scenario.save({ id, expectedVersion: version, input: template() }),
    duplicate: (caller, id) => caller.scenario.duplicate({ id }),
    archive: (caller, id) => caller.scenario.archive({ id, archived: false }),
    versions: (caller, id) => caller.scenario.versions({ id }),
    restore: (caller, id, version) => caller.scenario.restore({ id, version: 1, expectedVersion: version }),
    compare: async (caller, id) => {
      const own = await caller.scenario.create({ name: "Egen", input: template() }).catch(() => null);
      return caller.scenario.compare({ ids: [id, own?.id ?? crypto.randomUUID()] });
    },
  };

  const expected: Record<Persona, { own: string; other: string }> = {
    anonymous: { own: "UNAUTHORIZED", other: "UNAUTHORIZED" },
    planner: { own: "OK", other: "NOT_FOUND" },
    editor: { own: "OK", other: "NOT_FOUND" },
    admin: { own: "OK", other: "NOT_FOUND" },
  };

  for (const [procedure, call] of Object.entries(byIdProcedures)) {
    for (const persona of personas) {
      it(`${procedure} as ${persona}: own organisation ${expected[persona].own}, other ${expected[persona].other}`, async () => {
        const scenario = await scenarioOfA();
        const before = await callerFor(t.db, a, "planner").scenario.byId({ id: scenario.id });

        expect(await outcomeOf(() => call(callerFor(t.db, b, persona), scenario.id, scenario.version))).toBe(
          expected[persona].other,
        );
        // Nothing of A changed through B.
        const after = await callerFor(t.db, a, "planner").scenario.byId({ id: scenario.id });
        expect(after).toEqual(before);

        expect(await outcomeOf(() => call(callerFor(t.db, a, persona), scenario.id, scenario.version))).toBe(
          expected[persona].own,
        );
      });
    }
  }

  it("a member naming another organisation in the header gets NOT_FOUND, not FORBIDDEN", async () => {
    const scenario = await scenarioOfA();
    const intruder = { ...b, organisation: a.organisation };
    expect(await outcomeOf(() => callerFor(t.db, intruder, "admin").scenario.byId({ id: scenario.id }))).toBe("NOT_FOUND");
  });
});
