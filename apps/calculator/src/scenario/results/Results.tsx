import type { ScenarioInput, ScenarioResult, SensitivityRow, SimulationResult } from "@insats/domain";
import { useTranslations } from "next-intl";
import { Headline } from "./Headline";
import { CostBenefitChart, CumulativeNetChart, PayerChart, SensitivityChart, SimulationChart } from "./ResultCharts";
import { YearTable } from "./YearTable";

interface ResultsProps {
  input: ScenarioInput;
  result: ScenarioResult;
  simulation: SimulationResult | null;
  sensitivity: readonly SensitivityRow[] | null;
  /** False while the simulation of the latest input is still running: its figures are then the previous ones. */
  simulationCurrent?: boolean;
  /** Said instead of the simulation's figures when its run failed (never the previous run's figures). */
  simulationError?: string | null;
  /** Shows every chart's data table open, as the printed report needs. */
  expandTables?: boolean;
}

/** Everything the engine says about a scenario; used live in the editor and in the committee report. */
export function Results({ input, result, simulation, sensitivity, simulationCurrent = true, simulationError = null, expandTables = false }: ResultsProps) {
  const t = useTranslations("results");
  return (
    <div className="results">
      <Headline result={result} startYear={input.startYear} simulation={simulation} />
      <h3>{t("byYear")}</h3>
      <CostBenefitChart result={result} expanded={expandTables} />
      <CumulativeNetChart result={result} expanded={expandTables} />
      <h3>{t("whoPaysWhoSaves")}</h3>
      <PayerChart result={result} expanded={expandTables} />
      <h3>{t("uncertainty")}</h3>
      <div aria-busy={!simulationCurrent} data-testid="simulation">
        {simulation ? (
          <SimulationChart simulation={simulation} expanded={expandTables} />
        ) : simulationError ? (
          <p className="notice notice--error" data-testid="simulation-failed">
            {simulationError}
          </p>
        ) : (
          <p>{t("simulating")}</p>
        )}
        {sensitivity ? <SensitivityChart rows={sensitivity} npv={result.totals.npv} expanded={expandTables} input={input} /> : null}
      </div>
      <h3>{t("yearTable")}</h3>
      <YearTable result={result} />
    </div>
  );
}
