import type { ScenarioInput, SensitivityRow } from "@insats/domain";
import { useTranslations } from "next-intl";

type Translate = (key: string) => string;

/**
 * A sensitivity row's input in the planner's words: the line's own label and the field's translated label
 * ("Hushåll med bistånd – Styckkostnad"), instead of the domain's English `label`.
 */
export function sensitivityLabel(row: Pick<SensitivityRow, "path" | "label">, input: Pick<ScenarioInput, "costs" | "outcomes">, fields: Translate, editor: Translate): string {
  const match = /^(costs|outcomes)\.(.+)\.([A-Za-z]+)$/.exec(row.path);
  if (!match) return row.label;
  const [, list, id, field] = match as unknown as [string, "costs" | "outcomes", string, string];
  const lines: readonly { id: string; label: string }[] = input[list];
  const name = lines.find((line) => line.id === id)?.label || editor(list === "costs" ? "unnamedCost" : "unnamedOutcome");
  const fieldLabel = fields(`${field === "amount" ? "amountGeneric" : field}.label`);
  return `${name} – ${fieldLabel}`;
}

/** `sensitivityLabel` with the app's translations. */
export function useSensitivityLabel(input: Pick<ScenarioInput, "costs" | "outcomes">) {
  const fields = useTranslations("fields");
  const editor = useTranslations("editor");
  return (row: Pick<SensitivityRow, "path" | "label">) => sensitivityLabel(row, input, (key) => fields(key), (key) => editor(key));
}
