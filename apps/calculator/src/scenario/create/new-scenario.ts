// How a new scenario starts: from one of the domain's templates, optionally with the effect range of an evaluated
// initiative from the showcase (its link carries `effectLow` and `effectHigh`).
import {
  createScenarioFromTemplate,
  scenarioTemplateIds,
  templateDefaults,
  type ScenarioInput,
  type ScenarioTemplateId,
} from "@insats/domain";

export function isTemplateId(value: unknown): value is ScenarioTemplateId {
  return typeof value === "string" && (scenarioTemplateIds as readonly string[]).includes(value);
}

export interface EffectRange {
  low: number;
  high: number;
}

/** An effect range from a link, or null when it is missing or not a range of -1..1 (a link can say anything). */
export function readEffectRange(low: unknown, high: unknown): EffectRange | null {
  const lowValue = typeof low === "string" && low.trim() !== "" ? Number(low) : NaN;
  const highValue = typeof high === "string" && high.trim() !== "" ? Number(high) : NaN;
  if (![lowValue, highValue].every((value) => Number.isFinite(value) && value >= -1 && value <= 1)) return null;
  return { low: Math.min(lowValue, highValue), high: Math.max(lowValue, highValue) };
}

export interface NewScenarioOptions {
  templateId: ScenarioTemplateId;
  name: string;
  /** Calendar year of the first year; prices stay at the last KPI year (the templates' default). */
  startYear: number;
  /** Replaces the effect of the template's first outcome: an evaluation's range, each value in it equally likely. */
  effect?: EffectRange | null;
}

export function newScenarioInput({ templateId, name, startYear, effect }: NewScenarioOptions): ScenarioInput {
  const input = createScenarioFromTemplate(templateId, { startYear, priceYear: templateDefaults.priceYear, name });
  const [first, ...rest] = input.outcomes;
  if (!effect || !first) return input;
  const value = effect.low === effect.high ? effect.low : { dist: "uniform" as const, min: effect.low, max: effect.high };
  return { ...input, outcomes: [{ ...first, effect: value }, ...rest] };
}
