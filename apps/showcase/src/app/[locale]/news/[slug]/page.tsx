import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { newsKindLabels, newsOrganisationRoleLabels, organisationRefKey, slugSchema } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { isNotFound } from "@/api/client";
import { localizedPath } from "@/i18n/paths";
import { asLocale } from "@/i18n/locale";
import { PageFrame } from "@/layout/page-frame";
import { ContentNotes } from "@/preview/content-notes";
import { previewedNewsItem } from "@/preview/draft";
import { NewsDate } from "@/news/news-date";
import { getNewsItem, type NewsDetail } from "@/news/queries";
import { pageMetadata } from "@/seo/metadata";
import { formatList, formatPartialDate } from "@/text/format";
import { Paragraphs } from "@/text/paragraphs";
import { SourceList } from "@/text/source-list";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

async function loadNewsItem(slug: string): Promise<NewsDetail> {
  // An address no slug can have (capitals, underscores, too long) is a page that does not exist, not an error.
  if (!slugSchema.safeParse(slug).success) notFound();
  const previewed = await previewedNewsItem(slug);
  if (previewed) return previewed;
  try {
    return await getNewsItem(slug);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: PageProps<"/[locale]/news/[slug]">): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = asLocale(raw);
  const item = await loadNewsItem(slug);
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: { pathname: "/news/[slug]", params: { slug } },
    title: item.title[locale],
    description: item.summary[locale].slice(0, 300),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
    type: "article",
  });
}

export default async function NewsItemPage({ params }: PageProps<"/[locale]/news/[slug]">) {
  const { locale: raw, slug } = await params;
  const locale = asLocale(raw);
  const item = await loadNewsItem(slug);
  const t = await getTranslations({ locale, namespace: "News" });
  return (
    <PageFrame locale={locale} href={{ pathname: "/news/[slug]", params: { slug } }} section="/news">
      <ContentNotes locale={locale} published={item.published} untranslated={item.untranslated === true} />
      <article className="news-item" aria-labelledby="news-title">
        <header className="page-intro">
          <p className="eyebrow">
            {newsKindLabels[item.kind][locale]} ·{" "}
            <NewsDate
              item={{ eventDate: item.eventDate, publishedAt: item.publishedAt, period: item.period }}
              locale={locale}
            />
          </p>
          <h1 id="news-title">{item.title[locale]}</h1>
        </header>
        <div className="prose">
          <Paragraphs text={item.summary[locale]} className="lead-paragraph" />
          {item.body ? <Paragraphs text={item.body[locale]} /> : null}
          {item.highlights.length > 0 ? (
            <ul className="highlights">
              {item.highlights.map((highlight) => (
                <li key={highlight.sv}>{highlight[locale]}</li>
              ))}
            </ul>
          ) : null}
          <dl className="facts">
            {item.eventDate ? (
              <div>
                <dt>{t("when")}</dt>
                <dd>
                  {formatPartialDate(locale, item.eventDate)}
                  {item.durationMinutes ? ` (${t("duration", { minutes: item.durationMinutes })})` : null}
                </dd>
              </div>
            ) : null}
            {item.place ? (
              <div>
                <dt>{t("place")}</dt>
                <dd>{item.place}</dd>
              </div>
            ) : null}
            {item.reportNumber ? (
              <div>
                <dt>{t("reportNumber")}</dt>
                <dd>{item.reportNumber}</dd>
              </div>
            ) : null}
            {item.authors.length > 0 ? (
              <div>
                <dt>{t("authors")}</dt>
                <dd>{formatList(locale, item.authors)}</dd>
              </div>
            ) : null}
            {item.organisations.length > 0 ? (
              <div>
                <dt>{t("organisations")}</dt>
                <dd>
                  <ul className="plain-list">
                    {item.organisations.map((link) => {
                      const key = organisationRefKey(link.organisation);
                      return (
                        <li key={`${key}-${link.role}`}>
                          {item.resolvedOrganisations[key]?.name[locale] ?? key} (
                          {newsOrganisationRoleLabels[link.role][locale].toLocaleLowerCase(locale)})
                        </li>
                      );
                    })}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
          {item.relatedInitiativeSlug ? (
            <p>
              <Link
                href={localizedPath(
                  { pathname: "/initiatives/[slug]", params: { slug: item.relatedInitiativeSlug } },
                  locale,
                )}
              >
                {t("relatedInitiative")}
              </Link>
            </p>
          ) : null}
          <h2 className="heading-small">{t("sources", { count: item.sources.length })}</h2>
          <SourceList sources={item.sources} locale={locale} />
        </div>
      </article>
    </PageFrame>
  );
}
