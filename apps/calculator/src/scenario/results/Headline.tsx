import type { ScenarioResult, SimulationResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatMoney, formatMoneyRange, formatNumber, formatPercent, formatYear } from "@/format/numbers";
import { baseAgainstMiddleHalf } from "./middle-half";
import "./results.css";

/**
 * The figures a committee asks for first, in two groups that say which is which: the base case (every uncertain
 * assumption at its most likely value, computeScenario) and the simulation (every assumption varied at once).
 * When the base case lies outside the simulation's middle half, a note says so.
 */
export function Headline({ result, startYear, simulation }: { result: ScenarioResult; startYear: number; simulation: SimulationResult | null }) {
  const t = useTranslations("results");
  const locale = useLocale();
  const money = (value: number) => formatMoney(locale, value);
  const { totals } = result;
  const position = simulation ? baseAgainstMiddleHalf(totals.npv, simulation) : "within";
  return (
    <div className="headline" data-testid="headline">
      <section className="headline__group" aria-labelledby="headline-base">
        <h3 id="headline-base" className="headline__title">
          {t("baseCase")}
        </h3>
        <p className="headline__help">{t("baseCaseHelp")}</p>
        <dl className="headline__figures">
          <div>
            <dt>{t("npv")}</dt>
            <dd data-testid="npv" className={totals.npv < 0 ? "negative" : undefined}>
              {money(totals.npv)}
            </dd>
          </div>
          <div>
            <dt>{t("bcr")}</dt>
            <dd data-testid="bcr">{totals.bcr === null ? t("notDefined") : formatNumber(locale, totals.bcr)}</dd>
          </div>
          <div>
            <dt>{t("payback")}</dt>
            <dd data-testid="payback">{totals.paybackOffset === null ? t("noPayback") : formatYear(locale, startYear + totals.paybackOffset)}</dd>
          </div>
          <div>
            <dt>{t("breakEven")}</dt>
            <dd data-testid="break-even">
              {totals.breakEvenEffectScale === null ? t("notDefined") : t("breakEvenValue", { share: formatPercent(locale, totals.breakEvenEffectScale) })}
            </dd>
          </div>
        </dl>
      </section>
      <section className="headline__group" aria-labelledby="headline-simulation">
        <h3 id="headline-simulation" className="headline__title">
          {t("simulation")}
        </h3>
        <p className="headline__help">{simulation ? t("simulationHelp", { draws: formatCount(locale, simulation.draws) }) : t("simulationPending")}</p>
        <dl className="headline__figures">
          <div>
            <dt>{t("npvMedian")}</dt>
            <dd data-testid="npv-median" className={simulation && simulation.npv.p50 < 0 ? "negative" : undefined}>
              {simulation ? money(simulation.npv.p50) : "…"}
            </dd>
          </div>
          <div>
            <dt>{t("npvInterval")}</dt>
            <dd data-testid="npv-interval">{simulation ? formatMoneyRange(locale, simulation.npv.p5, simulation.npv.p95) : "…"}</dd>
          </div>
          <div>
            <dt>{t("probabilityPositive")}</dt>
            <dd data-testid="probability-positive">{simulation ? formatPercent(locale, simulation.probabilityPositive) : "…"}</dd>
          </div>
        </dl>
      </section>
      {simulation ? (
        <p className="headline__sentence" data-testid="headline-sentence">
          {t("headlineSentence", {
            npv: money(totals.npv),
            median: money(simulation.npv.p50),
            p5: money(simulation.npv.p5),
            p95: money(simulation.npv.p95),
            probability: formatPercent(locale, simulation.probabilityPositive),
          })}
        </p>
      ) : null}
      {simulation && position !== "within" ? (
        <p className="notice notice--warning headline__note" data-testid="base-outside-middle">
          {t(position === "above" ? "baseAboveMiddle" : "baseBelowMiddle", { npv: money(totals.npv), p25: money(simulation.npv.p25), p75: money(simulation.npv.p75) })}
        </p>
      ) : null}
    </div>
  );
}
