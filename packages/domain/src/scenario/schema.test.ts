import { describe, expect, it } from "vitest";
import { computeScenario } from "./compute.ts";
import { largestScenario } from "./largest.ts";
import {
  parseScenarioInput,
  payersSchema,
  scenarioLimits,
  scenarioResultSchema,
  type ScenarioInputJson,
} from "./schema.ts";
import { sensitivity } from "./sensitivity.ts";
import { simulateScenario, simulationWork } from "./simulate.ts";
import { workedExampleScenario } from "./worked-example.ts";

const valid = workedExampleScenario;
const outcome = valid.outcomes[0];
const cost = valid.costs[0];

function pathsOf(json: unknown): string[] {
  const result = parseScenarioInput(json);
  if (result.success) return [];
  return result.issues.map((issue) => issue.path);
}

/** The worked example with some fields of its outcome changed. */
function withOutcome(changes: Record<string, unknown>) {
  return { ...valid, outcomes: [{ ...outcome, ...changes }] };
}

describe("parseScenarioInput", () => {
  it("accepts the worked example and fills in the defaults", () => {
    const result = parseScenarioInput(valid);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.outcomes[0]).toMatchObject({
      unitCostGrowth: 0,
      lagYears: 0,
      dropOff: 0.1,
      deadweight: 0,
      attribution: 1,
      displacement: 0,
    });
  });

  it("accepts it after a JSON round trip", () => {
    expect(parseScenarioInput(JSON.parse(JSON.stringify(valid))).success).toBe(true);
  });

  it.each([
    ["NaN", { ...valid, discountRate: Number.NaN }, ["discountRate"]],
    ["Infinity", withOutcome({ unitCost: Number.POSITIVE_INFINITY }), ["outcomes.0.unitCost"]],
    [
      "-Infinity in a distribution",
      withOutcome({ effect: { dist: "uniform", min: -Infinity, max: 0.5 } }),
      ["outcomes.0.effect.min"],
    ],
    [
      "negative participants",
      { ...valid, cohorts: [{ startOffset: 0, participants: -3 }] },
      ["cohorts.0.participants"],
    ],
    [
      "zero participants",
      { ...valid, cohorts: [{ startOffset: 0, participants: 0 }] },
      ["cohorts.0.participants"],
    ],
    ["no cohort", { ...valid, cohorts: [] }, ["cohorts"]],
    [
      "shares not summing to 1",
      { ...valid, costs: [{ ...cost, payers: { municipality: 0.6, region: 0.3 } }] },
      ["costs.0.payers"],
    ],
    [
      "a negative share",
      { ...valid, costs: [{ ...cost, payers: { municipality: 1.5, region: -0.5 } }] },
      ["costs.0.payers.municipality", "costs.0.payers.region"],
    ],
    [
      "an unknown payer",
      { ...valid, costs: [{ ...cost, payers: { municipality: 1, county: 0 } }] },
      ["costs.0.payers.county"],
    ],
    [
      "min > max",
      withOutcome({ effect: { dist: "uniform", min: 0.6, max: 0.4 } }),
      ["outcomes.0.effect.min"],
    ],
    [
      "mode outside [min, max]",
      withOutcome({ unitCost: { dist: "triangular", min: 1, mode: 5, max: 3 } }),
      ["outcomes.0.unitCost.mode"],
    ],
    [
      "PERT min > max",
      withOutcome({ unitCost: { dist: "pert", min: 5, mode: 4, max: 3 } }),
      ["outcomes.0.unitCost.min", "outcomes.0.unitCost.mode"],
    ],
    [
      "normal mean outside its bounds",
      withOutcome({ unitCost: { dist: "normal", mean: 0, sd: 1, min: 1 } }),
      ["outcomes.0.unitCost.mean"],
    ],
    [
      "negative sd",
      withOutcome({ unitCost: { dist: "normal", mean: 0, sd: -1 } }),
      ["outcomes.0.unitCost.sd"],
    ],
    [
      "an unknown distribution",
      withOutcome({ unitCost: { dist: "lognormal", mean: 1 } }),
      ["outcomes.0.unitCost.dist"],
    ],
    ["a string for a number", withOutcome({ unitCost: "100" }), ["outcomes.0.unitCost"]],
    ["effect above 1", withOutcome({ effect: 1.2 }), ["outcomes.0.effect"]],
    [
      "effect bound below -1",
      withOutcome({ effect: { dist: "triangular", min: -1.5, mode: 0, max: 0.5 } }),
      ["outcomes.0.effect.min"],
    ],
    ["dropOff above 1", withOutcome({ dropOff: 1.01 }), ["outcomes.0.dropOff"]],
    [
      "deadweight bound below 0",
      withOutcome({ deadweight: { dist: "uniform", min: -0.1, max: 0.2 } }),
      ["outcomes.0.deadweight.min"],
    ],
    [
      "attribution bound above 1",
      withOutcome({ attribution: { dist: "pert", min: 0.5, mode: 0.9, max: 1.2 } }),
      ["outcomes.0.attribution.max"],
    ],
    [
      "displacement mean above 1",
      withOutcome({ displacement: { dist: "normal", mean: 2, sd: 0.1 } }),
      ["outcomes.0.displacement.mean"],
    ],
    [
      "negative baseline units",
      withOutcome({ baselineUnitsPerParticipant: -1 }),
      ["outcomes.0.baselineUnitsPerParticipant"],
    ],
    ["unitCostGrowth of -100 %", withOutcome({ unitCostGrowth: -1 }), ["outcomes.0.unitCostGrowth"]],
    ["durationYears 0", withOutcome({ durationYears: 0 }), ["outcomes.0.durationYears"]],
    ["fractional lagYears", withOutcome({ lagYears: 1.5 }), ["outcomes.0.lagYears"]],
    ["duplicate cost ids", { ...valid, costs: [cost, cost] }, ["costs.1.id"]],
    ["duplicate outcome ids", { ...valid, outcomes: [outcome, outcome] }, ["outcomes.1.id"]],
    ["horizon 0", { ...valid, horizonYears: 0 }, ["horizonYears"]],
    ["horizon 51", { ...valid, horizonYears: 51 }, ["horizonYears"]],
    ["a fractional horizon", { ...valid, horizonYears: 10.5 }, ["horizonYears"]],
    ["discountRate above 0.2", { ...valid, discountRate: 0.25 }, ["discountRate"]],
    ["version 2", { ...valid, version: 2 }, ["version"]],
    ["an unknown top-level field", { ...valid, currency: "SEK" }, ["currency"]],
    ["an unknown outcome field", withOutcome({ elasticity: 1 }), ["outcomes.0.elasticity"]],
    [
      "an unknown distribution field",
      withOutcome({ effect: { dist: "uniform", min: 0, max: 1, mode: 0.5 } }),
      ["outcomes.0.effect.mode"],
    ],
    [
      "toOffset before fromOffset",
      {
        ...valid,
        costs: [
          {
            id: "a",
            label: "",
            payers: { municipality: 1 },
            kind: "annual",
            fromOffset: 3,
            toOffset: 2,
            amount: 1,
          },
        ],
      },
      ["costs.0.toOffset"],
    ],
    [
      "a negative offset",
      {
        ...valid,
        costs: [{ id: "a", label: "", payers: { municipality: 1 }, kind: "oneOff", offset: -1, amount: 1 }],
      },
      ["costs.0.offset"],
    ],
    ["an unknown cost kind", { ...valid, costs: [{ ...cost, kind: "monthly" }] }, ["costs.0.kind"]],
    ["a missing field", { ...valid, name: undefined }, ["name"]],
    ["not an object", "scenario", [""]],
  ])("rejects %s", (_, json, paths) => {
    const result = parseScenarioInput(json);
    expect(result.success).toBe(false);
    expect(pathsOf(json)).toEqual(paths);
  });

  it("lists every problem of one input at once, by path", () => {
    const json = {
      ...valid,
      horizonYears: 51,
      discountRate: Number.NaN,
      unexpected: true,
      cohorts: [{ startOffset: 0, participants: -1 }],
      costs: [
        cost,
        { ...cost, payers: { municipality: 0.5, state: 0.4 } },
        {
          id: "annual",
          label: "",
          payers: { region: 1 },
          kind: "annual",
          fromOffset: 5,
          toOffset: 1,
          amount: Number.POSITIVE_INFINITY,
        },
      ],
      outcomes: [
        {
          ...outcome,
          effect: { dist: "uniform", min: 0.6, max: 0.4 },
          dropOff: { dist: "pert", min: 0, mode: 0.5, max: 1.5 },
          attribution: Number.NaN,
          colour: "red",
        },
        outcome,
      ],
    } as unknown as ScenarioInputJson;
    const result = parseScenarioInput(json);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(
      [
        "horizonYears",
        "discountRate",
        "unexpected",
        "cohorts.0.participants",
        "costs.1.id",
        "costs.1.payers",
        "costs.2.amount",
        "costs.2.toOffset",
        "outcomes.0.effect.min",
        "outcomes.0.dropOff.max",
        "outcomes.0.attribution",
        "outcomes.0.colour",
        "outcomes.1.id",
      ].sort(),
    );
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
  });

  it("says what is wrong in words a planner understands", () => {
    const result = parseScenarioInput({
      ...valid,
      costs: [cost, { ...cost, payers: { municipality: 0.9 } }],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const messages = Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
    expect(messages["costs.1.id"]).toBe('duplicate id "employment" (also used by costs.0)');
    expect(messages["costs.1.payers"]).toMatch(/sum to 1 \(they sum to 0\.9\)/);
  });
});

describe("issue codes", () => {
  it("names the rule of every custom check and the limit of every range check", () => {
    const result = parseScenarioInput({
      ...valid,
      horizonYears: 0,
      costs: [
        { ...cost, payers: { municipality: 0.9 } },
        { ...cost, amount: { dist: "triangular", min: 5, mode: 9, max: 1 } },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const byPath = Object.fromEntries(result.issues.map(({ path, message: _message, ...details }) => [path, details]));
    expect(byPath).toEqual({
      horizonYears: { code: "too_small", minimum: 1, inclusive: true },
      "costs.0.payers": { code: "custom", rule: "payerSharesSum" },
      "costs.1.id": { code: "custom", rule: "duplicateId" },
      "costs.1.amount.min": { code: "custom", rule: "minAboveMax" },
      "costs.1.amount.mode": { code: "custom", rule: "modeOutsideRange" },
    });
  });
});

describe("the format's bounds (issue 13)", () => {
  const times = <T>(count: number, make: (index: number) => T) =>
    Array.from({ length: count }, (_, i) => make(i));
  const costs = (count: number) => times(count, (i) => ({ ...cost, id: `cost${i}` }));
  const outcomes = (count: number) => times(count, (i) => ({ ...outcome, id: `outcome${i}` }));
  const cohorts = (count: number) => times(count, (i) => ({ startOffset: i, participants: 10 }));
  const oneOff = (changes: Record<string, unknown>) => ({
    ...valid,
    costs: [
      { id: "a", label: "", payers: { municipality: 1 }, kind: "oneOff", offset: 0, amount: 1, ...changes },
    ],
  });

  it.each([
    ["startYear 2147483648 (past a PostgreSQL int)", { ...valid, startYear: 2_147_483_648 }, ["startYear"]],
    ["startYear -9007199254740991", { ...valid, startYear: -9_007_199_254_740_991 }, ["startYear"]],
    ["startYear 1899", { ...valid, startYear: 1899 }, ["startYear"]],
    ["priceYear 2201", { ...valid, priceYear: 2201 }, ["priceYear"]],
    ["21 cohorts", { ...valid, cohorts: cohorts(21) }, ["cohorts"]],
    ["51 cost lines", { ...valid, costs: costs(51) }, ["costs"]],
    ["31 outcomes", { ...valid, outcomes: outcomes(31) }, ["outcomes"]],
    [
      "participants 1e308",
      { ...valid, cohorts: [{ startOffset: 0, participants: 1e308 }] },
      ["cohorts.0.participants"],
    ],
    [
      "a start offset of 101",
      { ...valid, cohorts: [{ startOffset: 101, participants: 1 }] },
      ["cohorts.0.startOffset"],
    ],
    ["an amount of 1.7e308", oneOff({ amount: 1.7e308 }), ["costs.0.amount"]],
    ["an amount of -1.7e308", oneOff({ amount: -1.7e308 }), ["costs.0.amount"]],
    [
      "an amount's bound past 1e12",
      oneOff({ amount: { dist: "uniform", min: 0, max: 2e12 } }),
      ["costs.0.amount.max"],
    ],
    ["an offset of 2^31", oneOff({ offset: 2 ** 31 }), ["costs.0.offset"]],
    ["per-participant years 101", { ...valid, costs: [{ ...cost, years: 101 }] }, ["costs.0.years"]],
    ["a unit cost of 1e300", withOutcome({ unitCost: 1e300 }), ["outcomes.0.unitCost"]],
    [
      "an sd of 1e300",
      withOutcome({ unitCost: { dist: "normal", mean: 1, sd: 1e300 } }),
      ["outcomes.0.unitCost.sd"],
    ],
    [
      "an effect's sd of 3",
      withOutcome({ effect: { dist: "normal", mean: 0.5, sd: 3 } }),
      ["outcomes.0.effect.sd"],
    ],
    ["unitCostGrowth 1e300", withOutcome({ unitCostGrowth: 1e300 }), ["outcomes.0.unitCostGrowth"]],
    ["unitCostGrowth -0.6", withOutcome({ unitCostGrowth: -0.6 }), ["outcomes.0.unitCostGrowth"]],
    [
      "baseline units 1e7",
      withOutcome({ baselineUnitsPerParticipant: 1e7 }),
      ["outcomes.0.baselineUnitsPerParticipant"],
    ],
    ["lagYears 101", withOutcome({ lagYears: 101 }), ["outcomes.0.lagYears"]],
    [
      "durationYears 2^53 - 1",
      withOutcome({ durationYears: Number.MAX_SAFE_INTEGER }),
      ["outcomes.0.durationYears"],
    ],
  ])("rejects %s", (_, json, paths) => {
    expect(pathsOf(json)).toEqual(paths);
  });

  it("names the bound in its message", () => {
    const result = parseScenarioInput({ ...valid, startYear: 2_147_483_648 });
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: "startYear",
        message: "startYear must be a whole number between 1900 and 2200",
        code: "too_big",
        maximum: 2200,
        inclusive: true,
      },
    ]);
  });

  it("accepts every bound itself", () => {
    expect(pathsOf({ ...valid, startYear: 1900, priceYear: 2200 })).toEqual([]);
    expect(pathsOf({ ...valid, startYear: 2200, priceYear: 1900 })).toEqual([]);
    expect(pathsOf({ ...valid, cohorts: cohorts(20), costs: costs(50), outcomes: outcomes(30) })).toEqual([]);
    expect(pathsOf(oneOff({ amount: -1e12 }))).toEqual([]);
    expect(pathsOf(largestScenario())).toEqual([]);
  });

  it("keeps every result of the largest scenario finite, at every bound at once", () => {
    const input = largestScenario();
    // The result schema's z.number() refuses Infinity and NaN anywhere in the table.
    const result = scenarioResultSchema.parse(computeScenario(input));
    expect(result.totals.npv).toBeGreaterThan(1e30);
    expect(Number.isFinite(result.totals.npv)).toBe(true);
    for (const row of sensitivity(input)) {
      expect([row.low.npv, row.high.npv].every(Number.isFinite)).toBe(true);
    }
    const simulated = simulateScenario(input, { draws: 20, seed: 1 });
    expect([simulated.npv.min, simulated.npv.max, simulated.npv.sd].every(Number.isFinite)).toBe(true);
  });

  it("bounds a simulation's work: 20 000 draws of the largest scenario fit, a million do not", () => {
    const input = parseScenarioInput(largestScenario());
    if (!input.success) throw new Error("the largest scenario must validate");
    expect(simulationWork(input.data, 20_000)).toBeLessThanOrEqual(scenarioLimits.maxSimulationWork);
    expect(() => simulateScenario(largestScenario(), { draws: 1_000_000, seed: 1 })).toThrow(/too much work/);
  });
});

describe("payersSchema", () => {
  it("allows rounding within 1e-9 of 1", () => {
    expect(payersSchema.safeParse({ municipality: 1 / 3, region: 1 / 3, state: 1 / 3 }).success).toBe(true);
    expect(payersSchema.safeParse({ municipality: 0.56, region: 0.41, individual: 0.03 }).success).toBe(true);
    expect(payersSchema.safeParse({ municipality: 0.5, region: 0.5 + 2e-9 }).success).toBe(false);
    expect(payersSchema.safeParse({}).success).toBe(false);
  });
});
