// The scenario as an Excel workbook a controller can audit and rework: the inputs as named cells, a year-by-year
// sheet that computes docs/calculation.md's formulas from them, and the key figures as formulas over that sheet, so that
// changing one assumption changes every base-case result. The simulation and the sensitivity stay values (they are
// the calculator's Monte Carlo runs). Every word comes from messages/*.json in the export's language; text a planner
// typed is escaped so that Excel cannot take it for a formula.
import {
  createScenarioFromTemplate,
  payerKeys,
  pickedUnitCostSource,
  scenarioTemplates,
  unitCostByKey,
  type CostLine,
  type Outcome,
  type Payer,
  type PickedUnitCost,
  type ScenarioInput,
  type Uncertain,
  type UnitCost,
} from "@insats/domain";
import ExcelJS from "exceljs";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { inputSources } from "@/report/provenance";
import { analyseScenario } from "@/scenario/analysis";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";
import { required } from "@/required";

/**
 * Excel number formats. The comma is Excel's grouping placeholder, shown as the reader's own separator (a space
 * in a Swedish Excel); integers get no decimal part, so no trailing decimal comma ("30,") appears.
 */
export const numberFormats = {
  money: "#,##0",
  share: "0.0#%",
  integer: "#,##0",
  decimal: "#,##0.0###",
  units: "#,##0.00",
  ratio: "0.00",
  year: "0",
  discountFactor: "0.0000",
} as const;

/** Text that Excel or a CSV reader could take for a formula (= + - @, or a leading tab or return) gets a quote. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Quantity = "money" | "share" | "count" | "year";

const countFormat = (value: number) => (Number.isInteger(value) ? numberFormats.integer : numberFormats.decimal);
const quantityFormat = (quantity: Quantity, value: number) =>
  quantity === "money" ? numberFormats.money : quantity === "share" ? numberFormats.share : quantity === "year" ? numberFormats.year : countFormat(value);

/** A defined name from translated words: ASCII letters, digits and underscores, valid in Excel and LibreOffice. */
export function nameFrom(...parts: string[]): string {
  return parts
    .join("")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_]/g, "");
}

export function column(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The inverse of `column`: "A" → 1. */
function columnIndex(letters: string): number {
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0);
}

/** What a key figure shows when the engine gives null (a ratio without costs, payback never reached). */
export const notDefined = "–";

export const sheetRef = (sheet: ExcelJS.Worksheet) => `'${sheet.name.replace(/'/g, "''")}'`;

/** The defined names of the results, for a reader's own formulas and for the recalculation test. */
export interface WorkbookNames {
  totals: Record<"npv" | "pvCosts" | "pvBenefits" | "bcr" | "roi" | "paybackYear" | "discountedPaybackYear" | "breakEven", string>;
  years: Record<"offset" | "costs" | "benefits" | "net" | "cumulativeNet" | "discountFactor" | "pvCosts" | "pvBenefits" | "pvNet" | "cumulativePvNet", string>;
  byPayer: Partial<Record<Payer, { pvCosts: string; pvBenefits: string; npv: string }>>;
  /** Per outcome: totals, and the year sheet's columns of units avoided and benefits. */
  byOutcome: Record<string, { unitsAvoided: string; pvBenefits: string; yearUnitsAvoided: string; yearBenefits: string }>;
  /** The inputs by the path of their field: `discountRate`, `outcomes.welfare.effect`, `costs.salary.payers.region`. */
  inputs: Record<string, string>;
}

/** The value at a field's path in a scenario (`outcomes.welfare.effect`), for comparing with a template. */
function fieldAt(input: ScenarioInput, path: string): unknown {
  const [group, id, field] = path.split(".");
  if (group === "costs" || group === "outcomes") {
    const line = (input[group] as readonly (CostLine | Outcome)[]).find((candidate) => candidate.id === id);
    return line && field ? (line as unknown as Record<string, unknown>)[field] : undefined;
  }
  return (input as unknown as Record<string, unknown>)[path];
}

type TemplateSource = (typeof scenarioTemplates)[number]["sources"][string];

/** The template's sources for the fields the planner has kept as the template set them; other fields have none. */
function keptTemplateSources(scenario: ScenarioRecord): Map<string, TemplateSource> {
  const template = scenarioTemplates.find((candidate) => candidate.id === scenario.templateId);
  if (!template) return new Map<string, TemplateSource>();
  let defaults: ScenarioInput;
  try {
    defaults = createScenarioFromTemplate(template.id, { startYear: scenario.input.startYear, priceYear: scenario.input.priceYear });
  } catch {
    return new Map<string, TemplateSource>();
  }
  const same = (path: string) => JSON.stringify(fieldAt(defaults, path)) === JSON.stringify(fieldAt(scenario.input, path));
  return new Map(Object.entries(template.sources).filter(([path]) => same(path)));
}

function uncertainParts(value: Uncertain): { form: string; min?: number; central?: number; max?: number; sd?: number } {
  if (typeof value === "number") return { form: "fixed" };
  if (value.dist === "uniform") return { form: value.dist, min: value.min, max: value.max };
  if (value.dist === "normal") return { form: value.dist, min: value.min, central: value.mean, max: value.max, sd: value.sd };
  return { form: value.dist, min: value.min, central: value.mode, max: value.max };
}

export function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { wrapText: true, vertical: "top" };
}

export interface BuiltWorkbook {
  workbook: ExcelJS.Workbook;
  names: WorkbookNames;
}

/** Builds the workbook; `t` is a translator at the messages' root in the export's language. */
export function buildScenarioWorkbook(scenario: ScenarioRecord, locale: AppLocale, t: Translate): BuiltWorkbook {
  const { input } = scenario;
  const { simulation, sensitivity } = analyseScenario(input);
  const w = (key: string, values?: Record<string, string | number>) => t(`workbook.${key}`, values);
  const word = (key: string) => w(`names.${key}`);
  const payerName = (payer: string) => t(`payers.${payer}`);
  const unitName = (unit: string) => (t.has(`unitCosts.unit.${unit}`) ? t(`unitCosts.unit.${unit}`) : unit);
  const lineLabel = (line: { id: string; label: string }) => line.label || line.id;
  const sources = keptTemplateSources(scenario);
  // A unit cost picked from outside the library (Kolada) carries its own source, recorded on the outcome.
  const picked = new Map<string, PickedUnitCost>(input.outcomes.flatMap((outcome) => (outcome.unitCostSource ? [[`outcomes.${outcome.id}.unitCost`, outcome.unitCostSource] as const] : [])));
  // A unit cost taken from the library is recorded on the outcome by its keys (the picker's choice, or a template's
  // combination since changed): the workbook cites the entries the report names (report/provenance.ts).
  const provenance = inputSources(input, scenario.templateId, []);
  const fromLibrary = new Map<string, { entries: UnitCost[]; changed: boolean }>();
  for (const outcome of input.outcomes) {
    const path = `outcomes.${outcome.id}.unitCost`;
    const source = provenance.get(path);
    if (!picked.has(path) && !sources.has(path) && source?.kind === "unitCost") fromLibrary.set(path, { entries: source.entries, changed: source.changed });
  }
  const libraryNote = ({ entries, changed }: { entries: UnitCost[]; changed: boolean }) =>
    w(changed ? "libraryUnitCostChanged" : "libraryUnitCost", { labels: entries.map((entry) => entry.label[locale]).join("; ") });
  // An assumption without a note of its own is the template's while it keeps the template's value, as the report
  // says; otherwise the planner's.
  const assumedBy = (path: string) => {
    const source = provenance.get(path);
    return source?.kind === "template" ? w("templateDefault", { template: source.template.title[locale] }) : w("ownAssumption");
  };
  // A payer's share has its line's `payers` source.
  const sourceNote = (path: string) => {
    const pick = picked.get(path);
    if (pick) return w("pickedUnitCost", { source: pickedUnitCostSource(pick)[locale] });
    const library = fromLibrary.get(path);
    if (library) return libraryNote(library);
    return (sources.get(path) ?? sources.get(path.replace(/\.payers\.[a-z]+$/, ".payers")))?.note[locale];
  };
  // A payer is in the workbook when some line gives it a share, as in the engine's `byPayer`.
  const lines = [...input.costs, ...input.outcomes];
  const payers = payerKeys.filter((payer) => lines.some((line) => (line.payers[payer] ?? 0) !== 0));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Insats";
  workbook.title = scenario.name;
  workbook.created = new Date(scenario.updatedAt);
  // No cached results are written: Excel computes every formula when the file opens.
  workbook.calcProperties.fullCalcOnLoad = true;

  const summary = workbook.addWorksheet(w("sheets.summary"));
  const inputsSheet = workbook.addWorksheet(w("sheets.inputs"));
  const yearsSheet = workbook.addWorksheet(w("sheets.years"));
  const payersSheet = workbook.addWorksheet(w("sheets.payers"));
  const sensitivitySheet = workbook.addWorksheet(w("sheets.sensitivity"));
  const simulationSheet = workbook.addWorksheet(w("sheets.simulation"));
  const sourcesSheet = workbook.addWorksheet(w("sheets.sources"));

  const define = (name: string, sheet: ExcelJS.Worksheet, col: number, row: number, lastRow = row) => {
    const range = lastRow === row ? `$${column(col)}$${row}` : `$${column(col)}$${row}:$${column(col)}$${lastRow}`;
    workbook.definedNames.add(`${sheetRef(sheet)}!${range}`, name);
    return name;
  };

  // ---- Inputs: one row per field, its value in column B under a defined name. ----
  const inputNames: Record<string, string> = {};
  inputsSheet.columns = [{ width: 48 }, { width: 16 }, { width: 26 }, { width: 12 }, { width: 14 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 30 }, { width: 70 }];
  styleHeader(inputsSheet.addRow([w("field"), w("value"), w("unit"), w("form"), w("min"), w("modeOrMean"), w("max"), w("sd"), w("formulaName"), w("source")]));
  inputsSheet.views = [{ state: "frozen", ySplit: 1 }];

  const section = (title: string) => {
    inputsSheet.addRow([]);
    inputsSheet.addRow([safeText(title)]).font = { bold: true };
  };
  const textInput = (label: string, text: string) => {
    inputsSheet.addRow([safeText(label), safeText(text)]);
  };
  const numberInput = (path: string, name: string, label: string, value: Uncertain, quantity: Quantity, unit: string, assumption = false) => {
    const row = inputsSheet.addRow([safeText(label)]);
    const r = row.number;
    const parts = uncertainParts(value);
    const base = row.getCell(2);
    if (typeof value === "number") base.value = value;
    // The base value of a distribution (docs/calculation.md): a formula over its parameters, so that editing them moves it.
    else base.value = { formula: value.dist === "uniform" ? `(E${r}+G${r})/2` : `F${r}` };
    row.getCell(3).value = unit;
    row.getCell(4).value = t(`uncertain.forms.${parts.form}`);
    const parameters: [number, number | undefined][] = [
      [5, parts.min],
      [6, parts.central],
      [7, parts.max],
      [8, parts.sd],
    ];
    for (const [col, parameter] of parameters) {
      if (parameter === undefined) continue;
      row.getCell(col).value = parameter;
      row.getCell(col).numFmt = quantityFormat(quantity, parameter);
    }
    base.numFmt = quantityFormat(quantity, typeof value === "number" ? value : (parts.central ?? (required(parts.min, "the minimum") + required(parts.max, "the maximum")) / 2));
    row.getCell(9).value = name;
    const note = sourceNote(path) ?? (assumption ? assumedBy(path) : undefined);
    if (note) row.getCell(10).value = safeText(note);
    inputNames[path] = define(name, inputsSheet, 2, r);
    return name;
  };
  const label = (field: string) => t(`fields.${field}.label`, { startYear: input.startYear });
  const units = (key: string, values?: Record<string, string | number>) => w(`units.${key}`, values);

  section(w("general"));
  textInput(label("name"), input.name);
  const startYear = numberInput("startYear", word("startYear"), label("startYear"), input.startYear, "year", units("calendarYear"));
  numberInput("priceYear", word("priceYear"), label("priceYear"), input.priceYear, "year", units("calendarYear"));
  numberInput("horizonYears", word("horizonYears"), label("horizonYears"), input.horizonYears, "count", units("years"));
  const discountRate = numberInput("discountRate", word("discountRate"), label("discountRate"), input.discountRate, "share", units("share"), true);

  const cohorts = input.cohorts.map((cohort, index) => {
    section(w("cohort", { number: index + 1 }));
    const prefix = `${word("cohort")}${index + 1}_`;
    return {
      participants: numberInput(`cohorts.${index}.participants`, nameFrom(prefix, word("participants")), label("participants"), cohort.participants, "count", units("participants"), true),
      start: numberInput(`cohorts.${index}.startOffset`, nameFrom(prefix, word("startOffset")), label("startOffset"), cohort.startOffset, "count", units("yearIndex")),
    };
  });

  const payerShares = (path: string, prefix: string, field: string, shares: Partial<Record<Payer, number>>) =>
    Object.fromEntries(
      payers.map((payer) => [
        payer,
        numberInput(`${path}.payers.${payer}`, nameFrom(prefix, payerName(payer)), w("payerShare", { field: label(field), payer: payerName(payer) }), shares[payer] ?? 0, "share", units("share")),
      ]),
    ) as Record<Payer, string>;

  const costs = input.costs.map((cost, index) => {
    section(w("cost", { label: lineLabel(cost) }));
    const path = `costs.${cost.id}`;
    const prefix = `${word("cost")}${index + 1}_`;
    const named = (field: string, value: number, unit: string) => numberInput(`${path}.${field}`, nameFrom(prefix, word(field)), label(field), value, "count", unit);
    textInput(label("costLabel"), cost.label);
    textInput(label("costKind"), t(`fields.costKind.option.${cost.kind}`));
    const timing =
      cost.kind === "oneOff"
        ? { offset: named("offset", cost.offset, units("yearIndex")) }
        : cost.kind === "annual"
          ? { from: named("fromOffset", cost.fromOffset, units("yearIndex")), to: named("toOffset", cost.toOffset, units("yearIndex")) }
          : { years: named("years", cost.years, units("years")) };
    const amountUnit = { oneOff: "kr", annual: "krPerYear", perParticipant: "krPerParticipantYear" }[cost.kind];
    const amount = numberInput(`${path}.amount`, nameFrom(prefix, word("amount")), t(`fields.amount.label.${cost.kind}`), cost.amount, "money", units(amountUnit), true);
    return { cost, timing, amount, shares: payerShares(path, prefix, "costPayers", cost.payers) };
  });

  const outcomes = input.outcomes.map((outcome, index) => {
    section(w("outcome", { label: lineLabel(outcome) }));
    const path = `outcomes.${outcome.id}`;
    const prefix = `${word("outcome")}${index + 1}_`;
    const unit = unitName(outcome.unit);
    const named = (field: keyof Outcome, quantity: Quantity, unitText: string, assumption = true) =>
      numberInput(`${path}.${field}`, nameFrom(prefix, word(field)), label(field), outcome[field] as Uncertain, quantity, unitText, assumption);
    textInput(label("outcomeLabel"), outcome.label);
    textInput(label("unit"), unit);
    return {
      outcome,
      unit,
      baseline: named("baselineUnitsPerParticipant", "count", units("unitsPerParticipantYear", { unit })),
      effect: named("effect", "share", units("share")),
      unitCost: named("unitCost", "money", units("krPer", { unit })),
      growth: named("unitCostGrowth", "share", units("share")),
      lag: named("lagYears", "count", units("years"), false),
      duration: named("durationYears", "count", units("years"), false),
      dropOff: named("dropOff", "share", units("share")),
      deadweight: named("deadweight", "share", units("share")),
      attribution: named("attribution", "share", units("share")),
      displacement: named("displacement", "share", units("share")),
      shares: payerShares(path, prefix, "outcomePayers", outcome.payers),
    };
  });

  // ---- Year by year: one row per offset, every figure a formula of the inputs. ----
  const horizon = input.horizonYears;
  const first = 2;
  const last = first + horizon - 1;
  interface YearColumn {
    header: string;
    format: string;
    formula: (row: number) => string;
    name?: string;
    /** Summed in the totals row. */
    total?: boolean;
  }
  const columns: YearColumn[] = [];
  const add = (spec: YearColumn) => {
    columns.push(spec);
    return column(columns.length);
  };
  const sumOf = (terms: string[]) => (terms.length === 0 ? "0" : terms.join("+"));
  const yearNames = {
    offset: word("yearOffset"),
    costs: word("yearCosts"),
    benefits: word("yearBenefits"),
    net: word("yearNet"),
    cumulativeNet: word("yearCumulativeNet"),
    discountFactor: word("yearDiscountFactor"),
    pvCosts: word("yearPvCosts"),
    pvBenefits: word("yearPvBenefits"),
    pvNet: word("yearPvNet"),
    cumulativePvNet: word("yearCumulativePvNet"),
  };

  const offsetCol = add({ header: w("offset", { startYear: input.startYear }), format: numberFormats.year, formula: (r) => String(r - first), name: yearNames.offset });
  const t0 = (r: number) => `$${offsetCol}${r}`;
  add({ header: w("year"), format: numberFormats.year, formula: (r) => `${startYear}+${t0(r)}` });

  const costCols = costs.map(({ cost, timing, amount, shares }) => {
    const formula = (r: number) => {
      if ("offset" in timing) return `IF(${t0(r)}=${timing.offset},${amount},0)`;
      if ("from" in timing) return `IF(AND(${t0(r)}>=${timing.from},${t0(r)}<=${timing.to}),${amount},0)`;
      // perParticipant: n_c × amount in each year s_c … s_c + years − 1.
      const perCohort = cohorts.map(({ participants, start }) => `IF(AND(${t0(r)}>=${start},${t0(r)}<${start}+${timing.years}),${participants},0)`);
      return `${amount}*(${sumOf(perCohort)})`;
    };
    return { col: add({ header: w("costLine", { label: lineLabel(cost) }), format: numberFormats.money, formula, total: true }), shares };
  });
  const costsCol = add({ header: w("costs"), format: numberFormats.money, formula: (r) => sumOf(costCols.map(({ col }) => `${col}${r}`)), name: yearNames.costs, total: true });

  const outcomeCols = outcomes.map((o) => {
    // units(o,c,t) = n_c × baseline × effect × (1 − dropOff)^k for 0 ≤ k = t − s_c − lag < duration.
    const unitsFormula = (r: number) => {
      const perCohort = cohorts.map(({ participants, start }) => {
        const k = `(${t0(r)}-${start}-${o.lag})`;
        // IF(k=0,1,…): Excel has no 0^0 (a drop-off of 100 % keeps only the first year).
        return `IF(AND(${k}>=0,${k}<${o.duration}),${participants}*IF(${k}=0,1,(1-${o.dropOff})^${k}),0)`;
      });
      return `${o.baseline}*${o.effect}*(${sumOf(perCohort)})`;
    };
    const unitsCol = add({ header: w("unitsAvoided", { unit: o.unit, label: lineLabel(o.outcome) }), format: numberFormats.units, formula: unitsFormula, total: true });
    const benefitCol = add({
      header: w("benefitLine", { label: lineLabel(o.outcome) }),
      format: numberFormats.money,
      formula: (r) => `${unitsCol}${r}*${o.unitCost}*(1+${o.growth})^${t0(r)}*(1-${o.deadweight})*${o.attribution}*(1-${o.displacement})`,
      total: true,
    });
    return { o, unitsCol, benefitCol };
  });
  const benefitsCol = add({ header: w("benefits"), format: numberFormats.money, formula: (r) => sumOf(outcomeCols.map(({ benefitCol }) => `${benefitCol}${r}`)), name: yearNames.benefits, total: true });
  const netCol = add({ header: w("net"), format: numberFormats.money, formula: (r) => `${benefitsCol}${r}-${costsCol}${r}`, name: yearNames.net, total: true });
  add({ header: w("cumulativeNet"), format: numberFormats.money, formula: (r) => `SUM(${netCol}$${first}:${netCol}${r})`, name: yearNames.cumulativeNet });
  const dfCol = add({ header: w("discountFactor"), format: numberFormats.discountFactor, formula: (r) => `1/(1+${discountRate})^${t0(r)}`, name: yearNames.discountFactor });
  const pvCostsCol = add({ header: w("pvCosts"), format: numberFormats.money, formula: (r) => `${costsCol}${r}*${dfCol}${r}`, name: yearNames.pvCosts, total: true });
  const pvBenefitsCol = add({ header: w("pvBenefits"), format: numberFormats.money, formula: (r) => `${benefitsCol}${r}*${dfCol}${r}`, name: yearNames.pvBenefits, total: true });
  const pvNetCol = add({ header: w("pvNet"), format: numberFormats.money, formula: (r) => `${pvBenefitsCol}${r}-${pvCostsCol}${r}`, name: yearNames.pvNet, total: true });
  add({ header: w("cumulativePvNet"), format: numberFormats.money, formula: (r) => `SUM(${pvNetCol}$${first}:${pvNetCol}${r})`, name: yearNames.cumulativePvNet });

  const payerCols = payers.map((payer) => {
    const share = (terms: { col: string; shares: Record<Payer, string> }[], r: number) => sumOf(terms.map(({ col, shares }) => `${col}${r}*${shares[payer]}`));
    const costTerms = costCols;
    const benefitTerms = outcomeCols.map(({ benefitCol, o }) => ({ col: benefitCol, shares: o.shares }));
    const costsColumn = add({ header: w("payerCosts", { payer: payerName(payer) }), format: numberFormats.money, formula: (r) => share(costTerms, r), total: true });
    const benefitsColumn = add({ header: w("payerBenefits", { payer: payerName(payer) }), format: numberFormats.money, formula: (r) => share(benefitTerms, r), total: true });
    add({ header: w("payerNet", { payer: payerName(payer) }), format: numberFormats.money, formula: (r) => `${benefitsColumn}${r}-${costsColumn}${r}`, total: true });
    return { payer, costsColumn, benefitsColumn };
  });

  styleHeader(yearsSheet.addRow(columns.map((spec) => safeText(spec.header))));
  // Headers wrap in 18-character columns; the longest (a cost line's label) sets the row's height.
  yearsSheet.getRow(1).height = 15 * Math.max(3, ...columns.map((spec) => Math.ceil(spec.header.length / 16)));
  for (let r = first; r <= last; r++) {
    const row = yearsSheet.getRow(r);
    columns.forEach((spec, index) => {
      const cell = row.getCell(index + 1);
      cell.value = index === 0 ? r - first : { formula: spec.formula(r) };
      cell.numFmt = spec.format;
    });
  }
  const totalsRow = yearsSheet.getRow(last + 1);
  totalsRow.getCell(1).value = w("total");
  totalsRow.font = { bold: true };
  columns.forEach((spec, index) => {
    if (!spec.total) return;
    const cell = totalsRow.getCell(index + 1);
    cell.value = { formula: `SUM(${column(index + 1)}${first}:${column(index + 1)}${last})` };
    cell.numFmt = spec.format;
  });
  columns.forEach((spec, index) => {
    yearsSheet.getColumn(index + 1).width = index < 2 ? 12 : 18;
    if (spec.name) define(spec.name, yearsSheet, index + 1, first, last);
  });
  yearsSheet.views = [{ state: "frozen", xSplit: 2, ySplit: 1 }];

  // ---- Summary: the key figures as formulas over the year sheet, beside the simulation's values. ----
  const totals = {
    npv: word("npv"),
    pvCosts: word("pvCosts"),
    pvBenefits: word("pvBenefits"),
    bcr: word("bcr"),
    roi: word("roi"),
    paybackYear: word("paybackYear"),
    discountedPaybackYear: word("discountedPaybackYear"),
    breakEven: word("breakEven"),
  };
  // paybackOffset: the last offset whose cumulative value is negative, plus one; none when the last one is negative.
  const payback = (cumulative: string) =>
    `IF(INDEX(${cumulative},ROWS(${cumulative}))<0,"${notDefined}",${startYear}+SUMPRODUCT(MAX((${cumulative}<0)*(${yearNames.offset}+1))))`;
  summary.columns = [{ width: 52 }, { width: 22 }];
  summary.addRow([safeText(scenario.name)]).font = { bold: true, size: 14 };
  const howTo = summary.addRow([w("howTo")]);
  summary.mergeCells(howTo.number, 1, howTo.number, 2);
  howTo.alignment = { wrapText: true, vertical: "top" };
  howTo.height = 64;
  summary.addRow([]);
  styleHeader(summary.addRow([w("measure"), w("value")]));
  summary.addRow([w("name"), safeText(scenario.name)]);
  summary.addRow([w("version"), scenario.version]);
  summary.addRow([w("priceYear"), { formula: word("priceYear") }]).getCell(2).numFmt = numberFormats.year;
  summary.addRow([]);
  summary.addRow([w("baseCase")]).font = { bold: true };
  const formulaRow = (key: keyof typeof totals, formula: string, format: string) => {
    const row = summary.addRow([w(key), { formula }]);
    row.getCell(2).numFmt = format;
    define(totals[key], summary, 2, row.number);
  };
  formulaRow("pvCosts", `SUM(${yearNames.pvCosts})`, numberFormats.money);
  formulaRow("pvBenefits", `SUM(${yearNames.pvBenefits})`, numberFormats.money);
  formulaRow("npv", `${totals.pvBenefits}-${totals.pvCosts}`, numberFormats.money);
  formulaRow("bcr", `IF(${totals.pvCosts}=0,"${notDefined}",${totals.pvBenefits}/${totals.pvCosts})`, numberFormats.ratio);
  formulaRow("roi", `IF(${totals.pvCosts}=0,"${notDefined}",${totals.npv}/${totals.pvCosts})`, numberFormats.share);
  formulaRow("paybackYear", payback(yearNames.cumulativeNet), numberFormats.year);
  formulaRow("discountedPaybackYear", payback(yearNames.cumulativePvNet), numberFormats.year);
  formulaRow("breakEven", `IF(${totals.pvBenefits}>0,${totals.pvCosts}/${totals.pvBenefits},"${notDefined}")`, numberFormats.share);
  // Each outcome's present value here, its units avoided in the year sheet's totals row; names let a reader find them.
  const byOutcome: WorkbookNames["byOutcome"] = {};
  outcomeCols.forEach(({ o, unitsCol, benefitCol }, index) => {
    const prefix = `${word("outcome")}${index + 1}_`;
    const row = summary.addRow([
      safeText(w("outcomePvBenefits", { label: lineLabel(o.outcome) })),
      { formula: `SUMPRODUCT(${sheetRef(yearsSheet)}!${benefitCol}${first}:${benefitCol}${last},${yearNames.discountFactor})` },
    ]);
    row.getCell(2).numFmt = numberFormats.money;
    byOutcome[o.outcome.id] = {
      pvBenefits: define(nameFrom(prefix, word("pvBenefits")), summary, 2, row.number),
      unitsAvoided: define(nameFrom(prefix, word("unitsAvoided")), yearsSheet, columnIndex(unitsCol), last + 1),
      yearUnitsAvoided: define(nameFrom(prefix, word("yearUnitsAvoided")), yearsSheet, columnIndex(unitsCol), first, last),
      yearBenefits: define(nameFrom(prefix, word("yearBenefits")), yearsSheet, columnIndex(benefitCol), first, last),
    };
  });
  summary.addRow([]);
  summary.addRow([w("simulated", { draws: simulation.draws })]).font = { bold: true };
  const valueRow = (labelText: string, value: number | null, format: string) => {
    summary.addRow([labelText, value]).getCell(2).numFmt = format;
  };
  valueRow(w("p50"), simulation.npv.p50, numberFormats.money);
  valueRow(w("p5"), simulation.npv.p5, numberFormats.money);
  valueRow(w("p95"), simulation.npv.p95, numberFormats.money);
  valueRow(w("probabilityPositive"), simulation.probabilityPositive, numberFormats.share);

  // ---- By payer: present values as formulas over the year sheet's payer columns. ----
  const byPayer: WorkbookNames["byPayer"] = {};
  payersSheet.columns = [{ width: 22 }, ...Array.from({ length: 7 }, () => ({ width: 20 }))];
  styleHeader(payersSheet.addRow([w("payer"), w("pvCosts"), w("pvBenefits"), w("npv"), w("p5"), w("p50"), w("p95"), w("probabilityPositive")]));
  const yearsRef = sheetRef(yearsSheet);
  for (const { payer, costsColumn, benefitsColumn } of payerCols) {
    const simulated = simulation.byPayer[payer];
    const r = payersSheet.rowCount + 1;
    const row = payersSheet.addRow([
      payerName(payer),
      { formula: `SUMPRODUCT(${yearsRef}!${costsColumn}${first}:${costsColumn}${last},${yearNames.discountFactor})` },
      { formula: `SUMPRODUCT(${yearsRef}!${benefitsColumn}${first}:${benefitsColumn}${last},${yearNames.discountFactor})` },
      { formula: `C${r}-B${r}` },
      simulated?.p5 ?? null,
      simulated?.p50 ?? null,
      simulated?.p95 ?? null,
      simulated?.probabilityPositive ?? null,
    ]);
    for (let col = 2; col <= 7; col++) row.getCell(col).numFmt = numberFormats.money;
    row.getCell(8).numFmt = numberFormats.share;
    const prefix = nameFrom(payerName(payer), "_");
    byPayer[payer] = {
      pvCosts: define(nameFrom(prefix, word("pvCosts")), payersSheet, 2, r),
      pvBenefits: define(nameFrom(prefix, word("pvBenefits")), payersSheet, 3, r),
      npv: define(nameFrom(prefix, word("npv")), payersSheet, 4, r),
    };
  }
  payersSheet.views = [{ state: "frozen", ySplit: 1 }];

  // ---- Sensitivity and simulation: the calculator's results, as values. ----
  const fieldLabel = (path: string) => {
    const parts = path.split(".");
    const group = parts[0];
    const field = parts[parts.length - 1] as string;
    const id = parts.slice(1, -1).join(".");
    if (field === "payers") {
      const line = [...input.costs, ...input.outcomes].find((candidate) => candidate.id === id);
      return { text: `${line ? lineLabel(line) : id}: ${label(group === "costs" ? "costPayers" : "outcomePayers")}`, quantity: "share" as Quantity };
    }
    if (group === "costs") {
      const cost = input.costs.find((candidate) => candidate.id === id);
      return { text: `${cost ? lineLabel(cost) : id}: ${t(`fields.amount.label.${cost?.kind ?? "oneOff"}`)}`, quantity: "money" as Quantity };
    }
    const outcome = input.outcomes.find((candidate) => candidate.id === id);
    const quantity: Quantity = field === "unitCost" ? "money" : field === "baselineUnitsPerParticipant" ? "count" : "share";
    return { text: `${outcome ? lineLabel(outcome) : id}: ${label(field)}`, quantity };
  };
  sensitivitySheet.columns = [{ width: 56 }, ...Array.from({ length: 5 }, () => ({ width: 20 }))];
  const sensitivityNote = sensitivitySheet.addRow([w("sensitivityNote")]);
  sensitivitySheet.mergeCells(sensitivityNote.number, 1, sensitivityNote.number, 3);
  sensitivityNote.alignment = { wrapText: true, vertical: "top" };
  sensitivityNote.height = 48;
  styleHeader(sensitivitySheet.addRow([w("field"), w("lowValue"), w("npvLow"), w("highValue"), w("npvHigh"), w("swing")]));
  for (const entry of sensitivity) {
    const { text, quantity } = fieldLabel(entry.path);
    const row = sensitivitySheet.addRow([safeText(text), entry.low.value, entry.low.npv, entry.high.value, entry.high.npv, Math.abs(entry.high.npv - entry.low.npv)]);
    row.getCell(2).numFmt = quantityFormat(quantity, entry.low.value);
    row.getCell(4).numFmt = quantityFormat(quantity, entry.high.value);
    for (const col of [3, 5, 6]) row.getCell(col).numFmt = numberFormats.money;
  }
  sensitivitySheet.views = [{ state: "frozen", ySplit: 2 }];

  simulationSheet.columns = [{ width: 48 }, { width: 22 }];
  const simulationNote = simulationSheet.addRow([w("simulationNote")]);
  simulationSheet.mergeCells(simulationNote.number, 1, simulationNote.number, 2);
  simulationNote.alignment = { wrapText: true, vertical: "top" };
  simulationNote.height = 48;
  styleHeader(simulationSheet.addRow([w("measure"), w("value")]));
  const simulationRows: [string, number | null, string][] = [
    ["draws", simulation.draws, numberFormats.integer],
    ["seed", simulation.seed, numberFormats.year],
    ["npvMean", simulation.npv.mean, numberFormats.money],
    ["npvSd", simulation.npv.sd, numberFormats.money],
    ["p5", simulation.npv.p5, numberFormats.money],
    ["p50", simulation.npv.p50, numberFormats.money],
    ["p95", simulation.npv.p95, numberFormats.money],
    ["npvMin", simulation.npv.min, numberFormats.money],
    ["npvMax", simulation.npv.max, numberFormats.money],
    ["probabilityPositive", simulation.probabilityPositive, numberFormats.share],
    ["bcrP5", simulation.bcr.p5, numberFormats.ratio],
    ["bcrP50", simulation.bcr.p50, numberFormats.ratio],
    ["bcrP95", simulation.bcr.p95, numberFormats.ratio],
  ];
  for (const [key, value, format] of simulationRows) simulationSheet.addRow([w(key), value]).getCell(2).numFmt = format;

  // ---- Sources: where each default the planner kept comes from, with the library's unit costs behind it. ----
  sourcesSheet.columns = [{ width: 48 }, { width: 70 }, { width: 44 }, { width: 18 }, { width: 18 }, { width: 10 }, { width: 14 }, { width: 60 }, { width: 50 }];
  styleHeader(sourcesSheet.addRow([w("field"), w("sourceNote"), w("unitCost"), w("libraryValue"), w("unit"), w("priceYear"), w("geography"), w("source"), w("note")]));
  const geography = (name: string) => (name === "Sweden" ? w("sweden") : name);
  const libraryRow = (field: string, note: string, unitCost: UnitCost) => {
    const row = sourcesSheet.addRow([
      safeText(field),
      safeText(note),
      safeText(unitCost.label[locale]),
      unitCost.value,
      unitName(unitCost.unit),
      unitCost.priceYear ?? w("undated"),
      safeText(geography(unitCost.geography)),
      safeText(unitCost.source[locale]),
      safeText(unitCost.note?.[locale] ?? ""),
    ]);
    row.getCell(4).numFmt = numberFormats.money;
    row.getCell(6).numFmt = numberFormats.year;
  };
  for (const [path, source] of sources) {
    const field = path.includes(".") ? fieldLabel(path).text : label(path);
    const keys = source.unitCostKeys ?? [];
    if (keys.length === 0) sourcesSheet.addRow([safeText(field), safeText(source.note[locale])]);
    for (const key of keys) libraryRow(field, source.note[locale], unitCostByKey(key));
  }
  for (const [path, library] of fromLibrary) for (const unitCost of library.entries) libraryRow(fieldLabel(path).text, libraryNote(library), unitCost);
  for (const [path, pick] of picked) {
    const row = sourcesSheet.addRow([
      safeText(fieldLabel(path).text),
      safeText(w("pickedUnitCost", { source: pickedUnitCostSource(pick)[locale] })),
      safeText(pick.label[locale]),
      pick.value,
      unitName(pick.unit),
      pick.priceYear,
      safeText(geography(pick.geography)),
      safeText(pickedUnitCostSource(pick)[locale]),
    ]);
    row.getCell(4).numFmt = numberFormats.money;
    row.getCell(6).numFmt = numberFormats.year;
  }
  // Long labels and sources wrap within their columns; the rows get the height their text needs, as spreadsheet
  // programs do not grow a row for wrapped text by themselves when they open a file.
  const wrapped: [ExcelJS.Worksheet, number[]][] = [
    [inputsSheet, [1, 10]],
    [sourcesSheet, [1, 2, 3, 8, 9]],
  ];
  for (const [sheet, columns] of wrapped) {
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      row.alignment = { vertical: "top" };
      // The unit stands apart from the right-aligned value before it.
      if (sheet === inputsSheet) row.getCell(3).alignment = { indent: 1, vertical: "top" };
      let lines = 1;
      for (const col of columns) {
        const cell = row.getCell(col);
        cell.alignment = { vertical: "top", wrapText: true };
        const text = typeof cell.value === "string" ? cell.value : "";
        lines = Math.max(lines, Math.ceil(text.length / (sheet.getColumn(col).width ?? 10)));
      }
      if (lines > 1) row.height = 15 * lines;
    });
  }
  // Printed, every sheet is as wide as an A4 page (landscape where it is wide), however many pages long.
  for (const sheet of workbook.worksheets) {
    const wide = sheet === yearsSheet || sheet === inputsSheet || sheet === sourcesSheet;
    sheet.pageSetup = { paperSize: 9, orientation: wide ? "landscape" : "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  }

  return { workbook, names: { totals, years: yearNames, byPayer, byOutcome, inputs: inputNames } };
}

export async function scenarioWorkbook(scenario: ScenarioRecord, locale: AppLocale): Promise<Buffer> {
  const t = await getTranslations({ locale });
  const { workbook } = buildScenarioWorkbook(scenario, locale, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
