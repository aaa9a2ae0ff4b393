import { describe, expect, it } from "vitest";
import { computeScenario } from "./compute.ts";
import { type ScenarioInputJson, sensitivityRowSchema } from "./schema.ts";
import { sensitivity } from "./sensitivity.ts";
import { workedExampleScenario } from "./worked-example.ts";

const example = workedExampleScenario;
const welfare = example.outcomes[0]!;
const employment = example.costs[0]!;
const coordination = example.costs[1]!;

describe("sensitivity", () => {
  it("gives the worked example's one distribution at its min and max", () => {
    const rows = sensitivity(example);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.path).toBe("outcomes.welfare.effect");
    expect(row?.label).toBe("Households leaving social assistance: effect");
    expect(row?.low.value).toBe(0.44);
    expect(row?.high.value).toBe(0.54);
    const at = (effect: number) =>
      computeScenario({ ...example, outcomes: [{ ...welfare, effect }] }).totals.npv;
    expect(row?.low.npv).toBeCloseTo(at(0.44), 4);
    expect(row?.high.npv).toBeCloseTo(at(0.54), 4);
    expect(sensitivityRowSchema.safeParse(row).success).toBe(true);
  });

  it("has one row per distribution, sorted by swing, each with every other field at its base value", () => {
    const input: ScenarioInputJson = {
      ...example,
      costs: [
        { ...employment, amount: { dist: "triangular", min: 100_000, mode: 150_000, max: 160_000 } },
        { ...coordination, amount: { dist: "uniform", min: 399_000, max: 401_000 } },
      ],
      outcomes: [
        {
          ...welfare,
          unitCost: { dist: "pert", min: 60_000, mode: 109_620, max: 120_000 },
          deadweight: { dist: "normal", mean: 0.1, sd: 0.05 },
          attribution: { dist: "normal", mean: 0.95, sd: 0.1 },
        },
      ],
    };
    const rows = sensitivity(input);
    expect(rows.map((row) => row.path).sort()).toEqual(
      [
        "costs.employment.amount",
        "costs.coordination.amount",
        "outcomes.welfare.unitCost",
        "outcomes.welfare.effect",
        "outcomes.welfare.deadweight",
        "outcomes.welfare.attribution",
      ].sort(),
    );
    const swings = rows.map((row) => Math.abs(row.high.npv - row.low.npv));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(rows.at(-1)?.path).toBe("costs.coordination.amount");

    const byPath = Object.fromEntries(rows.map((row) => [row.path, row]));
    // A normal without bounds: mean ∓ 1.645 sd …
    expect(byPath["outcomes.welfare.deadweight"]?.low.value).toBeCloseTo(0.1 - 0.08225, 12);
    expect(byPath["outcomes.welfare.deadweight"]?.high.value).toBeCloseTo(0.1 + 0.08225, 12);
    // … kept within the field's limits (attribution ≤ 1).
    expect(byPath["outcomes.welfare.attribution"]?.high.value).toBe(1);
    expect(byPath["outcomes.welfare.attribution"]?.low.value).toBeCloseTo(0.95 - 0.1645, 12);

    // Each npv is the base case with just that field changed.
    const employmentLow = computeScenario({
      ...input,
      costs: [
        { ...employment, amount: 100_000 },
        { ...coordination, amount: 400_000 },
      ],
      outcomes: [{ ...welfare, unitCost: 109_620, deadweight: 0.1, attribution: 0.95 }],
    }).totals.npv;
    expect(byPath["costs.employment.amount"]?.low.npv).toBeCloseTo(employmentLow, 4);
  });

  it("uses a normal's own bounds where it has them", () => {
    const rows = sensitivity({
      ...example,
      outcomes: [{ ...welfare, effect: { dist: "normal", mean: 0.49, sd: 0.05, min: 0.4 } }],
    });
    expect(rows[0]?.low.value).toBe(0.4);
    expect(rows[0]?.high.value).toBeCloseTo(0.49 + 1.645 * 0.05, 12);
  });

  it("is empty without distributions", () => {
    expect(sensitivity({ ...example, outcomes: [{ ...welfare, effect: 0.49 }] })).toEqual([]);
  });
});
