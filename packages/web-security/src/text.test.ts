import { describe, expect, it } from "vitest";
import { displaySafe, withoutDirectionControls } from "./text.ts";

describe("withoutDirectionControls", () => {
  it.each([
    ["Läs på recept\u202Efdp.exe", "Läs på receptfdp.exe"],
    ["\u202Bمرحبا\u202C", "مرحبا"],
    ["a\u2066b\u2067c\u2068d\u2069e\u202Af\u202Dg", "abcdefg"],
  ])("removes embeddings, overrides and isolates from %j", (text, expected) => {
    expect(withoutDirectionControls(text)).toBe(expected);
  });

  it("keeps text, marks and other characters as they are", () => {
    const text = "Örebro\u200E – العربية\u200F, 19 000 kr\n\nNästa stycke";
    expect(withoutDirectionControls(text)).toBe(text);
  });
});

describe("displaySafe", () => {
  it("cleans every text of a nested value and keeps the rest", () => {
    const date = new Date(0);
    expect(
      displaySafe({
        title: { sv: "\u202Eabc", en: "abc" },
        items: [{ name: "x\u202Ey", count: 3 }, null],
        published: true,
        date,
      }),
    ).toEqual({
      title: { sv: "abc", en: "abc" },
      items: [{ name: "xy", count: 3 }, null],
      published: true,
      date,
    });
  });
});
