// Dates as readers read them: "12 mars 2026" / "12 March 2026".

/** An ISO calendar date (YYYY-MM-DD) in the locale's long form; noon UTC keeps the day in every time zone. */
export function formatIsoDate(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}
