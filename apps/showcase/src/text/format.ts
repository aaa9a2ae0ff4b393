// Numbers and dates as Swedish and English readers expect them ("−74 %", "1 234", "september 2012").
import type { PartialDate, Period } from "@insats/domain";
import type { Locale } from "@/i18n/routing";

const intlLocale: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }).format(value);
}

/** A fraction as a percentage: -0.74 → "−74 %" in Swedish, "−74%" in English. */
export function formatPercent(locale: Locale, fraction: number, options: { signed?: boolean } = {}): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "percent",
    maximumFractionDigits: 1,
    signDisplay: options.signed ? "exceptZero" : "auto",
  }).format(fraction);
}

/** A fraction as a whole number of percent, for ranges and percentage points: 0.44 → "44". */
export function formatPercentNumber(locale: Locale, fraction: number): string {
  return formatNumber(locale, fraction * 100);
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A date at the precision the source gives: "2012", "september 2012", "20 januari 2020". */
export function formatPartialDate(locale: Locale, value: PartialDate): string {
  const [, year, month, day] = partialDatePattern.exec(value) ?? [];
  if (year === undefined) return value;
  if (month === undefined) return year;
  // Noon UTC keeps the calendar day whatever the server's time zone.
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1), 12));
  return new Intl.DateTimeFormat(intlLocale[locale], {
    year: "numeric",
    month: "long",
    day: day === undefined ? undefined : "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** "september 2012 – januari 2014", or the source's own words when it gives no dates. */
export function formatPeriod(locale: Locale, period: Period): string {
  if (period.start === undefined) return period.description?.[locale] ?? "";
  const start = formatPartialDate(locale, period.start);
  return period.end === undefined ? start : `${start} – ${formatPartialDate(locale, period.end)}`;
}

/** An ISO timestamp as a date: "23 november 2026". */
export function formatTimestampDate(locale: Locale, timestamp: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "long",
    timeZone: "Europe/Stockholm",
  }).format(new Date(timestamp));
}

/** Items joined as a sentence does: "a, b och c" / "a, b and c". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale[locale], { style: "long", type: "conjunction" }).format(items);
}

/**
 * Vocabulary labels in running text: "Kultur, social sammanhållning och trygghet, skola och lärande". Commas
 * rather than "och", since the labels often contain "och" themselves; later labels lose their capital.
 */
export function formatLabelList(locale: Locale, labels: readonly string[]): string {
  const items = labels.map((label, index) =>
    index === 0 ? label : label.charAt(0).toLocaleLowerCase(locale) + label.slice(1),
  );
  return new Intl.ListFormat(intlLocale[locale], { style: "short", type: "unit" }).format(items);
}

/** Kronor, whole: "1 234 567 kr" / "SEK 1,234,567". */
export function formatMoney(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency: "SEK",
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/** Millions of kronor for sentences and chart axes: "8,6 mnkr" / "SEK 8.6m". */
export function formatMillions(locale: Locale, value: number): string {
  const millions = value / 1_000_000;
  const number = new Intl.NumberFormat(intlLocale[locale], {
    maximumFractionDigits: Math.abs(millions) < 10 ? 1 : 0,
  }).format(millions);
  return locale === "sv" ? `${number} mnkr` : `SEK ${number}m`;
}

/** A calendar year, never grouped: "2026". */
export function formatYear(locale: Locale, year: number): string {
  return new Intl.NumberFormat(intlLocale[locale], { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}
