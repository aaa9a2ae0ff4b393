"use client";
import type { ScenarioInput } from "@insats/domain";
import { useTranslations } from "next-intl";
import { NumberField } from "./NumberField";

type Assumptions = Pick<ScenarioInput, "startYear" | "priceYear" | "horizonYears" | "discountRate">;

/** The frame of the calculation: when it starts, in which prices, for how long, and how the future is discounted. */
export function AssumptionsSection({ value, onChange }: { value: Assumptions; onChange: (patch: Partial<Assumptions>) => void }) {
  const t = useTranslations("fields");
  return (
    <div className="field-grid">
      <NumberField id="startYear" label={t("startYear.label")} help={t("startYear.help")} value={value.startYear} integer onChange={(startYear) => onChange({ startYear })} />
      <NumberField id="priceYear" label={t("priceYear.label")} help={t("priceYear.help")} value={value.priceYear} integer onChange={(priceYear) => onChange({ priceYear })} />
      <NumberField id="horizonYears" label={t("horizonYears.label")} help={t("horizonYears.help")} value={value.horizonYears} integer onChange={(horizonYears) => onChange({ horizonYears })} />
      <NumberField id="discountRate" label={t("discountRate.label")} help={t("discountRate.help")} value={value.discountRate} scale={100} unit="%" onChange={(discountRate) => onChange({ discountRate })} />
    </div>
  );
}
