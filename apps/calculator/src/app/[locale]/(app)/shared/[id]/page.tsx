import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FollowUpView } from "@/follow-up/FollowUpView";
import { getPathname, Link } from "@/i18n/navigation";
import { requireMembership } from "@/session/current";
import { loadSharedFollowUp, loadSharedScenario } from "@/share/load";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  await requireMembership(locale, getPathname({ locale, href: `/shared/${id}` }));
  const t = await getTranslations({ locale, namespace: "followUp" });
  return { title: t("title", { name: (await loadSharedScenario(id)).scenario.name }) };
}

/** A scenario another organisation shared with this one: its follow-up, read-only (no forms). */
export default async function SharedScenarioPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireMembership(locale, getPathname({ locale, href: `/shared/${id}` }));
  const [shared, followUp, t, tFollowUp] = await Promise.all([
    loadSharedScenario(id),
    loadSharedFollowUp(id),
    getTranslations("share"),
    getTranslations("followUp"),
  ]);
  const owner = locale === "en" ? shared.owner.name.en : shared.owner.name.sv;
  return (
    <>
      <p>
        <Link href="/shared">{t("backToShared")}</Link>
      </p>
      <h1>{tFollowUp("title", { name: shared.scenario.name })}</h1>
      <p className="notice">{t("readOnlyNotice", { owner })}</p>
      {shared.scenario.description ? <p>{shared.scenario.description}</p> : null}
      {followUp ? <FollowUpView followUp={followUp} /> : <p>{t("notDecidedYet", { owner })}</p>}
    </>
  );
}
