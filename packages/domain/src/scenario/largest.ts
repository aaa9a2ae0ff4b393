import { scenarioLimits, type ScenarioInputJson } from "./schema.ts";

/**
 * The largest and most expensive scenario the format allows: as many cohorts, cost lines and outcomes as the
 * bounds let through, the longest horizon, every amount at its bound, and every uncertain field a distribution
 * (an uncertain drop-off makes each draw walk every cohort's window again). The tests that prove the bounds keep
 * results finite, and the API's load drill, compute it.
 */
export function largestScenario(): ScenarioInputJson {
  const { maxAmount, maxCohorts, maxCosts, maxOutcomes, maxHorizonYears, maxParticipants } = scenarioLimits;
  const payers = { municipality: 0.5, region: 0.25, state: 0.25 };
  return {
    version: 1,
    name: "The largest scenario",
    startYear: scenarioLimits.maxYear - maxHorizonYears + 1,
    priceYear: scenarioLimits.maxYear,
    horizonYears: maxHorizonYears,
    discountRate: 0,
    cohorts: Array.from({ length: maxCohorts }, (_, index) => ({
      startOffset: index,
      participants: maxParticipants,
    })),
    costs: Array.from({ length: maxCosts }, (_, index) => ({
      id: `cost${index}`,
      label: `Cost ${index}`,
      payers,
      kind: "perParticipant" as const,
      years: scenarioLimits.maxYears,
      amount: { dist: "triangular" as const, min: -maxAmount, mode: maxAmount, max: maxAmount },
    })),
    outcomes: Array.from({ length: maxOutcomes }, (_, index) => ({
      id: `outcome${index}`,
      label: `Outcome ${index}`,
      payers,
      unit: "unit",
      unitCost: { dist: "uniform" as const, min: maxAmount / 2, max: maxAmount },
      unitCostGrowth: scenarioLimits.maxUnitCostGrowth,
      baselineUnitsPerParticipant: {
        dist: "pert" as const,
        min: 0,
        mode: scenarioLimits.maxUnitsPerParticipant,
        max: scenarioLimits.maxUnitsPerParticipant,
      },
      effect: { dist: "uniform" as const, min: 0.5, max: 1 },
      durationYears: scenarioLimits.maxYears,
      dropOff: { dist: "uniform" as const, min: 0, max: 0.1 },
      deadweight: { dist: "uniform" as const, min: 0, max: 0.1 },
      attribution: { dist: "uniform" as const, min: 0.9, max: 1 },
      displacement: { dist: "uniform" as const, min: 0, max: 0.1 },
    })),
  };
}
