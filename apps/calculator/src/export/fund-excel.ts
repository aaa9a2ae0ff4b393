// The fund's books as an Excel workbook: every decided investment with its grant, what has been repaid in the
// reported years, what is outstanding, the repayments expected per year ahead and the year each is expected to be
// repaid — all formulas over one ledger sheet keyed by investment, whose repayments are the engine's (reported
// years' outturn, the other years re-forecast at the pace measured so far) and whose balances are running sums.
// Changing a repayment in the ledger moves every balance, sum and expected year. Every word comes from messages.
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import type { Fund } from "@/follow-up/load";
import type { AppLocale } from "@/i18n/routing";
import { column, notDefined, numberFormats, safeText, sheetRef, styleHeader, type Translate } from "./excel";

/** The defined names and cells of the results, for a reader's own formulas and for the recalculation test. */
export interface FundWorkbookNames {
  /** Per investment (by scenario id): the cells of its row on the investments sheet. */
  investments: Record<string, { repaid: string; outstanding: string; repaidInYear: string; expected: Record<number, string>; balances: string[] }>;
  /** Expected repayment per calendar year, summed over the investments. */
  expectedByYear: Record<number, string>;
  totals: Record<"grants" | "repaid" | "outstanding", string>;
}

export interface BuiltFundWorkbook {
  workbook: ExcelJS.Workbook;
  names: FundWorkbookNames;
}

/** Builds the fund's workbook; `t` is a translator at the messages' root in the export's language. */
export function buildFundWorkbook(fund: Fund, organisation: string, t: Translate): BuiltFundWorkbook {
  const w = (key: string, values?: Record<string, string | number>) => t(`fundWorkbook.${key}`, values);
  const reportedWord = t("fund.reported");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Insats";
  workbook.title = w("title", { organisation });
  workbook.calcProperties.fullCalcOnLoad = true;

  const investmentsSheet = workbook.addWorksheet(w("sheets.investments"));
  const ledgerSheet = workbook.addWorksheet(w("sheets.ledger"));
  const ledgerRef = sheetRef(ledgerSheet);
  const cell = (sheet: ExcelJS.Worksheet, col: number, row: number) => `${sheetRef(sheet)}!$${column(col)}$${row}`;

  // Investments: A number (the ledger's key), B name, C decided on, D decided by, E grant, F repaid, G outstanding,
  // H expected repayment year, then one column per year with expected repayments.
  const years = fund.expectedByYear.map((entry) => entry.year);
  const yearCol = (index: number) => 9 + index;
  investmentsSheet.addRow([safeText(w("title", { organisation }))]).font = { bold: true, size: 14 };
  const howTo = investmentsSheet.addRow([w("howTo")]);
  investmentsSheet.mergeCells(howTo.number, 1, howTo.number, 8);
  howTo.alignment = { wrapText: true, vertical: "top" };
  howTo.height = 48;
  investmentsSheet.addRow([]);
  const header = investmentsSheet.addRow([
    w("number"),
    t("fund.investment"),
    w("decidedOn"),
    w("decidedBy"),
    t("fund.grant"),
    w("repaidSoFar"),
    t("fund.outstanding"),
    w("repaidInYear"),
    ...years.map((year) => w("expectedIn", { year })),
  ]);
  styleHeader(header);
  const first = header.number + 1;
  const last = first + fund.investments.length - 1;

  // The ledger, one row per investment and year, keyed by the investment's number.
  ledgerSheet.columns = [{ width: 12 }, { width: 40 }, { width: 8 }, { width: 10 }, { width: 18 }, { width: 18 }];
  styleHeader(ledgerSheet.addRow([w("number"), t("fund.investment"), t("fund.year"), t("fund.kind"), w("repayment"), w("balance")]));
  ledgerSheet.views = [{ state: "frozen", ySplit: 1 }];
  const ledgerFirst = 2;
  const ledgerLast = ledgerFirst + fund.investments.reduce((sum, investment) => sum + investment.ledger.length, 0) - 1;
  const ledgerColumn = (col: number) => `${ledgerRef}!$${column(col)}$${ledgerFirst}:$${column(col)}$${Math.max(ledgerFirst, ledgerLast)}`;
  const [keys, ledgerYears, kinds, repayments, balances] = [1, 3, 4, 5, 6].map(ledgerColumn) as [string, string, string, string, string];

  const names: FundWorkbookNames = { investments: {}, expectedByYear: {}, totals: { grants: "", repaid: "", outstanding: "" } };
  fund.investments.forEach((investment, index) => {
    const r = first + index;
    const number = index + 1;
    const grantCell = cell(investmentsSheet, 5, r);
    const balanceCells: string[] = [];
    const firstYear = cell(ledgerSheet, 3, ledgerSheet.rowCount + 1);
    investment.ledger.forEach((entry, t0) => {
      const row = ledgerSheet.addRow([number, safeText(investment.decision.scenarioName), entry.year, entry.reported ? reportedWord : t("fund.expected"), entry.repayment]);
      const lr = row.number;
      // The balance: repayments so far less the grant (the grant is paid out in the first year).
      row.getCell(6).value = { formula: t0 === 0 ? `E${lr}-${grantCell}` : `F${lr - 1}+E${lr}` };
      row.getCell(3).numFmt = numberFormats.year;
      row.getCell(5).numFmt = numberFormats.money;
      row.getCell(6).numFmt = numberFormats.money;
      balanceCells.push(cell(ledgerSheet, 6, lr));
    });
    const mine = `${keys},$A${r}`;
    const row = investmentsSheet.getRow(r);
    row.getCell(1).value = number;
    row.getCell(2).value = safeText(investment.decision.scenarioName);
    row.getCell(3).value = new Date(`${investment.decision.decidedOn}T00:00:00Z`);
    row.getCell(3).numFmt = "yyyy-mm-dd";
    row.getCell(4).value = safeText(investment.decision.body.name);
    row.getCell(5).value = investment.grant;
    row.getCell(6).value = { formula: `SUMIFS(${repayments},${mine},${kinds},"${reportedWord}")` };
    row.getCell(7).value = { formula: `E${r}-F${r}` };
    // The balance never falls: it reaches 0 in the year after those it is below 0 (none when it never does).
    row.getCell(8).value = { formula: `IF(COUNTIFS(${mine},${balances},">=0")=0,"${notDefined}",${firstYear}+COUNTIFS(${mine},${balances},"<0"))` };
    row.getCell(8).numFmt = numberFormats.year;
    for (const col of [5, 6, 7]) row.getCell(col).numFmt = numberFormats.money;
    const expected: Record<number, string> = {};
    years.forEach((year, y) => {
      const target = row.getCell(yearCol(y));
      target.value = { formula: `SUMIFS(${repayments},${mine},${ledgerYears},${year},${kinds},"${t("fund.expected")}")` };
      target.numFmt = numberFormats.money;
      expected[year] = cell(investmentsSheet, yearCol(y), r);
    });
    names.investments[investment.decision.scenarioId] = {
      repaid: cell(investmentsSheet, 6, r),
      outstanding: cell(investmentsSheet, 7, r),
      repaidInYear: cell(investmentsSheet, 8, r),
      expected,
      balances: balanceCells,
    };
  });

  const totals = investmentsSheet.getRow(last + 1);
  totals.getCell(2).value = w("total");
  totals.font = { bold: true };
  const sumColumn = (col: number) => {
    const target = totals.getCell(col);
    target.value = { formula: fund.investments.length === 0 ? "0" : `SUM(${column(col)}${first}:${column(col)}${last})` };
    target.numFmt = numberFormats.money;
    return cell(investmentsSheet, col, last + 1);
  };
  names.totals = { grants: sumColumn(5), repaid: sumColumn(6), outstanding: sumColumn(7) };
  years.forEach((year, y) => void (names.expectedByYear[year] = sumColumn(yearCol(y))));

  investmentsSheet.columns.forEach((col, index) => void (col.width = [8, 40, 12, 32, 16, 16, 16, 14][index] ?? 14));
  investmentsSheet.views = [{ state: "frozen", xSplit: 2, ySplit: header.number }];
  for (const sheet of workbook.worksheets) {
    sheet.pageSetup = { paperSize: 9, orientation: sheet === investmentsSheet ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }
  return { workbook, names };
}

export async function fundWorkbook(fund: Fund, organisation: string, locale: AppLocale): Promise<Buffer> {
  const t = await getTranslations({ locale });
  const { workbook } = buildFundWorkbook(fund, organisation, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
