import { realisedShare } from "@insats/domain";
import { getLocale, getTranslations } from "next-intl/server";
import { BarChart } from "@/charts/BarChart";
import { ChartFigure } from "@/charts/ChartFigure";
import { formatCount, formatDate, formatMoney, formatMoneyShort, formatPercent, formatYear } from "@/format/numbers";
import type { FollowUp } from "./load.ts";

/** Forecast against outturn, in words and as a table, with the fund's ledger when a fund pays. */
export async function FollowUpView({ followUp }: { followUp: FollowUp }) {
  const [t, locale] = await Promise.all([getTranslations("followUp"), getLocale()]);
  const { decision, result, scenario } = followUp;
  const share = realisedShare(result);
  const forecastNpv = formatMoneyShort(locale, result.totals.forecast.npv);
  const outturnNpv = formatMoneyShort(locale, result.totals.outturn.npv);
  const labelOf = (id: string) => scenario.outcomes.find((outcome) => outcome.id === id)?.label || id;
  const fund = decision.fund;
  const repaidBy = result.fund?.repaidByOffset;

  return (
    <>
      <section aria-labelledby="decision-heading" className="section">
        <h2 id="decision-heading">{t("decisionHeading")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("decidedBy")}</dt>
            <dd>
              {decision.body.name} ({t(`bodyKind.${decision.body.kind}`)})
            </dd>
          </div>
          <div>
            <dt>{t("decidedOn")}</dt>
            <dd>{formatDate(locale, decision.decidedOn)}</dd>
          </div>
          <div>
            <dt>{t("decidedVersion")}</dt>
            <dd>{t("versionNumber", { version: decision.scenarioVersion })}</dd>
          </div>
          {fund ? (
            <div>
              <dt>{t("fundRule")}</dt>
              <dd>
                {t("fundRuleText", {
                  grant: formatMoney(locale, fund.grant),
                  share: formatPercent(locale, fund.repaymentShare, 1),
                  payers: fund.payers.map((payer) => t(`payer.${payer}`)).join(", "),
                  year: scenario.startYear + fund.fromOffset,
                  cap: formatMoney(locale, fund.cap),
                })}
              </dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="outturn-heading" className="section">
        <h2 id="outturn-heading">{t("outturnHeading")}</h2>
        <p className="lead" data-testid="follow-up-summary">
          {share === null
            ? t("summaryNoReports", { npv: forecastNpv })
            : t("summary", {
                share: formatPercent(locale, share),
                outturn: outturnNpv,
                forecast: forecastNpv,
              })}
        </p>
        {fund && result.fund ? (
          <p data-testid="fund-summary">
            {t("fundSummary", {
              repaid: formatMoney(locale, result.fund.reportedRepaid),
              outstanding: formatMoney(locale, fund.grant - result.fund.reportedRepaid),
              year:
                repaidBy === null || repaidBy === undefined ? "none" : String(scenario.startYear + repaidBy),
            })}
          </p>
        ) : null}

        <ChartFigure
          title={t("chartTitle")}
          sentence={t("chartSentence", {
            reported: result.years.filter((year) => year.reported).length,
            forecast: formatMoney(
              locale,
              result.years.reduce((sum, year) => sum + year.forecast.net, 0),
            ),
            outturn: formatMoney(
              locale,
              result.years.reduce((sum, year) => sum + year.outturn.net, 0),
            ),
          })}
          table={{
            columns: [t("year"), t("forecastNet"), t("outturnNet")],
            rows: result.years.map((year) => [
              formatYear(locale, year.year),
              formatMoney(locale, year.forecast.net),
              formatMoney(locale, year.outturn.net),
            ]),
          }}
        >
          <BarChart
            categories={result.years.map((year) => formatYear(locale, year.year))}
            series={[
              {
                name: t("forecastNet"),
                values: result.years.map((year) => year.forecast.net),
                className: "series-benefits",
              },
              {
                name: t("outturnNet"),
                values: result.years.map((year) => year.outturn.net),
                className: "series-net",
              },
            ]}
            formatValue={(value) => formatMoneyShort(locale, value)}
          />
        </ChartFigure>

        <div className="table-scroll" role="region" aria-labelledby="years-caption" tabIndex={0}>
          <table className="data-table data-table--compact follow-up-years">
            <caption id="years-caption">{t("yearsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("year")}</th>
                <th scope="col">{t("reported")}</th>
                <th scope="col" className="number">
                  {t("forecastCosts")}
                </th>
                <th scope="col" className="number">
                  {t("outturnCosts")}
                </th>
                <th scope="col" className="number">
                  {t("forecastBenefits")}
                </th>
                <th scope="col" className="number">
                  {t("outturnBenefits")}
                </th>
                <th scope="col" className="number">
                  {t("forecastNet")}
                </th>
                <th scope="col" className="number">
                  {t("outturnNet")}
                </th>
                {fund ? (
                  <>
                    <th scope="col" className="number">
                      {t("repayment")}
                    </th>
                    <th scope="col" className="number">
                      {t("balance")}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {result.years.map((year) => (
                <tr key={year.offset}>
                  <th scope="row">{formatYear(locale, year.year)}</th>
                  <td>{year.reported ? t("reportedYes") : t("reportedNo")}</td>
                  <td className="number">{formatCount(locale, year.forecast.costs)}</td>
                  <td className="number">{formatCount(locale, year.outturn.costs)}</td>
                  <td className="number">{formatCount(locale, year.forecast.benefits)}</td>
                  <td className="number">{formatCount(locale, year.outturn.benefits)}</td>
                  <td className="number">{formatCount(locale, year.forecast.net)}</td>
                  <td className="number">{formatCount(locale, year.outturn.net)}</td>
                  {fund ? (
                    <>
                      <td className="number">{formatCount(locale, year.fund?.repayment ?? 0)}</td>
                      <td className="number">{formatCount(locale, year.fund?.balance ?? 0)}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <div className="table-scroll" role="region" aria-labelledby="rates-caption" tabIndex={0}>
          <table className="data-table data-table--compact">
            <caption id="rates-caption">{t("ratesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outcome")}</th>
                <th scope="col" className="number">
                  {t("measuredYears")}
                </th>
                <th scope="col" className="number">
                  {t("realisationRate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(result.realisationRate).map(([id, rate]) => (
                <tr key={id}>
                  <th scope="row">{labelOf(id)}</th>
                  <td className="number">
                    {formatCount(locale, result.years.filter((year) => year.unitsAvoided[id]?.measured).length)}
                  </td>
                  <td className="number">{formatPercent(locale, rate, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <dl className="facts">
          <div>
            <dt>{t("forecastNpv")}</dt>
            <dd>{formatMoney(locale, result.totals.forecast.npv)}</dd>
          </div>
          <div>
            <dt>{t("outturnNpv")}</dt>
            <dd>{formatMoney(locale, result.totals.outturn.npv)}</dd>
          </div>
          <div>
            <dt>{t("varianceNpv")}</dt>
            <dd>{formatMoney(locale, result.totals.varianceNpv)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
