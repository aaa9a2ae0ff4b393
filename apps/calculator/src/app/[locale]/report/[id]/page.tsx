import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { serverApi } from "@/api/server";
import { getPathname } from "@/i18n/navigation";
import { ReportPage as Report } from "@/report/ReportPage";
import { evaluationSources } from "@/report/initiative-source";
import { priceBasisOf } from "@/report/price-basis";
import { inputSources } from "@/report/provenance";
import { analyseScenario } from "@/scenario/analysis";
import { loadScenario } from "@/scenario/load";
import { requireMembership } from "@/session/current";

// The committee report: the page Chromium prints to PDF. Plain, static markup; no script is needed to read it.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("report");
  return { title: t("documentTitle", { name: (await loadScenario(id)).name }) };
}

/** Who saved the version the report shows; null when the history cannot say. */
async function authorOf(id: string): Promise<string | null> {
  try {
    const page = await (await serverApi()).scenario.versions.query({ id, limit: 1 });
    return page.items[0]?.savedByName ?? null;
  } catch {
    return null;
  }
}

export default async function ReportRoute({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { membership } = await requireMembership(locale, getPathname({ locale, href: `/report/${id}` }));
  const scenario = await loadScenario(id);
  const [author, evaluations] = await Promise.all([authorOf(id), scenario.initiativeSlug ? evaluationSources(scenario.initiativeSlug, locale) : Promise.resolve([])]);
  const analysis = analyseScenario(scenario.input);
  return (
    <Report
      scenario={scenario}
      organisation={membership.organisationName}
      author={author}
      analysis={analysis}
      priceBasis={priceBasisOf(scenario.input.priceYear)}
      sources={inputSources(scenario.input, scenario.templateId, evaluations)}
    />
  );
}
