"use client";
import { indexPrice, localize, swedishCpiRange, unitCostAt, unitCostLibrary, type Locale, type Outcome, type UnitCost } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatMoney } from "@/format/numbers";
import { priceBasisOf, usePriceBasis } from "@/report/price-basis";

/** The library value in the scenario's prices, or why it cannot be indexed (KPI ends with its last published year). */
function indexed(cost: UnitCost, priceYear: number): { value: number } | { error: true } {
  if (cost.priceYear === null) return { value: cost.value };
  try {
    return { value: indexPrice(cost.value, cost.priceYear, priceYear) };
  } catch {
    return { error: true };
  }
}

/**
 * Picks a sourced unit cost for an outcome: its source and price year are shown, and the figure is indexed with KPI
 * to the scenario's price year (a reported range becomes a triangular distribution).
 */
export function UnitCostPicker({ id, priceYear, onPick }: { id: string; priceYear: number; onPick: (patch: Pick<Outcome, "unitCost" | "unit" | "payers" | "unitCostKeys">) => void }) {
  const t = useTranslations("unitCosts");
  const locale = useLocale() as Locale;
  const [key, setKey] = useState<string>(unitCostLibrary[0].key);
  const cost: UnitCost = unitCostLibrary.find((item) => item.key === key) ?? unitCostLibrary[0];
  const atPriceYear = indexed(cost, priceYear);
  // A price year without an annual average is measured with the latest KPI figure; say which, next to the amount.
  const basis = priceBasisOf(priceYear);
  const basisText = usePriceBasis();
  return (
    <details className="unit-cost-picker">
      <summary>{t("open")}</summary>
      <div className="field">
        <label htmlFor={`${id}-select`}>{t("choose")}</label>
        <select id={`${id}-select`} value={key} onChange={(event) => setKey(event.target.value)}>
          {unitCostLibrary.map((item) => (
            <option key={item.key} value={item.key}>
              {localize(item.label, locale)}
            </option>
          ))}
        </select>
      </div>
      <dl className="facts" aria-live="polite">
        <dt>{t("value")}</dt>
        <dd>
          {formatMoney(locale, cost.value)} / {t(`unit.${cost.unit}`)}
          {"low" in cost && cost.low !== undefined && cost.high !== undefined ? ` (${formatMoney(locale, cost.low)} – ${formatMoney(locale, cost.high)})` : null}
        </dd>
        <dt>{t("priceYear")}</dt>
        <dd>{cost.priceYear ?? t("undated")}</dd>
        <dt>{t("indexed", { year: priceYear })}</dt>
        <dd>
          {"value" in atPriceYear
            ? cost.priceYear === null
              ? t("notIndexed", { value: formatMoney(locale, atPriceYear.value) })
              : formatMoney(locale, atPriceYear.value)
            : t("outsideKpi", { first: swedishCpiRange.first, last: swedishCpiRange.last })}
          {"value" in atPriceYear && cost.priceYear !== null && basis && basis.kind !== "annual" ? (
            <span className="muted" data-testid="unit-cost-basis">
              {" "}
              {basisText(basis)}
            </span>
          ) : null}
        </dd>
        <dt>{t("geography")}</dt>
        <dd>{cost.geography}</dd>
        <dt>{t("source")}</dt>
        <dd>{cost.source}</dd>
        {cost.note ? (
          <>
            <dt>{t("note")}</dt>
            <dd>{cost.note}</dd>
          </>
        ) : null}
      </dl>
      <button
        type="button"
        className="button button--secondary"
        disabled={"error" in atPriceYear}
        onClick={() => onPick({ unitCost: unitCostAt(cost, priceYear), unit: cost.unit, payers: { ...cost.payers }, unitCostKeys: [cost.key] })}
      >
        {t("use")}
      </button>
    </details>
  );
}
