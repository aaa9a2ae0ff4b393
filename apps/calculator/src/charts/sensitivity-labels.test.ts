import { requireScenarioInput, sensitivity, workedExampleScenario } from "@insats/domain";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import sv from "../../messages/sv.json";
import { sensitivityLabel } from "./sensitivity-labels";

function translator(messages: Record<string, unknown>) {
  return (key: string) => {
    const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    if (typeof value !== "string") throw new Error(`no message ${key}`);
    return value;
  };
}

describe("sensitivityLabel", () => {
  const input = requireScenarioInput(workedExampleScenario);
  const rows = sensitivity(input);

  it.each([
    ["sv", sv],
    ["en", en],
  ] as const)("names every row's line and field in %s, never with the domain's English field name", (_, messages) => {
    const labels = rows.map((row) => sensitivityLabel(row, input, translator(messages.fields), translator(messages.editor)));
    expect(labels).toHaveLength(rows.length);
    for (const [index, label] of labels.entries()) {
      const line = [...input.costs, ...input.outcomes].find((item) => rows[index]!.path.includes(`.${item.id}.`));
      expect(label.startsWith(`${line!.label} – `)).toBe(true);
      expect(label).not.toMatch(/: (amount|unit cost|effect|drop-off|deadweight|attribution|displacement|baseline)/);
    }
  });

  it("uses the Swedish field label", () => {
    const outcome = input.outcomes[0]!;
    const label = sensitivityLabel({ path: `outcomes.${outcome.id}.unitCost`, label: "x: unit cost" }, input, translator(sv.fields), translator(sv.editor));
    expect(label).toBe(`${outcome.label} – Styckkostnad`);
  });
});
