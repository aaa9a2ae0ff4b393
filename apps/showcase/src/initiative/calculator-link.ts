// "Räkna på en liknande insats": the calculator's new-scenario page, started from the template that fits the
// initiative and the effect range its evaluation implies.
import type { EffectUnit, FocusArea, ScenarioTemplateId } from "@insats/domain";

/**
 * The template whose outcome is what the initiative aims to reduce. Order matters: an initiative for older
 * people that targets falls is about fractures rather than hours of home care.
 */
const templateByFocusArea: readonly (readonly [FocusArea, ScenarioTemplateId])[] = [
  ["employment", "social-assistance"],
  ["integration", "social-assistance"],
  ["fallPrevention", "fall-prevention"],
  ["childrenInCare", "out-of-home-care"],
  ["elderlyHealth", "home-care"],
];

export function templateFor(focusAreas: readonly FocusArea[]): ScenarioTemplateId {
  return templateByFocusArea.find(([area]) => focusAreas.includes(area))?.[1] ?? "custom";
}

export interface CalculatorLinkInput {
  calculatorUrl: string;
  locale: string;
  slug: string;
  focusAreas: readonly FocusArea[];
  /** The effect of the initiative's best evaluation, if it has one. */
  effect: { low: number; high: number; unit: EffectUnit } | null;
}

/**
 * `/{locale}/scenarios/new?template=…&initiative=…&effectLow=…&effectHigh=…`. A range in the measure's own
 * units cannot be a share of units avoided, so only shares and percentage points are carried over.
 */
export function calculatorLink(input: CalculatorLinkInput): string {
  const url = new URL(`${input.calculatorUrl.replace(/\/+$/, "")}/${input.locale}/scenarios/new`);
  url.searchParams.set("template", templateFor(input.focusAreas));
  url.searchParams.set("initiative", input.slug);
  if (input.effect && carriesEffect(input.effect)) {
    url.searchParams.set("effectLow", String(input.effect.low));
    url.searchParams.set("effectHigh", String(input.effect.high));
  }
  return url.toString();
}

/** Whether the link carries an effect range (the page says so next to the link). */
export function carriesEffect(
  effect: CalculatorLinkInput["effect"],
): effect is NonNullable<CalculatorLinkInput["effect"]> {
  return effect !== null && effect.unit !== "measureUnits";
}
