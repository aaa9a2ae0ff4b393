// Where every input of a scenario comes from, for the report's table of assumptions: the library unit costs the
// scenario recorded (`unitCostKeys`), the showcase evaluation an effect was taken from, the template's source note
// for a value still as the template set it, or the planner's own assumption.
import {
  createScenarioFromTemplate,
  pickedUnitCostSource,
  scenarioTemplates,
  unitCostAt,
  unitCostLibrary,
  type LocalizedText,
  type ScenarioInput,
  type ScenarioTemplate,
  type Uncertain,
  type UnitCost,
} from "@insats/domain";
import { inputRows, type InputRows } from "@/scenario/compare/input-rows";
import type { EvaluationSource } from "./initiative-source";

export type InputSource =
  /** A definition rather than an assumption (a name, a label, a year): no source to name. */
  | { kind: "none" }
  | { kind: "own" }
  | { kind: "template"; template: ScenarioTemplate; note: LocalizedText | null }
  | { kind: "unitCost"; entries: UnitCost[]; changed: boolean; template: { template: ScenarioTemplate; note: LocalizedText | null } | null }
  | { kind: "evaluation"; evaluation: EvaluationSource; taken: boolean };

const definitionFields = new Set(["name", "startYear", "priceYear", "horizonYears", "costLabel", "costKind", "outcomeLabel", "unit", "startOffset", "offset", "fromOffset", "toOffset", "years"]);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether an effect is an evaluation's range taken as it is (a uniform over it, or its single value). */
function isEffectOf(effect: Uncertain, range: { low: number; high: number }): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  if (typeof effect === "number") return close(range.low, range.high) && close(effect, range.low);
  return effect.dist === "uniform" && close(effect.min, range.low) && close(effect.max, range.high);
}

function templateRows(input: ScenarioInput, templateId: string | null): { template: ScenarioTemplate; rows: InputRows } | null {
  const template = scenarioTemplates.find((candidate) => candidate.id === templateId);
  if (!template) return null;
  try {
    const built = createScenarioFromTemplate(template.id, { startYear: input.startYear, priceYear: input.priceYear });
    return { template, rows: inputRows(built) };
  } catch {
    return null;
  }
}

/** The source of each input row, by the row's key (`outcomes.welfare.unitCost`). */
export function inputSources(input: ScenarioInput, templateId: string | null, evaluations: readonly EvaluationSource[]): Map<string, InputSource> {
  const rows = inputRows(input);
  const fromTemplate = templateRows(input, templateId);
  const sources = new Map<string, InputSource>();
  const templateSource = (key: string) => {
    if (!fromTemplate || !sameValue(fromTemplate.rows.get(key)?.value, rows.get(key)?.value)) return null;
    return { template: fromTemplate.template, note: fromTemplate.template.sources[key]?.note ?? null };
  };
  for (const [key, row] of rows) {
    if (definitionFields.has(row.field)) {
      sources.set(key, { kind: "none" });
      continue;
    }
    const source = templateSource(key);
    sources.set(key, source ? { kind: "template", ...source } : { kind: "own" });
  }
  input.outcomes.forEach((outcome, index) => {
    const unitCostKey = `outcomes.${outcome.id}.unitCost`;
    // A figure picked from outside the library (Kolada) is recorded on the outcome with its source; it is paid as
    // the outcome is.
    const picked: UnitCost[] = outcome.unitCostSource
      ? [{ ...outcome.unitCostSource, source: pickedUnitCostSource(outcome.unitCostSource), payers: outcome.payers }]
      : [];
    const entries = [...picked, ...(outcome.unitCostKeys ?? []).flatMap((key) => unitCostLibrary.filter((entry) => entry.key === key))];
    if (entries.length > 0) {
      const template = templateSource(unitCostKey);
      // One entry can be checked against the library at the scenario's price year; a combination of entries only
      // against the template that combined them.
      let changed = template === null;
      const [entry] = entries;
      if (entries.length === 1 && entry) {
        try {
          changed = !sameValue(unitCostAt(entry, input.priceYear), outcome.unitCost);
        } catch {
          changed = true;
        }
      }
      sources.set(unitCostKey, { kind: "unitCost", entries, changed, template });
    }
    const effectKey = `outcomes.${outcome.id}.effect`;
    const taken = evaluations.find((evaluation) => isEffectOf(outcome.effect, evaluation.effect));
    // A scenario started from an initiative took the evaluation's range for its first outcome.
    if (taken) sources.set(effectKey, { kind: "evaluation", evaluation: taken, taken: true });
    else if (index === 0 && evaluations[0] && sources.get(effectKey)?.kind !== "template") {
      sources.set(effectKey, { kind: "evaluation", evaluation: evaluations[0], taken: false });
    }
  });
  return sources;
}
