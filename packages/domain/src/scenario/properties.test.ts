// Properties of the engine over random valid scenarios.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeScenario } from "./compute.ts";
import { baseValue } from "./model.ts";
import {
  effectLimits,
  parseScenarioInput,
  payerKeys,
  type FieldLimits,
  type Payers,
  type ScenarioInputJson,
  type Uncertain,
  shareLimits,
} from "./schema.ts";
import { sensitivity } from "./sensitivity.ts";
import { simulateScenario } from "./simulate.ts";

const money = { lower: -2_000_000, upper: 2_000_000 };
const positiveMoney = { lower: 1, upper: 500_000 };

const finiteIn = (lower: number, upper: number) =>
  fc.double({ min: lower, max: upper, noNaN: true, noDefaultInfinity: true });

/** Any Uncertain whose values stay within [lower, upper] (finite bounds). */
function uncertainIn({ lower, upper }: FieldLimits): fc.Arbitrary<Uncertain> {
  const value = finiteIn(lower, upper);
  const sorted = (count: number) =>
    fc.array(value, { minLength: count, maxLength: count }).map((v) => v.sort((a, b) => a - b));
  return fc.oneof(
    value,
    sorted(2).map(([min, max]) => ({ dist: "uniform" as const, min: min as number, max: max as number })),
    sorted(3).map(([min, mode, max]) => ({ dist: "triangular" as const, min: min!, mode: mode!, max: max! })),
    sorted(3).map(([min, mode, max]) => ({ dist: "pert" as const, min: min!, mode: mode!, max: max! })),
    fc
      .record({
        bounds: sorted(3),
        sd: finiteIn(0, (upper - lower) / 4),
        withMin: fc.boolean(),
        withMax: fc.boolean(),
      })
      .map(({ bounds: [min, mean, max], sd, withMin, withMax }) => ({
        dist: "normal" as const,
        mean: mean!,
        sd,
        // A normal may lack its own bounds: then it is unbounded, or truncated at the field's limits.
        ...(withMin || !Number.isFinite(lower) ? { min: min! } : {}),
        ...(withMax || !Number.isFinite(upper) ? { max: max! } : {}),
      })),
  );
}

const payersArbitrary: fc.Arbitrary<Payers> = fc.subarray([...payerKeys], { minLength: 1 }).chain((keys) =>
  fc
    .array(fc.integer({ min: 1, max: 100 }), { minLength: keys.length, maxLength: keys.length })
    .map((weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return Object.fromEntries(keys.map((key, i) => [key, (weights[i] as number) / total]));
    }),
);

interface ArbitraryOptions {
  /** Unit costs and cost amounts strictly positive. */
  positive?: boolean;
}

function scenarioArbitrary({ positive = false }: ArbitraryOptions = {}): fc.Arbitrary<ScenarioInputJson> {
  const amount = uncertainIn(positive ? positiveMoney : money);
  const offset = fc.integer({ min: 0, max: 55 });
  const cost = fc.oneof(
    fc.record({ kind: fc.constant("oneOff" as const), offset, amount }),
    fc
      .record({ kind: fc.constant("annual" as const), a: offset, b: offset, amount })
      .map(({ a, b, ...rest }) => ({ ...rest, fromOffset: Math.min(a, b), toOffset: Math.max(a, b) })),
    fc.record({
      kind: fc.constant("perParticipant" as const),
      years: fc.integer({ min: 1, max: 10 }),
      amount,
    }),
  );
  const outcome = fc.record({
    unit: fc.constantFrom("household-year", "hour", "fracture"),
    unitCost: uncertainIn(positive ? positiveMoney : money),
    unitCostGrowth: finiteIn(-0.05, 0.05),
    baselineUnitsPerParticipant: uncertainIn({ lower: 0, upper: 300 }),
    effect: uncertainIn(effectLimits),
    lagYears: fc.integer({ min: 0, max: 5 }),
    durationYears: fc.integer({ min: 1, max: 30 }),
    dropOff: uncertainIn(shareLimits),
    deadweight: uncertainIn(shareLimits),
    attribution: uncertainIn(shareLimits),
    displacement: uncertainIn(shareLimits),
  });
  return fc
    .record({
      horizonYears: fc.integer({ min: 1, max: 50 }),
      discountRate: finiteIn(0, 0.2),
      startYear: fc.integer({ min: 2000, max: 2100 }),
      cohorts: fc.array(
        fc.record({ startOffset: fc.integer({ min: 0, max: 20 }), participants: finiteIn(0.5, 500) }),
        { minLength: 1, maxLength: 3 },
      ),
      costs: fc.array(fc.tuple(cost, payersArbitrary), { maxLength: 4 }),
      outcomes: fc.array(fc.tuple(outcome, payersArbitrary), { maxLength: 3 }),
    })
    .map(({ costs, outcomes, ...rest }) => ({
      version: 1 as const,
      name: "property",
      priceYear: 2023,
      ...rest,
      costs: costs.map(([line, payers], i) => ({ ...line, id: `cost${i}`, label: `Cost ${i}`, payers })),
      outcomes: outcomes.map(([line, payers], i) => ({
        ...line,
        id: `outcome${i}`,
        label: `Outcome ${i}`,
        payers,
      })),
    }));
}

/** Absolute tolerance for sums of terms up to `scale`: a few ulps per term. */
const tolerance = (scale: number) => 1e-9 * Math.max(1, scale);

function magnitude(result: ReturnType<typeof computeScenario>) {
  return (
    Math.abs(result.totals.pvCosts) +
    Math.abs(result.totals.pvBenefits) +
    Math.abs(result.totals.costs) +
    Math.abs(result.totals.benefits)
  );
}

describe("properties of the engine over random valid scenarios", () => {
  it("the arbitrary produces valid scenarios", () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        const result = parseScenarioInput(input);
        if (!result.success) throw new Error(JSON.stringify(result.issues));
      }),
    );
  });

  it("every output is finite, or null exactly where the contract says", () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        const result = computeScenario(input);
        const { totals } = result;
        expect(result.years).toHaveLength(input.horizonYears);
        for (const year of result.years) {
          for (const value of [
            year.costs,
            year.benefits,
            year.net,
            year.cumulativeNet,
            year.discountFactor,
            year.pvCosts,
            year.pvBenefits,
            year.pvNet,
            year.cumulativePvNet,
          ])
            expect(Number.isFinite(value)).toBe(true);
          for (const flow of Object.values(year.byPayer))
            expect(Object.values(flow).every(Number.isFinite)).toBe(true);
          expect(Object.values(year.unitsAvoided).every(Number.isFinite)).toBe(true);
          expect(Object.values(year.benefitsByOutcome).every(Number.isFinite)).toBe(true);
        }
        for (const value of [
          totals.costs,
          totals.benefits,
          totals.net,
          totals.pvCosts,
          totals.pvBenefits,
          totals.npv,
        ]) {
          expect(Number.isFinite(value)).toBe(true);
        }
        // null when the denominator is 0, or (amounts of 1e-300 SEK) when the ratio would not be a finite number.
        const undefinedRatio = (n: number, d: number) => d === 0 || !Number.isFinite(n / d);
        expect(totals.bcr === null).toBe(undefinedRatio(totals.pvBenefits, totals.pvCosts));
        expect(totals.roi === null).toBe(undefinedRatio(totals.npv, totals.pvCosts));
        expect(totals.breakEvenEffectScale === null).toBe(
          !(totals.pvBenefits > 0) || undefinedRatio(totals.pvCosts, totals.pvBenefits),
        );
        for (const ratio of [totals.bcr, totals.roi, totals.breakEvenEffectScale]) {
          if (ratio !== null) expect(Number.isFinite(ratio)).toBe(true);
        }
        for (const payback of [totals.paybackOffset, totals.discountedPaybackOffset]) {
          if (payback !== null) {
            expect(Number.isInteger(payback)).toBe(true);
            expect(payback).toBeGreaterThanOrEqual(0);
            expect(payback).toBeLessThan(input.horizonYears);
          }
        }
        expect(totals.paybackOffset === null).toBe((result.years.at(-1)?.cumulativeNet ?? 0) < 0);
        for (const payer of Object.values(result.byPayer))
          expect(Object.values(payer).every(Number.isFinite)).toBe(true);
        for (const outcome of Object.values(result.byOutcome))
          expect(Object.values(outcome).every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("npv = pvBenefits − pvCosts, and the payers' npv sum to it", () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (input) => {
        const result = computeScenario(input);
        const scale = magnitude(result);
        expect(result.totals.npv).toBe(result.totals.pvBenefits - result.totals.pvCosts);
        const payerSum = Object.values(result.byPayer).reduce((sum, payer) => sum + payer.npv, 0);
        expect(Math.abs(payerSum - result.totals.npv)).toBeLessThanOrEqual(tolerance(scale));
        const pvCostSum = Object.values(result.byPayer).reduce((sum, payer) => sum + payer.pvCosts, 0);
        expect(Math.abs(pvCostSum - result.totals.pvCosts)).toBeLessThanOrEqual(tolerance(scale));
        const outcomeSum = Object.values(result.byOutcome).reduce(
          (sum, outcome) => sum + outcome.pvBenefits,
          0,
        );
        expect(Math.abs(outcomeSum - result.totals.pvBenefits)).toBeLessThanOrEqual(tolerance(scale));
        const yearSum = result.years.reduce((sum, year) => sum + year.pvNet, 0);
        expect(Math.abs(yearSum - result.totals.npv)).toBeLessThanOrEqual(tolerance(scale));
      }),
      { numRuns: 300 },
    );
  });

  it("scaling every effect by breakEvenEffectScale gives npv ≈ 0", () => {
    let checked = 0;
    fc.assert(
      fc.property(scenarioArbitrary({ positive: true }), (input) => {
        const scale = computeScenario(input).totals.breakEvenEffectScale;
        fc.pre(scale !== null);
        // An effect scaled beyond ±1 is not a valid scenario, nor a unit cost beyond the format's bound. npv is
        // effect × (present value of benefits) − (present value of costs), so the part of the factor that would push
        // an effect past 1 divides the cost amounts instead (which stay within their bound); usually none is.
        const largestEffect = Math.max(...input.outcomes.map((outcome) => Math.abs(baseValue(outcome.effect))));
        const effectFactor = Math.min(scale, 1 / largestEffect);
        const costDivisor = (scale) / effectFactor;
        // A scale of 0 (no present cost) leaves nothing to divide.
        fc.pre(Number.isFinite(costDivisor));
        const scaled = input.outcomes.map((outcome) => ({
          ...outcome,
          effect: Math.max(-1, Math.min(1, baseValue(outcome.effect) * effectFactor)),
          unitCost: baseValue(outcome.unitCost),
        }));
        const costs = input.costs.map((line) => ({ ...line, amount: baseValue(line.amount) / costDivisor }));
        const result = computeScenario({ ...input, costs, outcomes: scaled });
        checked++;
        expect(Math.abs(result.totals.npv)).toBeLessThanOrEqual(tolerance(magnitude(result)));
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("more effect never lowers npv when unit costs are positive", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ positive: true }).filter((input) => input.outcomes.length > 0),
        fc.nat(),
        finiteIn(0, 1),
        (input, pick, increase) => {
          const index = pick % input.outcomes.length;
          const outcomes = input.outcomes.map((outcome) => ({
            ...outcome,
            effect: baseValue(outcome.effect),
          }));
          const before = computeScenario({ ...input, outcomes });
          const target = outcomes[index]!;
          outcomes[index] = { ...target, effect: Math.min(1, target.effect + increase) };
          const after = computeScenario({ ...input, outcomes });
          expect(after.totals.npv).toBeGreaterThanOrEqual(before.totals.npv - tolerance(magnitude(before)));
          for (const payer of Object.keys(before.byPayer) as (keyof typeof before.byPayer)[]) {
            expect(after.byPayer[payer]!.npv).toBeGreaterThanOrEqual(
              before.byPayer[payer]!.npv - tolerance(magnitude(before)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the same seed gives identical simulations, with finite and ordered statistics", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary(),
        fc.integer({ min: 1, max: 300 }),
        fc.maxSafeInteger(),
        (input, draws, seed) => {
          const a = simulateScenario(input, { draws, seed });
          const b = simulateScenario(input, { draws, seed });
          expect(b).toEqual(a);
          const { npv } = a;
          for (const value of Object.values(npv)) expect(Number.isFinite(value)).toBe(true);
          expect(npv.min).toBeLessThanOrEqual(npv.p5);
          expect(npv.p5).toBeLessThanOrEqual(npv.p50);
          expect(npv.p50).toBeLessThanOrEqual(npv.p95);
          expect(npv.p95).toBeLessThanOrEqual(npv.max);
          expect(a.probabilityPositive).toBeGreaterThanOrEqual(0);
          expect(a.probabilityPositive).toBeLessThanOrEqual(1);
          expect(a.histogram.counts.reduce((x, y) => x + y, 0)).toBe(draws);
          expect(a.histogram.edges).toHaveLength(a.histogram.counts.length + 1);
          expect(Object.keys(a.byPayer)).toEqual(Object.keys(computeScenario(input).byPayer));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("with one bounded distribution, every draw's npv lies between the sensitivity extremes", () => {
    let checked = 0;
    const openNormal = (value: Uncertain) =>
      typeof value !== "number" &&
      value.dist === "normal" &&
      (value.min === undefined || value.max === undefined);
    fc.assert(
      fc.property(scenarioArbitrary(), fc.integer({ min: 1, max: 200 }), (input, draws) => {
        const rows = sensitivity(input);
        const fields = [
          ...input.costs.map((cost) => cost.amount),
          ...input.outcomes.flatMap((outcome) => [
            outcome.unitCost,
            outcome.baselineUnitsPerParticipant,
            outcome.effect,
            outcome.dropOff ?? 0,
            outcome.deadweight ?? 0,
            outcome.attribution ?? 1,
            outcome.displacement ?? 0,
          ]),
        ];
        // Sensitivity takes an open normal at its 5th/95th percentiles, which draws may pass.
        fc.pre(rows.length === 1 && !fields.some(openNormal));
        checked++;
        const [row] = rows;
        // npv is linear in each field except drop-off, where it is monotone: the extremes bound every draw.
        const low = Math.min(row!.low.npv, row!.high.npv);
        const high = Math.max(row!.low.npv, row!.high.npv);
        const result = simulateScenario(input, { draws, seed: 1 });
        const slack = tolerance(Math.abs(low) + Math.abs(high));
        expect(result.npv.min).toBeGreaterThanOrEqual(low - slack);
        expect(result.npv.max).toBeLessThanOrEqual(high + slack);
      }),
      { numRuns: 100 },
    );
    expect(checked).toBe(100);
  });
});
