// "Uppföljning": the follow-up the initiative's organisation published — forecast against outturn per year as a
// chart with its table, the realisation rate per outcome, and the same in words. Only what the published format
// carries (@insats/domain `publicFollowUpSchema`): no planners' notes, no scenario name.
import { getTranslations } from "next-intl/server";
import { ChartFigure, YearBarChart } from "@/chart/year-chart";
import type { Locale } from "@/i18n/routing";
import {
  formatList,
  formatMillions,
  formatMoney,
  formatPartialDate,
  formatPercent,
  formatTimestampDate,
  formatYear,
} from "@/text/format";
import type { PublishedFollowUp } from "./queries.ts";

export async function FollowUpSection({ followUp, locale }: { followUp: PublishedFollowUp; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "FollowUp" });
  const { decision, totals, years, outcomes } = followUp;
  const yearLabels = years.map((year) => formatYear(locale, year.year));
  const reported = followUp.yearsReported.map((year) => formatYear(locale, year));
  const forecastNpv = formatMillions(locale, totals.forecastNpv);
  const outturnNpv = formatMillions(locale, totals.outturnNpv);

  return (
    <section aria-labelledby="follow-up-heading" className="section follow-up" id="follow-up" tabIndex={-1}>
      <h2 id="follow-up-heading">{t("heading")}</h2>
      <p className="lead-paragraph" data-testid="public-follow-up-summary">
        {followUp.realisedShare === null
          ? t("summaryNoReports", { npv: forecastNpv })
          : t("summary", {
              share: formatPercent(locale, followUp.realisedShare),
              outturn: outturnNpv,
              forecast: forecastNpv,
            })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t("decided")}</dt>
          <dd>
            {t("decidedText", {
              date: formatPartialDate(locale, decision.decidedOn),
              body: decision.body.name,
              kind: decision.body.kind,
            })}
          </dd>
        </div>
        <div>
          <dt>{t("yearsReported")}</dt>
          <dd>{reported.length > 0 ? formatList(locale, reported) : t("noYearsReported")}</dd>
        </div>
        <div>
          <dt>{t("prices")}</dt>
          <dd>{t("pricesText", { year: formatYear(locale, followUp.priceYear) })}</dd>
        </div>
      </dl>

      <ChartFigure
        title={t("chartTitle")}
        sentence={t("chartSentence", {
          reported: reported.length,
          forecast: formatMoney(
            locale,
            years.reduce((sum, year) => sum + year.forecast.net, 0),
          ),
          outturn: formatMoney(
            locale,
            years.reduce((sum, year) => sum + year.outturn.net, 0),
          ),
        })}
        showTableLabel={t("showTable")}
        expanded
        table={{
          columns: [t("year"), t("forecastNet"), t("outturnNet")],
          rows: years.map((year, index) => [
            year.reported ? t("yearReported", { year: yearLabels[index] ?? "" }) : (yearLabels[index] ?? ""),
            formatMoney(locale, year.forecast.net),
            formatMoney(locale, year.outturn.net),
          ]),
        }}
      >
        <YearBarChart
          categories={yearLabels}
          series={[
            { name: t("forecastNet"), values: years.map((year) => year.forecast.net), className: "series-forecast" },
            { name: t("outturnNet"), values: years.map((year) => year.outturn.net), className: "series-outturn" },
          ]}
          formatValue={(value) => formatMillions(locale, value)}
        />
      </ChartFigure>

      {outcomes.length > 0 ? (
        <div className="table-scroll" role="region" aria-labelledby="follow-up-rates-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="follow-up-rates-caption">{t("ratesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("outcome")}</th>
                <th scope="col">{t("yearsMeasured")}</th>
                <th scope="col" className="data-table__number">
                  {t("realisationRate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcomes.map((outcome) => (
                <tr key={outcome.id}>
                  <th scope="row">{outcome.label}</th>
                  <td>
                    {outcome.yearsMeasured.length > 0
                      ? formatList(
                          locale,
                          outcome.yearsMeasured.map((year) => formatYear(locale, year)),
                        )
                      : t("notMeasured")}
                  </td>
                  <td className="data-table__number">
                    {outcome.yearsMeasured.length > 0 ? formatPercent(locale, outcome.realisationRate) : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="facts__note">
        {t("method", { published: formatTimestampDate(locale, followUp.publishedAt) })}
      </p>
    </section>
  );
}
