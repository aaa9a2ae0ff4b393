import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatMoney, formatYear } from "@/format/numbers";
import { loadFund } from "@/follow-up/load";
import { getPathname, Link } from "@/i18n/navigation";
import { requireMembership } from "@/session/current";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "fund" }))("title") };
}

/** Fonden: every decided investment with a fund rule — grant, repaid, outstanding, what is expected and when. */
export default async function FundPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { membership } = await requireMembership(locale, getPathname({ locale, href: "/fund" }));
  const [fund, t] = await Promise.all([loadFund(), getTranslations("fund")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { organisation: membership.organisationName })}</p>
      {fund.investments.length === 0 ? (
        <p className="notice">{t("empty")}</p>
      ) : (
        <>
          <p data-testid="fund-totals">
            {t("totals", {
              count: fund.investments.length,
              grants: formatMoney(locale, fund.totals.grants),
              repaid: formatMoney(locale, fund.totals.repaid),
              outstanding: formatMoney(locale, fund.totals.outstanding),
            })}
          </p>
          <p>
            <a href={`/api/fund/xlsx?locale=${locale}`} download>
              {t("export")}
            </a>
          </p>
          <div className="table-scroll" role="region" aria-labelledby="investments-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="investments-caption">{t("investmentsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("investment")}</th>
                  <th scope="col">{t("decided")}</th>
                  <th scope="col" className="number">
                    {t("grant")}
                  </th>
                  <th scope="col" className="number">
                    {t("repaid")}
                  </th>
                  <th scope="col" className="number">
                    {t("outstanding")}
                  </th>
                  <th scope="col">{t("repaidInYear")}</th>
                </tr>
              </thead>
              <tbody>
                {fund.investments.map((investment) => (
                  <tr key={investment.decision.scenarioId}>
                    <th scope="row">
                      <Link href={`/scenarios/${investment.decision.scenarioId}/follow-up`}>
                        {investment.decision.scenarioName}
                      </Link>
                    </th>
                    <td>
                      {formatDate(locale, investment.decision.decidedOn)}, {investment.decision.body.name}
                    </td>
                    <td className="number">{formatMoney(locale, investment.grant)}</td>
                    <td className="number">{formatMoney(locale, investment.repaid)}</td>
                    <td className="number">{formatMoney(locale, investment.outstanding)}</td>
                    <td>{investment.repaidInYear === null ? t("notWithinHorizon") : formatYear(locale, investment.repaidInYear)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <div className="table-scroll" role="region" aria-labelledby="expected-caption" tabIndex={0}>
            <table className="data-table data-table--compact">
              <caption id="expected-caption">{t("expectedCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("year")}</th>
                  <th scope="col" className="number">
                    {t("expectedRepayment")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {fund.expectedByYear.map((entry) => (
                  <tr key={entry.year}>
                    <th scope="row">{formatYear(locale, entry.year)}</th>
                    <td className="number">{formatMoney(locale, entry.repayment)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h2>{t("ledgersHeading")}</h2>
          {fund.investments.map((investment) => (
            <details key={investment.decision.scenarioId}>
              <summary>{t("ledgerOf", { name: investment.decision.scenarioName })}</summary>
              <div
                className="table-scroll"
                role="region"
                aria-label={t("ledgerOf", { name: investment.decision.scenarioName })}
                tabIndex={0}
              >
                <table className="data-table data-table--compact">
                  <thead>
                    <tr>
                      <th scope="col">{t("year")}</th>
                      <th scope="col">{t("kind")}</th>
                      <th scope="col" className="number">
                        {t("repayment")}
                      </th>
                      <th scope="col" className="number">
                        {t("balance")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {investment.ledger.map((entry) => (
                      <tr key={entry.year}>
                        <th scope="row">{formatYear(locale, entry.year)}</th>
                        <td>{entry.reported ? t("reported") : t("expected")}</td>
                        <td className="number">{formatMoney(locale, entry.repayment)}</td>
                        <td className="number">{formatMoney(locale, entry.balance)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ))}
        </>
      )}
    </>
  );
}
