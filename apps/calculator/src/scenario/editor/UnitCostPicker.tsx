"use client";
import { indexPrice, localize, payerKeys, swedishCpiRange, unitCostAt, unitCostLibrary, type Locale, type Outcome, type Payers, type PickedUnitCost, type UnitCost } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { formatCount, formatMoney, formatPercent, formatYear } from "@/format/numbers";
import { CitedText } from "@/report/CitedText";
import { priceBasisOf, usePriceBasis } from "@/report/price-basis";
import { isKoladaFigure, type LocalUnitCost, type LocalUnitCosts } from "./local-unit-costs";

/** A figure in the scenario's prices, or why it cannot be indexed (KPI starts in 2010). */
function indexed(cost: Pick<UnitCost, "value" | "priceYear">, priceYear: number): { value: number } | { error: true } {
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

type Scope = "municipality" | "countyMedian" | "nation";
const scopes: readonly Scope[] = ["municipality", "countyMedian", "nation"];

export type UnitCostPick = Partial<Pick<Outcome, "unitCost" | "unit" | "payers" | "unitCostKeys" | "unitCostSource">>;

/**
 * Picks a sourced unit cost for an outcome. First the planner's own organisation's figures from Kolada — its
 * municipality's, beside its county's municipalities' median and the nation's, each with its source and year — then
 * the national library. The figure is indexed with KPI to the scenario's price year (a year without an annual average
 * uses the latest index, named next to the amount; a reported range becomes a triangular distribution), and the
 * choice is recorded on the outcome with its source. It opens on a figure of the outcome's own unit, and the
 * outcome's unit and payer split change only when the planner ticks that they should.
 */
export function UnitCostPicker({
  id,
  priceYear,
  outcome,
  local,
  onPick,
}: {
  id: string;
  priceYear: number;
  outcome: Pick<Outcome, "unit" | "payers">;
  /** The organisation's Kolada figures (`unitCost.local`); null or empty: the library only. */
  local: LocalUnitCosts | null;
  onPick: (patch: UnitCostPick) => void;
}) {
  const t = useTranslations("unitCosts");
  const editor = useTranslations("editor");
  const payerName = useTranslations("payers");
  const locale = useLocale() as Locale;
  const inputIds = useId();
  const figures = (local?.figures ?? []).filter(isKoladaFigure);
  const kpis = [...new Map(figures.map((figure) => [figure.kolada.kpiId, figure])).values()];
  const [from, setFrom] = useState<"kolada" | "library">(figures.length > 0 ? "kolada" : "library");
  const [kpiId, setKpiId] = useState<string>(() => (kpis.find((kpi) => kpi.unit === outcome.unit) ?? kpis[0])?.kolada.kpiId ?? "");
  const [scope, setScope] = useState<Scope>("municipality");
  const [key, setKey] = useState<string>(() => (unitCostLibrary.find((item) => item.unit === outcome.unit) ?? unitCostLibrary[0]).key);
  const [alsoUnit, setAlsoUnit] = useState(false);
  const [alsoPayers, setAlsoPayers] = useState(false);

  // Each scope's latest figure for the chosen key figure (the API lists them latest first).
  const latest = new Map<Scope, LocalUnitCost>();
  for (const figure of figures) if (figure.kolada.kpiId === kpiId && !latest.has(figure.kolada.scope)) latest.set(figure.kolada.scope, figure);
  const offered = scopes.filter((candidate) => latest.has(candidate));
  const figure = latest.get(scope) ?? latest.get(offered[0] ?? "nation");
  const libraryCost: UnitCost = unitCostLibrary.find((item) => item.key === key) ?? unitCostLibrary[0];
  const koladaCost: LocalUnitCost | null = from === "kolada" && figure ? figure : null;
  const cost: UnitCost = koladaCost ?? libraryCost;
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
  const whose = (entry: LocalUnitCost) =>
    entry.kolada.scope === "municipality"
      ? entry.geography
      : entry.kolada.scope === "countyMedian"
        ? t("kolada.countyMedian", { county: entry.geography, count: formatCount(locale, entry.kolada.municipalities ?? 0) })
        : t("kolada.nation");
  const koladaSource = (entry: LocalUnitCost) => {
    const cited = t("kolada.source", { kpi: entry.kolada.kpiId, title: entry.kolada.kpiTitle, year: formatYear(locale, entry.kolada.year) });
    return entry.kolada.scope === "countyMedian" ? `${cited}; ${whose(entry)}` : cited;
  };
  const unitDiffers = cost.unit !== outcome.unit;
  const payersDiffer = !samePayers(cost.payers, outcome.payers);

  const pick = () => {
    const changes = {
      ...(unitDiffers && alsoUnit ? { unit: cost.unit } : {}),
      ...(payersDiffer && alsoPayers ? { payers: { ...cost.payers } } : {}),
    };
    if (koladaCost && "value" in atPriceYear) {
      const source: PickedUnitCost = {
        key: koladaCost.key,
        label: koladaCost.label,
        value: koladaCost.value,
        unit: koladaCost.unit,
        priceYear: koladaCost.kolada.year,
        // "Sweden" for the nation, as in the library; the report names it in its reader's language.
        geography: koladaCost.geography,
        source: koladaCost.source,
      };
      onPick({ unitCost: atPriceYear.value, unitCostKeys: undefined, unitCostSource: source, ...changes });
    } else {
      onPick({ unitCost: unitCostAt(libraryCost, priceYear), unitCostKeys: [libraryCost.key], unitCostSource: undefined, ...changes });
    }
  };

  return (
    <details className="unit-cost-picker">
      <summary>{t("open")}</summary>
      {kpis.length > 0 ? (
        <fieldset>
          <legend>{t("from")}</legend>
          <div className="checkbox">
            <input id={`${id}-from-kolada`} type="radio" name={`${id}-from`} checked={from === "kolada"} onChange={() => setFrom("kolada")} />
            <label htmlFor={`${id}-from-kolada`}>{t("fromKolada")}</label>
          </div>
          <div className="checkbox">
            <input id={`${id}-from-library`} type="radio" name={`${id}-from`} checked={from === "library"} onChange={() => setFrom("library")} />
            <label htmlFor={`${id}-from-library`}>{t("fromLibrary")}</label>
          </div>
        </fieldset>
      ) : null}
      {from === "kolada" && figure ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-kolada-select`}>{t("kolada.kpi")}</label>
            <select id={`${id}-kolada-select`} value={kpiId} onChange={(event) => setKpiId(event.target.value)}>
              {kpis.map((kpi) => (
                <option key={kpi.kolada.kpiId} value={kpi.kolada.kpiId}>
                  {localize(kpi.label, locale)}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>{t("kolada.whose")}</legend>
            {offered.map((candidate) => {
              const entry = latest.get(candidate) as LocalUnitCost;
              return (
                <div className="checkbox" key={candidate}>
                  <input id={`${id}-scope-${candidate}`} type="radio" name={`${id}-scope`} checked={figure.kolada.scope === candidate} onChange={() => setScope(candidate)} />
                  <label htmlFor={`${id}-scope-${candidate}`}>
                    {t("kolada.option", { whose: whose(entry), value: formatMoney(locale, entry.value), unit: unitName(entry.unit), year: formatYear(locale, entry.kolada.year) })}
                  </label>
                </div>
              );
            })}
          </fieldset>
        </>
      ) : (
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
      )}
      <dl className="facts" aria-live="polite" data-testid="unit-cost-facts">
        <dt>{t("value")}</dt>
        <dd>
          {formatMoney(locale, cost.value)} / {unitName(cost.unit)}
          {cost.low !== undefined && cost.high !== undefined ? ` (${formatMoney(locale, cost.low)} – ${formatMoney(locale, cost.high)})` : null}
        </dd>
        <dt>{t("priceYear")}</dt>
        <dd>{cost.priceYear === null ? t("undated") : formatYear(locale, cost.priceYear)}</dd>
        <dt>{t("indexed", { year: formatYear(locale, priceYear) })}</dt>
        <dd>
          {"value" in atPriceYear
            ? cost.priceYear === null
              ? t("notIndexed", { value: formatMoney(locale, atPriceYear.value) })
              : formatMoney(locale, atPriceYear.value)
            : t("outsideKpi", { first: formatYear(locale, swedishCpiRange.first), last: formatYear(locale, swedishCpiRange.last) })}
          {"value" in atPriceYear && cost.priceYear !== null && basis && basis.kind !== "annual" ? (
            <span className="muted" data-testid="unit-cost-basis">
              {" "}
              {basisText(basis)}
            </span>
          ) : null}
        </dd>
        <dt>{t("geography")}</dt>
        <dd data-testid="unit-cost-geography">{koladaCost ? whose(koladaCost) : cost.geography === "Sweden" ? t("kolada.nation") : cost.geography}</dd>
        <dt>{t("source")}</dt>
        <dd data-testid="unit-cost-source">
          <CitedText text={koladaCost ? koladaSource(koladaCost) : localize(cost.source, locale)} />
        </dd>
        {koladaCost ? (
          <>
            <dt>{t("note")}</dt>
            <dd>{t("kolada.attribution")}</dd>
          </>
        ) : cost.note ? (
          <>
            <dt>{t("note")}</dt>
            <dd data-testid="unit-cost-note">
              <CitedText text={localize(cost.note, locale)} />
            </dd>
          </>
        ) : null}
      </dl>
      {unitDiffers ? (
        <div className="checkbox">
          <input id={`${inputIds}-unit`} type="checkbox" checked={alsoUnit} onChange={(event) => setAlsoUnit(event.target.checked)} />
          <label htmlFor={`${inputIds}-unit`}>{editor("pickerAlsoUnit", { unit: unitName(cost.unit), current: unitName(outcome.unit) })}</label>
        </div>
      ) : null}
      {payersDiffer ? (
        <div className="checkbox">
          <input id={`${inputIds}-payers`} type="checkbox" checked={alsoPayers} onChange={(event) => setAlsoPayers(event.target.checked)} />
          <label htmlFor={`${inputIds}-payers`}>{editor("pickerAlsoPayers", { payers: payersText(cost.payers), current: payersText(outcome.payers) || "–" })}</label>
        </div>
      ) : null}
      <button type="button" className="button button--secondary" disabled={"error" in atPriceYear} onClick={pick}>
        {t("use")}
      </button>
    </details>
  );
}
