// The one place where the domain's validation issues become words a planner reads, at the field they concern.
// The domain reports zod's issue codes and, for its own cross-field checks, a stable rule name (scenarioRules);
// every message is under `validation` in messages/*.json.
import type { InputIssue, ScenarioRule } from "@insats/domain";
import { formatNumber, formatPercent } from "@/format/numbers";

/** The message of each of the domain's rules. A rule added to the domain without one fails the type check. */
export const ruleMessages: Record<ScenarioRule, string> = {
  payerSharesSum: "payerSharesSum",
  minAboveMax: "minAboveMax",
  modeOutsideRange: "modeOutsideRange",
  meanOutsideRange: "meanOutsideRange",
  toOffsetBeforeFromOffset: "toOffsetBeforeFromOffset",
  duplicateId: "duplicateId",
};

/** Every key `describeIssue` can return, for the test that each has a Swedish and an English text. */
export const issueMessageKeys = [
  ...Object.values(ruleMessages),
  "atLeast",
  "moreThan",
  "atMost",
  "lessThan",
  "wholeNumber",
  "number",
  "text",
  "cohortsEmpty",
  "idEmpty",
  "unknownField",
  "invalidValue",
] as const;

export interface IssueMessage {
  /** A key under `validation`. */
  key: string;
  values?: Record<string, string>;
}

/** Fields the editor shows in per cent of the stored fraction. */
const percentFields = new Set(["discountRate", "effect", "dropOff", "deadweight", "attribution", "displacement", "unitCostGrowth", "payers"]);
const yearFields = new Set(["startYear", "priceYear"]);

/** A limit written as the field shows it: 0.2 of the discount rate as "20 %", a year without grouping. */
function formatLimit(locale: string, field: string, limit: number): string {
  if (percentFields.has(field)) return formatPercent(locale, limit, 2);
  if (yearFields.has(field)) return String(limit);
  return formatNumber(locale, limit, 4);
}

/** Where in the form a domain path is: the field's key (`effect`), its line and the part of a distribution. */
export interface FieldLocation {
  /** The top-level list (`costs`, `outcomes`, `cohorts`) and the line's index, when the field belongs to a line. */
  list?: "costs" | "outcomes" | "cohorts";
  index?: number;
  /** The field's key in the scenario (`effect`, `discountRate`, `payers` …); "" for the whole scenario. */
  field: string;
  /** The part of an uncertain value (`min`, `mode` …) or a payer (`region`), when the issue is about one. */
  part?: string;
  /** The id of the form control (or group) that shows the problem; null when no control does. */
  fieldId: string | null;
}

/** The editor's ids that differ from the scenario's field names. */
const outcomeFieldIds: Record<string, string> = {
  baselineUnitsPerParticipant: "baseline",
  unitCostGrowth: "growth",
  lagYears: "lag",
  durationYears: "duration",
  id: "label",
};
const uncertainFields = new Set(["amount", "unitCost", "baselineUnitsPerParticipant", "effect", "dropOff", "deadweight", "attribution", "displacement"]);

export function locateIssue(path: string): FieldLocation {
  const segments = path === "" ? [] : path.split(".");
  const [first = "", second, third, fourth] = segments;
  if (first === "name") return { field: "name", fieldId: "scenario-name" };
  if (["startYear", "priceYear", "horizonYears", "discountRate"].includes(first)) return { field: first, fieldId: first };
  if ((first === "cohorts" || first === "costs" || first === "outcomes") && second !== undefined && /^\d+$/.test(second)) {
    const index = Number(second);
    const field = third ?? "";
    const line = { list: first, index, field, ...(fourth === undefined ? {} : { part: fourth }) } as const;
    if (first === "cohorts") return { ...line, fieldId: field === "participants" || field === "startOffset" ? `cohort-${index}-${field}` : null };
    const prefix = `${first === "costs" ? "cost" : "outcome"}-${index}`;
    if (uncertainFields.has(field)) {
      const id = first === "outcomes" ? (outcomeFieldIds[field] ?? field) : field;
      return { ...line, fieldId: `${prefix}-${id}-${fourth ?? "value"}` };
    }
    if (field === "payers") return { ...line, fieldId: fourth === undefined ? `${prefix}-payers` : `${prefix}-payers-${fourth}` };
    if (field === "id") return { ...line, fieldId: `${prefix}-label` };
    if (first === "costs") {
      const known = ["label", "kind", "offset", "fromOffset", "toOffset", "years"];
      return { ...line, fieldId: known.includes(field) ? `${prefix}-${field}` : null };
    }
    const known = ["label", "unit", "unitCostGrowth", "lagYears", "durationYears"];
    return { ...line, fieldId: known.includes(field) ? `${prefix}-${outcomeFieldIds[field] ?? field}` : null };
  }
  return { field: first, fieldId: null };
}

/** What is wrong, in the terms of the field: the key of its message under `validation` and the message's values. */
export function describeIssue(issue: InputIssue, locale: string): IssueMessage {
  const { field } = locateIssue(issue.path);
  switch (issue.code) {
    case "custom":
      return { key: issue.rule ? ruleMessages[issue.rule] : "invalidValue" };
    case "too_small":
      if (issue.path === "cohorts") return { key: "cohortsEmpty" };
      if (field === "id") return { key: "idEmpty" };
      if (issue.minimum === undefined) return { key: "invalidValue" };
      return { key: issue.inclusive ? "atLeast" : "moreThan", values: { min: formatLimit(locale, field, issue.minimum) } };
    case "too_big":
      if (issue.maximum === undefined) return { key: "invalidValue" };
      return { key: issue.inclusive ? "atMost" : "lessThan", values: { max: formatLimit(locale, field, issue.maximum) } };
    case "invalid_type":
      if (issue.expected === "int") return { key: "wholeNumber" };
      if (issue.expected === "number") return { key: "number" };
      if (issue.expected === "string") return { key: "text" };
      return { key: "invalidValue" };
    case "unrecognized_keys":
      return { key: "unknownField" };
    default:
      return { key: "invalidValue" };
  }
}
