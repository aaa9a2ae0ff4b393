import { describe, expect, it } from "vitest";
import { contentChanges, describeContentValue } from "./diff";

describe("contentChanges", () => {
  it("lists each changed, added and removed field by path", () => {
    const before = { title: { sv: "Läsning", en: "Reading" }, focusAreas: ["language"], places: [{ kind: "municipality", scbCode: "0581" }] };
    const after = { title: { sv: "Läsa", en: "Reading" }, focusAreas: ["language", "school"], places: [], reviewedOn: "2026-11-30" };
    expect(contentChanges(before, after).map((change) => [change.key, change.before, change.after])).toEqual([
      ["title.sv", "Läsning", "Läsa"],
      ["focusAreas", ["language"], ["language", "school"]],
      ["reviewedOn", undefined, "2026-11-30"],
      ["places.0.kind", "municipality", undefined],
      ["places.0.scbCode", "0581", undefined],
    ]);
  });

  it("finds nothing between equal versions", () => {
    expect(contentChanges({ a: [{ b: 1 }] }, { a: [{ b: 1 }] })).toEqual([]);
  });
});

describe("describeContentValue", () => {
  const format = { number: (value: number) => String(value).replace(".", ","), yes: "ja", no: "nej", empty: "–" };
  it("says coded values in words", () => {
    const none = () => null;
    expect(describeContentValue(["status"], "completed", "sv", none, format)).toBe("Avslutad");
    expect(describeContentValue(["focusAreas"], ["language", "school"], "en", none, format)).toBe("Language development, School and learning");
    expect(describeContentValue(["places", 0, "scbCode"], "0581", "sv", none, format)).toBe("Norrköping");
    expect(describeContentValue(["evaluations", 0, "results", 0, "change"], -0.5, "sv", none, format)).toBe("-0,5");
    expect(describeContentValue(["tagline", "sv"], undefined, "sv", none, format)).toBe("–");
  });
});
