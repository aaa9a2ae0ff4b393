import { requireScenarioInput, sensitivity, simulateScenario, workedExampleScenario } from "@insats/domain";
import { describe, expect, it } from "vitest";
import { settled } from "./useSimulation";

describe("settled", () => {
  const input = requireScenarioInput(workedExampleScenario);
  const request = { id: 2, input };

  it("keeps nothing of an earlier run when a run fails", () => {
    expect(settled(request, { id: 2, error: "boom" })).toEqual({ simulation: null, sensitivity: null, input, error: "boom" });
  });

  it("shows a successful run's figures for its input", () => {
    const simulation = simulateScenario(input, { draws: 10, seed: 1 });
    const rows = sensitivity(input);
    expect(settled(request, { id: 2, simulation, sensitivity: rows, milliseconds: 1 })).toEqual({ simulation, sensitivity: rows, input, error: null });
  });
});
