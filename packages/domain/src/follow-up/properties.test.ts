// Properties of followUp over random decided scenarios, actuals and fund rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeScenario } from "../scenario/compute.ts";
import { listIssues, payerKeys, type Payer, type ScenarioInputJson } from "../scenario/schema.ts";
import { workedExampleScenario } from "../scenario/worked-example.ts";
import { followUp } from "./follow-up.ts";
import { followUpInputSchema, parseFollowUpInput, type FollowUpInputJson } from "./schema.ts";

const payerSplit = fc.subarray([...payerKeys], { minLength: 1, maxLength: 3 }).chain((payers) =>
  fc
    .array(fc.integer({ min: 1, max: 10 }), { minLength: payers.length, maxLength: payers.length })
    .map((weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      const shares: Partial<Record<Payer, number>> = {};
      let left = 1;
      payers.forEach((payer, i) => {
        const share = i === payers.length - 1 ? left : (weights[i] as number) / total;
        shares[payer] = share;
        left -= share;
      });
      return shares;
    }),
);

const scenario: fc.Arbitrary<ScenarioInputJson> = fc.integer({ min: 1, max: 12 }).chain((horizonYears) =>
  fc.record({
    version: fc.constant(1 as const),
    name: fc.constant("property"),
    startYear: fc.constant(2026),
    priceYear: fc.constant(2026),
    horizonYears: fc.constant(horizonYears),
    discountRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    cohorts: fc.array(
      fc.record({
        startOffset: fc.integer({ min: 0, max: horizonYears - 1 }),
        participants: fc.integer({ min: 1, max: 200 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    costs: fc.uniqueArray(
      fc
        .record({
          id: fc.constantFrom("a", "b", "c", "d"),
          label: fc.constant("cost"),
          payers: payerSplit,
          kind: fc.constant("annual" as const),
          fromOffset: fc.integer({ min: 0, max: horizonYears - 1 }),
          toOffset: fc.integer({ min: 0, max: horizonYears - 1 }),
          amount: fc.integer({ min: 0, max: 2_000_000 }),
        })
        .map((line) => ({ ...line, toOffset: Math.max(line.fromOffset, line.toOffset) })),
      { selector: (line) => line.id, maxLength: 3 },
    ),
    outcomes: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom("x", "y", "z"),
        label: fc.constant("outcome"),
        payers: payerSplit,
        unit: fc.constant("unit"),
        unitCost: fc.integer({ min: 0, max: 200_000 }),
        unitCostGrowth: fc.double({ min: 0, max: 0.05, noNaN: true }),
        baselineUnitsPerParticipant: fc.double({ min: 0, max: 3, noNaN: true }),
        effect: fc.double({ min: -0.5, max: 1, noNaN: true }),
        lagYears: fc.integer({ min: 0, max: 2 }),
        durationYears: fc.integer({ min: 1, max: 10 }),
        dropOff: fc.double({ min: 0, max: 0.5, noNaN: true }),
      }),
      { selector: (outcome) => outcome.id, minLength: 1, maxLength: 3 },
    ),
  }),
);

/** Actuals for some years of a scenario: random figures, or exactly the forecast when `asForecast`. */
function actualsFor(input: ScenarioInputJson, asForecast: boolean) {
  const forecast = computeScenario(input);
  return fc
    .subarray(
      forecast.years.map((year) => year.offset),
      { minLength: 0 },
    )
    .chain((offsets) =>
      fc.tuple(
        ...offsets.map((offset) =>
          fc.record({
            offset: fc.constant(offset),
            unitsAvoided: asForecast
              ? fc.constant(
                  Object.fromEntries(
                    input.outcomes.map((o) => [o.id, forecast.years[offset]?.unitsAvoided[o.id] ?? 0]),
                  ),
                )
              : fc
                  .constant(null)
                  .chain(() =>
                    fc.record(
                      Object.fromEntries(
                        input.outcomes.map((o) => [o.id, fc.double({ min: -50, max: 500, noNaN: true })]),
                      ),
                    ),
                  ),
          }),
        ),
      ),
    );
}

const fund = fc.record({
  grant: fc.integer({ min: 1, max: 5_000_000 }),
  repaymentShare: fc.double({ min: 0, max: 1, noNaN: true }),
  payers: fc.subarray([...payerKeys], { minLength: 1 }),
  fromOffset: fc.integer({ min: 0, max: 5 }),
  cap: fc.option(fc.integer({ min: 1, max: 6_000_000 }), { nil: undefined }),
});

const followUpInput = scenario.chain((input) =>
  fc.record({
    version: fc.constant(1 as const),
    scenario: fc.constant(input),
    actuals: actualsFor(input, false),
    fund: fc.option(fund, { nil: undefined }),
  }),
) as fc.Arbitrary<FollowUpInputJson>;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe("followUp properties", () => {
  it("without actuals, outturn equals forecast and every realisation rate is 1", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = followUp({ version: 1, scenario: input });
        for (const rate of Object.values(result.realisationRate)) expect(rate).toBe(1);
        for (const year of result.years) expect(year.outturn).toEqual(year.forecast);
        expect(result.totals.varianceNpv).toBe(0);
        expect(close(result.totals.forecast.npv, computeScenario(input).totals.npv)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("when every measured value equals the forecast, outturn equals forecast", () => {
    fc.assert(
      fc.property(
        scenario.chain((input) => fc.tuple(fc.constant(input), actualsFor(input, true))),
        ([input, actuals]) => {
          const result = followUp({ version: 1, scenario: input, actuals });
          for (const year of result.years) {
            expect(close(year.outturn.benefits, year.forecast.benefits)).toBe(true);
            expect(year.outturn.costs).toBe(year.forecast.costs);
          }
          expect(close(result.totals.outturn.npv, result.totals.forecast.npv)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("repayments are never negative, never exceed the cap, and the balance never falls", () => {
    fc.assert(
      fc.property(followUpInput, (input) => {
        const result = followUp(input);
        if (!input.fund) {
          expect(result.fund).toBeUndefined();
          return;
        }
        const cap = input.fund.cap ?? input.fund.grant;
        let previous = -input.fund.grant;
        let repaid = 0;
        for (const year of result.years) {
          const fund = year.fund as { repayment: number; balance: number };
          expect(fund.repayment).toBeGreaterThanOrEqual(0);
          if (year.offset < (input.fund.fromOffset ?? 0)) expect(fund.repayment).toBe(0);
          repaid += fund.repayment;
          expect(repaid).toBeLessThanOrEqual(cap * (1 + 1e-12));
          expect(fund.balance).toBeGreaterThanOrEqual(previous);
          previous = fund.balance;
        }
        expect(close(result.fund?.repaid ?? NaN, repaid)).toBe(true);
        expect(result.fund?.reportedRepaid ?? NaN).toBeLessThanOrEqual((result.fund?.repaid ?? 0) + 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it("a measured year's outturn units are the measured figure; the others follow the realisation rate", () => {
    fc.assert(
      fc.property(followUpInput, (input) => {
        const result = followUp(input);
        const measured = new Map(
          (input.actuals ?? []).map((entry) => [entry.offset, entry.unitsAvoided ?? {}]),
        );
        for (const year of result.years) {
          for (const [id, units] of Object.entries(year.unitsAvoided)) {
            const reported = measured.get(year.offset)?.[id];
            if (reported !== undefined)
              expect(units).toEqual({ forecast: units.forecast, outturn: reported, measured: true });
            else
              expect(close(units.outturn, units.forecast * (result.realisationRate[id] as number))).toBe(
                true,
              );
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * A year's figures, well formed or not: ids of the worked example's lines and outcome, unknown, empty, too long and
 * "__proto__" ones (an own key, as JSON.parse makes it), and numbers in and out of bounds, NaN, ±Infinity, text.
 */
const figures = fc
  .array(
    fc.tuple(
      fc.constantFrom("employment", "coordination", "welfare", "nosuch", "__proto__", "", "x".repeat(101)),
      fc.oneof(
        fc.double({ min: -2e9, max: 2e13 }),
        fc.integer({ min: -10, max: 5_000_000 }),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, "12", null),
      ),
    ),
    { maxLength: 4 },
  )
  .map((entries) => Object.fromEntries(entries));

const anyFollowUpInput = fc.record(
  {
    version: fc.constantFrom(1, 2),
    scenario: fc.constantFrom<unknown>(workedExampleScenario, { ...workedExampleScenario, horizonYears: 0 }),
    actuals: fc.array(
      fc.record(
        {
          offset: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.constant(2.5)),
          costs: figures,
          unitsAvoided: figures,
        },
        { requiredKeys: ["offset"] },
      ),
      { maxLength: 4 },
    ),
    fund: fc.record(
      {
        grant: fc.integer({ min: -1, max: 2_000_000 }),
        repaymentShare: fc.double({ min: -0.5, max: 1.5 }),
        payers: fc.array(fc.constantFrom("municipality", "region", "nobody"), { maxLength: 3 }),
        fromOffset: fc.integer({ min: -1, max: 60 }),
        cap: fc.integer({ min: 0, max: 2_000_000 }),
      },
      { requiredKeys: ["grant", "repaymentShare", "payers"] },
    ),
  },
  { requiredKeys: ["version", "scenario"] },
);

describe("parseFollowUpInput", () => {
  it("accepts, refuses and lists issues exactly as zod's ordinary parser of followUpInputSchema does", () => {
    fc.assert(
      fc.property(fc.oneof(followUpInput, anyFollowUpInput), (input) => {
        const ordinary = followUpInputSchema.safeParse(input);
        expect(parseFollowUpInput(input)).toEqual(
          ordinary.success
            ? { success: true, data: ordinary.data }
            : { success: false, issues: listIssues(ordinary.error) },
        );
      }),
      { numRuns: 500 },
    );
  });
});
