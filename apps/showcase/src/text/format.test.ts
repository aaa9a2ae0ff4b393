import { describe, expect, it } from "vitest";
import { formatLabelList, formatMillions, formatMoney, formatPartialDate, formatPercent, formatPeriod, formatYear } from "./format.ts";

describe("Swedish and English formats", () => {
  it("writes percentages with the Swedish minus and space", () => {
    expect(formatPercent("sv", -0.74)).toBe("−74\u00a0%");
    expect(formatPercent("en", -0.74)).toBe("-74%");
    expect(formatPercent("sv", 0.3, { signed: true })).toBe("+30\u00a0%");
  });

  it("keeps a date at the precision the source gives", () => {
    expect(formatPartialDate("sv", "2012")).toBe("2012");
    expect(formatPartialDate("sv", "2012-09")).toBe("september 2012");
    expect(formatPartialDate("sv", "2020-01-20")).toBe("20 januari 2020");
    expect(formatPartialDate("en", "2020-01-20")).toBe("20 January 2020");
  });

  it("writes a period, or the source's words when it has no dates", () => {
    expect(formatPeriod("sv", { start: "2012-09", end: "2014-01" })).toBe("september 2012 – januari 2014");
    expect(formatPeriod("en", { description: { sv: "Ett år", en: "One year" } })).toBe("One year");
  });

  it("lists labels with commas, lower-casing all but the first", () => {
    expect(formatLabelList("sv", ["Arbete och egen försörjning", "Integration"])).toBe(
      "Arbete och egen försörjning, integration",
    );
  });

  it("writes kronor, millions and years the Swedish and the English way", () => {
    expect(formatMoney("sv", 1_234_567)).toBe("1\u00a0234\u00a0567\u00a0kr");
    expect(formatMoney("en", -200_000)).toBe("-SEK\u00a0200,000");
    expect(formatMillions("sv", 8_595_915)).toBe("8,6 mnkr");
    expect(formatMillions("en", 12_400_000)).toBe("SEK 12m");
    expect(formatYear("sv", 2026)).toBe("2026");
  });
});
