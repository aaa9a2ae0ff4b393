// The result charts. Each says in one sentence what it shows and carries its data as a table (ChartFigure).
import type { ScenarioInput, ScenarioResult, SensitivityRow, SimulationResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { BarChart } from "@/charts/BarChart";
import { ChartFigure } from "@/charts/ChartFigure";
import { LineChart } from "@/charts/LineChart";
import { TornadoChart } from "@/charts/TornadoChart";
import { formatCount, formatMoney, formatMoneyShort, formatPercent, formatYear } from "@/format/numbers";
import { fieldAtPath, formatFieldValue } from "./labels";
import { payersIn } from "./payers";
import { required } from "@/required";

function useMoney() {
  const locale = useLocale();
  return { money: (value: number) => formatMoney(locale, value), short: (value: number) => formatMoneyShort(locale, value), locale };
}

function largest<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || value(item) > value(best) ? item : best), undefined);
}

// The charts of the deterministic result are memoised: a simulation update re-renders the results, and these need
// not follow when the result they draw is the same object.
export const CostBenefitChart = memo(function CostBenefitChart({ result, expanded }: { result: ScenarioResult; expanded?: boolean }) {
  const t = useTranslations("charts");
  const { money, short, locale } = useMoney();
  const year = (value: number) => formatYear(locale, value);
  const peakCost = largest(result.years, (year) => year.costs);
  const peakBenefit = largest(result.years, (year) => year.benefits);
  const sentence = t("costBenefitSentence", {
    costs: money(result.totals.costs),
    benefits: money(result.totals.benefits),
    costYear: peakCost ? year(peakCost.year) : "–",
    benefitYear: peakBenefit ? year(peakBenefit.year) : "–",
  });
  return (
    <ChartFigure
      expanded={expanded}
      title={t("costBenefitTitle")}
      sentence={sentence}
      table={{
        columns: [t("year"), t("costs"), t("benefits"), t("net")],
        rows: result.years.map((row) => [year(row.year), money(row.costs), money(row.benefits), money(row.net)]),
      }}
    >
      <BarChart
        categories={result.years.map((row) => year(row.year))}
        series={[
          { name: t("costs"), values: result.years.map((row) => row.costs), className: "series-costs" },
          { name: t("benefits"), values: result.years.map((row) => row.benefits), className: "series-benefits" },
        ]}
        formatValue={short}
      />
    </ChartFigure>
  );
});

export const CumulativeNetChart = memo(function CumulativeNetChart({ result, expanded }: { result: ScenarioResult; expanded?: boolean }) {
  const t = useTranslations("charts");
  const { money, short, locale } = useMoney();
  const year = (value: number) => formatYear(locale, value);
  const payback = result.totals.paybackOffset;
  const last = result.years.at(-1);
  const paybackYear = payback === null ? null : result.years[payback]?.year;
  const sentence =
    paybackYear !== null && paybackYear !== undefined
      ? t("cumulativeSentencePayback", { year: year(paybackYear), last: last ? year(last.year) : "", value: money(last?.cumulativeNet ?? 0) })
      : t("cumulativeSentenceNoPayback", { last: last ? year(last.year) : "", value: money(last?.cumulativeNet ?? 0) });
  return (
    <ChartFigure
      expanded={expanded}
      title={t("cumulativeTitle")}
      sentence={sentence}
      table={{
        columns: [t("year"), t("cumulativeNet"), t("cumulativePvNet")],
        rows: result.years.map((row) => [year(row.year), money(row.cumulativeNet), money(row.cumulativePvNet)]),
      }}
    >
      <LineChart
        categories={result.years.map((row) => year(row.year))}
        values={result.years.map((row) => row.cumulativeNet)}
        formatValue={short}
        marked={payback === null || paybackYear === null || paybackYear === undefined ? null : { index: payback, label: t("paybackMarker", { year: year(paybackYear) }) }}
      />
    </ChartFigure>
  );
});

export const PayerChart = memo(function PayerChart({ result, expanded }: { result: ScenarioResult; expanded?: boolean }) {
  const t = useTranslations("charts");
  const payerName = useTranslations("payers");
  const { money, short } = useMoney();
  const payers = payersIn(result.byPayer);
  const rows = payers.map((payer) => ({ payer, ...required(result.byPayer[payer], `the result for ${payer}`) }));
  const sentence = t("payerSentence", {
    list: rows.map((row) => t("payerSentenceItem", { payer: payerName(row.payer), npv: money(row.npv) })).join("; "),
  });
  return (
    <ChartFigure
      expanded={expanded}
      title={t("payerTitle")}
      sentence={sentence}
      table={{
        columns: [t("payer"), t("pvCosts"), t("pvBenefits"), t("npv")],
        rows: rows.map((row) => [payerName(row.payer), money(row.pvCosts), money(row.pvBenefits), money(row.npv)]),
      }}
    >
      <BarChart
        categories={rows.map((row) => payerName(row.payer))}
        series={[
          { name: t("pvCosts"), values: rows.map((row) => row.pvCosts), className: "series-costs" },
          { name: t("pvBenefits"), values: rows.map((row) => row.pvBenefits), className: "series-benefits" },
          { name: t("npv"), values: rows.map((row) => row.npv), className: "series-net" },
        ]}
        formatValue={short}
      />
    </ChartFigure>
  );
});

export function SimulationChart({ simulation, expanded }: { simulation: SimulationResult; expanded?: boolean }) {
  const t = useTranslations("charts");
  const r = useTranslations("results");
  const payerName = useTranslations("payers");
  const { money, short, locale } = useMoney();
  const { histogram } = simulation;
  const bins = histogram.counts.map((count, index) => ({ from: histogram.edges[index] ?? 0, to: histogram.edges[index + 1] ?? 0, count }));
  const sentence = t("simulationSentence", {
    draws: formatCount(locale, simulation.draws),
    probability: formatPercent(locale, simulation.probabilityPositive),
    p5: money(simulation.npv.p5),
    p95: money(simulation.npv.p95),
  });
  // The drawing shows every bin; its table gives the percentiles a reader quotes, not thirty rows of bins.
  const percentiles: [number, number][] = [
    [0.05, simulation.npv.p5],
    [0.25, simulation.npv.p25],
    [0.5, simulation.npv.p50],
    [0.75, simulation.npv.p75],
    [0.95, simulation.npv.p95],
  ];
  const payers = payersIn(simulation.byPayer);
  return (
    <>
      <ChartFigure
        expanded={expanded}
        title={t("simulationTitle")}
        sentence={sentence}
        table={{
          columns: [r("share"), t("npv")],
          rows: percentiles.map(([share, value]) => [r("percentileRow", { share: formatPercent(locale, share) }), money(value)]),
        }}
      >
        <BarChart
          categories={bins.map((bin) => short((bin.from + bin.to) / 2))}
          series={[{ name: t("draws"), values: bins.map((bin) => bin.count), className: "series-net" }]}
          formatValue={(value) => formatCount(locale, value)}
        />
      </ChartFigure>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table data-table--compact" data-testid="simulation-by-payer">
          <caption>{t("simulationPayerCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("payer")}</th>
              <th scope="col" className="number">{t("p5")}</th>
              <th scope="col" className="number">{t("p50")}</th>
              <th scope="col" className="number">{t("p95")}</th>
              <th scope="col" className="number">{t("probabilityPositive")}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("everyone")}</th>
              <td className="number">{money(simulation.npv.p5)}</td>
              <td className="number">{money(simulation.npv.p50)}</td>
              <td className="number">{money(simulation.npv.p95)}</td>
              <td className="number">{formatPercent(locale, simulation.probabilityPositive)}</td>
            </tr>
            {payers.map((payer) => {
              const row = required(simulation.byPayer[payer], `the simulation for ${payer}`);
              return (
                <tr key={payer}>
                  <th scope="row">{payerName(payer)}</th>
                  <td className="number">{money(row.p5)}</td>
                  <td className="number">{money(row.p50)}</td>
                  <td className="number">{money(row.p95)}</td>
                  <td className="number">{formatPercent(locale, row.probabilityPositive)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** A sensitivity row's assumption in the interface's words: "Styckkostnad (Hushåll som lämnar ekonomiskt bistånd)". */
export function useSensitivityLabel(input: ScenarioInput) {
  const r = useTranslations("results");
  const fields = useTranslations("fields");
  const locale = useLocale();
  return (row: SensitivityRow) => {
    const { field, line } = fieldAtPath(row.path, input);
    const name = fields(`${field}.label`, { startYear: formatYear(locale, input.startYear) });
    return line ? r("sensitivityLabel", { field: name, line }) : name;
  };
}

export function SensitivityChart({ rows, npv, input, expanded }: { rows: readonly SensitivityRow[]; npv: number; input: ScenarioInput; expanded?: boolean }) {
  const t = useTranslations("charts");
  const { money, short, locale } = useMoney();
  const label = useSensitivityLabel(input);
  const top = rows[0];
  if (!top) return <p className="muted">{t("sensitivityNone")}</p>;
  const value = (row: SensitivityRow, end: "low" | "high") => formatFieldValue(locale, fieldAtPath(row.path, input).field, row[end].value);
  return (
    <ChartFigure
      expanded={expanded}
      title={t("sensitivityTitle")}
      sentence={t("sensitivitySentence", { label: label(top), low: money(Math.min(top.low.npv, top.high.npv)), high: money(Math.max(top.low.npv, top.high.npv)) })}
      table={{
        columns: [t("input"), t("lowValue"), t("npvAtLow"), t("highValue"), t("npvAtHigh")],
        rows: rows.map((row) => [label(row), value(row, "low"), money(row.low.npv), value(row, "high"), money(row.high.npv)]),
      }}
    >
      <TornadoChart
        rows={rows.map((row) => ({ label: label(row), low: row.low.npv, high: row.high.npv }))}
        base={npv}
        formatValue={short}
        lowName={t("atLow")}
        highName={t("atHigh")}
      />
    </ChartFigure>
  );
}
