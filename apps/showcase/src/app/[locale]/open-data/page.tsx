import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { asLocale } from "@/i18n/locale";
import { PageFrame } from "@/layout/page-frame";
import { initiativeColumns } from "@/open-data/initiative-columns";
import { pageMetadata } from "@/seo/metadata";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/open-data">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "OpenData" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: "/open-data",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
  });
}

const endpoints = [
  { path: "/api/v1/initiatives", key: "initiatives" },
  { path: "/api/v1/initiatives/servicetrainee", key: "initiative" },
  { path: "/api/v1/news", key: "news" },
  { path: "/api/v1/organisations", key: "organisations" },
  { path: "/api/v1/unit-costs", key: "unitCosts" },
] as const;

export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return (
    <PageFrame locale={locale} href="/open-data" section="/open-data">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </div>
      <div className="prose">
        <section className="section" aria-labelledby="downloads-heading">
          <h2 id="downloads-heading">{t("downloadsHeading")}</h2>
          <ul className="download-list">
            <li>
              <a href="/data/initiatives.csv" download>
                {t("csv")}
              </a>
              <span className="download-list__note">{t("csvNote")}</span>
            </li>
            <li>
              <a href="/data/initiatives.json" download>
                {t("json")}
              </a>
              <span className="download-list__note">{t("jsonNote")}</span>
            </li>
          </ul>
          <p>{t("filtered")}</p>
          <p>
            <code>/data/initiatives.csv?county=21&amp;focusArea=physicalActivity</code>
          </p>
        </section>

        <section className="section" aria-labelledby="columns-heading">
          <h2 id="columns-heading">{t("columnsHeading")}</h2>
          <div className="table-scroll" role="region" aria-labelledby="columns-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="columns-caption">{t("columnsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("column")}</th>
                  <th scope="col">{t("meaning")}</th>
                </tr>
              </thead>
              <tbody>
                {initiativeColumns.map((column) => (
                  <tr key={column.header}>
                    <th scope="row">
                      <code>{column.header}</code>
                    </th>
                    <td>{t(`columns.${column.header}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section className="section" aria-labelledby="api-heading">
          <h2 id="api-heading">{t("apiHeading")}</h2>
          <p>{t("apiIntro")}</p>
          <ul className="endpoint-list">
            {endpoints.map((endpoint) => (
              <li key={endpoint.key}>
                <a href={endpoint.path}>
                  <code>GET {endpoint.path}</code>
                </a>
                <span>{t(`endpoints.${endpoint.key}`)}</span>
              </li>
            ))}
          </ul>
          <p>{t.rich("apiFollowUp", { path: () => <code>GET /api/v1/initiatives/{"{slug}"}/follow-up</code> })}</p>
          <p>{t("apiFilters")}</p>
          <p>
            <a href="/api/v1/openapi.json">{t("openApi")}</a>
          </p>
          <p>{t("apiLimits")}</p>
        </section>

        <section className="section" aria-labelledby="reuse-heading">
          <h2 id="reuse-heading">{t("reuseHeading")}</h2>
          <p>{t("reuse")}</p>
        </section>
      </div>
    </PageFrame>
  );
}
