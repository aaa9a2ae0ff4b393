// The result charts. Each says in one sentence what it shows and carries its data as a table (ChartFigure).
import type { ScenarioResult, SensitivityRow, SimulationResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { memo } from "react";
import { BarChart } from "@/charts/BarChart";
import { ChartFigure } from "@/charts/ChartFigure";
import { LineChart } from "@/charts/LineChart";
import { TornadoChart } from "@/charts/TornadoChart";
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from "@/format/numbers";
import { payersIn } from "./payers";

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
  const { money, short } = useMoney();
  const peakCost = largest(result.years, (year) => year.costs);
  const peakBenefit = largest(result.years, (year) => year.benefits);
  const sentence = t("costBenefitSentence", {
    costs: money(result.totals.costs),
    benefits: money(result.totals.benefits),
    costYear: peakCost?.year ?? "–",
    benefitYear: peakBenefit?.year ?? "–",
  });
  return (
    <ChartFigure
      expanded={expanded}
      title={t("costBenefitTitle")}
      sentence={sentence}
      table={{
        columns: [t("year"), t("costs"), t("benefits"), t("net")],
        rows: result.years.map((year) => [String(year.year), money(year.costs), money(year.benefits), money(year.net)]),
      }}
    >
      <BarChart
        categories={result.years.map((year) => String(year.year))}
        series={[
          { name: t("costs"), values: result.years.map((year) => year.costs), className: "series-costs" },
          { name: t("benefits"), values: result.years.map((year) => year.benefits), className: "series-benefits" },
        ]}
        formatValue={short}
      />
    </ChartFigure>
  );
});

export const CumulativeNetChart = memo(function CumulativeNetChart({ result, expanded }: { result: ScenarioResult; expanded?: boolean }) {
  const t = useTranslations("charts");
  const { money, short } = useMoney();
  const payback = result.totals.paybackOffset;
  const last = result.years.at(-1);
  const paybackYear = payback === null ? null : result.years[payback]?.year;
  const sentence =
    paybackYear !== null && paybackYear !== undefined
      ? t("cumulativeSentencePayback", { year: paybackYear, last: last?.year ?? "", value: money(last?.cumulativeNet ?? 0) })
      : t("cumulativeSentenceNoPayback", { last: last?.year ?? "", value: money(last?.cumulativeNet ?? 0) });
  return (
    <ChartFigure
      expanded={expanded}
      title={t("cumulativeTitle")}
      sentence={sentence}
      table={{
        columns: [t("year"), t("cumulativeNet"), t("cumulativePvNet")],
        rows: result.years.map((year) => [String(year.year), money(year.cumulativeNet), money(year.cumulativePvNet)]),
      }}
    >
      <LineChart
        categories={result.years.map((year) => String(year.year))}
        values={result.years.map((year) => year.cumulativeNet)}
        formatValue={short}
        marked={payback === null || paybackYear === null || paybackYear === undefined ? null : { index: payback, label: t("paybackMarker", { year: paybackYear }) }}
      />
    </ChartFigure>
  );
});

export const PayerChart = memo(function PayerChart({ result, expanded }: { result: ScenarioResult; expanded?: boolean }) {
  const t = useTranslations("charts");
  const payerName = useTranslations("payers");
  const { money, short } = useMoney();
  const payers = payersIn(result.byPayer);
  const rows = payers.map((payer) => ({ payer, ...result.byPayer[payer]! }));
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
  const payerName = useTranslations("payers");
  const { money, short, locale } = useMoney();
  const { histogram } = simulation;
  const bins = histogram.counts.map((count, index) => ({ from: histogram.edges[index] ?? 0, to: histogram.edges[index + 1] ?? 0, count }));
  const sentence = t("simulationSentence", {
    draws: simulation.draws,
    probability: formatPercent(locale, simulation.probabilityPositive),
    p5: money(simulation.npv.p5),
    p95: money(simulation.npv.p95),
  });
  const payers = payersIn(simulation.byPayer);
  return (
    <>
      <ChartFigure
      expanded={expanded}
        title={t("simulationTitle")}
        sentence={sentence}
        table={{
          columns: [t("npvInterval"), t("draws")],
          rows: bins.map((bin) => [`${money(bin.from)} – ${money(bin.to)}`, String(bin.count)]),
        }}
      >
        <BarChart
          categories={bins.map((bin) => short((bin.from + bin.to) / 2))}
          series={[{ name: t("draws"), values: bins.map((bin) => bin.count), className: "series-net" }]}
          formatValue={(value) => String(Math.round(value))}
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
              const row = simulation.byPayer[payer]!;
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

export function SensitivityChart({
  rows: given,
  npv,
  expanded,
  labelOf,
}: {
  rows: readonly SensitivityRow[];
  npv: number;
  expanded?: boolean;
  /** The input's name in the reader's language (useSensitivityLabel); the domain's English label otherwise. */
  labelOf?: (row: SensitivityRow) => string;
}) {
  const t = useTranslations("charts");
  const { money, short, locale } = useMoney();
  const rows = labelOf ? given.map((row) => ({ ...row, label: labelOf(row) })) : given;
  const top = rows[0];
  if (!top) return <p className="muted">{t("sensitivityNone")}</p>;
  return (
    <ChartFigure
      expanded={expanded}
      title={t("sensitivityTitle")}
      sentence={t("sensitivitySentence", { label: top.label, low: money(Math.min(top.low.npv, top.high.npv)), high: money(Math.max(top.low.npv, top.high.npv)) })}
      table={{
        columns: [t("input"), t("lowValue"), t("npvAtLow"), t("highValue"), t("npvAtHigh")],
        rows: rows.map((row) => [row.label, formatNumber(locale, row.low.value, 4), money(row.low.npv), formatNumber(locale, row.high.value, 4), money(row.high.npv)]),
      }}
    >
      <TornadoChart
        rows={rows.map((row) => ({ label: row.label, low: row.low.npv, high: row.high.npv }))}
        base={npv}
        formatValue={short}
        lowName={t("atLow")}
        highName={t("atHigh")}
      />
    </ChartFigure>
  );
}
