import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  focusAreaLabels,
  initiativeScopeLabels,
  initiativeStatusLabels,
  organisationRefKey,
  organisationRoleLabels,
  scenarioTemplates,
  slugSchema,
  type OrganisationRef,
} from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { isNotFound } from "@/api/client";
import { showcaseEnv } from "@/env";
import { EvaluationCard } from "@/evaluation/evaluation-card";
import { asLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { calculatorLink, carriesEffect, templateFor } from "@/initiative/calculator-link";
import { effectRangeText } from "@/initiative/effect-text";
import { placeName } from "@/initiative/place";
import { statedAges, type StatedAges } from "@/initiative/target-ages";
import { FollowUpSection } from "@/initiative/follow-up-section";
import { getInitiative, getInitiativeFollowUp, type InitiativeDetail } from "@/initiative/queries";
import { PageFrame } from "@/layout/page-frame";
import { ContentNotes } from "@/preview/content-notes";
import { previewedInitiative } from "@/preview/draft";
import { pageMetadata } from "@/seo/metadata";
import { formatLabelList, formatList, formatNumber, formatPartialDate, formatPeriod } from "@/text/format";
import { Paragraphs } from "@/text/paragraphs";
import { SourceList } from "@/text/source-list";

export { renderOnFirstRequest as generateStaticParams } from "@/i18n/static-params";

async function loadInitiative(slug: string): Promise<InitiativeDetail> {
  // An address no slug can have (capitals, underscores, too long) is a page that does not exist, not an error.
  if (!slugSchema.safeParse(slug).success) notFound();
  const previewed = await previewedInitiative(slug);
  if (previewed) return previewed;
  try {
    return await getInitiative(slug);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
}

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/initiatives/[slug]">): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = asLocale(raw);
  const initiative = await loadInitiative(slug);
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: { pathname: "/initiatives/[slug]", params: { slug } },
    title: initiative.title[locale],
    description: (initiative.tagline ?? initiative.summary)[locale].slice(0, 300),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
    type: "article",
  });
}

function participantsText(
  locale: Locale,
  participants: InitiativeDetail["participants"],
): string | undefined {
  if (participants === undefined) return undefined;
  if (typeof participants === "number") return formatNumber(locale, participants);
  return `${formatNumber(locale, participants.min)}–${formatNumber(locale, participants.max)}`;
}

async function statedAgesText(locale: Locale, ages: StatedAges): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Initiative" });
  switch (ages.kind) {
    case "range":
      return t("ages", { min: ages.min, max: ages.max });
    case "single":
      return t("age", { age: ages.age });
    case "from":
      return t("agesFrom", { min: ages.min });
    case "upTo":
      return t("agesUpTo", { max: ages.max });
  }
}

export default async function InitiativePage({ params }: PageProps<"/[locale]/initiatives/[slug]">) {
  const { locale: raw, slug } = await params;
  const locale = asLocale(raw);
  const initiative = await loadInitiative(slug);
  // A draft shown in preview has no public follow-up: only a published initiative's is answered.
  const [t, followUp] = await Promise.all([
    getTranslations({ locale, namespace: "Initiative" }),
    initiative.published ? getInitiativeFollowUp(slug) : Promise.resolve(null),
  ]);
  const organisationName = (ref: OrganisationRef) =>
    initiative.resolvedOrganisations[organisationRefKey(ref)]?.name[locale];
  const stated = statedAges(initiative.targetGroup, locale);
  const ages = stated ? await statedAgesText(locale, stated) : undefined;
  // A status read off an undated source is what the source said then, not a status of today; a period with
  // an end date dates the status itself.
  const statusFromUndatedSource =
    initiative.period.end === undefined &&
    initiative.sources.length > 0 &&
    initiative.sources.every((source) => source.accessed === undefined);
  const participants = participantsText(locale, initiative.participants);
  const period = formatPeriod(locale, initiative.period);
  const periodNote =
    initiative.period.start !== undefined && initiative.period.description
      ? initiative.period.description[locale]
      : undefined;

  // The calculator starts from the effect of the best-graded evaluation that reports one.
  const bestEffect = [...initiative.evaluations]
    .filter((evaluation) => evaluation.effect !== undefined)
    .sort((a, b) => (b.evidenceLevel ?? -1) - (a.evidenceLevel ?? -1))[0]?.effect;
  const effect = bestEffect ? { low: bestEffect.low, high: bestEffect.high, unit: bestEffect.unit } : null;
  const template = templateFor(initiative.focusAreas);
  const templateTitle =
    scenarioTemplates.find((candidate) => candidate.id === template)?.title[locale] ?? template;

  return (
    <PageFrame
      locale={locale}
      href={{ pathname: "/initiatives/[slug]", params: { slug } }}
      section="/initiatives"
    >
      <ContentNotes locale={locale} published={initiative.published} untranslated={initiative.untranslated === true} />
      <article className="initiative" aria-labelledby="initiative-title">
        <header className="page-intro">
          <p className="eyebrow">
            {formatLabelList(
              locale,
              initiative.focusAreas.map((area) => focusAreaLabels[area][locale]),
            )}
          </p>
          <h1 id="initiative-title">{initiative.title[locale]}</h1>
          {initiative.tagline ? <p className="lead">{initiative.tagline[locale]}</p> : null}
          <p className="status-line">
            <span className="tag tag--status">{initiativeStatusLabels[initiative.status][locale]}</span>
          </p>
          <nav className="page-toc" aria-label={t("onThisPage")}>
            <ul>
              <li>
                <a href="#facts">{t("factsHeading")}</a>
              </li>
              <li>
                <a href="#evaluation">{t("evaluationHeading", { count: initiative.evaluations.length })}</a>
              </li>
              {followUp ? (
                <li>
                  <a href="#follow-up">{t("followUpHeading")}</a>
                </li>
              ) : null}
              <li>
                <a href="#calculator">{t("calculatorHeading")}</a>
              </li>
              <li>
                <a href="#organisations">{t("organisations")}</a>
              </li>
            </ul>
          </nav>
        </header>

        <div className="initiative__layout">
          <div className="initiative__content">
            <Paragraphs text={initiative.summary[locale]} className="lead-paragraph" />

            <section aria-labelledby="facts-heading" className="section" id="facts" tabIndex={-1}>
              <h2 id="facts-heading">{t("factsHeading")}</h2>
              <dl className="facts facts--columns">
                <div>
                  <dt>{t("targetGroup")}</dt>
                  <dd>
                    {initiative.targetGroup.description[locale]}
                    {ages ? <span className="facts__note"> ({ages})</span> : null}
                  </dd>
                </div>
                {participants ? (
                  <div>
                    <dt>{t("participants")}</dt>
                    <dd>{participants}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>{t("period")}</dt>
                  <dd>
                    {period}
                    {periodNote ? <span className="facts__note"> ({periodNote})</span> : null}
                  </dd>
                </div>
                <div>
                  <dt>{t("places", { count: initiative.places.length })}</dt>
                  <dd>
                    {formatList(
                      locale,
                      initiative.places.map((place) => placeName(place, locale)),
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t("scope")}</dt>
                  <dd>{initiativeScopeLabels[initiative.scope][locale]}</dd>
                </div>
                <div>
                  <dt>{t("status")}</dt>
                  <dd>
                    {initiativeStatusLabels[initiative.status][locale]}
                    {statusFromUndatedSource ? (
                      <span className="facts__note"> ({t("statusPerUndatedSource")})</span>
                    ) : null}
                  </dd>
                </div>
                {initiative.reviewedOn ? (
                  <div>
                    <dt>{t("reviewedOn")}</dt>
                    <dd>
                      <time dateTime={initiative.reviewedOn}>{formatPartialDate(locale, initiative.reviewedOn)}</time>
                    </dd>
                  </div>
                ) : null}
              </dl>
            </section>

            {initiative.background ? (
              <section aria-labelledby="background-heading" className="section">
                <h2 id="background-heading">{t("background")}</h2>
                <Paragraphs text={initiative.background[locale]} />
              </section>
            ) : null}
            {initiative.aim ? (
              <section aria-labelledby="aim-heading" className="section">
                <h2 id="aim-heading">{t("aim")}</h2>
                <Paragraphs text={initiative.aim[locale]} />
              </section>
            ) : null}
            {initiative.method ? (
              <section aria-labelledby="method-heading" className="section">
                <h2 id="method-heading">{t("method")}</h2>
                <Paragraphs text={initiative.method[locale]} />
                {initiative.highlights.length > 0 ? (
                  <ul className="highlights">
                    {initiative.highlights.map((highlight) => (
                      <li key={highlight.sv}>{highlight[locale]}</li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ) : null}

            {initiative.quotes.map((quote) => (
              <figure className="quote" key={quote.text.sv}>
                <blockquote lang={locale === "en" ? "sv" : undefined}>
                  <p>{quote.text.sv}</p>
                </blockquote>
                {locale === "en" ? (
                  <p className="quote__translation">{t("quoteTranslation", { text: quote.text.en })}</p>
                ) : null}
                <figcaption>— {quote.attribution[locale]}</figcaption>
              </figure>
            ))}

            {initiative.priorEvidence ? (
              <section aria-labelledby="prior-heading" className="section">
                <h2 id="prior-heading">{t("priorEvidence")}</h2>
                <Paragraphs text={initiative.priorEvidence[locale]} />
              </section>
            ) : null}

            <section aria-labelledby="evaluation-heading" className="section" id="evaluation" tabIndex={-1}>
              <h2 id="evaluation-heading">
                {t("evaluationHeading", { count: initiative.evaluations.length })}
              </h2>
              {initiative.evaluationNote ? <p>{initiative.evaluationNote[locale]}</p> : null}
              {initiative.evaluations.map((evaluation) => (
                <EvaluationCard
                  key={evaluation.key}
                  evaluation={evaluation}
                  locale={locale}
                  headingId={`evaluation-${evaluation.key}`}
                  organisationName={organisationName}
                />
              ))}
            </section>

            {followUp ? <FollowUpSection followUp={followUp} locale={locale} /> : null}

            <section
              aria-labelledby="calculator-heading"
              className="section calculator-box"
              id="calculator"
              tabIndex={-1}
            >
              <h2 id="calculator-heading">{t("calculatorHeading")}</h2>
              <p>
                {carriesEffect(effect)
                  ? t("calculatorWithEffect", {
                      template: templateTitle,
                      effect: await effectRangeText(locale, effect),
                    })
                  : t("calculatorWithoutEffect", { template: templateTitle })}
              </p>
              <a
                className="button button--primary"
                aria-describedby="calculator-login"
                href={calculatorLink({
                  calculatorUrl: showcaseEnv().CALCULATOR_URL,
                  locale,
                  slug: initiative.slug,
                  focusAreas: initiative.focusAreas,
                  effect,
                })}
              >
                {t("calculatorLink")}
              </a>
              <p className="calculator-box__login" id="calculator-login">
                {t("calculatorLogin")}
              </p>
            </section>
          </div>

          <aside className="initiative__aside" aria-labelledby="organisations-heading">
            <section className="aside-box" id="organisations" tabIndex={-1}>
              <h2 id="organisations-heading" className="heading-small">
                {t("organisations")}
              </h2>
              <ul className="organisation-list">
                {initiative.organisations.map((link) => (
                  <li key={`${organisationRefKey(link.organisation)}-${link.role}`}>
                    <span className="organisation-list__name">
                      {organisationName(link.organisation) ?? organisationRefKey(link.organisation)}
                    </span>
                    <span className="organisation-list__role">
                      {organisationRoleLabels[link.role][locale]}
                    </span>
                    {link.note ? <span className="organisation-list__note">{link.note[locale]}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
            {initiative.contacts.length > 0 ? (
              <section className="aside-box" aria-labelledby="contacts-heading">
                <h2 id="contacts-heading" className="heading-small">
                  {t("contacts")}
                </h2>
                <ul className="plain-list">
                  {initiative.contacts.map((contact) => (
                    <li key={contact.name}>
                      <strong>{contact.name}</strong>
                      <br />
                      {contact.role[locale]}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section className="aside-box" aria-labelledby="sources-heading">
              <h2 id="sources-heading" className="heading-small">
                {t("sources")}
              </h2>
              <SourceList sources={initiative.sources} locale={locale} />
            </section>
          </aside>
        </div>
      </article>
    </PageFrame>
  );
}
