import { describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatForInput,
  formatMoney,
  formatMoneyForInput,
  formatMoneyRange,
  formatMoneyShort,
  formatMonth,
  formatPercent,
  formatPercentRange,
  formatRate,
  formatYear,
  formatYearRange,
  keepNumbersTogether,
  parseDecimal,
} from "./numbers";

// Swedish formats group with a no-break space and write minus as U+2212.
const nbsp = "\u00a0";

describe("numbers as planners read them", () => {
  it("writes money in Swedish and British notation", () => {
    expect(formatMoney("sv", 1_234_567.4)).toBe(`1${nbsp}234${nbsp}567${nbsp}kr`);
    expect(formatMoney("sv", -200_000)).toBe(`−200${nbsp}000${nbsp}kr`);
    expect(formatMoney("en", 1_234_567.4)).toBe(`SEK${nbsp}1,234,567`);
  });

  it("shortens money to millions for chart axes, with a decimal only below ten", () => {
    expect(formatMoneyShort("sv", 1_250_000)).toBe("1,3 mnkr");
    expect(formatMoneyShort("en", 12_345_678)).toBe("SEK 12m");
  });

  it("writes shares as percentages", () => {
    expect(formatPercent("sv", 0.44)).toBe(`44${nbsp}%`);
    expect(formatPercent("en", 0.445, 1)).toBe("44.5%");
  });
});

describe("the report's figures", () => {
  it("writes a rate without float artefacts", () => {
    expect(formatRate("sv", 0.035)).toBe(`3,5${nbsp}%`);
    expect(formatRate("en", 0.035)).toBe("3.5%");
    expect(formatRate("sv", 0.0325)).toBe(`3,25${nbsp}%`);
  });

  it("writes years without grouping and counts with it", () => {
    expect(formatYear("sv", 2024)).toBe("2024");
    expect(formatYearRange("sv", 2024, 2033)).toBe("2024–2033");
    expect(formatYearRange("en", 2024, 2024)).toBe("2024");
    expect(formatCount("sv", 10_000)).toBe(`10${nbsp}000`);
    expect(formatCount("en", 10_000)).toBe("10,000");
  });

  it("writes spans of money and shares", () => {
    expect(formatMoneyRange("sv", 1_000, 2_000)).toBe(`1${nbsp}000–2${nbsp}000${nbsp}kr`);
    expect(formatMoneyRange("en", 2_000, 1_000)).toBe(`SEK${nbsp}1,000–2,000`);
    expect(formatMoneyRange("sv", 5, 5.2)).toBe(`5${nbsp}kr`);
    expect(formatPercentRange("sv", 0.44, 0.54)).toBe(`44–54${nbsp}%`);
    expect(formatPercentRange("en", 0.44, 0.54)).toBe("44% – 54%");
  });

  it("names months and dates in the interface's language", () => {
    expect(formatMonth("sv", 2024, 11)).toBe("november 2024");
    expect(formatMonth("en", 2024, 11)).toBe("November 2024");
    expect(formatDate("sv", "2026-12-01T09:00:00Z")).toBe("1 december 2026");
    expect(formatDate("en", "2026-12-01T09:00:00Z")).toBe("1 December 2026");
  });
});

describe("numbers as planners type them", () => {
  it.each([
    ["1 234,5", 1234.5],
    [`1${nbsp}234`, 1234],
    ["1\u202f234", 1234],
    ["1234.5", 1234.5],
    ["1,234.5", 1234.5],
    ["−0,2", -0.2],
    ["+3", 3],
    [",5", 0.5],
    ["1e6", 1_000_000],
  ])("reads %j as %d", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(["", "   ", "abc", "1,2,3", "12 kr", "1e400", "Infinity", "--1"])("refuses %j", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it("gives back what it formats for an input, in both languages", () => {
    for (const locale of ["sv", "en"])
      for (const value of [0, 0.44, -0.035, 1234.5, 0.1 + 0.2, 1e-7, 250_000]) {
        const text = formatForInput(locale, value);
        expect(text).not.toMatch(/\s/);
        expect(parseDecimal(text)).toBeCloseTo(value, 12);
      }
  });

  it("hides floating-point noise and uses the locale's decimal sign", () => {
    expect(formatForInput("sv", 0.1 + 0.2)).toBe("0,3");
    expect(formatForInput("en", 0.1 + 0.2)).toBe("0.3");
  });
});

describe("money as planners type it", () => {
  it("shows an indexed amount in whole kronor, and öre only below 100 kr", () => {
    expect(formatMoneyForInput("sv", 154_848.897696)).toBe("154849");
    expect(formatMoneyForInput("en", 412_930.393857)).toBe("412930");
    expect(formatMoneyForInput("sv", 37.456)).toBe("37,46");
    expect(formatMoneyForInput("sv", 0)).toBe("0");
  });
});

describe("numbers in cited text", () => {
  it("keeps each number of a source on one line, with its unit", () => {
    expect(keepNumbersTogether("10 915 807 tkr utbetalt till 145 456 hushåll, 75 045 kr per hushåll")).toBe(
      `10${nbsp}915${nbsp}807${nbsp}tkr utbetalt till 145${nbsp}456 hushåll, 75${nbsp}045${nbsp}kr per hushåll`,
    );
    expect(keepNumbersTogether("vårdavgift 3 § LVU, 3 528 kr efter 28 % statlig subvention")).toBe(
      `vårdavgift 3${nbsp}§ LVU, 3${nbsp}528${nbsp}kr efter 28${nbsp}% statlig subvention`,
    );
    expect(keepNumbersTogether("SEK 3 528 / 0.72 = SEK 4 900")).toBe(
      `SEK${nbsp}3${nbsp}528 / 0.72 = SEK${nbsp}4${nbsp}900`,
    );
  });

  it("leaves words, years and addresses as they are", () => {
    const text =
      "Årsredovisning 2016 (annual report), 7,0 biståndsmånader, 2 krönikor, https://skr.se/a-b/2019.31355.html";
    expect(keepNumbersTogether(text)).toBe(text);
  });
});
