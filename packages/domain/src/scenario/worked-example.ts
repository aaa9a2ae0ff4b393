import type { ScenarioInputJson } from "./schema.ts";

/** The worked example of docs/calculation.md (illustrative figures, not a claim about the real project). */
export const workedExampleScenario = {
  version: 1,
  name: "Servicetrainee-like (illustrative)",
  startYear: 2026,
  priceYear: 2026,
  horizonYears: 10,
  discountRate: 0.035,
  cohorts: [
    { startOffset: 0, participants: 30 },
    { startOffset: 1, participants: 30 },
  ],
  costs: [
    {
      id: "employment",
      label: "One-year employment, net of wage subsidy",
      payers: { municipality: 1 },
      kind: "perParticipant",
      years: 1,
      amount: 150000,
    },
    {
      id: "coordination",
      label: "Project coordination",
      payers: { municipality: 0.5, state: 0.5 },
      kind: "oneOff",
      offset: 0,
      amount: 400000,
    },
  ],
  outcomes: [
    {
      id: "welfare",
      label: "Households leaving social assistance",
      payers: { municipality: 1 },
      unit: "household-year",
      unitCost: 109620,
      baselineUnitsPerParticipant: 1,
      effect: { dist: "uniform", min: 0.44, max: 0.54 },
      durationYears: 10,
      dropOff: 0.1,
    },
  ],
} satisfies ScenarioInputJson;
