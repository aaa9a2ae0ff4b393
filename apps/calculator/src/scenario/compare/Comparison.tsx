import { simulateScenario, type Payer } from "@insats/domain";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import { formatCount, formatMoney, formatMoneyRange, formatNumber, formatPercent, formatYear } from "@/format/numbers";
import { Link } from "@/i18n/navigation";
import { payersIn } from "../results/payers";
import { simulationDraws, simulationSeed } from "../simulation/protocol";
import { changedKeys, describeValue, inputRows } from "./input-rows";
import "../results/results.css";
import { required } from "@/required";

async function compare(ids: string[]) {
  try {
    return await (await serverApi()).scenario.compare.query({ ids });
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") notFound();
    throw error;
  }
}

/** Two to four scenarios side by side: the results first, then every input, with the differing ones marked. */
export async function Comparison({ ids }: { ids: string[] }) {
  const [t, fields, names, locale, items] = await Promise.all([
    getTranslations("compare"),
    getTranslations("fields"),
    getTranslations(),
    getLocale(),
    compare(ids),
  ]);
  const money = (value: number) => formatMoney(locale, value);
  // The same draws and seed as the editor and the report, so each column shows the figures the planner saw.
  const simulations = items.map((item) => simulateScenario(item.scenario.input, { draws: simulationDraws, seed: simulationSeed }));
  const priceYears = [...new Set(items.map((item) => item.scenario.input.priceYear))].sort((a, b) => a - b);
  const payers = [...new Set(items.flatMap((item) => payersIn(item.result.byPayer)))] as Payer[];
  const resultRows: { label: string; values: string[] }[] = [
    { label: t("priceYear"), values: items.map((item) => formatYear(locale, item.scenario.input.priceYear)) },
    { label: t("npv"), values: items.map((item) => money(item.result.totals.npv)) },
    { label: t("npvMedian"), values: simulations.map((simulation) => money(simulation.npv.p50)) },
    { label: t("npvInterval"), values: simulations.map((simulation) => formatMoneyRange(locale, simulation.npv.p5, simulation.npv.p95)) },
    { label: t("probabilityPositive"), values: simulations.map((simulation) => formatPercent(locale, simulation.probabilityPositive)) },
    { label: t("bcr"), values: items.map((item) => (item.result.totals.bcr === null ? t("notDefined") : formatNumber(locale, item.result.totals.bcr))) },
    {
      label: t("payback"),
      values: items.map((item) => (item.result.totals.paybackOffset === null ? t("noPayback") : formatYear(locale, item.scenario.input.startYear + item.result.totals.paybackOffset))),
    },
    {
      label: t("breakEven"),
      values: items.map((item) => (item.result.totals.breakEvenEffectScale === null ? t("notDefined") : formatPercent(locale, item.result.totals.breakEvenEffectScale))),
    },
    { label: t("pvCosts"), values: items.map((item) => money(item.result.totals.pvCosts)) },
    { label: t("pvBenefits"), values: items.map((item) => money(item.result.totals.pvBenefits)) },
    ...payers.map((payer) => ({
      label: t("payerNpv", { payer: names(`payers.${payer}`) }),
      values: items.map((item) => {
        const row = item.result.byPayer[payer];
        return row ? money(row.npv) : t("notDefined");
      }),
    })),
  ];
  const rows = items.map((item) => inputRows(item.scenario.input));
  const keys = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const [firstRow] = rows;
  const differing = new Set(firstRow ? rows.slice(1).flatMap((row) => changedKeys(firstRow, row)) : []);

  const header = (
    <thead>
      <tr>
        <td />
        {items.map((item) => (
          <th key={item.scenario.id} scope="col">
            <Link href={`/scenarios/${item.scenario.id}`}>{item.scenario.name}</Link>
          </th>
        ))}
      </tr>
    </thead>
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro", { count: items.length })}</p>
      <section aria-labelledby="compare-results">
        <h2 id="compare-results">{t("results")}</h2>
        {priceYears.length > 1 ? (
          <p className="notice notice--warning" role="note" data-testid="price-years-differ">
            {t("priceYearsDiffer", { years: priceYears.map((year) => formatYear(locale, year)).join(t("listSeparator")) })}
          </p>
        ) : null}
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table" data-testid="compare-results">
            <caption>{t("resultsCaption")}</caption>
            {header}
            <tbody>
              {resultRows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((value, index) => (
                    <td key={index} className="number">
                      {value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="compare-inputs">
        <h2 id="compare-inputs">{t("inputs")}</h2>
        <p className="muted">{t("differsExplained")}</p>
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table data-table--compact">
            <caption>{t("inputsCaption")}</caption>
            {header}
            <tbody>
              {keys.map((key) => {
                const first = required(rows.find((row) => row.has(key))?.get(key), `the row ${key}`);
                const differs = differing.has(key);
                return (
                  <tr key={key} className={differs ? "differs" : undefined}>
                    <th scope="row">
                      {fields(`${first.field}.label`, first.labelValues)}
                      {first.cohortNumber !== undefined ? (
                        <span className="muted"> – {t("cohortLine", { number: formatCount(locale, first.cohortNumber) })}</span>
                      ) : first.line ? (
                        <span className="muted"> – {first.line}</span>
                      ) : null}
                      {differs ? <span className="badge">{t("differs")}</span> : null}
                    </th>
                    {rows.map((row, index) => (
                      <td key={index}>{describeValue(row.get(key)?.value, locale, names)}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
