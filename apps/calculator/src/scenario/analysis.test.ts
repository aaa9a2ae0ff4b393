import { computeScenario, createScenarioFromTemplate } from "@insats/domain";
import { describe, expect, it } from "vitest";
import { analyseScenario } from "./analysis";
import { simulationDraws, simulationSeed } from "./simulation/protocol";

const input = createScenarioFromTemplate("social-assistance", { startYear: 2025 });

describe("the server's analysis of a saved scenario", () => {
  it("uses the browser's draws and seed, so the report repeats the editor's uncertainty", () => {
    const { simulation } = analyseScenario(input);
    expect(simulation.draws).toBe(simulationDraws);
    expect(simulation.seed).toBe(simulationSeed);
    expect(analyseScenario(input).simulation).toEqual(simulation);
  });

  it("gives the engine's deterministic result", () => {
    expect(analyseScenario(input).result).toEqual(computeScenario(input));
  });

  it("has a sensitivity row per uncertain input, each around the headline npv", () => {
    const { result, sensitivity } = analyseScenario(input);
    expect(sensitivity.length).toBeGreaterThan(0);
    for (const row of sensitivity) {
      const [lower, upper] = [row.low.npv, row.high.npv].sort((a, b) => a - b);
      expect(lower).toBeLessThanOrEqual(result.totals.npv + 1);
      expect(upper).toBeGreaterThanOrEqual(result.totals.npv - 1);
    }
  });
});
