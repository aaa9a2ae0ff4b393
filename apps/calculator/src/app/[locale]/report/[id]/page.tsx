import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { analyseScenario } from "@/scenario/analysis";
import { InputsTable } from "@/scenario/compare/InputsTable";
import { loadScenario } from "@/scenario/load";
import { Results } from "@/scenario/results/Results";
import { requireMembership } from "@/session/current";

// The committee report: the page Chromium prints to PDF. Plain, static markup; no script is needed to read it.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("report");
  return { title: t("documentTitle", { name: (await loadScenario(id)).name }) };
}

export default async function ReportPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { membership } = await requireMembership(locale, getPathname({ locale, href: `/report/${id}` }));
  const scenario = await loadScenario(id);
  const [t, format] = await Promise.all([getTranslations("report"), getFormatter()]);
  const { result, simulation, sensitivity } = analyseScenario(scenario.input);
  return (
    <main id="main" className="report">
      <header className="report__header">
        <p className="report__kicker">{t("kicker", { organisation: membership.organisationName })}</p>
        <h1>{scenario.name}</h1>
        <p className="muted">
          {t("meta", {
            version: scenario.version,
            date: format.dateTime(new Date(scenario.updatedAt), { dateStyle: "long" }),
            priceYear: scenario.input.priceYear,
            horizon: scenario.input.horizonYears,
          })}
        </p>
        {scenario.description ? <p>{scenario.description}</p> : null}
      </header>
      <section aria-labelledby="report-results">
        <h2 id="report-results">{t("results")}</h2>
        <p>{t("howToRead")}</p>
        <Results input={scenario.input} result={result} simulation={simulation} sensitivity={sensitivity} expandTables />
      </section>
      <section aria-labelledby="report-inputs">
        <h2 id="report-inputs">{t("inputs")}</h2>
        <InputsTable input={scenario.input} />
      </section>
      <section aria-labelledby="report-method">
        <h2 id="report-method">{t("method")}</h2>
        <p>{t("methodText", { rate: String(scenario.input.discountRate * 100).replace(".", locale === "sv" ? "," : "."), draws: simulation.draws })}</p>
      </section>
    </main>
  );
}
