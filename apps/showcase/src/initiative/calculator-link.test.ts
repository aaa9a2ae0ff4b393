import { describe, expect, it } from "vitest";
import { calculatorLink, templateFor } from "./calculator-link.ts";

describe("the calculator link", () => {
  it("carries the template, the initiative and the effect range", () => {
    const url = new URL(
      calculatorLink({
        calculatorUrl: "http://localhost:3001/",
        locale: "sv",
        slug: "servicetrainee",
        focusAreas: ["employment", "integration"],
        effect: { low: 0.44, high: 0.54, unit: "percentagePoints" },
      }),
    );
    expect(url.origin + url.pathname).toBe("http://localhost:3001/sv/scenarios/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: "social-assistance",
      initiative: "servicetrainee",
      effectLow: "0.44",
      effectHigh: "0.54",
    });
  });

  it("leaves out an effect in the measure's own units, which is no share of units avoided", () => {
    const url = new URL(
      calculatorLink({
        calculatorUrl: "https://kalkyl.example",
        locale: "en",
        slug: "x",
        focusAreas: ["school"],
        effect: { low: 3, high: 5, unit: "measureUnits" },
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: "custom", initiative: "x" });
  });

  it("picks the template by what the initiative aims to reduce", () => {
    expect(templateFor(["fallPrevention", "elderlyHealth", "physicalActivity"])).toBe("fall-prevention");
    expect(templateFor(["elderlyHealth", "physicalActivity"])).toBe("home-care");
    expect(templateFor(["childrenInCare", "school"])).toBe("out-of-home-care");
    expect(templateFor(["integration"])).toBe("social-assistance");
    expect(templateFor(["culture"])).toBe("custom");
  });
});
