// The follow-up workbook's formulas, recalculated by LibreOffice Calc, give the engine's follow-up to 1e-6: each
// cost line's outturn, each outcome's pace and re-forecast, the present values and their variance, and the fund's
// ledger — for the contract's worked example, a scenario of two outcomes with a capped fund, one without a fund or
// reports, and a controller's changes to reported figures. LibreOffice must be installed (see excel.recalc.test.ts).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  realisedShare,
  scenarioTemplates,
  workedExampleFollowUp,
  workedExampleScenario,
  type ScenarioInputJson,
} from "@insats/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowUp } from "@/follow-up/load";
import type { AppLocale } from "@/i18n/routing";
import { notDefined } from "./excel";
import { buildFollowUpWorkbook, type FollowUpWorkbookNames } from "./follow-up-excel";
import { recalculateWorkbooks } from "./libreoffice-recalc";
import { exportTranslator, followUpRecord } from "./test-translations";
import { computedCell, namedCells } from "./workbook-cells";

const twoOutcomes: ScenarioInputJson = {
  ...workedExampleScenario,
  name: "Två effekter",
  outcomes: [
    ...workedExampleScenario.outcomes,
    {
      ...workedExampleScenario.outcomes[0]!,
      id: "health",
      label: "Vårddagar",
      unit: "care-day",
      payers: { region: 0.7, municipality: 0.3 },
      unitCost: { dist: "triangular", min: 5_000, mode: 8_000, max: 9_000 },
      unitCostGrowth: 0.02,
      deadweight: 0.1,
      attribution: 0.8,
      displacement: { dist: "uniform", min: 0, max: 0.1 },
      lagYears: 1,
    },
  ],
};

interface Case {
  file: string;
  locale: AppLocale;
  expected: FollowUp;
  names: FollowUpWorkbookNames;
  workbook: ExcelJS.Workbook;
}

let largestDifference = 0;
function expectClose(actual: number | string, expected: number | null, what: string) {
  if (expected === null) {
    expect(actual, what).toBe(notDefined);
    return;
  }
  expect(typeof actual, what).toBe("number");
  const difference = Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), 1);
  largestDifference = Math.max(largestDifference, difference);
  expect(difference, `${what}: workbook ${actual}, engine ${expected}`).toBeLessThanOrEqual(1e-6);
}

function expectWorkbookEquals(workbook: ExcelJS.Workbook, names: FollowUpWorkbookNames, expected: FollowUp, label: string) {
  const { result, decision, scenario } = expected;
  const one = (name: string) => computedCell(namedCells(workbook, name)[0]!);
  const series = (name: string) => namedCells(workbook, name).map(computedCell);
  expectClose(one(names.totals.forecastPvCosts), result.totals.forecast.pvCosts, `${label} forecast pvCosts`);
  expectClose(one(names.totals.forecastPvBenefits), result.totals.forecast.pvBenefits, `${label} forecast pvBenefits`);
  expectClose(one(names.totals.forecastNpv), result.totals.forecast.npv, `${label} forecast npv`);
  expectClose(one(names.totals.outturnPvCosts), result.totals.outturn.pvCosts, `${label} outturn pvCosts`);
  expectClose(one(names.totals.outturnPvBenefits), result.totals.outturn.pvBenefits, `${label} outturn pvBenefits`);
  expectClose(one(names.totals.outturnNpv), result.totals.outturn.npv, `${label} outturn npv`);
  expectClose(one(names.totals.varianceNpv), result.totals.varianceNpv, `${label} variance`);
  expectClose(one(names.realisedShare), realisedShare(expected.result), `${label} realised share`);
  const yearSeries = {
    forecastCosts: (t: number) => result.years[t]!.forecast.costs,
    outturnCosts: (t: number) => result.years[t]!.outturn.costs,
    forecastBenefits: (t: number) => result.years[t]!.forecast.benefits,
    outturnBenefits: (t: number) => result.years[t]!.outturn.benefits,
    forecastNet: (t: number) => result.years[t]!.forecast.net,
    outturnNet: (t: number) => result.years[t]!.outturn.net,
  };
  for (const [key, value] of Object.entries(yearSeries)) {
    const cells = series(names.years[key as keyof typeof yearSeries]);
    expect(cells, `${label} ${key}`).toHaveLength(scenario.horizonYears);
    cells.forEach((cell, t) => expectClose(cell, value(t), `${label} ${key}[${t}]`));
  }
  for (const line of scenario.costs) {
    series(names.costs[line.id]!.outturn).forEach((cell, t) => expectClose(cell, result.years[t]!.costsByLine[line.id]!.outturn, `${label} ${line.id}[${t}]`));
  }
  for (const outcome of scenario.outcomes) {
    const outcomeNames = names.outcomes[outcome.id]!;
    expectClose(one(outcomeNames.rate), result.realisationRate[outcome.id]!, `${label} ${outcome.id} rate`);
    series(outcomeNames.outturnUnits).forEach((cell, t) => expectClose(cell, result.years[t]!.unitsAvoided[outcome.id]!.outturn, `${label} ${outcome.id} units[${t}]`));
  }
  expect(Boolean(names.fund), label).toBe(Boolean(decision.fund));
  if (names.fund && result.fund && decision.fund) {
    series(names.fund.repayment).forEach((cell, t) => expectClose(cell, result.years[t]!.fund!.repayment, `${label} repayment[${t}]`));
    series(names.fund.balance).forEach((cell, t) => expectClose(cell, result.years[t]!.fund!.balance, `${label} balance[${t}]`));
    expectClose(one(names.fund.repaid), result.fund.repaid, `${label} repaid`);
    expectClose(one(names.fund.reportedRepaid), result.fund.reportedRepaid, `${label} reportedRepaid`);
    expectClose(one(names.fund.outstanding), decision.fund.grant - result.fund.reportedRepaid, `${label} outstanding`);
    const repaidBy = result.fund.repaidByOffset;
    expectClose(one(names.fund.repaidInYear), repaidBy === null ? null : scenario.startYear + repaidBy, `${label} repaid in year`);
  }
}

/** Sets the first cell of a named range's row `offset` to a number, as a controller would type it. */
function setCell(workbook: ExcelJS.Workbook, name: string, offset: number, value: number) {
  namedCells(workbook, name)[offset]!.value = value;
}

describe("the follow-up workbook recalculated by LibreOffice", () => {
  let dir: string;
  const cases: Case[] = [];
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "insats-follow-up-recalc-"));
    const build = (file: string, locale: AppLocale, expected: FollowUp) => {
      const { workbook, names } = buildFollowUpWorkbook(expected, exportTranslator(locale) as never);
      cases.push({ file, locale, expected, names, workbook });
      return cases.at(-1)!;
    };
    build("worked-example.xlsx", "sv", followUpRecord(workedExampleFollowUp));
    build(
      "two-outcomes.xlsx",
      "en",
      followUpRecord({
        version: 1,
        scenario: twoOutcomes,
        actuals: [
          { offset: 0, costs: { coordination: 510_000 }, unitsAvoided: { welfare: 9, health: 0 } },
          { offset: 2, unitsAvoided: { health: 14.5 } },
          { offset: 3, costs: { employment: 0 } },
        ],
        fund: { grant: 4_000_000, repaymentShare: 0.4, payers: ["municipality", "region"], fromOffset: 2, cap: 3_000_000 },
      }),
    );
    const template = scenarioTemplates.find((candidate) => candidate.id === "fall-prevention")!;
    build("fall-prevention.xlsx", "sv", followUpRecord({ version: 1, scenario: template.input }));

    // A controller's changes to the reported figures: the second year's households and the first year's salaries.
    const changed = build("worked-example-changed.xlsx", "sv", followUpRecord(workedExampleFollowUp));
    setCell(changed.workbook, changed.names.outcomes.welfare!.measured, 1, 20);
    setCell(changed.workbook, changed.names.costs.employment!.reported, 0, 4_500_000);
    changed.expected = followUpRecord(workedExampleFollowUp, [
      { offset: 0, costs: { employment: 4_500_000, coordination: 430_000 }, unitsAvoided: { welfare: 12 } },
      { offset: 1, costs: { employment: 4_600_000 }, unitsAvoided: { welfare: 20 } },
    ]);

    await mkdir(join(dir, "in"));
    for (const { file, workbook } of cases) await writeFile(join(dir, "in", file), Buffer.from(await workbook.xlsx.writeBuffer()));
    await recalculateWorkbooks(
      cases.map(({ file }) => join(dir, "in", file)),
      join(dir, "out"),
    );
    for (const { file } of cases) {
      const workbook = new ExcelJS.Workbook();
      const bytes = await readFile(join(dir, "out", file));
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      recalculated.set(file, workbook);
    }
  }, 180_000);

  afterAll(async () => {
    console.info(`Largest relative difference between the recalculated follow-up workbooks and the engine: ${largestDifference.toExponential(2)}`);
    if (dir && !process.env.KEEP_RECALC) await rm(dir, { recursive: true, force: true });
  });

  it("equals the engine's follow-up, with and without a fund, and after a controller's changes", () => {
    for (const { file, names, expected } of cases) expectWorkbookEquals(recalculated.get(file)!, names, expected, file);
    // The change moved the results.
    const changed = cases.find((c) => c.file === "worked-example-changed.xlsx")!;
    const original = cases.find((c) => c.file === "worked-example.xlsx")!;
    expect(changed.expected.result.totals.outturn.npv).not.toBeCloseTo(original.expected.result.totals.outturn.npv, 0);
    // The capped fund is never repaid in full; the worked example's is, in its fifth year.
    expect(computedCell(namedCells(recalculated.get("two-outcomes.xlsx")!, cases[1]!.names.fund!.repaidInYear)[0]!)).toBe(notDefined);
    expect(computedCell(namedCells(recalculated.get("worked-example.xlsx")!, original.names.fund!.repaidInYear)[0]!)).toBe(2030);
  });

  it("names its sheets in the export's language and has no fund sheet without a fund", () => {
    expect(cases[0]!.workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Sammanfattning", "Indata", "År för år", "Kostnader", "Effekter", "Reskontra", "Kommentarer och källor"]);
    expect(cases[1]!.workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Summary", "Inputs", "Year by year", "Costs", "Effects", "Ledger", "Notes and sources"]);
    expect(cases[2]!.workbook.getWorksheet("Reskontra")).toBeUndefined();
  });
});
