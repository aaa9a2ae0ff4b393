// The follow-up as an Excel workbook a controller can audit: the decided forecast and the reported figures as
// values, everything derived from them as formulas (docs: the domain README, "Follow-up and the fund") — each
// cost line's outturn, each outcome's realisation rate, the re-forecast of the years not measured, the benefits,
// the present values and their variance, and the fund's repayments and balance. Typing another reported figure
// into the workbook changes every result, as it would in the calculator. Every word comes from messages/*.json.
import { baseValue, type Payer } from "@insats/domain";
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import type { FollowUp } from "@/follow-up/load";
import type { AppLocale } from "@/i18n/routing";
import { column, nameFrom, notDefined, numberFormats, safeText, sheetRef, styleHeader, type Translate } from "./excel";
import { required } from "@/required";

/** The defined names of the workbook's results, for a reader's own formulas and for the recalculation test. */
export interface FollowUpWorkbookNames {
  totals: Record<"forecastNpv" | "outturnNpv" | "varianceNpv" | "forecastPvCosts" | "outturnPvCosts" | "forecastPvBenefits" | "outturnPvBenefits", string>;
  /** Benefits outturn ÷ forecast over the reported years ("so far 85 % of the forecast"); "–" before any report. */
  realisedShare: string;
  years: Record<"forecastCosts" | "outturnCosts" | "forecastBenefits" | "outturnBenefits" | "forecastNet" | "outturnNet", string>;
  costs: Record<string, { forecast: string; reported: string; outturn: string }>;
  outcomes: Record<string, { rate: string; forecastUnits: string; measured: string; outturnUnits: string; forecastBenefits: string; outturnBenefits: string }>;
  fund?: Record<"repayment" | "balance" | "repaid" | "reportedRepaid" | "outstanding" | "repaidInYear" | "grant", string>;
}

export interface BuiltFollowUpWorkbook {
  workbook: ExcelJS.Workbook;
  names: FollowUpWorkbookNames;
}

/** Builds the workbook of a follow-up; `t` is a translator at the messages' root in the export's language. */
export function buildFollowUpWorkbook(followUp: FollowUp, t: Translate): BuiltFollowUpWorkbook {
  const { decision, scenario, result, actuals } = followUp;
  // The columns run over the follow-up's years, and each year has every line of the scenario.
  const yearAt = (offset: number) => required(result.years[offset], `follow-up year ${offset + 1}`);
  const costAt = (offset: number, id: string) => required(yearAt(offset).costsByLine[id], `cost line ${id} in year ${offset + 1}`);
  const unitsAt = (offset: number, id: string) => required(yearAt(offset).unitsAvoided[id], `outcome ${id} in year ${offset + 1}`);
  const w = (key: string, values?: Record<string, string | number>) => t(`followUpWorkbook.${key}`, values);
  const word = (key: string) => w(`names.${key}`);
  const label = (line: { id: string; label: string }) => line.label || line.id;
  const payerName = (payer: string) => t(`payers.${payer}`);
  const fund = decision.fund;
  const horizon = scenario.horizonYears;
  const first = 2;
  const last = first + horizon - 1;
  const reportedWord = t("followUp.reportedYes");

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Insats";
  workbook.title = decision.scenarioName;
  workbook.created = new Date(decision.updatedAt);
  workbook.calcProperties.fullCalcOnLoad = true;

  const summary = workbook.addWorksheet(w("sheets.summary"));
  const inputsSheet = workbook.addWorksheet(w("sheets.inputs"));
  const yearsSheet = workbook.addWorksheet(w("sheets.years"));
  const costsSheet = workbook.addWorksheet(w("sheets.costs"));
  const outcomesSheet = workbook.addWorksheet(w("sheets.outcomes"));
  const ledgerSheet = fund ? workbook.addWorksheet(w("sheets.ledger")) : null;
  const notesSheet = workbook.addWorksheet(w("sheets.notes"));

  const define = (name: string, sheet: ExcelJS.Worksheet, col: number, row: number, lastRow = row) => {
    const range = lastRow === row ? `$${column(col)}$${row}` : `$${column(col)}$${row}:$${column(col)}$${lastRow}`;
    workbook.definedNames.add(`${sheetRef(sheet)}!${range}`, name);
    return name;
  };
  const yearRange = (sheet: ExcelJS.Worksheet, col: string) => `${sheetRef(sheet)}!$${col}$${first}:$${col}$${last}`;

  // ---- Inputs: what the formulas read, as named cells in column B. ----
  inputsSheet.columns = [{ width: 52 }, { width: 18 }, { width: 30 }];
  styleHeader(inputsSheet.addRow([w("field"), w("value"), w("formulaName")]));
  inputsSheet.views = [{ state: "frozen", ySplit: 1 }];
  const section = (title: string) => {
    inputsSheet.addRow([]);
    inputsSheet.addRow([safeText(title)]).font = { bold: true };
  };
  const input = (name: string, text: string, value: number, format: string) => {
    const row = inputsSheet.addRow([safeText(text), value, name]);
    row.getCell(2).numFmt = format;
    return define(name, inputsSheet, 2, row.number);
  };
  section(w("general"));
  const startYear = input(word("startYear"), w("startYear"), scenario.startYear, numberFormats.year);
  const discountRate = input(word("discountRate"), w("discountRate"), scenario.discountRate, numberFormats.share);
  const fundPayers = new Set<Payer>(fund?.payers ?? []);
  const outcomeInputs = scenario.outcomes.map((outcome, index) => {
    section(w("outcome", { label: label(outcome) }));
    const prefix = `${word("outcome")}${index + 1}_`;
    const named = (key: string, value: number, format: string) => input(nameFrom(prefix, word(key)), w(key), value, format);
    return {
      unitCost: named("unitCost", baseValue(outcome.unitCost), numberFormats.money),
      growth: named("unitCostGrowth", outcome.unitCostGrowth, numberFormats.share),
      deadweight: named("deadweight", baseValue(outcome.deadweight), numberFormats.share),
      attribution: named("attribution", baseValue(outcome.attribution), numberFormats.share),
      displacement: named("displacement", baseValue(outcome.displacement), numberFormats.share),
      // The share of the outcome's benefits that goes to the payers whose savings repay the fund.
      repayingShare: fund
        ? named(
            "repayingShare",
            Object.entries(outcome.payers).reduce((sum, [payer, share]) => sum + (fundPayers.has(payer as Payer) ? (share ?? 0) : 0), 0),
            numberFormats.share,
          )
        : null,
    };
  });
  const fundInputs = fund
    ? (() => {
        section(w("fundRule"));
        return {
          grant: input(word("grant"), w("grant"), fund.grant, numberFormats.money),
          share: input(word("repaymentShare"), w("repaymentShare", { payers: fund.payers.map(payerName).join(", ") }), fund.repaymentShare, numberFormats.share),
          fromYear: input(word("fromYear"), w("fromYear"), scenario.startYear + fund.fromOffset, numberFormats.year),
          cap: input(word("cap"), w("cap"), fund.cap, numberFormats.money),
        };
      })()
    : null;

  // Columns A and B of every year sheet: the offset and the calendar year.
  const yearColumns = (sheet: ExcelJS.Worksheet, headers: string[]) => {
    styleHeader(sheet.addRow([w("offset"), w("year"), ...headers.map(safeText)]));
    sheet.getRow(1).height = 15 * Math.max(3, ...headers.map((header) => Math.ceil(header.length / 16)));
    for (let r = first; r <= last; r++) {
      const row = sheet.getRow(r);
      row.getCell(1).value = r - first;
      row.getCell(2).value = { formula: `${startYear}+$A${r}` };
      row.getCell(2).numFmt = numberFormats.year;
    }
    sheet.columns.forEach((col, index) => void (col.width = index < 2 ? 10 : 18));
    sheet.views = [{ state: "frozen", xSplit: 2, ySplit: 1 }];
  };
  const setColumn = (sheet: ExcelJS.Worksheet, col: number, value: (r: number, offset: number) => ExcelJS.CellValue, format: string) => {
    for (let r = first; r <= last; r++) {
      const cell = sheet.getRow(r).getCell(col);
      cell.value = value(r, r - first);
      cell.numFmt = format;
    }
  };
  const totalsRow = (sheet: ExcelJS.Worksheet, cols: number[], format: string) => {
    const row = sheet.getRow(last + 1);
    row.getCell(1).value = w("total");
    row.font = { bold: true };
    for (const col of cols) {
      row.getCell(col).value = { formula: `SUM(${column(col)}${first}:${column(col)}${last})` };
      row.getCell(col).numFmt = format;
    }
  };

  // ---- Costs: per line the decided forecast and the reported figure (values), the outturn a formula. ----
  const costHeaders = scenario.costs.flatMap((line) => [w("costForecast", { label: label(line) }), w("costReported", { label: label(line) }), w("costOutturn", { label: label(line) })]);
  yearColumns(costsSheet, [...costHeaders, w("forecastCosts"), w("outturnCosts")]);
  const costNames: FollowUpWorkbookNames["costs"] = {};
  const costCols = scenario.costs.map((line, index) => {
    const forecastCol = 3 + index * 3;
    const [f, rep] = [column(forecastCol), column(forecastCol + 1)];
    setColumn(costsSheet, forecastCol, (_, offset) => costAt(offset, line.id).forecast, numberFormats.money);
    setColumn(
      costsSheet,
      forecastCol + 1,
      (_, offset) => (costAt(offset, line.id).reported ? costAt(offset, line.id).outturn : null),
      numberFormats.money,
    );
    // A reported figure counts where there is one, the forecast where the cell is empty.
    setColumn(costsSheet, forecastCol + 2, (r) => ({ formula: `IF(ISNUMBER(${rep}${r}),${rep}${r},${f}${r})` }), numberFormats.money);
    const prefix = `${word("cost")}${index + 1}_`;
    costNames[line.id] = {
      forecast: define(nameFrom(prefix, word("forecast")), costsSheet, forecastCol, first, last),
      reported: define(nameFrom(prefix, word("reported")), costsSheet, forecastCol + 1, first, last),
      outturn: define(nameFrom(prefix, word("outturn")), costsSheet, forecastCol + 2, first, last),
    };
    return { forecast: f, outturn: column(forecastCol + 2) };
  });
  const costTotalCol = 3 + scenario.costs.length * 3;
  const sumOf = (cells: string[]) => (cells.length === 0 ? "0" : cells.join("+"));
  setColumn(costsSheet, costTotalCol, (r) => ({ formula: sumOf(costCols.map((c) => `${c.forecast}${r}`)) }), numberFormats.money);
  setColumn(costsSheet, costTotalCol + 1, (r) => ({ formula: sumOf(costCols.map((c) => `${c.outturn}${r}`)) }), numberFormats.money);
  totalsRow(costsSheet, Array.from({ length: costTotalCol - 1 }, (_, i) => i + 3), numberFormats.money);

  // ---- Outcomes: forecast units and measured units (values); the pace, the re-forecast and the benefits formulas. ----
  const outcomeHeaders = scenario.outcomes.flatMap((outcome) =>
    ["unitsForecast", "unitsMeasured", "unitsOutturn", "valuePerUnit", "benefitsForecast", "benefitsOutturn"].map((key) => w(key, { label: label(outcome) })),
  );
  yearColumns(outcomesSheet, outcomeHeaders);
  const outcomeNames: FollowUpWorkbookNames["outcomes"] = {};
  const rateRows = new Map<string, string>();
  const outcomeCols = scenario.outcomes.map((outcome, index) => {
    const base = 3 + index * 6;
    const [f, m, o, v, bf, bo] = [0, 1, 2, 3, 4, 5].map((k) => column(base + k)) as [string, string, string, string, string, string];
    const prefix = `${word("outcome")}${index + 1}_`;
    const rate = nameFrom(prefix, word("rate"));
    rateRows.set(outcome.id, rate);
    const inputs = required(outcomeInputs[index], `the inputs of outcome ${outcome.id}`);
    setColumn(outcomesSheet, base, (_, offset) => unitsAt(offset, outcome.id).forecast, numberFormats.decimal);
    setColumn(
      outcomesSheet,
      base + 1,
      (_, offset) => (unitsAt(offset, outcome.id).measured ? unitsAt(offset, outcome.id).outturn : null),
      numberFormats.decimal,
    );
    // Measured where measured; every other year the forecast at the measured pace.
    setColumn(outcomesSheet, base + 2, (r) => ({ formula: `IF(ISNUMBER(${m}${r}),${m}${r},${f}${r}*${rate})` }), numberFormats.decimal);
    setColumn(
      outcomesSheet,
      base + 3,
      (r) => ({ formula: `${inputs.unitCost}*(1+${inputs.growth})^$A${r}*(1-${inputs.deadweight})*${inputs.attribution}*(1-${inputs.displacement})` }),
      numberFormats.money,
    );
    setColumn(outcomesSheet, base + 4, (r) => ({ formula: `${f}${r}*${v}${r}` }), numberFormats.money);
    setColumn(outcomesSheet, base + 5, (r) => ({ formula: `${o}${r}*${v}${r}` }), numberFormats.money);
    outcomeNames[outcome.id] = {
      rate,
      forecastUnits: define(nameFrom(prefix, word("forecastUnits")), outcomesSheet, base, first, last),
      measured: define(nameFrom(prefix, word("measured")), outcomesSheet, base + 1, first, last),
      outturnUnits: define(nameFrom(prefix, word("outturnUnits")), outcomesSheet, base + 2, first, last),
      forecastBenefits: define(nameFrom(prefix, word("forecastBenefits")), outcomesSheet, base + 4, first, last),
      outturnBenefits: define(nameFrom(prefix, word("outturnBenefits")), outcomesSheet, base + 5, first, last),
    };
    return { outcome, forecastBenefits: bf, outturnBenefits: bo, measured: m, forecast: f, repayingShare: inputs.repayingShare };
  });
  totalsRow(
    outcomesSheet,
    outcomeCols.flatMap((_, index) => [3, 4, 5, 7, 8].map((k) => index * 6 + k)),
    numberFormats.money,
  );
  outcomesSheet.getRow(last + 1).eachCell((cell, col) => {
    if (col > 2 && (col - 3) % 6 < 3) cell.numFmt = numberFormats.decimal;
  });

  // ---- Year by year: totals, net and present values, all formulas over the costs and outcomes sheets. ----
  const costsRef = sheetRef(costsSheet);
  const outcomesRef = sheetRef(outcomesSheet);
  const yearHeaders = ["reported", "forecastCosts", "outturnCosts", "forecastBenefits", "outturnBenefits", "forecastNet", "outturnNet", "discountFactor", "forecastPvNet", "outturnPvNet"];
  yearColumns(yearsSheet, yearHeaders.map((key) => w(key)));
  setColumn(yearsSheet, 3, (_, offset) => (yearAt(offset).reported ? reportedWord : t("followUp.reportedNo")), "@");
  setColumn(yearsSheet, 4, (r) => ({ formula: `${costsRef}!${column(costTotalCol)}${r}` }), numberFormats.money);
  setColumn(yearsSheet, 5, (r) => ({ formula: `${costsRef}!${column(costTotalCol + 1)}${r}` }), numberFormats.money);
  setColumn(yearsSheet, 6, (r) => ({ formula: sumOf(outcomeCols.map((c) => `${outcomesRef}!${c.forecastBenefits}${r}`)) }), numberFormats.money);
  setColumn(yearsSheet, 7, (r) => ({ formula: sumOf(outcomeCols.map((c) => `${outcomesRef}!${c.outturnBenefits}${r}`)) }), numberFormats.money);
  setColumn(yearsSheet, 8, (r) => ({ formula: `F${r}-D${r}` }), numberFormats.money);
  setColumn(yearsSheet, 9, (r) => ({ formula: `G${r}-E${r}` }), numberFormats.money);
  setColumn(yearsSheet, 10, (r) => ({ formula: `1/(1+${discountRate})^$A${r}` }), numberFormats.discountFactor);
  setColumn(yearsSheet, 11, (r) => ({ formula: `H${r}*J${r}` }), numberFormats.money);
  setColumn(yearsSheet, 12, (r) => ({ formula: `I${r}*J${r}` }), numberFormats.money);
  totalsRow(yearsSheet, [4, 5, 6, 7, 8, 9, 11, 12], numberFormats.money);
  const yearName = (key: string, col: number) => define(word(key), yearsSheet, col, first, last);
  const years: FollowUpWorkbookNames["years"] = {
    forecastCosts: yearName("yearForecastCosts", 4),
    outturnCosts: yearName("yearOutturnCosts", 5),
    forecastBenefits: yearName("yearForecastBenefits", 6),
    outturnBenefits: yearName("yearOutturnBenefits", 7),
    forecastNet: yearName("yearForecastNet", 8),
    outturnNet: yearName("yearOutturnNet", 9),
  };
  const discountFactors = yearName("yearDiscountFactor", 10);
  const reportedFlags = yearName("yearReported", 3);

  // ---- The fund's ledger: the repayment rule applied year by year to the re-forecast savings. ----
  let fundNames: FollowUpWorkbookNames["fund"];
  if (ledgerSheet && fundInputs) {
    yearColumns(ledgerSheet, [w("kind"), w("repayingSavings"), w("repayment"), w("repaidToDate"), w("balance")]);
    setColumn(ledgerSheet, 3, (_, offset) => (yearAt(offset).reported ? t("fund.reported") : t("fund.expected")), "@");
    setColumn(
      ledgerSheet,
      4,
      (r) => ({ formula: sumOf(outcomeCols.map((c) => `${outcomesRef}!${c.outturnBenefits}${r}*${c.repayingShare}`)) }),
      numberFormats.money,
    );
    // The rule: from the first year, the share of the savings, never more than what is left under the cap.
    setColumn(
      ledgerSheet,
      5,
      (r) => ({ formula: `IF(B${r}<${fundInputs.fromYear},0,MAX(0,MIN(${fundInputs.cap}-${r === first ? "0" : `F${r - 1}`},${fundInputs.share}*D${r})))` }),
      numberFormats.money,
    );
    setColumn(ledgerSheet, 6, (r) => ({ formula: r === first ? `E${r}` : `F${r - 1}+E${r}` }), numberFormats.money);
    setColumn(ledgerSheet, 7, (r) => ({ formula: `F${r}-${fundInputs.grant}` }), numberFormats.money);
    totalsRow(ledgerSheet, [5], numberFormats.money);
    const repayment = define(word("ledgerRepayment"), ledgerSheet, 5, first, last);
    const balance = define(word("ledgerBalance"), ledgerSheet, 7, first, last);
    fundNames = { repayment, balance, grant: fundInputs.grant } as FollowUpWorkbookNames["fund"];
  }

  // ---- Summary: the decision and the key figures, every figure a formula over the sheets. ----
  summary.columns = [{ width: 56 }, { width: 24 }];
  summary.addRow([safeText(decision.scenarioName)]).font = { bold: true, size: 14 };
  const howTo = summary.addRow([w("howTo")]);
  summary.mergeCells(howTo.number, 1, howTo.number, 2);
  howTo.alignment = { wrapText: true, vertical: "top" };
  howTo.height = 80;
  summary.addRow([]);
  styleHeader(summary.addRow([w("measure"), w("value")]));
  summary.addRow([t("followUp.decidedBy"), safeText(`${decision.body.name} (${t(`followUp.bodyKind.${decision.body.kind}`)})`)]);
  const decided = summary.addRow([t("followUp.decidedOn"), new Date(`${decision.decidedOn}T00:00:00Z`)]);
  decided.getCell(2).numFmt = "yyyy-mm-dd";
  summary.addRow([t("followUp.decidedVersion"), decision.scenarioVersion]);
  summary.addRow([w("priceYear"), scenario.priceYear]).getCell(2).numFmt = numberFormats.year;
  summary.addRow([]);
  summary.addRow([w("keyFigures")]).font = { bold: true };
  const figure = (text: string, name: string, formula: string, format: string) => {
    const row = summary.addRow([safeText(text), { formula }]);
    row.getCell(2).numFmt = format;
    return define(name, summary, 2, row.number);
  };
  const pv = (series: string) => `SUMPRODUCT(${series},${discountFactors})`;
  const forecastPvCosts = figure(w("forecastPvCosts"), word("forecastPvCosts"), pv(years.forecastCosts), numberFormats.money);
  const forecastPvBenefits = figure(w("forecastPvBenefits"), word("forecastPvBenefits"), pv(years.forecastBenefits), numberFormats.money);
  const forecastNpv = figure(t("followUp.forecastNpv"), word("forecastNpv"), `${forecastPvBenefits}-${forecastPvCosts}`, numberFormats.money);
  const outturnPvCosts = figure(w("outturnPvCosts"), word("outturnPvCosts"), pv(years.outturnCosts), numberFormats.money);
  const outturnPvBenefits = figure(w("outturnPvBenefits"), word("outturnPvBenefits"), pv(years.outturnBenefits), numberFormats.money);
  const outturnNpv = figure(t("followUp.outturnNpv"), word("outturnNpv"), `${outturnPvBenefits}-${outturnPvCosts}`, numberFormats.money);
  const varianceNpv = figure(t("followUp.varianceNpv"), word("varianceNpv"), `${outturnNpv}-${forecastNpv}`, numberFormats.money);
  const reportedOnly = (series: string) => `SUMPRODUCT((${reportedFlags}="${reportedWord}")*${series})`;
  const realisedShare = figure(
    w("realisedShare"),
    word("realisedShare"),
    `IF(${reportedOnly(years.forecastBenefits)}=0,"${notDefined}",${reportedOnly(years.outturnBenefits)}/${reportedOnly(years.forecastBenefits)})`,
    numberFormats.share,
  );

  summary.addRow([]);
  summary.addRow([t("followUp.ratesCaption")]).font = { bold: true };
  styleHeader(summary.addRow([t("followUp.outcome"), t("followUp.realisationRate")]));
  // ρ: measured units over the forecast units of the measured years; 1 when nothing was measured (or forecast there).
  for (const { outcome, measured, forecast } of outcomeCols) {
    const measuredRange = yearRange(outcomesSheet, measured);
    const forecastRange = yearRange(outcomesSheet, forecast);
    const forecastMeasured = `SUMPRODUCT(ISNUMBER(${measuredRange})*${forecastRange})`;
    figure(label(outcome), required(rateRows.get(outcome.id), `the rate row of ${outcome.id}`), `IF(${forecastMeasured}=0,1,SUM(${measuredRange})/${forecastMeasured})`, numberFormats.share);
  }

  if (fundNames && fundInputs && ledgerSheet) {
    summary.addRow([]);
    summary.addRow([t("followUp.fundRule")]).font = { bold: true };
    const kinds = yearRange(ledgerSheet, "C");
    summary.addRow([t("fund.grant"), { formula: fundInputs.grant }]).getCell(2).numFmt = numberFormats.money;
    fundNames.reportedRepaid = figure(w("reportedRepaid"), word("reportedRepaid"), `SUMPRODUCT((${kinds}="${t("fund.reported")}")*${fundNames.repayment})`, numberFormats.money);
    fundNames.outstanding = figure(t("fund.outstanding"), word("outstanding"), `${fundInputs.grant}-${fundNames.reportedRepaid}`, numberFormats.money);
    fundNames.repaid = figure(w("repaidWithinHorizon"), word("repaidWithinHorizon"), `SUM(${fundNames.repayment})`, numberFormats.money);
    // The balance never falls: the year it reaches 0 follows the years it is below 0.
    fundNames.repaidInYear = figure(
      t("fund.repaidInYear"),
      word("repaidInYear"),
      `IF(COUNTIF(${fundNames.balance},"<0")=ROWS(${fundNames.balance}),"${notDefined}",${startYear}+COUNTIF(${fundNames.balance},"<0"))`,
      numberFormats.year,
    );
  }

  // ---- Notes and sources of the reported figures. ----
  notesSheet.columns = [{ width: 10 }, { width: 44 }, { width: 18 }, { width: 60 }, { width: 40 }];
  styleHeader(notesSheet.addRow([w("year"), w("figure"), w("value"), t("followUp.note"), t("followUp.source")]));
  const lineLabel = (key: string) => {
    const [group, id] = [key.slice(0, key.indexOf(".")), key.slice(key.indexOf(".") + 1)];
    if (group === "costs") {
      const line = scenario.costs.find((candidate) => candidate.id === id);
      return { text: t("followUp.spentOn", { line: line ? label(line) : id }), format: numberFormats.money };
    }
    const outcome = scenario.outcomes.find((candidate) => candidate.id === id);
    return { text: t("followUp.measuredFor", { outcome: outcome ? label(outcome) : id }), format: numberFormats.decimal };
  };
  for (const entry of [...actuals].sort((a, b) => a.offset - b.offset)) {
    const figures: [string, number][] = [
      ...Object.entries(entry.costs ?? {}).map(([id, value]) => [`costs.${id}`, value] as [string, number]),
      ...Object.entries(entry.unitsAvoided ?? {}).map(([id, value]) => [`unitsAvoided.${id}`, value] as [string, number]),
    ];
    for (const [key, value] of figures) {
      const note = entry.notes?.[key];
      const { text, format } = lineLabel(key);
      const row = notesSheet.addRow([scenario.startYear + entry.offset, safeText(text), value, safeText(note?.note ?? ""), safeText(note?.source ?? "")]);
      row.getCell(1).numFmt = numberFormats.year;
      row.getCell(3).numFmt = format;
      row.alignment = { vertical: "top", wrapText: true };
    }
  }

  for (const sheet of workbook.worksheets) {
    const wide = sheet === costsSheet || sheet === outcomesSheet || sheet === yearsSheet;
    sheet.pageSetup = { paperSize: 9, orientation: wide ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }

  return {
    workbook,
    names: {
      totals: { forecastNpv, outturnNpv, varianceNpv, forecastPvCosts, outturnPvCosts, forecastPvBenefits, outturnPvBenefits },
      realisedShare,
      years,
      costs: costNames,
      outcomes: outcomeNames,
      ...(fundNames ? { fund: fundNames } : {}),
    },
  };
}

export async function followUpWorkbook(followUp: FollowUp, locale: AppLocale): Promise<Buffer> {
  const t = await getTranslations({ locale });
  const { workbook } = buildFollowUpWorkbook(followUp, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
