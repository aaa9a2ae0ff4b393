"use client";
import { indexPrice, localize, payerKeys, swedishCpiRange, unitCostAt, unitCostLibrary, type Locale, type Outcome, type Payers, type UnitCost } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { formatMoney, formatPercent } from "@/format/numbers";
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

function samePayers(a: Payers, b: Payers): boolean {
  return payerKeys.every((payer) => Math.abs((a[payer] ?? 0) - (b[payer] ?? 0)) < 1e-9);
}

/**
 * Picks a sourced unit cost for an outcome: its source and price year are shown, and the figure is indexed with KPI
 * to the scenario's price year (a reported range becomes a triangular distribution). It opens on a unit cost of the
 * outcome's own unit, and the outcome's unit and payer split change only when the planner ticks that they should.
 */
export function UnitCostPicker({
  id,
  priceYear,
  outcome,
  onPick,
}: {
  id: string;
  priceYear: number;
  outcome: Pick<Outcome, "unit" | "payers">;
  onPick: (patch: Partial<Pick<Outcome, "unitCost" | "unit" | "payers" | "unitCostKeys">>) => void;
}) {
  const t = useTranslations("unitCosts");
  const editor = useTranslations("editor");
  const payerName = useTranslations("payers");
  const locale = useLocale() as Locale;
  const checkboxId = useId();
  const [key, setKey] = useState<string>(() => (unitCostLibrary.find((item) => item.unit === outcome.unit) ?? unitCostLibrary[0]).key);
  const [alsoUnit, setAlsoUnit] = useState(false);
  const [alsoPayers, setAlsoPayers] = useState(false);
  const cost: UnitCost = unitCostLibrary.find((item) => item.key === key) ?? unitCostLibrary[0];
  const atPriceYear = indexed(cost, priceYear);
  // A price year without an annual average is measured with the latest KPI figure; say which, next to the amount.
  const basis = priceBasisOf(priceYear);
  const basisText = usePriceBasis();
  const unitName = (unit: string) => (t.has(`unit.${unit}`) ? t(`unit.${unit}`) : unit);
  const payersText = (payers: Payers) =>
    payerKeys
      .filter((payer) => (payers[payer] ?? 0) > 0)
      .map((payer) => `${payerName(payer)} ${formatPercent(locale, payers[payer] ?? 0, 1)}`)
      .join(", ");
  const unitDiffers = cost.unit !== outcome.unit;
  const payersDiffer = !samePayers(cost.payers, outcome.payers);
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
      {unitDiffers ? (
        <div className="checkbox">
          <input id={`${checkboxId}-unit`} type="checkbox" checked={alsoUnit} onChange={(event) => setAlsoUnit(event.target.checked)} />
          <label htmlFor={`${checkboxId}-unit`}>{editor("pickerAlsoUnit", { unit: unitName(cost.unit), current: unitName(outcome.unit) })}</label>
        </div>
      ) : null}
      {payersDiffer ? (
        <div className="checkbox">
          <input id={`${checkboxId}-payers`} type="checkbox" checked={alsoPayers} onChange={(event) => setAlsoPayers(event.target.checked)} />
          <label htmlFor={`${checkboxId}-payers`}>{editor("pickerAlsoPayers", { payers: payersText(cost.payers), current: payersText(outcome.payers) || "–" })}</label>
        </div>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={"error" in atPriceYear}
        onClick={() =>
          onPick({
            unitCost: unitCostAt(cost, priceYear),
            unitCostKeys: [cost.key],
            ...(unitDiffers && alsoUnit ? { unit: cost.unit } : {}),
            ...(payersDiffer && alsoPayers ? { payers: { ...cost.payers } } : {}),
          })
        }
      >
        {t("use")}
      </button>
    </details>
  );
}
