import type { EffectUnit } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatNumber, formatPercentNumber } from "@/text/format";

export interface EffectRange {
  low: number;
  high: number;
  unit: EffectUnit;
}

/** "44–54": percentage points and shares as whole percent, other units in the measure's own figures. */
export function effectRangeNumbers(locale: Locale, effect: EffectRange): string {
  const number = (value: number) =>
    effect.unit === "measureUnits" ? formatNumber(locale, value) : formatPercentNumber(locale, value);
  const low = number(effect.low);
  const high = number(effect.high);
  return low === high ? low : `${low}–${high}`;
}

/** "44–54 procentenheter", "44–54 %", "3–5 hushåll". */
export async function effectRangeText(
  locale: Locale,
  effect: EffectRange,
  measureUnit?: string,
): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Effect" });
  return t(effect.unit, { range: effectRangeNumbers(locale, effect), unit: measureUnit ?? "" }).trim();
}
