import { describe, expect, it } from "vitest";
import { unitCostLibrary } from "./library.ts";
import { unitCostSchema } from "./schema.ts";

const messages = (value: unknown) =>
  unitCostSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ??
  [];

describe("unitCostSchema's numeric bounds (issue 13)", () => {
  const unitCost = unitCostLibrary[0];

  it("accepts the library", () => {
    for (const entry of unitCostLibrary) expect(messages(entry)).toEqual([]);
  });

  it("refuses a value past 1e12 SEK and a price year outside 1900–2200", () => {
    expect(messages({ ...unitCost, value: 1.7e308, low: undefined, high: undefined })).toEqual([
      "value: a unit cost must be between 0 and 1000000000000",
    ]);
    expect(messages({ ...unitCost, priceYear: 2_147_483_648 })).toEqual([
      "priceYear: priceYear must be a whole number between 1900 and 2200",
    ]);
  });
});
