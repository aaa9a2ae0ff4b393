import type { ScenarioResult, SimulationResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney, formatNumber, formatPercent } from "@/format/numbers";

/** The four figures a committee asks for first, and how sure we are of the first. */
export function Headline({ result, startYear, simulation }: { result: ScenarioResult; startYear: number; simulation: SimulationResult | null }) {
  const t = useTranslations("results");
  const locale = useLocale();
  const { totals } = result;
  return (
    <dl className="headline" data-testid="headline">
      <div>
        <dt>{t("npv")}</dt>
        <dd data-testid="npv" className={totals.npv < 0 ? "negative" : undefined}>
          {formatMoney(locale, totals.npv)}
        </dd>
      </div>
      <div>
        <dt>{t("bcr")}</dt>
        <dd data-testid="bcr">{totals.bcr === null ? t("notDefined") : formatNumber(locale, totals.bcr)}</dd>
      </div>
      <div>
        <dt>{t("payback")}</dt>
        <dd data-testid="payback">{totals.paybackOffset === null ? t("noPayback") : String(startYear + totals.paybackOffset)}</dd>
      </div>
      <div>
        <dt>{t("breakEven")}</dt>
        <dd data-testid="break-even">
          {totals.breakEvenEffectScale === null ? t("notDefined") : t("breakEvenValue", { share: formatPercent(locale, totals.breakEvenEffectScale) })}
        </dd>
      </div>
      <div>
        <dt>{t("probabilityPositive")}</dt>
        <dd data-testid="probability-positive">{simulation ? formatPercent(locale, simulation.probabilityPositive) : "…"}</dd>
      </div>
    </dl>
  );
}
