import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { ScenarioEditor } from "@/scenario/editor/ScenarioEditor";
import { loadLocalUnitCosts, loadScenario } from "@/scenario/load";
import { requireMembership } from "@/session/current";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  await requireMembership(locale, getPathname({ locale, href: `/scenarios/${id}` }));
  return { title: (await loadScenario(id)).name };
}

export default async function ScenarioPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireMembership(locale, getPathname({ locale, href: `/scenarios/${id}` }));
  const [scenario, localUnitCosts] = await Promise.all([loadScenario(id), loadLocalUnitCosts()]);
  return <ScenarioEditor key={`${scenario.id}`} initial={scenario} localUnitCosts={localUnitCosts} />;
}
