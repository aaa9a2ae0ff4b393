import type { PriceIndexBasis, ScenarioInput, ScenarioResult, SensitivityRow, SimulationResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatDate, formatRate, formatYear, formatYearRange } from "@/format/numbers";
import { Headline } from "@/scenario/results/Headline";
import { CostBenefitChart, CumulativeNetChart, PayerChart, SensitivityChart, SimulationChart } from "@/scenario/results/ResultCharts";
import { YearTable } from "@/scenario/results/YearTable";
import { DecisionBlock } from "./DecisionBlock";
import { usePriceBasis } from "./price-basis";
import type { InputSource } from "./provenance";
import { SourcesTable } from "./SourcesTable";
import "./report.css";

interface ReportProps {
  scenario: { name: string; description: string; version: number; updatedAt: string; input: ScenarioInput };
  organisation: string;
  author: string | null;
  analysis: { result: ScenarioResult; simulation: SimulationResult; sensitivity: readonly SensitivityRow[] };
  priceBasis: PriceIndexBasis | null;
  sources: Map<string, InputSource>;
}

/**
 * The committee report: a summary of at most two printed pages (facts, headline, decision brief, the cumulative net)
 * and then the appendices (year by year, payers, sensitivity, simulation, assumptions with their sources, method).
 * Every heading is kept with what follows it in print.
 */
export function ReportPage({ scenario, organisation, author, analysis, priceBasis, sources }: ReportProps) {
  const t = useTranslations("report");
  const locale = useLocale();
  const basis = usePriceBasis();
  const { input } = scenario;
  const { result, simulation, sensitivity } = analysis;
  const participants = input.cohorts.reduce((sum, cohort) => sum + cohort.participants, 0);
  return (
    <main id="main" className="report">
      <header className="report__header">
        <p className="report__kicker">{t("kicker", { organisation })}</p>
        <h1>{scenario.name}</h1>
        {scenario.description ? <p>{scenario.description}</p> : null}
        <dl className="report__facts" aria-label={t("facts")} data-testid="report-facts">
          <div>
            <dt>{t("organisation")}</dt>
            <dd>{organisation}</dd>
          </div>
          <div>
            <dt>{t("author")}</dt>
            <dd>{author ?? t("authorUnknown")}</dd>
          </div>
          <div>
            <dt>{t("date")}</dt>
            <dd>{formatDate(locale, scenario.updatedAt)}</dd>
          </div>
          <div>
            <dt>{t("version")}</dt>
            <dd>{formatCount(locale, scenario.version)}</dd>
          </div>
          <div>
            <dt>{t("priceYear")}</dt>
            <dd data-testid="report-price-year">
              {t("priceYearValue", { year: formatYear(locale, input.priceYear) })}
              {priceBasis ? <span className="report__basis"> ({basis(priceBasis)})</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t("period")}</dt>
            <dd>{t("periodValue", { years: formatYearRange(locale, input.startYear, input.startYear + input.horizonYears - 1), horizon: formatCount(locale, input.horizonYears) })}</dd>
          </div>
          <div>
            <dt>{t("discountRate")}</dt>
            <dd>{formatRate(locale, input.discountRate)}</dd>
          </div>
          <div>
            <dt>{t("participants")}</dt>
            <dd>{formatCount(locale, participants)}</dd>
          </div>
        </dl>
      </header>

      <section className="report__summary" aria-labelledby="report-summary">
        <h2 id="report-summary">{t("summary")}</h2>
        <p>{t("howToRead")}</p>
        <Headline result={result} startYear={input.startYear} simulation={simulation} />
        <div className="report__keep">
          <h3>{t("decision")}</h3>
          <DecisionBlock name={scenario.name} input={input} result={result} simulation={simulation} sensitivity={sensitivity} />
        </div>
        <CumulativeNetChart result={result} />
      </section>

      <div className="report__appendices">
        <h2 className="visually-hidden">{t("appendices")}</h2>
        <section className="report__appendix" aria-labelledby="appendix-years">
          <h3 id="appendix-years">{t("appendixYears")}</h3>
          <CostBenefitChart result={result} />
          <YearTable result={result} />
        </section>
        <section className="report__appendix" aria-labelledby="appendix-payers">
          <h3 id="appendix-payers">{t("appendixPayers")}</h3>
          <PayerChart result={result} expanded />
        </section>
        <section className="report__appendix" aria-labelledby="appendix-sensitivity">
          <h3 id="appendix-sensitivity">{t("appendixSensitivity")}</h3>
          <SensitivityChart rows={sensitivity} npv={result.totals.npv} input={input} expanded />
        </section>
        <section className="report__appendix" aria-labelledby="appendix-simulation">
          <h3 id="appendix-simulation">{t("appendixSimulation")}</h3>
          <SimulationChart simulation={simulation} expanded />
        </section>
        <section className="report__appendix" aria-labelledby="appendix-inputs">
          <h3 id="appendix-inputs">{t("appendixInputs")}</h3>
          <SourcesTable input={input} sources={sources} />
        </section>
        <section className="report__appendix" aria-labelledby="appendix-method">
          <h3 id="appendix-method">{t("appendixMethod")}</h3>
          <p>{t("methodText", { rate: formatRate(locale, input.discountRate), draws: formatCount(locale, simulation.draws) })}</p>
        </section>
      </div>
    </main>
  );
}
