import type { Payer } from "@insats/domain";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import { formatMoney, formatNumber, formatPercent } from "@/format/numbers";
import { Link } from "@/i18n/navigation";
import { payersIn } from "../results/payers";
import { changedKeys, describeValue, inputRows } from "./input-rows";

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
  const payers = [...new Set(items.flatMap((item) => payersIn(item.result.byPayer)))] as Payer[];
  const resultRows: { label: string; values: string[] }[] = [
    { label: t("npv"), values: items.map((item) => money(item.result.totals.npv)) },
    { label: t("bcr"), values: items.map((item) => (item.result.totals.bcr === null ? "–" : formatNumber(locale, item.result.totals.bcr))) },
    {
      label: t("payback"),
      values: items.map((item) => (item.result.totals.paybackOffset === null ? t("noPayback") : String(item.scenario.input.startYear + item.result.totals.paybackOffset))),
    },
    {
      label: t("breakEven"),
      values: items.map((item) => (item.result.totals.breakEvenEffectScale === null ? "–" : formatPercent(locale, item.result.totals.breakEvenEffectScale))),
    },
    { label: t("pvCosts"), values: items.map((item) => money(item.result.totals.pvCosts)) },
    { label: t("pvBenefits"), values: items.map((item) => money(item.result.totals.pvBenefits)) },
    ...payers.map((payer) => ({
      label: t("payerNpv", { payer: names(`payers.${payer}`) }),
      values: items.map((item) => {
        const row = item.result.byPayer[payer];
        return row ? money(row.npv) : "–";
      }),
    })),
  ];
  const rows = items.map((item) => inputRows(item.scenario.input));
  const keys = [...new Set(rows.flatMap((row) => [...row.keys()]))];
  const differing = new Set(rows.slice(1).flatMap((row) => changedKeys(rows[0]!, row)));

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
                const first = rows.find((row) => row.has(key))!.get(key)!;
                const differs = differing.has(key);
                return (
                  <tr key={key} className={differs ? "differs" : undefined}>
                    <th scope="row">
                      {fields(`${first.field}.label`, first.labelValues)}
                      {first.line ? <span className="muted"> – {first.line}</span> : null}
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
