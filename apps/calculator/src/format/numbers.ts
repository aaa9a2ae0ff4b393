// Numbers as planners read and type them: Swedish formats in the Swedish interface (1 234 567 kr, 0,44),
// British ones in the English interface (SEK 1,234,567, 0.44).

const intlLocale = (locale: string) => (locale === "sv" ? "sv-SE" : "en-GB");

export function formatMoney(locale: string, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "SEK",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/** Millions with one decimal for chart axes: "1,2 mnkr" / "SEK 1.2m". */
export function formatMoneyShort(locale: string, value: number): string {
  const millions = value / 1_000_000;
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: Math.abs(millions) < 10 ? 1 : 0 }).format(millions);
  return locale === "sv" ? `${number} mnkr` : `SEK ${number}m`;
}

export function formatNumber(locale: string, value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits }).format(value);
}

export function formatPercent(locale: string, share: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits }).format(share);
}

/** A rate such as the discount rate: "3,5 %" (never "3,5000000000000004 %"), up to two decimals. */
export function formatRate(locale: string, rate: number): string {
  return formatPercent(locale, rate, 2);
}

/** A whole count with grouping: "10 000" / "10,000". */
export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(value);
}

/** A calendar year, never grouped: "2024". */
export function formatYear(locale: string, year: number): string {
  return new Intl.NumberFormat(intlLocale(locale), { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

/** Two calendar years as a span: "2024–2033". */
export function formatYearRange(locale: string, first: number, last: number): string {
  if (first === last) return formatYear(locale, first);
  return new Intl.NumberFormat(intlLocale(locale), { useGrouping: false, maximumFractionDigits: 0 }).formatRange(first, last);
}

/** A span of money: "1 000–2 000 kr" / "SEK 1,000–2,000"; a single amount when both ends are equal. */
export function formatMoneyRange(locale: string, low: number, high: number): string {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "SEK", maximumFractionDigits: 0, minimumFractionDigits: 0 });
  return Math.round(low) === Math.round(high) ? format.format(low) : format.formatRange(Math.min(low, high), Math.max(low, high));
}

/** A span of shares: "44–54 %" / "44–54%". */
export function formatPercentRange(locale: string, low: number, high: number, maximumFractionDigits = 0): string {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits });
  return low === high ? format.format(low) : format.formatRange(Math.min(low, high), Math.max(low, high));
}

/** A month of a year, as a price index names it: "november 2024" / "November 2024". */
export function formatMonth(locale: string, year: number, month: number): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, 1));
}

/** A date as a report states it: "1 december 2026" / "1 December 2026". */
export function formatDate(locale: string, date: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "Europe/Stockholm" }).format(new Date(date));
}

/** A number as a planner would type it back in an input: no grouping, the locale's decimal sign. */
export function formatForInput(locale: string, value: number): string {
  const text = String(Number(value.toPrecision(12)));
  return locale === "sv" ? text.replace(".", ",") : text;
}

/**
 * A sum of money as a planner would type it back: whole kronor from 100 kr up, öre below. An amount indexed with
 * KPI is kept exact in the scenario, but its field shows "154849", not "154848,897696".
 */
export function formatMoneyForInput(locale: string, value: number): string {
  return formatForInput(locale, Number(value.toFixed(Math.abs(value) >= 100 ? 0 : 2)));
}

/**
 * Reads a typed number in either notation: "1 234,5", "1234.5", "−0,2", "1e6". Spaces (also the narrow and
 * non-breaking ones Swedish formats use) group digits; a comma is a decimal sign unless the number also has a
 * point. Returns null for anything that is not a finite number.
 */
export function parseDecimal(text: string): number | null {
  let cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  if (cleaned === "") return null;
  cleaned = cleaned.includes(".") ? cleaned.replace(/,/g, "") : cleaned.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * Free text that cites figures (a unit cost's source or note, as the library or Kolada writes it) with each number
 * kept on one line, as the formats above keep theirs: the spaces between digit groups, before a unit ("kr", "tkr",
 * "%", "§") and after "SEK" become no-break spaces, so that "10 915 807 tkr" never wraps as "10" and "915 807 tkr".
 */
export function keepNumbersTogether(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1\u00a0`)
    .replace(/(\d) (?=(?:kr|tkr|mnkr|%|§)(?![\p{L}\d]))/gu, `$1\u00a0`)
    .replace(/\bSEK (?=\d)/g, `SEK\u00a0`);
}
