import type { Locale } from "@/i18n/routing";
import { formatPartialDate, formatPeriod } from "@/text/format";

/** When an item happens or happened: its event date, its publication, or its period. */
export function NewsDate({
  item,
  locale,
}: {
  item: {
    eventDate: string | null | undefined;
    publishedAt: string | null | undefined;
    period?: { start?: string; end?: string; description?: { sv: string; en: string } } | null;
  };
  locale: Locale;
}) {
  const date = item.eventDate ?? item.publishedAt;
  if (date) return <time dateTime={date}>{formatPartialDate(locale, date)}</time>;
  if (item.period?.start) {
    return (
      <time dateTime={item.period.start}>
        {formatPeriod(locale, { start: item.period.start, end: item.period.end })}
      </time>
    );
  }
  return null;
}
