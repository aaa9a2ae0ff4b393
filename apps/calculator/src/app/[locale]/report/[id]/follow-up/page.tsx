import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowUpView } from "@/follow-up/FollowUpView";
import { loadFollowUp } from "@/follow-up/load";
import { formatDate, formatYearRange } from "@/format/numbers";
import { getPathname } from "@/i18n/navigation";
import { requireMembership } from "@/session/current";
import "@/report/report.css";

// The follow-up as Chromium prints it to PDF (api/scenarios/[id]/follow-up/pdf): the follow-up view without the
// forms and the navigation. Plain, static markup; no script is needed to read it.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const followUp = await loadFollowUp(id);
  const t = await getTranslations({ locale, namespace: "followUp" });
  return { title: followUp ? t("title", { name: followUp.decision.scenarioName }) : t("printTitle") };
}

export default async function FollowUpReportRoute({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { membership } = await requireMembership(locale, getPathname({ locale, href: `/report/${id}/follow-up` }));
  const [followUp, t] = await Promise.all([loadFollowUp(id), getTranslations("followUp")]);
  if (!followUp) notFound();
  const { decision, scenario } = followUp;
  return (
    <main id="main" className="report report--wide">
      <header className="report__header">
        <p className="report__kicker">{t("printKicker", { organisation: membership.organisationName })}</p>
        <h1>{t("title", { name: decision.scenarioName })}</h1>
        <dl className="report__facts" aria-label={t("printFacts")}>
          <div>
            <dt>{t("printPeriod")}</dt>
            <dd>{formatYearRange(locale, scenario.startYear, scenario.startYear + scenario.horizonYears - 1)}</dd>
          </div>
          <div>
            <dt>{t("printUpdated")}</dt>
            <dd>
              {formatDate(locale, decision.updatedAt)}
              {decision.updatedByName ? `, ${decision.updatedByName}` : ""}
            </dd>
          </div>
        </dl>
      </header>
      <FollowUpView followUp={followUp} />
    </main>
  );
}
