import { createScenarioFromTemplate } from "@insats/domain";
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

  it("analyses the scenario it is given: the headline lies within its own simulation's 90 % interval", () => {
    const { result, simulation } = analyseScenario(input);
    expect(result.years).toHaveLength(input.horizonYears);
    expect(simulation.npv.p5).toBeLessThanOrEqual(result.totals.npv);
    expect(simulation.npv.p95).toBeGreaterThanOrEqual(result.totals.npv);
    // A different scenario gives a different analysis (nothing is cached across inputs).
    const doubled = { ...input, discountRate: input.discountRate * 2 };
    expect(analyseScenario(doubled).result.totals.npv).not.toBeCloseTo(result.totals.npv, 0);
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
