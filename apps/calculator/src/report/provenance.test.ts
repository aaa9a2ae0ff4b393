import { computeScenario, createScenarioFromTemplate, indexPrice, simulateScenario, unitCostAt, type PickedUnitCost, type ScenarioInput } from "@insats/domain";
import { describe, expect, it } from "vitest";
import { baseAgainstMiddleHalf } from "@/scenario/results/middle-half";
import type { EvaluationSource } from "./initiative-source";
import { inputSources } from "./provenance";

const servicetrainee: EvaluationSource = {
  initiative: "Servicetrainee i Norrköping",
  designs: ["waitListControl", "stratifiedControl"],
  evidenceLevel: 4,
  comparisonGroups: ["Väntlistekontroll", "Stratifierad generisk kontrollgrupp"],
  effect: { low: 0.44, high: 0.54 },
};

const years = { startYear: 2026, priceYear: 2024 };

describe("inputSources", () => {
  it("names the library entries of a template's unit cost and the evaluation its effect was taken from", () => {
    const input = createScenarioFromTemplate("social-assistance", years);
    const sources = inputSources(input, "social-assistance", [servicetrainee]);
    const unitCost = sources.get("outcomes.welfare.unitCost");
    expect(unitCost?.kind).toBe("unitCost");
    if (unitCost?.kind !== "unitCost") return;
    expect(unitCost.entries.map((entry) => entry.key)).toEqual(["ekonomiskt_bistand_per_hushall_ar", "ekonomiskt_bistand_per_hushall_manad_stockholm"]);
    expect(unitCost.changed).toBe(false);
    expect(unitCost.template?.note?.sv).toMatch(/riksgenomsnittet/);
    expect(sources.get("outcomes.welfare.effect")).toEqual({ kind: "evaluation", evaluation: servicetrainee, taken: true });
    expect(sources.get("outcomes.welfare.dropOff")).toMatchObject({ kind: "template", note: { sv: expect.stringMatching(/Antagande/) } });
    expect(sources.get("name")).toEqual({ kind: "none" });
  });

  it("says when a recorded unit cost was changed afterwards, and when an effect is the planner's own", () => {
    const template = createScenarioFromTemplate("social-assistance", years);
    const input: ScenarioInput = { ...template, outcomes: template.outcomes.map((outcome) => ({ ...outcome, unitCost: 90_000, effect: 0.3 })) };
    const sources = inputSources(input, "social-assistance", [servicetrainee]);
    expect(sources.get("outcomes.welfare.unitCost")).toMatchObject({ kind: "unitCost", changed: true, template: null });
    expect(sources.get("outcomes.welfare.effect")).toEqual({ kind: "evaluation", evaluation: servicetrainee, taken: false });
  });

  it("checks a single library entry at the scenario's price year, without a template", () => {
    const picked = createScenarioFromTemplate("home-care", years);
    expect(picked.outcomes[0]?.unitCost).toEqual(unitCostAt("hemtjanst_per_timme", 2024));
    expect(inputSources(picked, null, []).get("outcomes.homeCare.unitCost")).toMatchObject({ kind: "unitCost", changed: false });
    const typed: ScenarioInput = { ...picked, outcomes: picked.outcomes.map((outcome) => ({ ...outcome, unitCost: 500 })) };
    expect(inputSources(typed, null, []).get("outcomes.homeCare.unitCost")).toMatchObject({ kind: "unitCost", changed: true });
    const own: ScenarioInput = { ...typed, outcomes: typed.outcomes.map(({ unitCostKeys: _, ...outcome }) => outcome) };
    expect(inputSources(own, null, []).get("outcomes.homeCare.unitCost")).toEqual({ kind: "own" });
    expect(inputSources(own, null, []).get("outcomes.homeCare.effect")).toEqual({ kind: "own" });
  });
});

/** Norrköping's cost per granted hour of home care as a Kolada figure, recorded as the picker records it. */
const norrkopingHour: PickedUnitCost & { source: { sv: string; en: string } } = {
  key: "kolada_u21003_0581_2023",
  label: { sv: "KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme", en: "Home care, own provision, per granted hour (KPB)" },
  value: 612,
  unit: "hour",
  priceYear: 2023,
  geography: "Norrköping",
  source: {
    sv: "Kolada, U21003 KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme, 2023",
    en: "Kolada, U21003 KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme, 2023",
  },
};

describe("inputSources with a Kolada figure", () => {
  const base = createScenarioFromTemplate("home-care", years);
  const pickedInput = (unitCost: number): ScenarioInput => ({
    ...base,
    outcomes: base.outcomes.map(({ unitCostKeys: _, ...outcome }) => ({ ...outcome, unitCost, unitCostSource: norrkopingHour })),
  });

  it("names the recorded figure with its source in both languages, year and geography, paid as the outcome is", () => {
    const input = pickedInput(indexPrice(612, 2023, 2024));
    const source = inputSources(input, null, []).get("outcomes.homeCare.unitCost");
    expect(source).toEqual({
      kind: "unitCost",
      entries: [{ ...norrkopingHour, payers: input.outcomes[0]!.payers }],
      changed: false,
      template: null,
    });
  });

  it("shows a source recorded in one text, as scenarios saved before the sources were bilingual hold it, in both languages", () => {
    const text = norrkopingHour.source.sv;
    const input: ScenarioInput = { ...pickedInput(612), outcomes: pickedInput(612).outcomes.map((outcome) => ({ ...outcome, unitCostSource: { ...norrkopingHour, source: text } })) };
    const source = inputSources(input, null, []).get("outcomes.homeCare.unitCost");
    expect(source).toMatchObject({ kind: "unitCost", entries: [{ source: { sv: text, en: text } }] });
  });

  it("says when the figure was changed after it was picked", () => {
    expect(inputSources(pickedInput(700), null, []).get("outcomes.homeCare.unitCost")).toMatchObject({ kind: "unitCost", changed: true });
  });
});

describe("baseAgainstMiddleHalf", () => {
  it("flags a base case above or below the 25th–75th percentile", () => {
    const simulation = { npv: { mean: 0, sd: 1, min: -3, p5: -2, p25: -1, p50: 0, p75: 1, p95: 2, max: 3 } };
    expect(baseAgainstMiddleHalf(1.5, simulation)).toBe("above");
    expect(baseAgainstMiddleHalf(-1.5, simulation)).toBe("below");
    expect(baseAgainstMiddleHalf(1, simulation)).toBe("within");
  });

  it("flags a unit cost whose most likely value is its maximum, as the old ekonomiskt-bistånd template had", () => {
    const template = createScenarioFromTemplate("social-assistance", years);
    const welfare = template.outcomes[0]!;
    const range = welfare.unitCost as { min: number; max: number };
    const skewed: ScenarioInput = { ...template, outcomes: [{ ...welfare, unitCost: { dist: "triangular", min: range.min, mode: range.max, max: range.max } }] };
    const simulation = simulateScenario(skewed, { draws: 10_000, seed: 1 });
    expect(baseAgainstMiddleHalf(computeScenario(skewed).totals.npv, simulation)).toBe("above");
    expect(baseAgainstMiddleHalf(computeScenario(template).totals.npv, simulateScenario(template, { draws: 10_000, seed: 1 }))).toBe("within");
  });
});
