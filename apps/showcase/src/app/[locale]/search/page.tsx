import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { asLocale } from "@/i18n/locale";
import { localizedPath, type PageHref } from "@/i18n/paths";
import { InitiativeCard } from "@/initiative/initiative-card";
import { PageFrame } from "@/layout/page-frame";
import { NewsCard } from "@/news/news-card";
import { searchShowcase } from "@/search/queries";
import { SearchBox } from "@/search/search-box";
import { searchTextOf } from "@/search/search-text";
import { pageMetadata } from "@/seo/metadata";

// Rendered per request: the page is its search. The API answers behind it come from the data cache.

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Search" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: "/search",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
  });
}

/** One search of the examples and of På gång, each kind under its own heading with its count. */
export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const locale = asLocale((await params).locale);
  const q = searchTextOf(await searchParams);
  const [found, t] = await Promise.all([
    q === undefined ? undefined : searchShowcase(q, locale),
    getTranslations({ locale, namespace: "Search" }),
  ]);
  const withQuery = (pathname: "/search" | "/initiatives" | "/news", search: string | undefined): PageHref =>
    search === undefined ? pathname : { pathname, query: { q: search } };
  const href = (pathname: "/search" | "/initiatives" | "/news", search?: string) =>
    localizedPath(withQuery(pathname, search), locale);
  const nothing = found !== undefined && found.initiatives.total + found.news.total === 0;
  return (
    <PageFrame locale={locale} href={withQuery("/search", q)} section="/search">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </div>
      <SearchBox
        id="search-q"
        action={href("/search")}
        label={t("label")}
        buttonLabel={t("submit")}
        hint={t("hint")}
        value={q}
      />
      {q === undefined || found === undefined ? null : (
        <>
          <p className="result-count" role="status">
            {t("count", { initiatives: found.initiatives.total, news: found.news.total, q })}
          </p>
          {nothing ? (
            <div className="empty-state">
              <h2 className="heading-small">{t("emptyHeading")}</h2>
              {found.suggestion ? (
                <p className="empty-state__suggestion">
                  {t.rich("suggestion", {
                    suggestion: found.suggestion,
                    link: (chunks) => (
                      <Link href={href("/search", found.suggestion ?? undefined)}>{chunks}</Link>
                    ),
                  })}
                </p>
              ) : null}
              <ul>
                <li>
                  <Link href={href("/initiatives")}>{t("allInitiatives")}</Link>
                </li>
                <li>
                  <Link href={href("/news")}>{t("allNews")}</Link>
                </li>
              </ul>
            </div>
          ) : (
            <div className="search-results">
              <section aria-labelledby="search-initiatives-heading">
                <h2 id="search-initiatives-heading">
                  {t("initiativesHeading", { total: found.initiatives.total })}
                </h2>
                {found.initiatives.total === 0 ? (
                  <p>{t("noInitiatives")}</p>
                ) : (
                  <ol className="card-list" aria-labelledby="search-initiatives-heading">
                    {found.initiatives.items.map((initiative) => (
                      <li key={initiative.slug}>
                        <InitiativeCard initiative={initiative} locale={locale} />
                      </li>
                    ))}
                  </ol>
                )}
                {found.initiatives.total > found.initiatives.items.length ? (
                  <p>
                    <Link href={href("/initiatives", q)}>
                      {t("moreInitiatives", { total: found.initiatives.total })}
                    </Link>
                  </p>
                ) : null}
              </section>
              <section aria-labelledby="search-news-heading">
                <h2 id="search-news-heading">{t("newsHeading", { total: found.news.total })}</h2>
                {found.news.total === 0 ? (
                  <p>{t("noNews")}</p>
                ) : (
                  <ol className="card-list card-list--single" aria-labelledby="search-news-heading">
                    {found.news.items.map((item) => (
                      <li key={item.slug}>
                        <NewsCard item={item} locale={locale} />
                      </li>
                    ))}
                  </ol>
                )}
                {found.news.total > found.news.items.length ? (
                  <p>
                    <Link href={href("/news", q)}>{t("moreNews", { total: found.news.total })}</Link>
                  </p>
                ) : null}
              </section>
            </div>
          )}
        </>
      )}
    </PageFrame>
  );
}
