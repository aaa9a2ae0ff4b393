// The full analysis of a saved scenario on the server, for the report and the exports: the same engine, draws and
// seed as the browser, so the committee sees the figures the planner saw.
import { computeScenario, sensitivity, simulateScenario, type ScenarioInput } from "@insats/domain";
import { simulationDraws, simulationSeed } from "./simulation/protocol";

export function analyseScenario(input: ScenarioInput) {
  return {
    result: computeScenario(input),
    simulation: simulateScenario(input, { draws: simulationDraws, seed: simulationSeed }),
    sensitivity: sensitivity(input),
  };
}
