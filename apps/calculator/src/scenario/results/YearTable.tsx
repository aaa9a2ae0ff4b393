import type { ScenarioResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { formatMoney, formatYear } from "@/format/numbers";

/**
 * Every year of the horizon: undiscounted flows, the running total and the present value of the net. Memoised, as
 * the deterministic charts are, so that a simulation update does not rebuild it.
 */
export const YearTable = memo(function YearTable({ result }: { result: ScenarioResult }) {
  const t = useTranslations("results");
  const locale = useLocale();
  const money = (value: number) => formatMoney(locale, value);
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table data-table--compact" data-testid="year-table">
        <caption>{t("yearTableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
            <th scope="col" className="number">{t("costs")}</th>
            <th scope="col" className="number">{t("benefits")}</th>
            <th scope="col" className="number">{t("net")}</th>
            <th scope="col" className="number">{t("cumulativeNet")}</th>
            <th scope="col" className="number">{t("pvNet")}</th>
          </tr>
        </thead>
        <tbody>
          {result.years.map((year) => (
            <tr key={year.offset}>
              <th scope="row">{formatYear(locale, year.year)}</th>
              <td className="number">{money(year.costs)}</td>
              <td className="number">{money(year.benefits)}</td>
              <td className="number">{money(year.net)}</td>
              <td className="number">{money(year.cumulativeNet)}</td>
              <td className="number">{money(year.pvNet)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("presentValue")}</th>
            <td className="number">{money(result.totals.pvCosts)}</td>
            <td className="number">{money(result.totals.pvBenefits)}</td>
            <td className="number">{money(result.totals.npv)}</td>
            <td />
            <td className="number">{money(result.totals.npv)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
});
