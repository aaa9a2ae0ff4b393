import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActualsForm } from "@/follow-up/ActualsForm";
import { DecideForm } from "@/follow-up/DecideForm";
import { FollowUpView } from "@/follow-up/FollowUpView";
import { loadFollowUp } from "@/follow-up/load";
import { formatDate } from "@/format/numbers";
import { getPathname, Link } from "@/i18n/navigation";
import { loadScenario } from "@/scenario/load";
import { loadPartnerOptions, loadShares } from "@/share/load";
import { SharePanel } from "@/share/SharePanel";
import { requireMembership } from "@/session/current";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  await requireMembership(locale, getPathname({ locale, href: `/scenarios/${id}/follow-up` }));
  const t = await getTranslations({ locale, namespace: "followUp" });
  return { title: t("title", { name: (await loadScenario(id)).name }) };
}

/** Uppföljning: the decision on a scenario, the figures reported since, and forecast against outturn. */
export default async function FollowUpPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { membership } = await requireMembership(
    locale,
    getPathname({ locale, href: `/scenarios/${id}/follow-up` }),
  );
  const isAdmin = membership.role === "admin";
  const [scenario, followUp, t, shares, options] = await Promise.all([
    loadScenario(id),
    loadFollowUp(id),
    getTranslations("followUp"),
    // Only an admin shares; the API refuses the others, so their page does not ask.
    isAdmin ? loadShares(id) : [],
    isAdmin ? loadPartnerOptions(locale, membership.organisationId) : [],
  ]);
  return (
    <>
      <p>
        <Link href={`/scenarios/${id}`}>{t("backToScenario")}</Link>
      </p>
      <h1>{t("title", { name: scenario.name })}</h1>
      {followUp ? (
        <>
          <FollowUpView followUp={followUp} />
          <section aria-labelledby="follow-up-exports" className="section">
            <h2 id="follow-up-exports">{t("exportsHeading")}</h2>
            <ul className="link-list">
              <li>
                <a href={`/api/scenarios/${scenario.id}/follow-up/xlsx?locale=${locale}`} download>
                  {t("exportExcel")}
                </a>
              </li>
              <li>
                <a href={`/api/scenarios/${scenario.id}/follow-up/pdf?locale=${locale}`} download>
                  {t("exportPdf")}
                </a>
              </li>
            </ul>
          </section>
          <ActualsForm followUp={followUp} />
        </>
      ) : (
        <DecideForm
          scenarioId={scenario.id}
          scenarioVersion={scenario.version}
          startYear={scenario.input.startYear}
          horizonYears={scenario.input.horizonYears}
        />
      )}
      {isAdmin ? (
        <SharePanel
          scenarioId={scenario.id}
          options={options}
          shares={shares.map((share) => ({
            partnerId: share.partner.id,
            partnerName: locale === "en" ? share.partner.name.en : share.partner.name.sv,
            granted: formatDate(locale, share.grantedAt),
          }))}
        />
      ) : null}
    </>
  );
}
