import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

/** Pages to offer: the first, the last, and the two either side of the current one. */
export function visiblePages(current: number, count: number): (number | "gap")[] {
  const pages: (number | "gap")[] = [];
  for (let number = 1; number <= count; number += 1) {
    if (number === 1 || number === count || Math.abs(number - current) <= 2) pages.push(number);
    else if (pages.at(-1) !== "gap") pages.push("gap");
  }
  return pages;
}

export async function Pagination({
  locale,
  current,
  count,
  href,
}: {
  locale: Locale;
  current: number;
  count: number;
  href: (page: number) => string;
}) {
  const t = await getTranslations({ locale, namespace: "Pagination" });
  return (
    <nav className="pagination" aria-label={t("label")}>
      <ul>
        {current > 1 ? (
          <li>
            <Link href={href(current - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {visiblePages(current, count).map((page, index) =>
          page === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                href={href(page)}
                aria-current={page === current ? "page" : undefined}
                aria-label={t("page", { page })}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {current < count ? (
          <li>
            <Link href={href(current + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
