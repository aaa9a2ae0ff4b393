import type { EvaluationMeasure, EvaluationResult, Evaluator, LocalizedText } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { BarChart } from "@/chart/bar-chart";
import type { Locale } from "@/i18n/routing";
import { effectRangeText } from "@/initiative/effect-text";
import type { EvaluationDetail } from "@/initiative/queries";
import {
  formatLabelList,
  formatList,
  formatNumber,
  formatPercent,
  formatPercentNumber,
  formatPeriod,
} from "@/text/format";
import { Paragraphs } from "@/text/paragraphs";
import { EvidenceScale } from "./evidence-scale.tsx";

/** The relative change of a result: as reported, or from its levels. */
export function resultChange(result: EvaluationResult): number | undefined {
  if (result.change !== undefined) return result.change;
  if (result.before !== undefined && result.after !== undefined && result.before !== 0) {
    return (result.after - result.before) / result.before;
  }
  return undefined;
}

export async function EvaluationCard({
  evaluation,
  locale,
  headingId,
  organisationName,
}: {
  evaluation: EvaluationDetail;
  locale: Locale;
  headingId: string;
  /** The name of an organisation the content refers to. */
  organisationName: (ref: Exclude<Evaluator, { name: LocalizedText }>) => string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "Evaluation" });
  const tDesign = await getTranslations({ locale, namespace: "Design" });
  const evaluator = evaluation.evaluator
    ? "name" in evaluation.evaluator
      ? evaluation.evaluator.name[locale]
      : organisationName(evaluation.evaluator)
    : undefined;
  const groupsByKey = new Map(evaluation.groups.map((group) => [group.key, group]));
  const comparisonGroups = evaluation.groups.filter((group) => group.kind === "control").length;
  const treatmentSize = evaluation.groups.find((group) => group.kind === "treatment")?.size;
  const measuresWithResults = evaluation.measures.filter((measure) =>
    evaluation.results.some((result) => result.measureKey === measure.key),
  );
  const effectMeasure = evaluation.effect
    ? evaluation.measures.find((measure) => measure.key === evaluation.effect?.measureKey)
    : undefined;

  return (
    <article className="evaluation-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="evaluation-card__title">
        {t("heading", {
          designs: formatLabelList(
            locale,
            evaluation.designs.map((design) => tDesign(design)),
          ),
        })}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t("design")}</dt>
          <dd>
            {formatLabelList(
              locale,
              evaluation.designs.map((design) => tDesign(design)),
            )}
          </dd>
        </div>
        <div>
          <dt>{t("evidenceLevel")}</dt>
          <dd>
            <EvidenceScale locale={locale} level={evaluation.evidenceLevel} />
          </dd>
        </div>
        <div>
          <dt>{t("status")}</dt>
          <dd>{t(`statusValue.${evaluation.status}`)}</dd>
        </div>
        {evaluation.period ? (
          <div>
            <dt>{t("period")}</dt>
            <dd>{formatPeriod(locale, evaluation.period)}</dd>
          </div>
        ) : null}
        {evaluator ? (
          <div>
            <dt>{t("evaluator")}</dt>
            <dd>{evaluator}</dd>
          </div>
        ) : null}
      </dl>
      <Paragraphs text={evaluation.description[locale]} />

      {evaluation.groups.length > 0 ? (
        <section className="evaluation-card__section" aria-labelledby={`${headingId}-groups`}>
          <h4 id={`${headingId}-groups`}>{t("groups")}</h4>
          <ul className="group-list">
            {evaluation.groups.map((group) => (
              <li key={group.key}>
                <strong>{group.label[locale]}</strong>{" "}
                <span className="tag">{t(`groupKind.${group.kind}`)}</span>
                {group.size !== undefined ? <> · {t("groupSize", { size: group.size })}</> : null}
                {group.description ? <> · {group.description[locale]}</> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {measuresWithResults.map((measure) => (
        <MeasureResults
          key={measure.key}
          measure={measure}
          results={evaluation.results.filter((result) => result.measureKey === measure.key)}
          groupLabel={(key) => groupsByKey.get(key)?.label[locale] ?? key}
          groupKind={(key) => {
            const kind = groupsByKey.get(key)?.kind;
            return kind ? t(`groupKind.${kind}`) : "";
          }}
          locale={locale}
          headingId={`${headingId}-${measure.key}`}
        />
      ))}

      {evaluation.findings ? (
        <section className="evaluation-card__section" aria-labelledby={`${headingId}-findings`}>
          <h4 id={`${headingId}-findings`}>{t("findings")}</h4>
          <Paragraphs text={evaluation.findings[locale]} />
        </section>
      ) : null}

      {evaluation.effect ? (
        <section className="effect-box" aria-labelledby={`${headingId}-effect`}>
          <h4 id={`${headingId}-effect`}>{t("effect")}</h4>
          <p className="effect-box__range">
            {await effectRangeText(locale, evaluation.effect, effectMeasure?.unit?.[locale])}
          </p>
          <p className="effect-box__measure">
            {t("effectOf", {
              measure: (effectMeasure?.label[locale] ?? evaluation.effect.measureKey).toLocaleLowerCase(
                locale,
              ),
              central:
                evaluation.effect.unit === "measureUnits"
                  ? formatNumber(locale, evaluation.effect.central)
                  : formatPercentNumber(locale, evaluation.effect.central),
              unit: evaluation.effect.unit,
            })}
          </p>
          <p>{evaluation.effect.basis[locale]}</p>
          {comparisonGroups >= 2 && evaluation.effect.low !== evaluation.effect.high ? (
            // A range from several comparison groups is easily read as a confidence interval; it is not one.
            <p>
              {t("effectSpan", {
                count: comparisonGroups,
                size: treatmentSize === undefined ? "none" : formatNumber(locale, treatmentSize),
              })}
            </p>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

async function MeasureResults({
  measure,
  results,
  groupLabel,
  groupKind,
  locale,
  headingId,
}: {
  measure: EvaluationMeasure;
  results: EvaluationResult[];
  groupLabel: (key: string) => string;
  groupKind: (key: string) => string;
  locale: Locale;
  headingId: string;
}) {
  const t = await getTranslations({ locale, namespace: "Evaluation" });
  const measureName = measure.label[locale];
  const withChange = results.flatMap((result) => {
    const change = resultChange(result);
    return change === undefined ? [] : [{ result, change }];
  });
  const levels = results.some((result) => result.before !== undefined || result.after !== undefined);
  const level = (value: number | undefined) => (value === undefined ? "–" : formatNumber(locale, value));
  return (
    <section className="evaluation-card__section" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("resultsFor", { measure: measureName })}</h4>
      {measure.description ? <p>{measure.description[locale]}</p> : null}
      {withChange.length > 0 ? (
        <BarChart
          summary={t("chartSummary", {
            measure: measureName.toLocaleLowerCase(locale),
            changes: formatList(
              locale,
              withChange.map(({ result, change }) =>
                t("chartSummaryItem", {
                  group: groupLabel(result.groupKey),
                  change: formatPercent(locale, change, { signed: true }),
                }),
              ),
            ),
          })}
          rows={withChange.map(({ result, change }) => ({
            label: groupLabel(result.groupKey),
            value: change,
            valueText: formatPercent(locale, change, { signed: true }),
          }))}
          labelHeading={t("group")}
          valueHeading={t("change")}
          extraColumns={[
            {
              heading: t("groupKindHeading"),
              values: withChange.map(({ result }) => groupKind(result.groupKey)),
            },
            ...(levels
              ? [
                  { heading: t("before"), values: withChange.map(({ result }) => level(result.before)) },
                  { heading: t("after"), values: withChange.map(({ result }) => level(result.after)) },
                ]
              : []),
          ]}
          tableCaption={t("tableCaption", { measure: measureName })}
        />
      ) : null}
      {results.some((result) => result.note) ? (
        <ul>
          {results
            .filter((result) => result.note)
            .map((result) => (
              <li key={result.groupKey}>
                {groupLabel(result.groupKey)}: {result.note?.[locale]}
              </li>
            ))}
        </ul>
      ) : null}
    </section>
  );
}
