import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { followUpInputJsonSchema, followUpInputJsonSchemaId } from "./json-schema.ts";

const committedPath = new URL("../../follow-up-input.schema.json", import.meta.url);

describe("follow-up-input.schema.json", () => {
  it("is what the zod schema generates (run `pnpm --filter @insats/domain schema:write` if this fails)", () => {
    const committed = JSON.parse(readFileSync(committedPath, "utf8")) as unknown;
    expect(committed).toEqual(followUpInputJsonSchema());
  });

  it("names the format and requires the decided scenario", () => {
    const schema = followUpInputJsonSchema() as {
      $id: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.$id).toBe(followUpInputJsonSchemaId);
    expect(schema.required.sort()).toEqual(["scenario", "version"]);
    expect(Object.keys(schema.properties).sort()).toEqual(["actuals", "fund", "scenario", "version"]);
  });
});
