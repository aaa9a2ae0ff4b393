import { describe, expect, it } from "vitest";
import { searchTextOf } from "./search-text.ts";

describe("searchTextOf", () => {
  it("takes the first q, trimmed, and nothing for a blank one", () => {
    expect(searchTextOf({ q: ["  malmö ", "other"] })).toBe("malmö");
    expect(searchTextOf({ q: "   " })).toBeUndefined();
    expect(searchTextOf({})).toBeUndefined();
  });

  it("cuts it to the API's 200 characters", () => {
    expect(searchTextOf({ q: `${"a".repeat(199)} b` })).toBe("a".repeat(199));
  });
});
