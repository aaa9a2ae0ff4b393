import { describe, expect, it } from "vitest";
import { indexPrice, latestPriceIndexYear } from "../price/cpi.ts";
import { computeScenario } from "./compute.ts";
import { parseScenarioInput } from "./schema.ts";
import { sensitivity } from "./sensitivity.ts";
import { simulateScenario } from "./simulate.ts";
import {
  createScenarioFromTemplate,
  scenarioTemplateIds,
  scenarioTemplates,
  templateDefaults,
} from "./templates.ts";

describe("scenario templates", () => {
  it("has every template once, with titles and descriptions in Swedish and English", () => {
    expect(scenarioTemplates.map((template) => template.id)).toEqual([...scenarioTemplateIds]);
    for (const template of scenarioTemplates) {
      for (const text of [template.title, template.description]) {
        expect(text.sv.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(scenarioTemplates.map((template) => [template.id, template] as const))(
    "%s is a valid scenario with finite results",
    (_, template) => {
      expect(parseScenarioInput(template.input).success).toBe(true);
      expect(template.input).toMatchObject(templateDefaults);
      const result = computeScenario(template.input);
      for (const value of [result.totals.pvCosts, result.totals.pvBenefits, result.totals.npv]) {
        expect(Number.isFinite(value)).toBe(true);
      }
      const simulation = simulateScenario(template.input, { draws: 500, seed: 1 });
      expect(Number.isFinite(simulation.npv.p50)).toBe(true);
      expect(() => sensitivity(template.input)).not.toThrow();
    },
  );

  it("names a source for every field it cites, and those fields exist", () => {
    for (const template of scenarioTemplates) {
      for (const path of Object.keys(template.sources)) {
        const [head, id, field] = path.split(".");
        if (!id) {
          expect(template.input).toHaveProperty(head as string);
          continue;
        }
        const lines = (template.input as unknown as Record<string, { id: string }[]>)[head as string] ?? [];
        const line = lines.find((candidate) => candidate.id === id);
        expect(line, path).toBeDefined();
        expect(line, path).toHaveProperty(field as string);
      }
    }
  });

  it("reduced social assistance: the Servicetrainee effect and KPI-indexed unit costs", () => {
    const template = scenarioTemplates.find((candidate) => candidate.id === "social-assistance");
    const welfare = template?.input.outcomes[0];
    expect(welfare?.effect).toEqual({ dist: "uniform", min: 0.44, max: 0.54 });
    expect(welfare?.unitCost).toEqual({
      dist: "uniform",
      min: indexPrice(57_380, 2019, 2024),
      max: indexPrice(12 * 9_135, 2017, 2024),
    });
    expect(template?.sources["outcomes.welfare.unitCost"]?.unitCostKeys).toContain(
      "ekonomiskt_bistand_per_hushall_manad_stockholm",
    );
    expect(welfare?.unitCostKeys).toEqual(template?.sources["outcomes.welfare.unitCost"]?.unitCostKeys);
  });

  it("fall prevention: fall costs shared 56/41/3", () => {
    const template = scenarioTemplates.find((candidate) => candidate.id === "fall-prevention");
    expect(template?.input.outcomes[0]?.payers).toEqual({
      municipality: 0.56,
      region: 0.41,
      individual: 0.03,
    });
    const result = computeScenario(template!.input);
    expect(Object.keys(result.byPayer)).toEqual(["municipality", "region", "individual"]);
  });

  it("the custom template is empty but valid", () => {
    const input = createScenarioFromTemplate("custom", { startYear: 2027 });
    expect(input).toMatchObject({ startYear: 2027, priceYear: 2024, costs: [], outcomes: [] });
    expect(input.cohorts).toHaveLength(1);
    expect(computeScenario(input).totals.npv).toBe(0);
  });

  it("creates a scenario at the given years, every amount indexed with KPI", () => {
    const at2024 = createScenarioFromTemplate("home-care", { startYear: 2026 });
    const at2020 = createScenarioFromTemplate("home-care", {
      startYear: 2026,
      priceYear: 2020,
      name: "Min kalkyl",
    });
    expect(at2020).toMatchObject({ startYear: 2026, priceYear: 2020, name: "Min kalkyl" });
    expect(at2024.name).toBe("Färre hemtjänsttimmar");
    expect(at2024.priceYear).toBe(2024);
    expect(at2024.outcomes[0]?.unitCost).toEqual({
      dist: "triangular",
      min: indexPrice(278, 2016, 2024),
      mode: indexPrice(377, 2016, 2024),
      max: indexPrice(475, 2016, 2024),
    });
    expect(at2020.costs[0]?.amount).toBeCloseTo(indexPrice(800_000, 2023, 2020), 6);
  });

  it("indexes the out-of-home-care and fall-prevention unit costs from their price years", () => {
    const care = createScenarioFromTemplate("out-of-home-care", { startYear: 2026, priceYear: 2023 });
    expect(care.outcomes[0]?.unitCost).toBeCloseTo(indexPrice(2_658, 2016, 2023), 9);
    const falls = createScenarioFromTemplate("fall-prevention", { startYear: 2026, priceYear: 2023 });
    expect(falls.outcomes[0]).toMatchObject({ unit: "fall-injury", unitCostKeys: ["fallskada_65_per_vardad"] });
    expect(falls.outcomes[0]?.unitCost).toBeCloseTo(indexPrice(113_925, 2020, 2023), 9);
  });

  it("takes a price year without an annual average (the latest KPI month), refuses one before KPI and an unknown template", () => {
    const at2026 = createScenarioFromTemplate("home-care", { startYear: 2026, priceYear: 2026 });
    expect(at2026.costs[0]?.amount).toBeCloseTo((800_000 * 416.75) / 403.7, 6);
    expect(() => createScenarioFromTemplate("home-care", { startYear: 2026, priceYear: 2009 })).toThrow(
      /not extrapolated/,
    );
    expect(() => createScenarioFromTemplate("nope" as never, { startYear: 2026 })).toThrow(
      /No scenario template/,
    );
  });

  it("price the templates in the latest year KPI has a figure for", () => {
    expect(templateDefaults.priceYear).toBe(latestPriceIndexYear());
    expect(templateDefaults.priceYear).toBe(2024);
  });

  it("give no distribution a most likely value at an end of its range", () => {
    for (const template of scenarioTemplates) {
      const fields = [
        ...template.input.costs.map((cost) => [`${cost.id}.amount`, cost.amount] as const),
        ...template.input.outcomes.flatMap((outcome) =>
          (["unitCost", "baselineUnitsPerParticipant", "effect", "dropOff", "deadweight", "attribution", "displacement"] as const).map(
            (key) => [`${outcome.id}.${key}`, outcome[key]] as const,
          ),
        ),
      ];
      for (const [path, value] of fields) {
        if (typeof value === "number" || (value.dist !== "triangular" && value.dist !== "pert")) continue;
        expect(value.mode, `${template.id} ${path}`).toBeGreaterThan(value.min);
        expect(value.mode, `${template.id} ${path}`).toBeLessThan(value.max);
      }
    }
  });

  // The headline shows the base case beside the simulation; a base case outside the simulation's middle half
  // tells a committee the "most likely" figure is not what the model finds likely.
  it.each(scenarioTemplates.filter((template) => template.input.outcomes.length > 0).map((t) => [t.id, t] as const))(
    "%s: the base case lies in its simulation's middle half (25th–75th percentile)",
    (_, template) => {
      const { npv } = computeScenario(template.input).totals;
      const simulation = simulateScenario(template.input, { draws: 10_000, seed: 1 });
      expect(npv).toBeGreaterThanOrEqual(simulation.npv.p25);
      expect(npv).toBeLessThanOrEqual(simulation.npv.p75);
    },
  );
});
