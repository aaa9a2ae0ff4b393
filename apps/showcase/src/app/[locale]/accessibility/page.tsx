import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { showcaseEnv } from "@/env";
import { asLocale } from "@/i18n/locale";
import { Publisher } from "@/layout/publisher";
import { PageFrame } from "@/layout/page-frame";
import { pageMetadata } from "@/seo/metadata";
import { formatPartialDate } from "@/text/format";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

/**
 * When the statement below was last checked against the site: move it whenever the statement is reviewed
 * (the law asks for a statement that is kept up to date, and dated).
 */
const statementReviewedOn = "2026-12-01";

export async function generateMetadata({ params }: PageProps<"/[locale]/accessibility">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: "/accessibility",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
  });
}

/** The accessibility statement (tillgänglighetsredogörelse) that lag (2018:1937) asks of public sites. */
export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibility">) {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Accessibility" });
  const { SITE_CONTACT_EMAIL: contact } = showcaseEnv();
  const contactLink = contact ? <a href={`mailto:${contact}`}>{contact}</a> : null;
  return (
    <PageFrame locale={locale} href="/accessibility" section={null}>
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">
          <Publisher locale={locale} /> {t("intro")}
        </p>
      </div>
      <div className="prose">
        <section className="section" aria-labelledby="status-heading">
          <h2 id="status-heading">{t("statusHeading")}</h2>
          <p>{t("status")}</p>
          <p>{t("charts")}</p>
        </section>
        <section className="section" aria-labelledby="alternatives-heading">
          <h2 id="alternatives-heading">{t("alternativesHeading")}</h2>
          <p>{t("alternatives")}</p>
          <p>{contactLink ? t.rich("contact", { link: () => contactLink }) : t("noContact")}</p>
        </section>
        <section className="section" aria-labelledby="report-heading">
          <h2 id="report-heading">{t("reportHeading")}</h2>
          <p>{contactLink ? t.rich("report", { link: () => contactLink }) : t("noContact")}</p>
        </section>
        <section className="section" aria-labelledby="supervision-heading">
          <h2 id="supervision-heading">{t("supervisionHeading")}</h2>
          <p>{t.rich("supervision", { link: (chunks) => <a href="https://www.digg.se/">{chunks}</a> })}</p>
        </section>
        <section className="section" aria-labelledby="testing-heading">
          <h2 id="testing-heading">{t("testingHeading")}</h2>
          <p>{t("testing")}</p>
          <p>{t("reviewedOn", { date: formatPartialDate(locale, statementReviewedOn) })}</p>
        </section>
      </div>
    </PageFrame>
  );
}
