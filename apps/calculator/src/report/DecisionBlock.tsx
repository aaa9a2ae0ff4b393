import type { ScenarioInput, ScenarioResult, SensitivityRow, SimulationResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatMoney, formatNumber, formatPercent, formatYear, formatYearRange } from "@/format/numbers";
import { fieldAtPath, formatFieldValue } from "@/scenario/results/labels";
import { payersIn } from "@/scenario/results/payers";
import { useSensitivityLabel } from "@/scenario/results/ResultCharts";
import { required } from "@/required";

/** The first assumption (by swing) that, alone at one end of its range, turns the npv's sign. */
function signFlip(rows: readonly SensitivityRow[], npv: number) {
  for (const row of rows) {
    for (const end of ["low", "high"] as const) {
      if (Math.sign(row[end].npv) !== Math.sign(npv) && row[end].npv !== 0) return { row, end };
    }
  }
  return null;
}

/**
 * The beslutsunderlag: what is proposed, what it costs, what it is expected to return, the main uncertainty and what
 * would change the conclusion, each sentence generated from the figures.
 */
export function DecisionBlock({ name, input, result, simulation, sensitivity }: { name: string; input: ScenarioInput; result: ScenarioResult; simulation: SimulationResult; sensitivity: readonly SensitivityRow[] }) {
  const t = useTranslations("report");
  const payerName = useTranslations("payers");
  const locale = useLocale();
  const label = useSensitivityLabel(input);
  const money = (value: number) => formatMoney(locale, value);
  const { totals } = result;
  const list = (items: string[]) => items.join(t("listSeparator"));
  const payers = payersIn(result.byPayer);
  const participants = input.cohorts.reduce((sum, cohort) => sum + cohort.participants, 0);
  const costShares = payers
    .filter((payer) => (result.byPayer[payer]?.pvCosts ?? 0) > 0)
    .map((payer) => t("decisionShare", { payer: payerName(payer), share: formatPercent(locale, required(result.byPayer[payer], `the result for ${payer}`).pvCosts / totals.pvCosts) }));
  const top = sensitivity[0];
  const flip = signFlip(sensitivity, totals.npv);
  return (
    <dl className="report__decision" data-testid="decision">
      <dt>{t("decisionProposal")}</dt>
      <dd>{t("decisionProposalText", { name, years: formatYearRange(locale, input.startYear, input.startYear + input.horizonYears - 1), participants: formatCount(locale, participants) })}</dd>
      <dt>{t("decisionCost")}</dt>
      <dd>{totals.pvCosts > 0 ? t("decisionCostText", { costs: money(totals.costs), pvCosts: money(totals.pvCosts), list: list(costShares) }) : t("decisionCostNone")}</dd>
      <dt>{t("decisionReturn")}</dt>
      <dd>
        {t("decisionReturnText", { pvBenefits: money(totals.pvBenefits), npv: money(totals.npv) })}{" "}
        {totals.bcr === null ? null : <>{t("decisionReturnBcr", { bcr: formatNumber(locale, totals.bcr) })} </>}
        {totals.paybackOffset === null
          ? t("decisionReturnNoPayback", { horizon: formatCount(locale, input.horizonYears) })
          : t("decisionReturnPayback", { year: formatYear(locale, input.startYear + totals.paybackOffset) })}
      </dd>
      {payers.length > 1 ? (
        <>
          <dt>{t("decisionPayers")}</dt>
          <dd>{t("decisionPayersText", { list: list(payers.map((payer) => t("decisionPayerItem", { payer: payerName(payer), npv: money(required(result.byPayer[payer], `the result for ${payer}`).npv) }))) })}</dd>
        </>
      ) : null}
      <dt>{t("decisionRisk")}</dt>
      <dd>
        {top ? (
          <>
            {t("decisionRiskText", { probability: formatPercent(locale, simulation.probabilityPositive), p5: money(simulation.npv.p5), p95: money(simulation.npv.p95) })}{" "}
            {t("decisionRiskTop", { label: label(top), low: money(Math.min(top.low.npv, top.high.npv)), high: money(Math.max(top.low.npv, top.high.npv)) })}
          </>
        ) : (
          t("decisionRiskNone")
        )}
      </dd>
      <dt>{t("decisionChange")}</dt>
      <dd>
        {totals.breakEvenEffectScale === null
          ? t("decisionChangeNoBreakEven")
          : t(totals.breakEvenEffectScale < 1 ? "decisionChangeBreakEven" : "decisionChangeBreakEvenAbove", { share: formatPercent(locale, totals.breakEvenEffectScale) })}{" "}
        {flip
          ? t("decisionChangeFlip", {
              label: label(flip.row),
              end: t(flip.end),
              value: formatFieldValue(locale, fieldAtPath(flip.row.path, input).field, flip.row[flip.end].value),
              npv: money(flip.row[flip.end].npv),
            })
          : top
            ? t("decisionChangeNoFlip")
            : null}
      </dd>
    </dl>
  );
}
