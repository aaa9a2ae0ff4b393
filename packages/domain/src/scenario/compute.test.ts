import { describe, expect, it } from "vitest";
import { computeScenario, paybackOffset } from "./compute.ts";
import { ScenarioInputError, scenarioResultSchema, type ScenarioInputJson } from "./schema.ts";
import { workedExampleScenario } from "./worked-example.ts";

/**
 * docs/calculation.md prints its figures rounded; a figure passes when it lies within half a unit of the last printed
 * digit (the rounding shown), which for every figure here is at least as strict as 1e-6 relative.
 */
function expectPrinted(actual: number | null | undefined, printed: number, decimals: number) {
  expect(actual).toBeTypeOf("number");
  const halfUnit = 0.5 * 10 ** -decimals;
  expect(Math.abs((actual as number) - printed)).toBeLessThanOrEqual(halfUnit * (1 + 1e-9));
}

describe("computeScenario: the worked example of docs/calculation.md", () => {
  const result = computeScenario(workedExampleScenario);

  it("reproduces the totals", () => {
    expectPrinted(result.totals.pvCosts, 9_247_826.09, 2);
    expectPrinted(result.totals.pvBenefits, 17_843_741.28, 2);
    expectPrinted(result.totals.npv, 8_595_915.19, 2);
    expectPrinted(result.totals.bcr, 1.92951, 5);
    expectPrinted(result.totals.roi, 0.92951, 5);
    expect(result.totals.paybackOffset).toBe(3);
    expect(result.totals.discountedPaybackOffset).toBe(3);
    expectPrinted(result.totals.breakEvenEffectScale, 0.51827, 5);
  });

  it("reproduces the payers and the outcome", () => {
    expect(Object.keys(result.byPayer)).toEqual(["municipality", "state"]);
    expectPrinted(result.byPayer.municipality?.npv, 8_795_915.19, 2);
    expect(result.byPayer.state?.npv).toBe(-200_000);
    expectPrinted(result.byOutcome.welfare?.unitsAvoided, 185.79346, 5);
    expect(result.byOutcome.welfare?.pvBenefits).toBeCloseTo(result.totals.pvBenefits, 6);
  });

  it("reproduces the cumulative net by offset", () => {
    const cumulative = result.years.map((year) => year.cumulativeNet);
    expect(cumulative).toHaveLength(10);
    [-3_288_586, -4_726_899, -1_971_381, 508_585, 2_740_554].forEach((printed, t) =>
      expectPrinted(cumulative[t], printed, 0),
    );
    expectPrinted(cumulative[9], 10_966_679, 0);
  });

  it("fills every year row", () => {
    const first = result.years[0];
    expect(first).toMatchObject({ offset: 0, year: 2026, discountFactor: 1, costs: 4_900_000 });
    // Offset 0: 30 participants × 1 household-year × effect 0.49 (the uniform's midpoint) × 109 620 SEK.
    expect(first?.unitsAvoided.welfare).toBeCloseTo(14.7, 10);
    expect(first?.benefitsByOutcome.welfare).toBeCloseTo(14.7 * 109_620, 6);
    expect(first?.byPayer.state).toEqual({ costs: 200_000, benefits: 0, net: -200_000 });
    expect(result.years[1]?.discountFactor).toBeCloseTo(1 / 1.035, 15);
    expect(result.years[9]?.year).toBe(2035);
    for (const year of result.years) {
      expect(year.net).toBeCloseTo(year.benefits - year.costs, 6);
      expect(year.pvNet).toBeCloseTo(year.net * year.discountFactor, 6);
    }
    expect(result.years.at(-1)?.cumulativePvNet).toBeCloseTo(result.totals.npv, 6);
  });

  it("matches the published output schema", () => {
    expect(scenarioResultSchema.safeParse(result).success).toBe(true);
  });
});

const base: ScenarioInputJson = {
  version: 1,
  name: "small",
  startYear: 2030,
  priceYear: 2023,
  horizonYears: 4,
  discountRate: 0,
  cohorts: [{ startOffset: 0, participants: 10 }],
  costs: [],
  outcomes: [],
};

describe("computeScenario: the formulas", () => {
  it("places each kind of cost line in its years, within the horizon", () => {
    const result = computeScenario({
      ...base,
      cohorts: [
        { startOffset: 0, participants: 10 },
        { startOffset: 3, participants: 5 },
        { startOffset: 7, participants: 100 },
      ],
      costs: [
        { id: "a", label: "", payers: { municipality: 1 }, kind: "oneOff", offset: 1, amount: 100 },
        { id: "b", label: "", payers: { municipality: 1 }, kind: "oneOff", offset: 4, amount: 1e9 },
        {
          id: "c",
          label: "",
          payers: { region: 1 },
          kind: "annual",
          fromOffset: 2,
          toOffset: 9,
          amount: 1000,
        },
        { id: "d", label: "", payers: { state: 1 }, kind: "perParticipant", years: 2, amount: 1 },
      ],
    });
    expect(result.years.map((year) => year.costs)).toEqual([10, 100 + 10, 1000, 1000 + 5]);
    expect(result.years.map((year) => year.byPayer.region?.costs)).toEqual([0, 0, 1000, 1000]);
    expect(result.totals.costs).toBe(10 + 110 + 1000 + 1005);
  });

  it("applies lag, duration, drop-off, growth, deadweight, attribution and displacement", () => {
    const result = computeScenario({
      ...base,
      horizonYears: 6,
      discountRate: 0.1,
      outcomes: [
        {
          id: "o",
          label: "",
          payers: { municipality: 0.25, region: 0.75 },
          unit: "hour",
          unitCost: 100,
          unitCostGrowth: 0.02,
          baselineUnitsPerParticipant: 2,
          effect: 0.5,
          lagYears: 1,
          durationYears: 3,
          dropOff: 0.2,
          deadweight: 0.1,
          attribution: 0.8,
          displacement: 0.25,
        },
      ],
    });
    // units(t) = 10 × 2 × 0.5 × 0.8^(t − 1) for t = 1, 2, 3; 0 elsewhere.
    const units = [0, 10, 8, 6.4, 0, 0];
    const values = units.map((u, t) => u * 100 * 1.02 ** t * 0.9 * 0.8 * 0.75);
    result.years.forEach((year, t) => {
      expect(year.unitsAvoided.o).toBeCloseTo(units[t] as number, 12);
      expect(year.benefitsByOutcome.o).toBeCloseTo(values[t] as number, 9);
      expect(year.pvBenefits).toBeCloseTo((values[t] as number) / 1.1 ** t, 9);
      expect(year.byPayer.region?.benefits).toBeCloseTo(0.75 * (values[t] as number), 9);
    });
    expect(result.byOutcome.o?.unitsAvoided).toBeCloseTo(24.4, 12);
    expect(result.totals.bcr).toBeNull();
    expect(result.totals.roi).toBeNull();
    expect(result.totals.paybackOffset).toBe(0);
    expect(result.totals.breakEvenEffectScale).toBe(0);
  });

  it("lists only payers with a non-zero share, in a fixed order", () => {
    const result = computeScenario({
      ...base,
      costs: [
        {
          id: "x",
          label: "",
          payers: { other: 0.5, municipality: 0.5, region: 0 },
          kind: "oneOff",
          offset: 0,
          amount: 1,
        },
      ],
    });
    expect(Object.keys(result.byPayer)).toEqual(["municipality", "other"]);
    expect(Object.keys(result.years[0]?.byPayer ?? {})).toEqual(["municipality", "other"]);
  });

  it("gives null ratios and break-even when there are no costs or no benefits", () => {
    const empty = computeScenario(base);
    expect(empty.totals).toMatchObject({
      npv: 0,
      bcr: null,
      roi: null,
      paybackOffset: 0,
      discountedPaybackOffset: 0,
      breakEvenEffectScale: null,
    });
    const costOnly = computeScenario({
      ...base,
      costs: [{ id: "x", label: "", payers: { municipality: 1 }, kind: "oneOff", offset: 0, amount: 5 }],
    });
    expect(costOnly.totals).toMatchObject({
      bcr: 0,
      roi: -1,
      paybackOffset: null,
      breakEvenEffectScale: null,
    });
  });

  it("keeps an id such as __proto__ as an ordinary key", () => {
    const result = computeScenario({
      ...base,
      outcomes: [
        {
          id: "__proto__",
          label: "",
          payers: { municipality: 1 },
          unit: "x",
          unitCost: 1,
          baselineUnitsPerParticipant: 1,
          effect: 1,
          durationYears: 1,
        },
      ],
    });
    expect(Object.keys(result.byOutcome)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(result.byOutcome)).toBe(Object.prototype);
  });

  it("refuses invalid input, listing the problems", () => {
    expect(() => computeScenario({ ...base, horizonYears: 0 })).toThrow(ScenarioInputError);
    try {
      computeScenario({ ...base, horizonYears: 51, discountRate: -1 });
    } catch (error) {
      expect((error as ScenarioInputError).issues.map((issue) => issue.path)).toEqual([
        "horizonYears",
        "discountRate",
      ]);
    }
  });
});

describe("paybackOffset", () => {
  it("is the first offset from which the cumulative net stays non-negative", () => {
    expect(paybackOffset([-1, -2, 3, 4])).toBe(2);
    expect(paybackOffset([-1, 2, -1, 4, 5])).toBe(3);
    expect(paybackOffset([0, 1, 2])).toBe(0);
    expect(paybackOffset([1, -1, 0])).toBe(2);
  });

  it("is null when the cumulative net is negative in the last year", () => {
    expect(paybackOffset([1, 2, -0.01])).toBeNull();
    expect(paybackOffset([])).toBeNull();
  });
});
