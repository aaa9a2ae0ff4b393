import { localize, type Locale, type ScenarioInput, type UnitCost } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { formatCount, formatPercentRange, formatYear } from "@/format/numbers";
import { describeValue, inputRows } from "@/scenario/compare/input-rows";
import { CitedText } from "./CitedText";
import type { EvaluationSource } from "./initiative-source";
import { priceBasisOf, usePriceBasis } from "./price-basis";
import type { InputSource } from "./provenance";

/** One input's source in a sentence or two of the reader's language. */
function SourceText({ source, priceYear }: { source: InputSource | undefined; priceYear: number }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const basis = usePriceBasis();
  if (!source || source.kind === "none") return null;
  if (source.kind === "own") return <>{t("sourceOwn")}</>;
  const templateText = (template: { template: { title: { sv: string; en: string } }; note: { sv: string; en: string } | null }) =>
    template.note ? t("sourceTemplate", { template: localize(template.template.title, locale), note: localize(template.note, locale) }) : t("sourceTemplateDefault", { template: localize(template.template.title, locale) });
  if (source.kind === "template") return <>{templateText(source)}</>;
  if (source.kind === "unitCost") {
    const priceBasis = priceBasisOf(priceYear);
    const entry = ({ note, ...cost }: UnitCost) => (
      <>
        {t.rich("sourceUnitCost", {
          label: localize(cost.label, locale),
          source: () => <CitedText text={localize(cost.source, locale)} />,
          priceYear: cost.priceYear === null ? t("undated") : formatYear(locale, cost.priceYear),
          geography: cost.geography === "Sweden" ? t("geographySweden") : cost.geography,
        })}
        {/* What the figure covers and how it was derived: as much a part of the source as the publisher. */}
        {note ? <> {t.rich("sourceUnitCostNote", { note: () => <CitedText text={localize(note, locale)} /> })}</> : null}
      </>
    );
    const indexed = source.entries.some((cost) => cost.priceYear !== null);
    return (
      <>
        {source.entries.map((cost) => (
          <span key={cost.key} className="report__source-line">
            {entry(cost)}
          </span>
        ))}
        <span className="report__source-line">{indexed && priceBasis ? t("sourceIndexed", { year: formatYear(locale, priceYear), basis: basis(priceBasis) }) : t("sourceNotIndexed")}</span>
        {source.template?.note ? <span className="report__source-line">{templateText(source.template)}</span> : null}
        {source.changed ? <span className="report__source-line">{t("sourceChanged")}</span> : null}
      </>
    );
  }
  return <EvaluationText evaluation={source.evaluation} taken={source.taken} />;
}

function EvaluationText({ evaluation, taken }: { evaluation: EvaluationSource; taken: boolean }) {
  const t = useTranslations("report");
  const locale = useLocale();
  const effect = formatPercentRange(locale, evaluation.effect.low, evaluation.effect.high);
  if (!taken) return <>{t("sourceEvaluationDiffers", { initiative: evaluation.initiative, effect })}</>;
  return (
    <>
      {t("sourceEvaluation", {
        initiative: evaluation.initiative,
        designs: evaluation.designs.map((design) => t(`designs.${design}`)).join(t("listSeparator")),
        level: evaluation.evidenceLevel === null ? t("levelNone") : t("levelValue", { level: formatCount(locale, evaluation.evidenceLevel) }),
        groups: evaluation.comparisonGroups.length > 0 ? evaluation.comparisonGroups.join(t("listSeparator")) : t("groupsNone"),
        effect,
      })}
    </>
  );
}

/** Names the row header already shows: the scenario's name is the report's title, a line's label heads its rows. */
const repeatedInHeader = new Set(["name", "costLabel", "outcomeLabel"]);

/** Every input of the scenario with its value and where it comes from. */
export function SourcesTable({ input, sources }: { input: ScenarioInput; sources: Map<string, InputSource> }) {
  const t = useTranslations("report");
  const compare = useTranslations("compare");
  const fields = useTranslations("fields");
  const names = useTranslations();
  const locale = useLocale();
  return (
    <table className="data-table data-table--compact report__sources" data-testid="report-sources">
      <caption>{t("inputsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{t("value")}</th>
          <th scope="col">{t("source")}</th>
        </tr>
      </thead>
      <tbody>
        {[...inputRows(input).values()]
          .filter((row) => !repeatedInHeader.has(row.field))
          .map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {fields(`${row.field}.label`, row.labelValues)}
              {row.cohortNumber !== undefined ? <span className="muted"> – {compare("cohortLine", { number: formatCount(locale, row.cohortNumber) })}</span> : row.line ? <span className="muted"> – {row.line}</span> : null}
            </th>
            <td>{describeValue(row.value, locale, names)}</td>
            <td>
              <SourceText source={sources.get(row.key)} priceYear={input.priceYear} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
