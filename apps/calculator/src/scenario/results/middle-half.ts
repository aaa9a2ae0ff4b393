import type { SimulationResult } from "@insats/domain";

/**
 * Where the base case (every assumption at its most likely value) lies against the simulation's middle half, the
 * 25th–75th percentile: outside it, the "most likely" figure is not what the model finds likely, and a reader
 * must be told.
 */
export function baseAgainstMiddleHalf(npv: number, simulation: Pick<SimulationResult, "npv">): "above" | "below" | "within" {
  if (npv > simulation.npv.p75) return "above";
  if (npv < simulation.npv.p25) return "below";
  return "within";
}
