// The Monte Carlo simulation and the sensitivity rows run here, off the main thread, so typing stays smooth.
import { sensitivity, simulateScenario } from "@insats/domain";
import { simulationDraws, simulationSeed, type SimulationRequest, type SimulationResponse } from "./protocol";

const scope = self as unknown as { onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null; postMessage: (message: SimulationResponse) => void };

scope.onmessage = (event) => {
  const { id, input } = event.data;
  const started = performance.now();
  try {
    const simulation = simulateScenario(input, { draws: simulationDraws, seed: simulationSeed });
    const rows = sensitivity(input);
    scope.postMessage({ id, simulation, sensitivity: rows, milliseconds: performance.now() - started });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
