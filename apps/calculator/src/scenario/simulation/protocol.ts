import type { ScenarioInput, SensitivityRow, SimulationResult } from "@insats/domain";

/** 10 000 draws: enough for stable 5th and 95th percentiles, and fast enough to rerun on every keystroke. */
export const simulationDraws = 10_000;
/** A fixed seed, so that the same scenario shows the same uncertainty every time and everywhere (the API too). */
export const simulationSeed = 1;

export interface SimulationRequest {
  id: number;
  input: ScenarioInput;
}

export type SimulationResponse =
  | { id: number; simulation: SimulationResult; sensitivity: SensitivityRow[]; milliseconds: number }
  | { id: number; error: string };
