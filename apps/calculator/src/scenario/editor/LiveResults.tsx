"use client";
import type { ScenarioInput, ScenarioResult } from "@insats/domain";
import { useTranslations } from "next-intl";
import { Results } from "../results/Results";
import { useSimulation } from "../simulation/useSimulation";

interface LiveResultsProps {
  /** The latest valid input and its result: what the results show. */
  shown: { input: ScenarioInput; result: ScenarioResult } | null;
  /** The current input if it is valid; the simulation follows it. */
  valid: ScenarioInput | null;
}

/**
 * The editor's results. It owns the simulation rather than the editor, so that the worker's answer re-renders the
 * results alone and not every input field: that render is most of the wait for the uncertainty (pnpm bench). It
 * stays mounted while the input is invalid, so the worker is not restarted.
 */
export function LiveResults({ shown, valid }: LiveResultsProps) {
  const t = useTranslations("editor");
  const simulation = useSimulation(valid);
  if (!shown) return <p>{t("noResults")}</p>;
  return (
    <Results
      input={shown.input}
      result={shown.result}
      simulation={simulation.simulation}
      sensitivity={simulation.sensitivity}
      simulationCurrent={simulation.input === valid}
      simulationError={simulation.error && simulation.input === valid ? t("simulationFailed") : null}
    />
  );
}
