import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { asLocale } from "@/i18n/locale";
import { PageFrame } from "@/layout/page-frame";
import { NewsCard } from "@/news/news-card";
import { listAllNews } from "@/news/queries";
import { pageMetadata } from "@/seo/metadata";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

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

export default async function NewsPage({ params }: PageProps<"/[locale]/news">) {
  const locale = asLocale((await params).locale);
  const [items, t] = await Promise.all([listAllNews(), getTranslations({ locale, namespace: "News" })]);
  return (
    <PageFrame locale={locale} href="/news" section="/news">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </div>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="card-list card-list--single" aria-label={t("title")}>
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
