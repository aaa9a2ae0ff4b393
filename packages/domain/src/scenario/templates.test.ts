import { describe, expect, it } from "vitest";
import { indexPrice } from "../price/cpi.ts";
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
      dist: "triangular",
      min: indexPrice(57_380, 2019, 2023),
      mode: indexPrice(12 * 9_135, 2017, 2023),
      max: indexPrice(12 * 9_135, 2017, 2023),
    });
    expect(template?.sources["outcomes.welfare.unitCost"]?.unitCostKeys).toContain(
      "ekonomiskt_bistand_per_hushall_manad_stockholm",
    );
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
    expect(input).toMatchObject({ startYear: 2027, priceYear: 2023, costs: [], outcomes: [] });
    expect(input.cohorts).toHaveLength(1);
    expect(computeScenario(input).totals.npv).toBe(0);
  });

  it("creates a scenario at the given years, every amount indexed with KPI", () => {
    const at2023 = createScenarioFromTemplate("home-care", { startYear: 2026 });
    const at2020 = createScenarioFromTemplate("home-care", {
      startYear: 2026,
      priceYear: 2020,
      name: "Min kalkyl",
    });
    expect(at2020).toMatchObject({ startYear: 2026, priceYear: 2020, name: "Min kalkyl" });
    expect(at2023.name).toBe("Färre hemtjänsttimmar");
    expect(at2023.outcomes[0]?.unitCost).toEqual({
      dist: "triangular",
      min: indexPrice(278, 2016, 2023),
      mode: indexPrice(377, 2016, 2023),
      max: indexPrice(475, 2016, 2023),
    });
    expect(at2020.costs[0]?.amount).toBeCloseTo(indexPrice(800_000, 2023, 2020), 6);
  });

  it("takes undated unit costs as they are", () => {
    const input = createScenarioFromTemplate("out-of-home-care", { startYear: 2026, priceYear: 2015 });
    expect(input.outcomes[0]?.unitCost).toEqual({ dist: "triangular", min: 1_100, mode: 4_750, max: 8_400 });
  });

  it("refuses a price year KPI does not cover, and an unknown template", () => {
    expect(() => createScenarioFromTemplate("home-care", { startYear: 2026, priceYear: 2026 })).toThrow(
      /not extrapolated/,
    );
    expect(() => createScenarioFromTemplate("nope" as never, { startYear: 2026 })).toThrow(
      /No scenario template/,
    );
  });
});
