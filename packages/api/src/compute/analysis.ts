// What the compute pool's workers run: the engine's heavy functions on one validated scenario.
import {
  computeScenario,
  type ScenarioInput,
  type ScenarioResult,
  sensitivity,
  type SensitivityRow,
  simulateScenario,
  type SimulationOptions,
  type SimulationResult,
} from "@insats/domain";

export interface AnalysisTask {
  input: ScenarioInput;
  simulation: SimulationOptions | null;
  sensitivity: boolean;
}

export interface Analysis {
  result: ScenarioResult;
  simulation: SimulationResult | null;
  sensitivity: SensitivityRow[] | null;
}

export function analyseScenario(task: AnalysisTask): Analysis {
  return {
    result: computeScenario(task.input),
    simulation: task.simulation ? simulateScenario(task.input, task.simulation) : null,
    sensitivity: task.sensitivity ? sensitivity(task.input) : null,
  };
}
