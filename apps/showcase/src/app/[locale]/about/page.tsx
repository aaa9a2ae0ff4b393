import type { Metadata } from "next";
import Link from "next/link";
import { evaluationDesigns, evidenceLevelByDesign } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { EvidenceScale, evidenceLevels } from "@/evaluation/evidence-scale";
import { localizedPath } from "@/i18n/paths";
import { asLocale } from "@/i18n/locale";
import { PageFrame } from "@/layout/page-frame";
import { pageMetadata } from "@/seo/metadata";
import { formatLabelList } from "@/text/format";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/about">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "About" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: "/about",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
  });
}

export default async function AboutPage({ params }: PageProps<"/[locale]/about">) {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "About" });
  const tDesign = await getTranslations({ locale, namespace: "Design" });
  const tEvidence = await getTranslations({ locale, namespace: "Evidence" });
  const example = localizedPath(
    { pathname: "/initiatives/[slug]", params: { slug: "servicetrainee" } },
    locale,
  );
  const levelsStrongestFirst = [...evidenceLevels].reverse();
  return (
    <PageFrame locale={locale} href="/about" section="/about">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </div>
      <div className="prose">
        <section className="section" aria-labelledby="examples-heading">
          <h2 id="examples-heading">{t("examplesHeading")}</h2>
          <p>{t("examples")}</p>
        </section>

        <section className="section" aria-labelledby="levels-heading">
          <h2 id="levels-heading">{t("levelsHeading")}</h2>
          <p>{t("levelsIntro")}</p>
          <div className="table-scroll" role="region" aria-labelledby="levels-caption" tabIndex={0}>
            <table className="data-table">
              <caption id="levels-caption">{t("levelsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("levelColumn")}</th>
                  <th scope="col">{t("designsColumn")}</th>
                  <th scope="col">{t("meaningColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {levelsStrongestFirst.map((level) => (
                  <tr key={level}>
                    <th scope="row">
                      <EvidenceScale locale={locale} level={level} detail={false} />
                    </th>
                    <td>
                      {formatLabelList(
                        locale,
                        evaluationDesigns
                          .filter((design) => evidenceLevelByDesign[design] === level)
                          .map((design) => tDesign(design)),
                      )}
                    </td>
                    <td>{tEvidence(`meaning.${level}`)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">
                    <EvidenceScale locale={locale} level={null} detail={false} />
                  </th>
                  <td>{t("plannedDesigns")}</td>
                  <td>{t("plannedMeaning")}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>{t("levelsSeveral")}</p>
          <p>{t("levelsCaveat")}</p>
        </section>

        <section className="section" aria-labelledby="effects-heading">
          <h2 id="effects-heading">{t("effectsHeading")}</h2>
          <p>{t("effectsIntro")}</p>
          <p className="formula">{t("effectsFormula")}</p>
          <p>{t("effectsRange")}</p>
          <h3>{t("exampleHeading")}</h3>
          <p>
            {t.rich("example", {
              link: (chunks) => <Link href={example}>{chunks}</Link>,
            })}
          </p>
          <ul>
            <li>{t("exampleStep1")}</li>
            <li>{t("exampleStep2")}</li>
            <li>{t("exampleStep3")}</li>
          </ul>
          <p>{t("effectsUnits")}</p>
        </section>

        <section className="section" aria-labelledby="calculator-heading">
          <h2 id="calculator-heading">{t("calculatorHeading")}</h2>
          <p>{t("calculator")}</p>
          <p>{t("calculatorCaveat")}</p>
        </section>

        <section className="section" aria-labelledby="limits-heading">
          <h2 id="limits-heading">{t("limitsHeading")}</h2>
          <ul>
            <li>{t("limit1")}</li>
            <li>{t("limit2")}</li>
            <li>{t("limit3")}</li>
          </ul>
        </section>
      </div>
    </PageFrame>
  );
}
