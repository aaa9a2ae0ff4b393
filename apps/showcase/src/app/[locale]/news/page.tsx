import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { asLocale } from "@/i18n/locale";
import { localizedPath } from "@/i18n/paths";
import { PageFrame } from "@/layout/page-frame";
import { NewsCard } from "@/news/news-card";
import { getNewsSearchSuggestion, listAllNews, searchAllNews } from "@/news/queries";
import { SearchBox } from "@/search/search-box";
import { searchTextOf } from "@/search/search-text";
import { pageMetadata } from "@/seo/metadata";

// No generateStaticParams: the list depends on its search, so it is rendered per request (as the initiative
// list). The API answers behind it still come from the data cache (src/api/client.ts).

export async function generateMetadata({ params }: PageProps<"/[locale]/news">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "News" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: "/news",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
  });
}

export default async function NewsPage({ params, searchParams }: PageProps<"/[locale]/news">) {
  const locale = asLocale((await params).locale);
  const q = searchTextOf(await searchParams);
  const [items, t] = await Promise.all([
    q === undefined ? listAllNews() : searchAllNews(q, locale),
    getTranslations({ locale, namespace: "News" }),
  ]);
  // "Menade du …?" only where the search found nothing: it costs a look through the showcase's words.
  const suggestion = q !== undefined && items.length === 0 ? await getNewsSearchSuggestion(q, locale) : null;
  const newsHref = (search?: string) =>
    localizedPath(search === undefined ? "/news" : { pathname: "/news", query: { q: search } }, locale);
  return (
    <PageFrame
      locale={locale}
      href={q === undefined ? "/news" : { pathname: "/news", query: { q } }}
      section="/news"
    >
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </div>
      <SearchBox
        id="news-q"
        action={newsHref()}
        label={t("searchLabel")}
        buttonLabel={t("search")}
        hint={t("searchHint")}
        value={q}
      />
      {q === undefined ? null : (
        <p className="result-count" role="status">
          {items.length === 0 ? t("foundNone", { q }) : t("found", { total: items.length, q })}
        </p>
      )}
      {items.length === 0 ? (
        q === undefined ? (
          <p>{t("empty")}</p>
        ) : (
          <div className="empty-state">
            {suggestion ? (
              <p className="empty-state__suggestion">
                {t.rich("emptySuggestion", {
                  suggestion,
                  link: (chunks) => <Link href={newsHref(suggestion)}>{chunks}</Link>,
                })}
              </p>
            ) : null}
            <ul>
              <li>
                <Link href={localizedPath({ pathname: "/search", query: { q } }, locale)}>
                  {t("searchEverything", { q })}
                </Link>
              </li>
              <li>
                <Link href={newsHref()}>{t("showAll")}</Link>
              </li>
            </ul>
          </div>
        )
      ) : (
        <ol
          className="card-list card-list--single"
          aria-label={q === undefined ? t("title") : t("resultsLabel")}
        >
          {items.map((item) => (
            <li key={item.slug}>
              <NewsCard item={item} locale={locale} headingLevel={2} />
            </li>
          ))}
        </ol>
      )}
    </PageFrame>
  );
}
