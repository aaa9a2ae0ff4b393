// The workbook's formulas, recalculated by a real spreadsheet engine (LibreOffice Calc, from Debian's
// libreoffice-calc-nogui), give the domain engine's results to 1e-6 for every template and the worked example, and
// follow when a controller changes an assumption. LibreOffice must be installed: .ci/run installs it, and without
// it this test fails, saying so.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  computeScenario,
  requireScenarioInput,
  scenarioTemplates,
  workedExampleScenario,
  type ScenarioInput,
  type ScenarioResult,
} from "@insats/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppLocale } from "@/i18n/routing";
import { buildScenarioWorkbook, notDefined, type WorkbookNames } from "./excel";
import { recalculateWorkbooks } from "./libreoffice-recalc";
import { exportRecord, exportTranslator } from "./test-translations";
import { computedCell as computed, namedCells } from "./workbook-cells";


interface Case {
  file: string;
  locale: AppLocale;
  /** The input the recalculated workbook must match. */
  expected: ScenarioInput;
  names: WorkbookNames;
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

function expectWorkbookEquals(workbook: ExcelJS.Workbook, names: WorkbookNames, input: ScenarioInput, result: ScenarioResult, label: string) {
  const one = (name: string) => computed(namedCells(workbook, name)[0]!);
  const { totals } = result;
  expectClose(one(names.totals.pvCosts), totals.pvCosts, `${label} pvCosts`);
  expectClose(one(names.totals.pvBenefits), totals.pvBenefits, `${label} pvBenefits`);
  expectClose(one(names.totals.npv), totals.npv, `${label} npv`);
  expectClose(one(names.totals.bcr), totals.bcr, `${label} bcr`);
  expectClose(one(names.totals.roi), totals.roi, `${label} roi`);
  expectClose(one(names.totals.breakEven), totals.breakEvenEffectScale, `${label} breakEvenEffectScale`);
  const year = (offset: number | null) => (offset === null ? null : input.startYear + offset);
  expectClose(one(names.totals.paybackYear), year(totals.paybackOffset), `${label} payback`);
  expectClose(one(names.totals.discountedPaybackYear), year(totals.discountedPaybackOffset), `${label} discounted payback`);

  const series = {
    costs: "costs",
    benefits: "benefits",
    net: "net",
    cumulativeNet: "cumulativeNet",
    discountFactor: "discountFactor",
    pvCosts: "pvCosts",
    pvBenefits: "pvBenefits",
    pvNet: "pvNet",
    cumulativePvNet: "cumulativePvNet",
  } as const;
  for (const key of Object.keys(series) as (keyof typeof series)[]) {
    const cells = namedCells(workbook, names.years[key]);
    expect(cells, `${label} ${key}`).toHaveLength(result.years.length);
    cells.forEach((cell, t) => expectClose(computed(cell), result.years[t]![key], `${label} ${key}[${t}]`));
  }
  for (const [payer, totalsOfPayer] of Object.entries(result.byPayer)) {
    const payerNames = names.byPayer[payer as keyof typeof names.byPayer]!;
    expectClose(one(payerNames.pvCosts), totalsOfPayer.pvCosts, `${label} ${payer} pvCosts`);
    expectClose(one(payerNames.pvBenefits), totalsOfPayer.pvBenefits, `${label} ${payer} pvBenefits`);
    expectClose(one(payerNames.npv), totalsOfPayer.npv, `${label} ${payer} npv`);
  }
  expect(Object.keys(names.byPayer).sort()).toEqual(Object.keys(result.byPayer).sort());
  for (const [id, outcome] of Object.entries(result.byOutcome)) {
    expectClose(one(names.byOutcome[id]!.pvBenefits), outcome.pvBenefits, `${label} ${id} pvBenefits`);
    expectClose(one(names.byOutcome[id]!.unitsAvoided), outcome.unitsAvoided, `${label} ${id} unitsAvoided`);
    namedCells(workbook, names.byOutcome[id]!.yearUnitsAvoided).forEach((cell, t) =>
      expectClose(computed(cell), result.years[t]!.unitsAvoided[id]!, `${label} ${id} unitsAvoided[${t}]`),
    );
    namedCells(workbook, names.byOutcome[id]!.yearBenefits).forEach((cell, t) =>
      expectClose(computed(cell), result.years[t]!.benefitsByOutcome[id]!, `${label} ${id} benefits[${t}]`),
    );
  }
}

function countFormulas(workbook: ExcelJS.Workbook): number {
  let count = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && count++))));
  return count;
}

/** Sets the cell behind a defined name (an input) to a plain number, as a controller would type it. */
function setInput(workbook: ExcelJS.Workbook, name: string, value: number, column?: string) {
  const cell = namedCells(workbook, name)[0]!;
  (column ? cell.worksheet.getCell(`${column}${cell.row}`) : cell).value = value;
}

describe("the workbook recalculated by LibreOffice", () => {
  let dir: string;
  const cases: Case[] = [];
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "insats-recalc-"));
    const build = (file: string, locale: AppLocale, input: ScenarioInput, templateId: string | null) => {
      const { workbook, names } = buildScenarioWorkbook(exportRecord(input, templateId), locale, exportTranslator(locale) as never);
      cases.push({ file, locale, expected: input, names, workbook });
      return cases.at(-1)!;
    };
    for (const template of scenarioTemplates) build(`${template.id}.xlsx`, "sv", template.input, template.id);
    const worked = requireScenarioInput(workedExampleScenario);
    build("worked-example.xlsx", "en", worked, null);

    // A controller's changes: the discount rate and the low end of the effect's range (which moves its midpoint),
    // and in the worked example the second cohort's size and a drop-off of 100 % (the effect lasts one year).
    const social = scenarioTemplates.find((template) => template.id === "social-assistance")!.input;
    const changed = build("social-assistance-changed.xlsx", "sv", social, "social-assistance");
    setInput(changed.workbook, changed.names.inputs.discountRate!, 0.05);
    setInput(changed.workbook, changed.names.inputs["outcomes.welfare.effect"]!, 0.3, "E");
    const welfare = social.outcomes[0]!;
    if (typeof welfare.effect === "number" || welfare.effect.dist !== "uniform") throw new Error("The template's effect is no longer uniform");
    changed.expected = { ...social, discountRate: 0.05, outcomes: [{ ...welfare, effect: { ...welfare.effect, min: 0.3 } }, ...social.outcomes.slice(1)] };
    const cohorts = build("worked-example-changed.xlsx", "en", worked, null);
    setInput(cohorts.workbook, cohorts.names.inputs["cohorts.1.participants"]!, 45);
    setInput(cohorts.workbook, cohorts.names.inputs["outcomes.welfare.dropOff"]!, 1);
    cohorts.expected = {
      ...worked,
      cohorts: [worked.cohorts[0]!, { ...worked.cohorts[1]!, participants: 45 }],
      outcomes: [{ ...worked.outcomes[0]!, dropOff: 1 }],
    };

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
    console.info(`Largest relative difference between the recalculated workbooks and the engine: ${largestDifference.toExponential(2)}`);
    if (dir && !process.env.KEEP_RECALC) await rm(dir, { recursive: true, force: true });
  });

  it("equals the engine for every template, the worked example and a controller's changes", () => {
    expect(cases.map(({ file }) => file)).toEqual([
      ...scenarioTemplates.map((template) => `${template.id}.xlsx`),
      "worked-example.xlsx",
      "social-assistance-changed.xlsx",
      "worked-example-changed.xlsx",
    ]);
    for (const { file, names, expected } of cases) {
      expectWorkbookEquals(recalculated.get(file)!, names, expected, computeScenario(expected), file);
    }
    // The changes moved the results: the changed workbooks are not the unchanged ones.
    const npv = (file: string, names: WorkbookNames) => computed(namedCells(recalculated.get(file)!, names.totals.npv)[0]!);
    const [social, socialChanged] = [cases.find((c) => c.file === "social-assistance.xlsx")!, cases.find((c) => c.file === "social-assistance-changed.xlsx")!];
    expect(npv(socialChanged.file, socialChanged.names)).not.toBeCloseTo(npv(social.file, social.names) as number, 0);
  });

  it("computes with formulas, which LibreOffice keeps", () => {
    const counts = cases.map(({ file, workbook }) => ({ file, written: countFormulas(workbook), recalculated: countFormulas(recalculated.get(file)!) }));
    console.info(`Formulas per workbook: ${counts.map(({ file, written }) => `${file} ${written}`).join(", ")}`);
    for (const { file, written, recalculated: kept } of counts) {
      expect(kept, file).toBe(written);
      expect(written, file).toBeGreaterThan(50);
    }
    // The worked example: 10 years × 20 formula columns, 16 totals, the summary's price year, 8 key figures and one
    // outcome's present value, the effect's base value (a uniform's midpoint) and 2 payers × 3 present values.
    expect(counts.find(({ file }) => file === "worked-example.xlsx")!.written).toBe(10 * 20 + 16 + (1 + 8 + 1) + 1 + 2 * 3);
  });
});
