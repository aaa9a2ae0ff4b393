import Link from "next/link";
import { focusAreaLabels, initiativeStatusLabels } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { EvidenceScale } from "@/evaluation/evidence-scale";
import { localizedPath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";
import { formatLabelList, formatList } from "@/text/format";
import { effectRangeText } from "./effect-text.ts";
import type { InitiativeSummary } from "./queries.ts";

/** One initiative in a list: what, where, how far it has come, how well it is evaluated and its effect. */
export async function InitiativeCard({
  initiative,
  locale,
  headingLevel = 3,
}: {
  initiative: InitiativeSummary;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "Initiative" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const href = localizedPath({ pathname: "/initiatives/[slug]", params: { slug: initiative.slug } }, locale);
  const places = [...new Set(initiative.places.map((place) => place.name))];
  return (
    <article className="card initiative-card">
      <Heading className="card__title">
        <Link href={href}>{initiative.title[locale]}</Link>
      </Heading>
      <p className="card__text">{(initiative.tagline ?? initiative.summary)[locale]}</p>
      <dl className="card__facts">
        <div>
          <dt>{t("place")}</dt>
          <dd>{formatList(locale, places)}</dd>
        </div>
        <div>
          <dt>{t("status")}</dt>
          <dd>{initiativeStatusLabels[initiative.status][locale]}</dd>
        </div>
        <div>
          <dt>{t("focusAreas")}</dt>
          <dd>
            {formatLabelList(
              locale,
              initiative.focusAreas.map((area) => focusAreaLabels[area][locale]),
            )}
          </dd>
        </div>
        <div>
          <dt>{t("evidenceLevel")}</dt>
          <dd>
            <EvidenceScale locale={locale} level={initiative.bestEvidenceLevel} detail={false} />
          </dd>
        </div>
        {initiative.effect ? (
          <div>
            <dt>{t("effect")}</dt>
            <dd className="card__effect">{await effectRangeText(locale, initiative.effect)}</dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}
