// The fund workbook's formulas, recalculated by LibreOffice Calc, give the fund page's figures: repaid so far,
// outstanding, the expected year of full repayment and the expected repayments per year, summed over investments,
// and every ledger balance — also after a controller changes a repayment. LibreOffice must be installed.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workedExampleFollowUp } from "@insats/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notDefined } from "./excel";
import { buildFundWorkbook, type FundWorkbookNames } from "./fund-excel";
import { recalculateWorkbooks } from "./libreoffice-recalc";
import { exportTranslator, followUpRecord, fundRecord } from "./test-translations";
import { computedCell } from "./workbook-cells";

/** The cell at a sheet-qualified absolute address ('Sheet'!$A$1). */
function at(workbook: ExcelJS.Workbook, address: string): ExcelJS.Cell {
  const [sheet, ref] = address.split("!") as [string, string];
  return workbook.getWorksheet(sheet.replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(ref.replace(/\$/g, ""));
}

function expectClose(actual: number | string, expected: number | null, what: string) {
  if (expected === null) return expect(actual, what).toBe(notDefined);
  expect(typeof actual, what).toBe("number");
  expect(Math.abs((actual as number) - expected) / Math.max(Math.abs(expected), 1), `${what}: workbook ${actual}, expected ${expected}`).toBeLessThanOrEqual(1e-9);
}

const second = followUpRecord(
  { ...workedExampleFollowUp, fund: { grant: 9_000_000, repaymentShare: 0.3, payers: ["municipality", "state"], fromOffset: 0 } },
  [{ offset: 0, unitsAvoided: { welfare: 10 } }],
  "00000000-0000-4000-8000-000000000002",
);
const third = followUpRecord({ ...workedExampleFollowUp, actuals: [], fund: { grant: 1_000_000, repaymentShare: 1, payers: ["municipality"], fromOffset: 2 } }, [], "00000000-0000-4000-8000-000000000003");
const fund = fundRecord([followUpRecord(workedExampleFollowUp), second, third]);

describe("the fund workbook recalculated by LibreOffice", () => {
  let dir: string;
  const built = [buildFundWorkbook(fund, "Norrköpings kommun", exportTranslator("sv") as never), buildFundWorkbook(fund, "Norrköpings kommun", exportTranslator("en") as never)];
  const changed = buildFundWorkbook(fund, "Norrköpings kommun", exportTranslator("sv") as never);
  const recalculated: ExcelJS.Workbook[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "insats-fund-recalc-"));
    // A controller's change: the worked example's expected repayment of its fourth year (offset 3) halved.
    const id = fund.investments[0]!.decision.scenarioId;
    const balance = at(changed.workbook, changed.names.investments[id]!.balances[3]!);
    changed.workbook.getWorksheet(balance.worksheet.name)!.getCell(`E${balance.row}`).value = fund.investments[0]!.ledger[3]!.repayment / 2;
    await mkdir(join(dir, "in"));
    const files = ["sv.xlsx", "en.xlsx", "changed.xlsx"];
    for (const [index, { workbook }] of [...built, changed].entries()) await writeFile(join(dir, "in", files[index]!), Buffer.from(await workbook.xlsx.writeBuffer()));
    await recalculateWorkbooks(files.map((file) => join(dir, "in", file)), join(dir, "out"));
    for (const file of files) {
      const workbook = new ExcelJS.Workbook();
      const bytes = await readFile(join(dir, "out", file));
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      recalculated.push(workbook);
    }
  }, 180_000);

  afterAll(async () => {
    if (dir && !process.env.KEEP_RECALC) await rm(dir, { recursive: true, force: true });
  });

  function expectFund(workbook: ExcelJS.Workbook, names: FundWorkbookNames, label: string) {
    const value = (address: string) => computedCell(at(workbook, address));
    for (const investment of fund.investments) {
      const cells = names.investments[investment.decision.scenarioId]!;
      const what = `${label} ${investment.decision.scenarioName} ${investment.grant}`;
      expectClose(value(cells.repaid), investment.repaid, `${what} repaid`);
      expectClose(value(cells.outstanding), investment.outstanding, `${what} outstanding`);
      expectClose(value(cells.repaidInYear), investment.repaidInYear, `${what} repaid in year`);
      cells.balances.forEach((address, t) => expectClose(value(address), investment.ledger[t]!.balance, `${what} balance[${t}]`));
    }
    expect(Object.keys(names.expectedByYear).map(Number)).toEqual(fund.expectedByYear.map((entry) => entry.year));
    for (const { year, repayment } of fund.expectedByYear) expectClose(value(names.expectedByYear[year]!), repayment, `${label} expected ${year}`);
    expectClose(value(names.totals.grants), fund.totals.grants, `${label} grants`);
    expectClose(value(names.totals.repaid), fund.totals.repaid, `${label} repaid`);
    expectClose(value(names.totals.outstanding), fund.totals.outstanding, `${label} outstanding`);
  }

  it("gives the fund page's figures in both languages", () => {
    expect(fund.investments.map((investment) => investment.repaidInYear)).toEqual([2030, null, 2028]);
    expectFund(recalculated[0]!, built[0]!.names, "sv");
    expectFund(recalculated[1]!, built[1]!.names, "en");
    expect(recalculated[0]!.worksheets.map((sheet) => sheet.name)).toEqual(["Investeringar", "Reskontra"]);
    expect(recalculated[1]!.worksheets.map((sheet) => sheet.name)).toEqual(["Investments", "Ledger"]);
  });

  it("follows a changed repayment through the balances, the expected year and the sums", () => {
    const investment = fund.investments[0]!;
    const cells = changed.names.investments[investment.decision.scenarioId]!;
    const value = (address: string) => computedCell(at(recalculated[2]!, address));
    const cut = investment.ledger[3]!.repayment / 2;
    expectClose(value(cells.balances[3]!), investment.ledger[3]!.balance - cut, "balance after the change");
    // The last repayment no longer closes the grant: it is not repaid within the horizon.
    expect(value(cells.repaidInYear)).toBe(notDefined);
    const year = investment.ledger[3]!.year;
    expectClose(value(changed.names.expectedByYear[year]!), fund.expectedByYear.find((entry) => entry.year === year)!.repayment - cut, "expected that year");
  });
});
