// The scenario as an Excel workbook for controllers: inputs, the yearly table, the split by payer and the
// simulation summary. Every figure is a number cell (formatted, never text), labels are Swedish (or English), and
// no cell holds a formula: text a planner typed is escaped so that Excel cannot take it for one.
import { payerKeys, type Payer, type Uncertain } from "@insats/domain";
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import { analyseScenario } from "@/scenario/analysis";
import { inputRows } from "@/scenario/compare/input-rows";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";

// Excel shows the reader's own grouping for ",": 1 234 567 kr in a Swedish Excel.
const moneyFormat = '#,##0 "kr";-#,##0 "kr"';
const shareFormat = "0.0%";
const ratioFormat = "0.00";

/** Text that Excel or a CSV reader could take for a formula (= + - @, or a leading tab or return) gets a quote. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

type Cell = string | number | null;

function addTable(sheet: ExcelJS.Worksheet, header: string[], rows: Cell[][], formats: (string | null)[]) {
  const headerRow = sheet.addRow(header.map(safeText));
  headerRow.font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell) => (typeof cell === "string" ? safeText(cell) : cell)));
    formats.forEach((format, index) => {
      if (format) added.getCell(index + 1).numFmt = format;
    });
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 42 : 18;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** The parameters of an uncertain number in fixed columns: form, value or min, mode or mean, max, sd. */
function uncertainCells(value: Uncertain): Cell[] {
  if (typeof value === "number") return ["fixed", value, null, null, null];
  if (value.dist === "uniform") return [value.dist, value.min, null, value.max, null];
  if (value.dist === "normal") return [value.dist, value.min ?? null, value.mean, value.max ?? null, value.sd];
  return [value.dist, value.min, value.mode, value.max, null];
}

/** Labels are Swedish whatever the interface language: the workbook is for Swedish controllers and their systems. */
export async function scenarioWorkbook(scenario: ScenarioRecord): Promise<Buffer> {
  const locale = "sv";
  const t = await getTranslations({ locale, namespace: "excel" });
  const fields = await getTranslations({ locale, namespace: "fields" });
  const payerName = await getTranslations({ locale, namespace: "payers" });
  const forms = await getTranslations({ locale, namespace: "uncertain.forms" });
  const { input } = scenario;
  const { result, simulation } = analyseScenario(input);
  const payers = payerKeys.filter((payer) => result.byPayer[payer] !== undefined) as Payer[];

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Insats";
  workbook.title = scenario.name;
  workbook.created = new Date(scenario.updatedAt);

  const summary = workbook.addWorksheet(t("summarySheet"));
  addTable(
    summary,
    [t("measure"), t("value")],
    [
      [t("name"), scenario.name],
      [t("version"), scenario.version],
      [t("npv"), result.totals.npv],
      [t("pvCosts"), result.totals.pvCosts],
      [t("pvBenefits"), result.totals.pvBenefits],
      [t("bcr"), result.totals.bcr],
      [t("roi"), result.totals.roi],
      [t("paybackYear"), result.totals.paybackOffset === null ? null : input.startYear + result.totals.paybackOffset],
      [t("breakEven"), result.totals.breakEvenEffectScale],
    ],
    [null, null],
  );
  // Each summary figure has its own unit, so the formats go per cell.
  const summaryFormats: Record<number, string> = { 4: moneyFormat, 5: moneyFormat, 6: moneyFormat, 7: ratioFormat, 8: shareFormat, 10: shareFormat };
  for (const [row, format] of Object.entries(summaryFormats)) summary.getCell(Number(row), 2).numFmt = format;

  const inputs = workbook.addWorksheet(t("inputsSheet"));
  addTable(
    inputs,
    [t("field"), t("line"), t("form"), t("valueOrMin"), t("modeOrMean"), t("max"), t("sd"), t("text")],
    [...inputRows(input).values()].map((row) => {
      const label = fields(`${row.field}.label`, row.labelValues);
      if (row.value.kind === "uncertain") {
        const [form, ...numbers] = uncertainCells(row.value.value);
        return [label, row.line, forms(String(form)), ...numbers, null];
      }
      if (row.value.kind === "payers") {
        const shares = Object.entries(row.value.value).map(([payer, share]) => `${payerName(payer)} ${Math.round((share ?? 0) * 1000) / 10} %`);
        return [label, row.line, null, null, null, null, null, shares.join(", ")];
      }
      return [label, row.line, null, null, null, null, null, row.value.value];
    }),
    [null, null, null, "#,##0.####", "#,##0.####", "#,##0.####", "#,##0.####", null],
  );

  const years = workbook.addWorksheet(t("yearsSheet"));
  addTable(
    years,
    [t("year"), t("costs"), t("benefits"), t("net"), t("cumulativeNet"), t("discountFactor"), t("pvCosts"), t("pvBenefits"), t("pvNet")],
    result.years.map((year) => [year.year, year.costs, year.benefits, year.net, year.cumulativeNet, year.discountFactor, year.pvCosts, year.pvBenefits, year.pvNet]),
    ["0", moneyFormat, moneyFormat, moneyFormat, moneyFormat, "0.0000", moneyFormat, moneyFormat, moneyFormat],
  );

  const byPayer = workbook.addWorksheet(t("payersSheet"));
  addTable(
    byPayer,
    [t("payer"), t("pvCosts"), t("pvBenefits"), t("npv"), t("p5"), t("p50"), t("p95"), t("probabilityPositive")],
    payers.map((payer) => {
      const totals = result.byPayer[payer]!;
      const simulated = simulation.byPayer[payer];
      return [payerName(payer), totals.pvCosts, totals.pvBenefits, totals.npv, simulated?.p5 ?? null, simulated?.p50 ?? null, simulated?.p95 ?? null, simulated?.probabilityPositive ?? null];
    }),
    [null, moneyFormat, moneyFormat, moneyFormat, moneyFormat, moneyFormat, moneyFormat, shareFormat],
  );

  const simulationSheet = workbook.addWorksheet(t("simulationSheet"));
  addTable(
    simulationSheet,
    [t("measure"), t("value")],
    [
      [t("draws"), simulation.draws],
      [t("seed"), simulation.seed],
      [t("npvMean"), simulation.npv.mean],
      [t("npvSd"), simulation.npv.sd],
      [t("p5"), simulation.npv.p5],
      [t("p50"), simulation.npv.p50],
      [t("p95"), simulation.npv.p95],
      [t("npvMin"), simulation.npv.min],
      [t("npvMax"), simulation.npv.max],
      [t("probabilityPositive"), simulation.probabilityPositive],
      [t("bcrP5"), simulation.bcr.p5],
      [t("bcrP50"), simulation.bcr.p50],
      [t("bcrP95"), simulation.bcr.p95],
    ],
    [null, null],
  );
  for (let row = 4; row <= 10; row++) simulationSheet.getCell(row, 2).numFmt = moneyFormat;
  simulationSheet.getCell(11, 2).numFmt = shareFormat;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
