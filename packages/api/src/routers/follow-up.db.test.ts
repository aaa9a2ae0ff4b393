import { createTestDatabase, createTestTenant, type TestDatabase, type TestTenant } from "@insats/db/testing";
import { workedExampleFollowUp, workedExampleScenario } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, outcomeOf, type Persona, personas } from "../../test/callers.ts";

let t: TestDatabase;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestTenant(t.db, "fund-a");
  b = await createTestTenant(t.db, "fund-b");
});

afterAll(async () => {
  await t?.close();
});

const decision = {
  decidedOn: "2026-03-12",
  body: { kind: "fundBoard" as const, name: "Fonden för sociala investeringar" },
  fund: { grant: 5_000_000, repaymentShare: 0.5, payers: ["municipality" as const], fromOffset: 1 },
};
const reported = (workedExampleFollowUp.actuals ?? []).map((entry) => ({
  ...entry,
  notes: { "unitsAvoided.welfare": { source: "Verksamhetssystemet, utdrag per 31 december" } },
}));

async function decidedScenarioOfA() {
  const planner = callerFor(t.db, a, "planner");
  const scenario = await planner.scenario.create({ name: "Servicetrainee", input: workedExampleScenario });
  await planner.followUp.decide({ scenarioId: scenario.id, scenarioVersion: scenario.version, decision });
  return scenario;
}

describe("follow-up procedures", () => {
  it("decide, report two years and read the variance and the fund's ledger (the contract's worked example)", async () => {
    const planner = callerFor(t.db, a, "planner");
    const scenario = await decidedScenarioOfA();
    const before = await planner.followUp.byScenario({ scenarioId: scenario.id });
    expect(before.result.totals.varianceNpv).toBe(0);
    const saved = await planner.followUp.saveActuals({
      scenarioId: scenario.id,
      expectedVersion: 1,
      actuals: reported,
    });
    expect(saved.decision.version).toBe(2);
    expect(saved.result.totals.varianceNpv).toBeCloseTo(477.55, 2);
    expect(saved.result.fund?.reportedRepaid).toBeCloseTo(1_644_300, 0);
    expect(saved.actuals[1]?.notes).toEqual(reported[1]?.notes);

    const fund = await planner.followUp.fund();
    const investment = fund.investments.find((item) => item.decision.scenarioId === scenario.id);
    expect(investment).toMatchObject({ grant: 5_000_000, repaidInYear: 2030 });
    expect(investment?.repaid).toBeCloseTo(1_644_300, 0);
    expect(investment?.outstanding).toBeCloseTo(3_355_700, 0);
    expect(investment?.ledger.map((entry) => entry.reported)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(fund.expectedByYear.find((entry) => entry.year === 2028)?.repayment).toBeGreaterThanOrEqual(
      1_357_398 - 1,
    );
  });

  it("a later save of the scenario leaves the decided version as it was", async () => {
    const planner = callerFor(t.db, a, "planner");
    const scenario = await decidedScenarioOfA();
    await planner.scenario.save({
      id: scenario.id,
      expectedVersion: 1,
      input: { ...scenario.input, horizonYears: 5 },
    });
    const followUp = await planner.followUp.byScenario({ scenarioId: scenario.id });
    expect(followUp.decision.scenarioVersion).toBe(1);
    expect(followUp.scenario.horizonYears).toBe(10);
  });

  it("refuses a report the engine refuses, at its fields, and stores nothing", async () => {
    const planner = callerFor(t.db, a, "planner");
    const scenario = await decidedScenarioOfA();
    const error = (await planner.followUp
      .saveActuals({
        scenarioId: scenario.id,
        expectedVersion: 1,
        actuals: [{ offset: 12, costs: { nosuchline: 1 } }],
      })
      .catch((caught: unknown) => caught)) as { code: string; cause: { issues: { path: string }[] } };
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.cause.issues.map((issue) => issue.path).sort()).toEqual([
      "actuals.0.costs.nosuchline",
      "actuals.0.offset",
    ]);
    expect((await planner.followUp.byScenario({ scenarioId: scenario.id })).decision.version).toBe(1);
  });

  it("a stale save is CONFLICT; a second decision on one scenario too", async () => {
    const planner = callerFor(t.db, a, "planner");
    const scenario = await decidedScenarioOfA();
    await planner.followUp.saveActuals({ scenarioId: scenario.id, expectedVersion: 1, actuals: reported });
    expect(
      await outcomeOf(() =>
        planner.followUp.saveActuals({ scenarioId: scenario.id, expectedVersion: 1, actuals: [] }),
      ),
    ).toBe("CONFLICT");
    expect(
      await outcomeOf(() =>
        planner.followUp.decide({ scenarioId: scenario.id, scenarioVersion: 1, decision }),
      ),
    ).toBe("CONFLICT");
  });
});

describe("authorisation matrix: organisation B against A's decision", () => {
  type Call = (caller: ReturnType<typeof callerFor>, scenarioId: string) => Promise<unknown>;
  const procedures: Record<string, Call> = {
    byScenario: (caller, scenarioId) => caller.followUp.byScenario({ scenarioId }),
    saveActuals: (caller, scenarioId) =>
      caller.followUp.saveActuals({ scenarioId, expectedVersion: 1, actuals: [] }),
    versions: async (caller, scenarioId) => {
      const versions = await caller.followUp.versions({ scenarioId });
      if (versions.length === 0) throw Object.assign(new Error("nothing visible"), { code: "NOT_FOUND" });
      return versions;
    },
    decide: (caller, scenarioId) => caller.followUp.decide({ scenarioId, scenarioVersion: 1, decision }),
  };
  type Outcomes = Record<Persona, { own: string; other: string }>;
  const expected: Partial<Record<string, Outcomes>> & { default: Outcomes } = {
    default: {
      anonymous: { own: "UNAUTHORIZED", other: "UNAUTHORIZED" },
      planner: { own: "OK", other: "NOT_FOUND" },
      editor: { own: "OK", other: "NOT_FOUND" },
      admin: { own: "OK", other: "NOT_FOUND" },
    },
    // A's scenario is decided already, so A's own members get CONFLICT; B cannot even see it.
    decide: {
      anonymous: { own: "UNAUTHORIZED", other: "UNAUTHORIZED" },
      planner: { own: "CONFLICT", other: "NOT_FOUND" },
      editor: { own: "CONFLICT", other: "NOT_FOUND" },
      admin: { own: "CONFLICT", other: "NOT_FOUND" },
    },
  };

  for (const [procedure, call] of Object.entries(procedures)) {
    const outcomes = expected[procedure] ?? expected.default;
    for (const persona of personas) {
      it(`${procedure} as ${persona}: own organisation ${outcomes[persona].own}, other ${outcomes[persona].other}`, async () => {
        const scenario = await decidedScenarioOfA();
        const before = await callerFor(t.db, a, "planner").followUp.byScenario({ scenarioId: scenario.id });
        expect(await outcomeOf(() => call(callerFor(t.db, b, persona), scenario.id))).toBe(
          outcomes[persona].other,
        );
        expect(await callerFor(t.db, a, "planner").followUp.byScenario({ scenarioId: scenario.id })).toEqual(
          before,
        );
        expect(await outcomeOf(() => call(callerFor(t.db, a, persona), scenario.id))).toBe(
          outcomes[persona].own,
        );
      });
    }
  }

  it("the fund lists only the organisation's own decisions", async () => {
    const scenario = await decidedScenarioOfA();
    const fundOfB = await callerFor(t.db, b, "planner").followUp.fund();
    expect(fundOfB.investments.some((investment) => investment.decision.scenarioId === scenario.id)).toBe(
      false,
    );
    expect(await outcomeOf(() => callerFor(t.db, b, "anonymous").followUp.fund())).toBe("UNAUTHORIZED");
  });
});
