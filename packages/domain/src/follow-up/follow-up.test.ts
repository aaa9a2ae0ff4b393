import { describe, expect, it } from "vitest";
import { computeScenario } from "../scenario/compute.ts";
import { workedExampleScenario } from "../scenario/worked-example.ts";
import { followUp } from "./follow-up.ts";
import {
  actualsEntryOf,
  actualsReportSchema,
  decisionSchema,
  FollowUpInputError,
  followUpResultSchema,
  parseFollowUpInput,
  type FollowUpInputJson,
} from "./schema.ts";
import { workedExampleFollowUp } from "./worked-example.ts";

/** A figure passes when it lies within half a unit of the last printed digit of the contract's rounding. */
function expectPrinted(actual: number | null | undefined, printed: number, decimals: number) {
  expect(actual).toBeTypeOf("number");
  expect(Math.abs((actual as number) - printed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * (1 + 1e-9));
}

describe("followUp: the worked example of the contract", () => {
  const result = followUp(workedExampleFollowUp);

  it("measures the realisation rate over the reported years (42 of 42.63 units)", () => {
    expectPrinted(result.realisationRate.welfare, 0.985222, 6);
  });

  it("reproduces the outturn present values and the variance", () => {
    expectPrinted(result.totals.outturn.pvCosts, 8_974_444.44, 2);
    expectPrinted(result.totals.outturn.pvBenefits, 17_570_837.19, 2);
    expectPrinted(result.totals.outturn.npv, 8_596_392.74, 2);
    expectPrinted(result.totals.varianceNpv, 477.55, 2);
    expectPrinted(result.byPayer.state?.outturn.npv, -215_000, 2);
  });

  it("keeps the forecast equal to computeScenario's", () => {
    const forecast = computeScenario(workedExampleScenario);
    expect(result.totals.forecast.npv).toBeCloseTo(forecast.totals.npv, 6);
    expect(result.years.map((year) => year.forecast.net)).toEqual(forecast.years.map((year) => year.net));
  });

  it("reproduces the outturn net by offset", () => {
    const printed = [-3_214_560, -1_311_400, 2_714_796, 2_443_316];
    printed.forEach((net, offset) => expectPrinted(result.years[offset]?.outturn.net, net, 0));
  });

  it("repays the fund from the municipality's savings, from offset 1, up to the grant", () => {
    const printed = [0, 1_644_300, 1_357_398, 1_221_658, 776_644, 0, 0, 0, 0, 0];
    printed.forEach((repayment, offset) =>
      expectPrinted(result.years[offset]?.fund?.repayment, repayment, 0),
    );
    expect(result.fund?.repaid).toBeCloseTo(5_000_000, 6);
    expect(result.fund?.repaidByOffset).toBe(4);
    expectPrinted(result.fund?.reportedRepaid, 1_644_300, 0);
    expect(result.fund?.balance).toBeCloseTo(0, 6);
  });

  it("marks the reported years and the measured units", () => {
    expect(result.years.map((year) => year.reported)).toEqual([
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
    expect(result.years[1]?.unitsAvoided.welfare).toEqual({
      forecast: expect.any(Number),
      outturn: 30,
      measured: true,
    });
    expect(result.years[2]?.unitsAvoided.welfare?.measured).toBe(false);
  });

  it("matches the published result schema", () => {
    expect(followUpResultSchema.parse(result)).toEqual(result);
  });
});

describe("parseFollowUpInput", () => {
  const paths = (json: unknown) => {
    const parsed = parseFollowUpInput(json);
    return parsed.success ? [] : parsed.issues.map((issue) => issue.path);
  };

  it("fills in the defaults: no actuals, fund from offset 0, cap = grant", () => {
    const parsed = parseFollowUpInput({
      version: 1,
      scenario: workedExampleScenario,
      fund: { grant: 1_000_000, repaymentShare: 0.2, payers: ["municipality"] },
    });
    expect(parsed.success && parsed.data.actuals).toEqual([]);
    expect(parsed.success && parsed.data.fund).toMatchObject({ fromOffset: 0, cap: 1_000_000 });
  });

  it("lists every problem by path", () => {
    const input = {
      version: 1,
      scenario: workedExampleScenario,
      actuals: [
        { offset: 0, costs: { employment: 1 } },
        { offset: 0, unitsAvoided: { welfare: 1 } },
        { offset: 10, costs: { nosuchline: 5 } },
        { offset: 2, unitsAvoided: { nosuchoutcome: 1 }, costs: { employment: Number.NaN } },
        { offset: 3, unitsAvoided: { welfare: Number.POSITIVE_INFINITY } },
      ],
      fund: { grant: 0, repaymentShare: 1.5, payers: [] },
    };
    expect(paths(input).sort()).toEqual(
      [
        "actuals.3.costs.employment",
        "actuals.4.unitsAvoided.welfare",
        "fund.grant",
        "fund.repaymentShare",
        "fund.payers",
      ].sort(),
    );
    // Once the figures are well formed, the checks against the scenario speak.
    const wellFormed = {
      ...input,
      actuals: [...input.actuals.slice(0, 3), { offset: 2, unitsAvoided: { nosuchoutcome: 1 } }],
      fund: { grant: 1, repaymentShare: 0.5, payers: ["municipality", "municipality"] },
    };
    expect(paths(wellFormed).sort()).toEqual(
      [
        "actuals.1.offset",
        "actuals.2.offset",
        "actuals.2.costs.nosuchline",
        "actuals.3.unitsAvoided.nosuchoutcome",
        "fund.payers",
      ].sort(),
    );
  });

  it("refuses negative costs and figures beyond their bounds", () => {
    const base: FollowUpInputJson = { version: 1, scenario: workedExampleScenario };
    expect(paths({ ...base, actuals: [{ offset: 0, costs: { employment: -1 } }] })).toEqual([
      "actuals.0.costs.employment",
    ]);
    expect(paths({ ...base, actuals: [{ offset: 0, costs: { employment: 1e13 } }] })).toEqual([
      "actuals.0.costs.employment",
    ]);
    expect(paths({ ...base, actuals: [{ offset: 0, unitsAvoided: { welfare: 1e10 } }] })).toEqual([
      "actuals.0.unitsAvoided.welfare",
    ]);
    expect(paths({ ...base, actuals: [{ offset: 0, costs: { ["x".repeat(101)]: 1 } }] })).toContain(
      "actuals.0.costs",
    );
    expect(paths({ ...base, actuals: [{ offset: 0, unitsAvoided: { "": 1 } }] })).toContain(
      "actuals.0.unitsAvoided",
    );
    expect(paths({ ...base, fund: { grant: 1, repaymentShare: -0.1, payers: ["municipality"] } })).toEqual([
      "fund.repaymentShare",
    ]);
  });

  it("refuses a result that would overflow (a forecast of almost nothing against a measured figure)", () => {
    // A drop-off of all but 2^-53 leaves 1e-302 units of the forecast in year 19; measuring a million units
    // there makes the pace 9e307, and the first year's re-forecast (14.7 units) overflows.
    const vanishing = {
      ...workedExampleScenario,
      horizonYears: 50,
      cohorts: [{ startOffset: 0, participants: 30 }],
      outcomes: workedExampleScenario.outcomes.map((outcome) => ({
        ...outcome,
        durationYears: 50,
        dropOff: 1 - 2 ** -53,
        unitCost: 1e9,
      })),
    };
    expect(() =>
      followUp({
        version: 1,
        scenario: vanishing,
        actuals: [{ offset: 19, unitsAvoided: { welfare: 1e6 } }],
      }),
    ).toThrow(/too large to compute/);
  });

  it("is what followUp throws", () => {
    expect(() =>
      followUp({ version: 1, scenario: workedExampleScenario, actuals: [{ offset: 99 }] }),
    ).toThrow(FollowUpInputError);
  });
});

describe("decisions and reported years as stored", () => {
  it("accepts a decision with a fund rule and refuses one without a body's name", () => {
    expect(
      decisionSchema.safeParse({
        decidedOn: "2026-03-12",
        body: { kind: "fundBoard", name: "Fonden för sociala investeringar" },
        fund: { grant: 5_000_000, repaymentShare: 0.5, payers: ["municipality"] },
      }).success,
    ).toBe(true);
    const refused = decisionSchema.safeParse({
      decidedOn: "2026-02-30",
      body: { kind: "committee", name: " " },
    });
    expect(refused.error?.issues.map((issue) => issue.path.join("."))).toEqual(["decidedOn", "body.name"]);
  });

  it("keeps a note and a source per reported figure, and gives the engine the figures alone", () => {
    const report = actualsReportSchema.parse({
      offset: 0,
      costs: { employment: 4_100_000 },
      notes: { "costs.employment": { note: "Lönekostnad enligt bokslut", source: "Bokslut 2026" } },
    });
    expect(actualsEntryOf(report)).toEqual({ offset: 0, costs: { employment: 4_100_000 } });
    expect(actualsReportSchema.safeParse({ offset: 0, notes: { employment: { note: "x" } } }).success).toBe(
      false,
    );
  });
});

describe("followUp: costs per line", () => {
  it("gives each line's forecast and outturn, the reported figure where there is one", () => {
    const result = followUp(workedExampleFollowUp);
    const forecast = computeScenario(workedExampleScenario);
    const [first, second, third] = result.years;
    expect(first?.costsByLine.employment).toMatchObject({ outturn: 4_100_000, reported: true });
    expect(first?.costsByLine.coordination).toMatchObject({ outturn: 430_000, reported: true });
    // Offset 1 reports employment only: coordination counts at its forecast there.
    expect(second?.costsByLine.coordination?.reported).toBe(false);
    expect(second?.costsByLine.coordination?.outturn).toBe(second?.costsByLine.coordination?.forecast);
    expect(third?.costsByLine.employment?.reported).toBe(false);
    result.years.forEach((year, t) => {
      const lines = Object.values(year.costsByLine);
      expect(lines.reduce((sum, line) => sum + line.forecast, 0)).toBeCloseTo(forecast.years[t]!.costs, 6);
      expect(lines.reduce((sum, line) => sum + line.outturn, 0)).toBeCloseTo(year.outturn.costs, 6);
    });
  });
});

describe("followUp: ids that are also names of Object's properties", () => {
  it("keeps an outcome and a cost line with the id __proto__ as ordinary keys", () => {
    const scenario = {
      ...workedExampleScenario,
      costs: workedExampleScenario.costs.map((line, index) => (index === 0 ? { ...line, id: "__proto__" } : line)),
      outcomes: workedExampleScenario.outcomes.map((outcome) => ({ ...outcome, id: "__proto__" })),
    };
    // Reported costs of another line only: the "__proto__" line counts at its forecast, not as Object's prototype.
    const result = followUp({ version: 1, scenario, actuals: [{ offset: 0, costs: { coordination: 430_000 } }] });
    const first = result.years[0]!;
    expect(Object.keys(first.unitsAvoided)).toEqual(["__proto__"]);
    expect(Object.keys(result.realisationRate)).toEqual(["__proto__"]);
    expect(first.costsByLine.__proto__).toMatchObject({ reported: false });
    expect(Number.isFinite(result.totals.outturn.npv)).toBe(true);
    expect(Object.getPrototypeOf(first.costsByLine)).toBe(Object.prototype);
    expect(Object.keys(first.costsByLine)).toContain("__proto__");
  });
});
