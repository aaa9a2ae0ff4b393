// A scenario's inputs as a flat list of named rows, for showing two versions or two to four scenarios side by side
// and for listing what changed. Lines are matched by id (costs, outcomes) or position (cohorts).
import type { Payers, ScenarioInput, Uncertain } from "@insats/domain";
import { formatMoney, formatNumber, formatPercent, formatYear } from "@/format/numbers";

/**
 * A text value is the planner's own words, or — with `vocabulary` — a code of the format (a cost kind, a unit) to be
 * shown in the interface's words.
 */
export type RowValue =
  | { kind: "text"; value: string; vocabulary?: "costKind" | "unit" }
  | { kind: "uncertain"; value: Uncertain; unit: "money" | "share" | "count" | "year" }
  | { kind: "payers"; value: Payers };

export interface InputRow {
  /** Stable across scenarios: `outcomes.welfare.effect`. */
  key: string;
  /** The message key of the field under `fields` (`effect`), and the line it belongs to, if any. */
  field: string;
  line: string | null;
  /** The cohort's number (from 1) for a cohort's rows; `line` then holds "#1", for exports. */
  cohortNumber?: number;
  /** What the field's label needs filled in: the offsets' labels name the calendar year of offset 0. */
  labelValues: { startYear: string };
}

export type InputRows = Map<string, InputRow & { value: RowValue }>;

const text = (value: string): RowValue => ({ kind: "text", value });
const number = (value: Uncertain, unit: "money" | "share" | "count" | "year" = "count"): RowValue => ({ kind: "uncertain", value, unit });

export function inputRows(input: ScenarioInput): InputRows {
  const rows: InputRows = new Map();
  // A year as the label shows it, never grouped ("2024", not "2 024"): the same in every language.
  const labelValues = { startYear: String(input.startYear) };
  const add = (key: string, field: string, line: string | null, value: RowValue, cohortNumber?: number) =>
    rows.set(key, { key, field, line, labelValues, value, ...(cohortNumber === undefined ? {} : { cohortNumber }) });
  add("name", "name", null, text(input.name));
  add("startYear", "startYear", null, number(input.startYear, "year"));
  add("priceYear", "priceYear", null, number(input.priceYear, "year"));
  add("horizonYears", "horizonYears", null, number(input.horizonYears));
  add("discountRate", "discountRate", null, number(input.discountRate, "share"));
  input.cohorts.forEach((cohort, index) => {
    const line = `#${index + 1}`;
    add(`cohorts.${index}.participants`, "participants", line, number(cohort.participants), index + 1);
    add(`cohorts.${index}.startOffset`, "startOffset", line, number(cohort.startOffset), index + 1);
  });
  for (const cost of input.costs) {
    const key = `costs.${cost.id}`;
    add(`${key}.label`, "costLabel", cost.label, text(cost.label));
    add(`${key}.kind`, "costKind", cost.label, { kind: "text", value: cost.kind, vocabulary: "costKind" });
    if (cost.kind === "oneOff") add(`${key}.offset`, "offset", cost.label, number(cost.offset));
    if (cost.kind === "annual") {
      add(`${key}.fromOffset`, "fromOffset", cost.label, number(cost.fromOffset));
      add(`${key}.toOffset`, "toOffset", cost.label, number(cost.toOffset));
    }
    if (cost.kind === "perParticipant") add(`${key}.years`, "years", cost.label, number(cost.years));
    add(`${key}.amount`, "amountGeneric", cost.label, number(cost.amount, "money"));
    add(`${key}.payers`, "costPayers", cost.label, { kind: "payers", value: cost.payers });
  }
  for (const outcome of input.outcomes) {
    const key = `outcomes.${outcome.id}`;
    add(`${key}.label`, "outcomeLabel", outcome.label, text(outcome.label));
    add(`${key}.unit`, "unit", outcome.label, { kind: "text", value: outcome.unit, vocabulary: "unit" });
    add(`${key}.baselineUnitsPerParticipant`, "baselineUnitsPerParticipant", outcome.label, number(outcome.baselineUnitsPerParticipant));
    add(`${key}.effect`, "effect", outcome.label, number(outcome.effect, "share"));
    add(`${key}.unitCost`, "unitCost", outcome.label, number(outcome.unitCost, "money"));
    add(`${key}.unitCostGrowth`, "unitCostGrowth", outcome.label, number(outcome.unitCostGrowth, "share"));
    add(`${key}.lagYears`, "lagYears", outcome.label, number(outcome.lagYears));
    add(`${key}.durationYears`, "durationYears", outcome.label, number(outcome.durationYears));
    for (const share of ["dropOff", "deadweight", "attribution", "displacement"] as const) {
      add(`${key}.${share}`, share, outcome.label, number(outcome[share], "share"));
    }
    add(`${key}.payers`, "outcomePayers", outcome.label, { kind: "payers", value: outcome.payers });
  }
  return rows;
}

/** The keys whose values differ between two scenarios, in the order of the first (then the second's extra rows). */
export function changedKeys(before: InputRows, after: InputRows): string[] {
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys.filter((key) => JSON.stringify(before.get(key)?.value) !== JSON.stringify(after.get(key)?.value));
}

function scalar(value: number, unit: "money" | "share" | "count" | "year", locale: string): string {
  if (unit === "money") return formatMoney(locale, value);
  if (unit === "share") return formatPercent(locale, value, 1);
  if (unit === "year") return formatYear(locale, value);
  return formatNumber(locale, value, 4);
}

/** Translates a message key from the root; `has` tells whether a key exists (a planner's own unit has none). */
export interface Names {
  (key: string, values?: Record<string, string>): string;
  has?: (key: string) => boolean;
}

/** The interface's words for a code of the format: "Per deltagare och år", "hushåll och år"; else the text itself. */
function vocabularyText(value: Extract<RowValue, { kind: "text" }>, names: Names): string {
  const key = value.vocabulary === "costKind" ? `fields.costKind.option.${value.value}` : value.vocabulary === "unit" ? `unitCosts.unit.${value.value}` : null;
  if (key === null || (names.has && !names.has(key))) return value.value;
  return names(key);
}

/** A value as a planner reads it: "44–54 % (likformig)". `names` gives the words for distributions and payers. */
export function describeValue(value: RowValue | undefined, locale: string, names: Names): string {
  if (!value) return "–";
  if (value.kind === "text") return vocabularyText(value, names);
  if (value.kind === "payers") {
    return Object.entries(value.value)
      .map(([payer, share]) => names("compare.payerShare", { payer: names(`payers.${payer}`), share: formatPercent(locale, share ?? 0, 1) }))
      .join(names("compare.listSeparator"));
  }
  const uncertain = value.value;
  const show = (x: number) => scalar(x, value.unit, locale);
  if (typeof uncertain === "number") return show(uncertain);
  const form = names(`uncertain.forms.${uncertain.dist}`);
  if (uncertain.dist === "uniform") return names("compare.valueUniform", { min: show(uncertain.min), max: show(uncertain.max), form });
  if (uncertain.dist === "normal") return names("compare.valueNormal", { mean: show(uncertain.mean), sd: show(uncertain.sd), form });
  return names("compare.valueModal", { min: show(uncertain.min), mode: show(uncertain.mode), max: show(uncertain.max), form });
}
