import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioInputJsonSchema, scenarioInputJsonSchemaId } from "./json-schema.ts";

const committedPath = new URL("../../scenario-input.schema.json", import.meta.url);

describe("scenario-input.schema.json", () => {
  it("is what the zod schema generates (run `pnpm --filter @insats/domain schema:write` if this fails)", () => {
    const committed = JSON.parse(readFileSync(committedPath, "utf8")) as unknown;
    expect(committed).toEqual(scenarioInputJsonSchema());
  });

  it("is a draft 2020-12 schema with an id and a title", () => {
    const schema = scenarioInputJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(scenarioInputJsonSchemaId);
    expect(schema.title).toMatch(/scenario/i);
  });

  it("describes the format: strict objects, required fields, ranges and optional defaults", () => {
    const schema = scenarioInputJsonSchema() as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { minimum?: number; maximum?: number }>;
      $defs: Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required.sort()).toEqual(
      [
        "version",
        "name",
        "startYear",
        "priceYear",
        "horizonYears",
        "discountRate",
        "cohorts",
        "costs",
        "outcomes",
      ].sort(),
    );
    expect(schema.properties.horizonYears).toMatchObject({ minimum: 1, maximum: 50 });
    expect(schema.properties.discountRate).toMatchObject({ minimum: 0, maximum: 0.2 });
    const outcome = schema.$defs.Outcome;
    expect(outcome?.required).not.toContain("dropOff");
    expect(outcome?.required).toContain("durationYears");
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(["Uncertain", "Payers", "CostLine", "Outcome"]),
    );
  });
});
