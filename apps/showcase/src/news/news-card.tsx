import Link from "next/link";
import { newsKindLabels } from "@insats/domain";
import { localizedPath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { NewsDate } from "./news-date.tsx";
import type { NewsSummary } from "./queries.ts";

export function NewsCard({
  item,
  locale,
  headingLevel = 3,
}: {
  item: NewsSummary;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = localizedPath({ pathname: "/news/[slug]", params: { slug: item.slug } }, locale);
  return (
    <article className="card news-card">
      <p className="eyebrow">
        {newsKindLabels[item.kind][locale]} · <NewsDate item={item} locale={locale} />
      </p>
      <Heading className="card__title">
        <Link href={href}>{item.title[locale]}</Link>
      </Heading>
      <p className="card__text">{item.summary[locale]}</p>
    </article>
  );
}
