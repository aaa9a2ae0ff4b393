// Words and number formats for the engine's field paths (`outcomes.welfare.unitCost`, `costs.employment.amount`):
// the engine's own labels are English code words, so every screen names a field from the translated `fields`.
import type { ScenarioInput } from "@insats/domain";
import { formatMoney, formatNumber, formatPercent } from "@/format/numbers";

export type ValueKind = "money" | "share" | "count";

const shareFields = new Set(["effect", "dropOff", "deadweight", "attribution", "displacement", "unitCostGrowth", "discountRate"]);
const moneyFields = new Set(["amount", "unitCost"]);

export function valueKind(field: string): ValueKind {
  if (moneyFields.has(field)) return "money";
  if (shareFields.has(field)) return "share";
  return "count";
}

/** A value of a field as a planner reads it: money in kronor, shares in per cent, counts as numbers. */
export function formatFieldValue(locale: string, field: string, value: number): string {
  const kind = valueKind(field);
  if (kind === "money") return formatMoney(locale, value);
  if (kind === "share") return formatPercent(locale, value, 1);
  return formatNumber(locale, value, 4);
}

export interface FieldName {
  /** The message key under `fields` whose `.label` names the field. */
  field: string;
  /** The label of the cost line or outcome the field belongs to, if any. */
  line: string | null;
}

/** The field and line a path names; `amount` is named by its generic label. */
export function fieldAtPath(path: string, input: ScenarioInput): FieldName {
  const [head, id, key] = path.split(".");
  if (head === "costs" && id && key) {
    const cost = input.costs.find((line) => line.id === id);
    return { field: key === "amount" ? "amountGeneric" : key, line: cost ? cost.label || null : null };
  }
  if (head === "outcomes" && id && key) {
    const outcome = input.outcomes.find((line) => line.id === id);
    return { field: key, line: outcome ? outcome.label || null : null };
  }
  return { field: head ?? path, line: null };
}
