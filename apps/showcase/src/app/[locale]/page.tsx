import type { Metadata } from "next";
import Link from "next/link";
import { focusAreaLabels } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/chart/bar-chart";
import { localizedPath } from "@/i18n/paths";
import { asLocale } from "@/i18n/locale";
import { InitiativeCard } from "@/initiative/initiative-card";
import { countyName } from "@/initiative/place";
import { getInitiativeFacets, listFeaturedInitiatives } from "@/initiative/queries";
import { PageFrame } from "@/layout/page-frame";
import { NewsCard } from "@/news/news-card";
import { listLatestNews } from "@/news/queries";
import { pageMetadata } from "@/seo/metadata";
import { formatNumber } from "@/text/format";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return {
    ...pageMetadata({
      locale,
      href: "/",
      title: t("metaTitle"),
      description: site("description"),
      siteName: site("name"),
      imageAlt: site("imageAlt"),
    }),
    // The home page's title stands alone, without the " – Insats" of the other pages.
    title: { absolute: t("metaTitle") },
  };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = asLocale((await params).locale);
  const [featured, facets, news, t] = await Promise.all([
    listFeaturedInitiatives(3),
    getInitiativeFacets({}),
    listLatestNews(3),
    getTranslations({ locale, namespace: "Home" }),
  ]);
  const path = (pathname: "/initiatives" | "/about" | "/news" | "/open-data") =>
    localizedPath(pathname, locale);
  const byCount = <Entry extends { count: number }>(entries: readonly Entry[]) =>
    entries.filter((entry) => entry.count > 0).sort((a, b) => b.count - a.count);
  const counties = byCount(facets.county).map((entry) => ({
    label: countyName(entry.value),
    value: entry.count,
    valueText: formatNumber(locale, entry.count),
  }));
  const areas = byCount(facets.focusArea).map((entry) => ({
    label: focusAreaLabels[entry.value][locale],
    value: entry.count,
    valueText: formatNumber(locale, entry.count),
  }));

  return (
    <PageFrame locale={locale} href="/" section="/">
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">{t("heading")}</h1>
        <p className="lead">{t("lead")}</p>
        <p className="hero__actions">
          <Link className="button button--primary" href={path("/initiatives")}>
            {t("exploreInitiatives")}
          </Link>
          <Link className="button" href={path("/about")}>
            {t("readMethod")}
          </Link>
        </p>
      </section>

      <section className="section" aria-labelledby="what-heading">
        <h2 id="what-heading">{t("whatHeading")}</h2>
        <div className="two-columns">
          <div>
            <p>{t("what")}</p>
            <p>{t("why")}</p>
          </div>
          <div>
            <ul className="stat-list" aria-label={t("factsLabel")}>
              <li className="stat">
                <span className="stat__value">{t("factHalfValue")}</span>
                <span className="stat__label">{t("factHalf")}</span>
              </li>
              <li className="stat">
                <span className="stat__value">{t("factMunicipalitiesValue")}</span>
                <span className="stat__label">{t("factMunicipalities")}</span>
              </li>
              <li className="stat">
                <span className="stat__value">{t("factRegionsValue")}</span>
                <span className="stat__label">{t("factRegions")}</span>
              </li>
            </ul>
            <p className="source-note">
              {t.rich("factsSource", {
                report: (chunks) => (
                  <Link
                    href={localizedPath(
                      { pathname: "/news/[slug]", params: { slug: "eso-rapport-med-framtiden-for-sig" } },
                      locale,
                    )}
                  >
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="featured-heading">
        <h2 id="featured-heading">{t("featuredHeading")}</h2>
        <p>{t("featuredIntro")}</p>
        <ul className="card-list">
          {featured.map((initiative) => (
            <li key={initiative.slug}>
              <InitiativeCard initiative={initiative} locale={locale} />
            </li>
          ))}
        </ul>
        <p>
          <Link href={path("/initiatives")}>{t("allInitiatives", { count: facets.total })}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t("figuresHeading")}</h2>
        <p>{t("figuresIntro")}</p>
        <div className="two-columns">
          <div>
            <h3>{t("byCountyHeading")}</h3>
            <BarChart
              summary={t("byCountySummary", {
                total: facets.total,
                counties: counties.length,
                top: counties[0]?.label ?? "–",
                topCount: counties[0]?.value ?? 0,
              })}
              rows={counties}
              labelHeading={t("county")}
              valueHeading={t("initiativeCount")}
              tableCaption={t("byCountyHeading")}
              table="details"
              showTableLabel={t("showTable")}
            />
          </div>
          <div>
            <h3>{t("byFocusHeading")}</h3>
            <BarChart
              summary={t("byFocusSummary", {
                areas: areas.length,
                top: areas[0]?.label ?? "–",
                topCount: areas[0]?.value ?? 0,
              })}
              rows={areas}
              labelHeading={t("focusArea")}
              valueHeading={t("initiativeCount")}
              tableCaption={t("byFocusHeading")}
              table="details"
              showTableLabel={t("showTable")}
            />
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="news-heading">
        <h2 id="news-heading">{t("newsHeading")}</h2>
        <ul className="card-list">
          {news.map((item) => (
            <li key={item.slug}>
              <NewsCard item={item} locale={locale} />
            </li>
          ))}
        </ul>
        <p>
          <Link href={path("/news")}>{t("allNews")}</Link>
        </p>
      </section>
    </PageFrame>
  );
}
