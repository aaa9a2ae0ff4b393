"use client";
// Every field of the domain's Initiative (initiative/schema.ts and evaluation/schema.ts), in the order an editor
// writes them. Keys that tie results to measures and groups are made by the form, never typed.
import {
  effectUnits,
  evaluationDesigns,
  evaluationGroupKinds,
  evaluationStatuses,
  focusAreaLabels,
  focusAreas,
  initiativeScopeLabels,
  initiativeScopes,
  initiativeStatusLabels,
  initiativeStatuses,
  organisationRoleLabels,
  organisationRoles,
  showcaseGroupLabels,
  showcaseGroups,
} from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useContext } from "react";
import { emptyText, getAt, type Path } from "./draft";
import { CheckboxGroup, DraftContext, fieldId, ListInput, LocalizedInput, NumberInput, type Option, SelectInput, TextInput } from "./fields";
import { OrganisationInput, type OrganisationChoice, PlaceInput } from "./references";
import { SourcesInput } from "./SourcesInput";

/** The next key of the form `${prefix}${n}` not yet used among `items`. */
export function nextKey(items: unknown, prefix: string, separator = ""): string {
  const used = new Set((Array.isArray(items) ? items : []).map((item) => (item as { key?: unknown })?.key));
  let n = 1;
  while (used.has(`${prefix}${separator}${n}`)) n += 1;
  return `${prefix}${separator}${n}`;
}

function useOptions() {
  const locale = useLocale() === "en" ? "en" : "sv";
  return <Value extends string>(values: readonly Value[], labels: Record<Value, { sv: string; en: string }>): Option[] =>
    values.map((value) => ({ value, label: labels[value][locale] }));
}

export function InitiativeFields({ organisations }: { organisations: readonly OrganisationChoice[] }) {
  const t = useTranslations("content.fields");
  const form = useTranslations("content.form");
  const options = useOptions();
  const context = useContext(DraftContext);
  if (!context) throw new Error("initiative fields outside their form");
  const { draft } = context;

  return (
    <>
      <section className="form-section" aria-labelledby="section-basics">
        <h2 id="section-basics">{t("sectionBasics")}</h2>
        <LocalizedInput path={["title"]} label={t("title")} required />
        <LocalizedInput path={["tagline"]} label={t("tagline")} help={t("taglineHelp")} />
        <TextInput path={["slug"]} label={t("slug")} help={t("slugHelp")} required />
        <LocalizedInput path={["summary"]} label={t("summary")} rows={4} required />
        <div className="field-grid">
          <SelectInput path={["status"]} label={t("status")} options={options(initiativeStatuses, initiativeStatusLabels)} required />
          <SelectInput path={["scope"]} label={t("scope")} options={options(initiativeScopes, initiativeScopeLabels)} required />
          <SelectInput path={["showcaseGroup"]} label={t("showcaseGroup")} options={options(showcaseGroups, showcaseGroupLabels)} required />
          <TextInput path={["reviewedOn"]} type="date" label={t("reviewedOn")} help={t("reviewedOnHelp")} />
        </div>
        <CheckboxGroup path={["focusAreas"]} label={t("focusAreas")} options={options(focusAreas, focusAreaLabels)} />
      </section>

      <section className="form-section" aria-labelledby="section-description">
        <h2 id="section-description">{t("sectionDescription")}</h2>
        <LocalizedInput path={["background"]} label={t("background")} rows={5} />
        <LocalizedInput path={["aim"]} label={t("aim")} rows={4} />
        <LocalizedInput path={["method"]} label={t("method")} rows={5} />
        <ListInput path={["highlights"]} label={t("highlights")} itemLabel={(i) => t("highlight", { n: i + 1 })} addLabel={t("addHighlight")} newItem={emptyText}>
          {(path) => <LocalizedInput path={path} label={t("highlightText")} required />}
        </ListInput>
        <LocalizedInput path={["priorEvidence"]} label={t("priorEvidence")} help={t("priorEvidenceHelp")} rows={4} />
      </section>

      <section className="form-section" aria-labelledby="section-target">
        <h2 id="section-target">{t("sectionTarget")}</h2>
        <LocalizedInput path={["targetGroup", "description"]} label={t("targetGroup")} required />
        <div className="field-grid">
          <NumberInput path={["targetGroup", "ageMin"]} label={t("ageMin")} unit={t("years")} />
          <NumberInput path={["targetGroup", "ageMax"]} label={t("ageMax")} unit={t("years")} />
          <NumberInput path={["targetGroup", "schoolYears", "from"]} label={t("schoolYearFrom")} help={t("schoolYearHelp")} />
          <NumberInput path={["targetGroup", "schoolYears", "to"]} label={t("schoolYearTo")} />
        </div>
        <ParticipantsInput />
      </section>

      <section className="form-section" aria-labelledby="section-period">
        <h2 id="section-period">{t("sectionPeriod")}</h2>
        <PeriodInput path={["period"]} />
      </section>

      <section className="form-section" aria-labelledby="section-places">
        <h2 id="section-places">{t("sectionPlaces")}</h2>
        <ListInput path={["places"]} label={t("places")} itemLabel={(i) => t("place", { n: i + 1 })} addLabel={t("addPlace")} newItem={() => ({ kind: "municipality" })}>
          {(path) => <PlaceInput path={path} />}
        </ListInput>
        <ListInput
          path={["organisations"]}
          label={t("organisations")}
          itemLabel={(i) => t("organisation", { n: i + 1 })}
          addLabel={t("addOrganisation")}
          newItem={() => ({ role: "lead", note: emptyText() })}
        >
          {(path) => (
            <>
              <div className="field-grid">
                <OrganisationInput path={[...path, "organisation"]} label={t("organisationName")} choices={organisations} required />
                <SelectInput path={[...path, "role"]} label={t("role")} options={options(organisationRoles, organisationRoleLabels)} required />
              </div>
              <LocalizedInput path={[...path, "note"]} label={t("organisationNote")} />
            </>
          )}
        </ListInput>
        <ListInput path={["contacts"]} label={t("contacts")} itemLabel={(i) => t("contact", { n: i + 1 })} addLabel={t("addContact")} newItem={() => ({ name: "", role: emptyText() })}>
          {(path) => (
            <>
              <TextInput path={[...path, "name"]} label={t("contactName")} required />
              <LocalizedInput path={[...path, "role"]} label={t("contactRole")} required />
              <OrganisationInput path={[...path, "organisation"]} label={t("contactOrganisation")} choices={organisations} />
            </>
          )}
        </ListInput>
        <ListInput path={["quotes"]} label={t("quotes")} itemLabel={(i) => t("quote", { n: i + 1 })} addLabel={t("addQuote")} newItem={() => ({ text: emptyText(), attribution: emptyText() })}>
          {(path) => (
            <>
              <LocalizedInput path={[...path, "text"]} label={t("quoteText")} help={t("quoteHelp")} rows={3} required />
              <LocalizedInput path={[...path, "attribution"]} label={t("quoteAttribution")} required />
            </>
          )}
        </ListInput>
      </section>

      <section className="form-section" aria-labelledby="section-evaluation">
        <h2 id="section-evaluation">{t("sectionEvaluation")}</h2>
        <ListInput
          path={["evaluations"]}
          label={t("evaluations")}
          itemLabel={(i) => t("evaluation", { n: i + 1 })}
          addLabel={t("addEvaluation")}
          newItem={() => ({
            key: nextKey(getAt(draft, ["evaluations"]), "utvardering", "-"),
            designs: [],
            status: "completed",
            description: emptyText(),
            measures: [],
            groups: [],
            results: [],
          })}
        >
          {(path) => <EvaluationInput path={path} organisations={organisations} />}
        </ListInput>
        <LocalizedInput path={["evaluationNote"]} label={t("evaluationNote")} help={t("evaluationNoteHelp")} />
      </section>

      <section className="form-section" aria-labelledby="section-sources">
        <h2 id="section-sources">{t("sectionSources")}</h2>
        <SourcesInput path={["sources"]} />
      </section>
      <p className="muted">{form("requiredNote")}</p>
    </>
  );
}

function ParticipantsInput() {
  const t = useTranslations("content.fields");
  const context = useContext(DraftContext);
  if (!context) throw new Error("participants outside their form");
  const value = getAt(context.draft, ["participants"]);
  const mode = value === undefined ? "none" : typeof value === "object" && value !== null ? "range" : "exact";
  const id = fieldId(["participants"]);
  return (
    <fieldset className="choice-group">
      <legend>{t("participants")}</legend>
      <div className="choice-group__options">
        {(["none", "exact", "range"] as const).map((option) => (
          <div className="choice" key={option}>
            <input
              type="radio"
              name={id}
              id={`${id}-${option}`}
              checked={mode === option}
              onChange={() => context.set(["participants"], option === "none" ? undefined : option === "exact" ? "" : { min: "", max: "" })}
            />
            <label htmlFor={`${id}-${option}`}>{t(`participantsMode.${option}`)}</label>
          </div>
        ))}
      </div>
      {mode === "exact" ? <NumberInput path={["participants"]} label={t("participantsExact")} required /> : null}
      {mode === "range" ? (
        <div className="field-grid">
          <NumberInput path={["participants", "min"]} label={t("participantsMin")} required />
          <NumberInput path={["participants", "max"]} label={t("participantsMax")} required />
        </div>
      ) : null}
    </fieldset>
  );
}

export function PeriodInput({ path }: { path: Path }) {
  const t = useTranslations("content.fields");
  return (
    <>
      <div className="field-grid">
        <TextInput path={[...path, "start"]} alsoFor={[path]} label={t("periodStart")} help={t("partialDateHelp")} />
        <TextInput path={[...path, "end"]} label={t("periodEnd")} help={t("partialDateHelp")} />
      </div>
      <LocalizedInput path={[...path, "description"]} label={t("periodDescription")} help={t("periodDescriptionHelp")} />
    </>
  );
}

function EvaluationInput({ path, organisations }: { path: Path; organisations: readonly OrganisationChoice[] }) {
  const t = useTranslations("content.fields");
  const designs = useTranslations("content.designs");
  const context = useContext(DraftContext);
  if (!context) throw new Error("an evaluation outside its form");
  const evaluation = (getAt(context.draft, path) ?? {}) as {
    measures?: { key: string; label?: { sv?: string } }[];
    groups?: { key: string; label?: { sv?: string } }[];
    effect?: unknown;
    evaluator?: unknown;
    period?: unknown;
  };
  const measureOptions: Option[] = (evaluation.measures ?? []).map((measure, i) => ({ value: measure.key, label: measure.label?.sv || t("measure", { n: i + 1 }) }));
  const groupOptions: Option[] = (evaluation.groups ?? []).map((group, i) => ({ value: group.key, label: group.label?.sv || t("group", { n: i + 1 }) }));
  const evaluatorNamed = evaluation.evaluator !== undefined && typeof evaluation.evaluator === "object" && evaluation.evaluator !== null && "name" in evaluation.evaluator;
  const effectId = `${fieldId(path)}-has-effect`;
  const periodId = `${fieldId(path)}-has-period`;
  return (
    <>
      <CheckboxGroup path={[...path, "designs"]} label={t("designs")} help={t("designsHelp")} options={evaluationDesigns.map((design) => ({ value: design, label: designs(design) }))} />
      <div className="field-grid">
        <SelectInput path={[...path, "status"]} label={t("evaluationStatus")} options={evaluationStatuses.map((status) => ({ value: status, label: t(`evaluationStatuses.${status}`) }))} required />
      </div>
      <div className="choice">
        <input type="checkbox" id={periodId} checked={evaluation.period !== undefined} onChange={(event) => context.set([...path, "period"], event.target.checked ? { start: "" } : undefined)} />
        <label htmlFor={periodId}>{t("evaluationHasPeriod")}</label>
      </div>
      {evaluation.period !== undefined ? <PeriodInput path={[...path, "period"]} /> : null}
      <LocalizedInput path={[...path, "description"]} label={t("evaluationDescription")} rows={4} required />
      <fieldset className="choice-group">
        <legend>{t("evaluator")}</legend>
        <div className="choice-group__options">
          {(["none", "organisation", "named"] as const).map((option) => {
            const current = evaluation.evaluator === undefined ? "none" : evaluatorNamed ? "named" : "organisation";
            return (
              <div className="choice" key={option}>
                <input
                  type="radio"
                  name={`${fieldId(path)}-evaluator`}
                  id={`${fieldId(path)}-evaluator-${option}`}
                  checked={current === option}
                  onChange={() => context.set([...path, "evaluator"], option === "none" ? undefined : option === "named" ? { name: emptyText() } : {})}
                />
                <label htmlFor={`${fieldId(path)}-evaluator-${option}`}>{t(`evaluatorMode.${option}`)}</label>
              </div>
            );
          })}
        </div>
        {evaluation.evaluator === undefined ? null : evaluatorNamed ? (
          <LocalizedInput path={[...path, "evaluator", "name"]} label={t("evaluatorName")} required />
        ) : (
          <OrganisationInput path={[...path, "evaluator"]} label={t("evaluatorOrganisation")} choices={organisations} required />
        )}
      </fieldset>

      <ListInput
        path={[...path, "measures"]}
        label={t("measures")}
        help={t("measuresHelp")}
        itemLabel={(i) => t("measure", { n: i + 1 })}
        addLabel={t("addMeasure")}
        newItem={() => ({ key: nextKey(evaluation.measures, "m"), label: emptyText(), unit: emptyText(), description: emptyText() })}
      >
        {(measurePath) => (
          <>
            <LocalizedInput path={[...measurePath, "label"]} label={t("measureLabel")} required />
            <LocalizedInput path={[...measurePath, "unit"]} label={t("measureUnit")} help={t("measureUnitHelp")} />
            <LocalizedInput path={[...measurePath, "description"]} label={t("measureDescription")} />
          </>
        )}
      </ListInput>

      <ListInput
        path={[...path, "groups"]}
        label={t("groups")}
        help={t("groupsHelp")}
        itemLabel={(i) => t("group", { n: i + 1 })}
        addLabel={t("addGroup")}
        newItem={() => ({ key: nextKey(evaluation.groups, "g"), label: emptyText(), kind: "treatment", description: emptyText() })}
      >
        {(groupPath) => (
          <>
            <LocalizedInput path={[...groupPath, "label"]} label={t("groupLabel")} required />
            <div className="field-grid">
              <SelectInput path={[...groupPath, "kind"]} label={t("groupKind")} options={evaluationGroupKinds.map((kind) => ({ value: kind, label: t(`groupKinds.${kind}`) }))} required />
              <NumberInput path={[...groupPath, "size"]} label={t("groupSize")} />
            </div>
            <LocalizedInput path={[...groupPath, "description"]} label={t("groupDescription")} />
          </>
        )}
      </ListInput>

      <ListInput
        path={[...path, "results"]}
        label={t("results")}
        help={t("resultsHelp")}
        itemLabel={(i) => t("result", { n: i + 1 })}
        addLabel={t("addResult")}
        newItem={() => ({ measureKey: measureOptions[0]?.value ?? "", groupKey: groupOptions[0]?.value ?? "", note: emptyText() })}
      >
        {(resultPath) => (
          <>
            <div className="field-grid">
              <SelectInput path={[...resultPath, "measureKey"]} label={t("resultMeasure")} options={measureOptions} blank={t("chooseMeasure")} required />
              <SelectInput path={[...resultPath, "groupKey"]} label={t("resultGroup")} options={groupOptions} blank={t("chooseGroup")} required />
            </div>
            <div className="field-grid">
              <NumberInput path={[...resultPath, "before"]} label={t("before")} />
              <NumberInput path={[...resultPath, "after"]} label={t("after")} />
              <NumberInput path={[...resultPath, "change"]} label={t("change")} help={t("changeHelp")} scale={100} unit="%" />
            </div>
            <LocalizedInput path={[...resultPath, "note"]} label={t("resultNote")} />
          </>
        )}
      </ListInput>
      <LocalizedInput path={[...path, "findings"]} label={t("findings")} help={t("findingsHelp")} rows={3} />

      <div className="choice">
        <input
          type="checkbox"
          id={effectId}
          checked={evaluation.effect !== undefined}
          onChange={(event) => context.set([...path, "effect"], event.target.checked ? { measureKey: measureOptions[0]?.value ?? "", unit: "share", basis: emptyText() } : undefined)}
        />
        <label htmlFor={effectId}>{t("hasEffect")}</label>
      </div>
      {evaluation.effect !== undefined ? <EffectInput path={[...path, "effect"]} measureOptions={measureOptions} /> : null}
    </>
  );
}

function EffectInput({ path, measureOptions }: { path: Path; measureOptions: Option[] }) {
  const t = useTranslations("content.fields");
  const context = useContext(DraftContext);
  const unit = context ? (getAt(context.draft, [...path, "unit"]) as string | undefined) : undefined;
  const scale = unit === "measureUnits" ? 1 : 100;
  const suffix = unit === "measureUnits" ? undefined : unit === "percentagePoints" ? t("percentagePoints") : "%";
  return (
    <fieldset className="localized">
      <legend>{t("effect")}</legend>
      <p className="help">{t("effectHelp")}</p>
      <div className="field-grid">
        <SelectInput path={[...path, "measureKey"]} label={t("resultMeasure")} options={measureOptions} blank={t("chooseMeasure")} required />
        <SelectInput path={[...path, "unit"]} label={t("effectUnit")} options={effectUnits.map((value) => ({ value, label: t(`effectUnits.${value}`) }))} required />
      </div>
      <div className="field-grid">
        <NumberInput path={[...path, "low"]} label={t("effectLow")} scale={scale} unit={suffix} required />
        <NumberInput path={[...path, "central"]} label={t("effectCentral")} scale={scale} unit={suffix} required />
        <NumberInput path={[...path, "high"]} label={t("effectHigh")} scale={scale} unit={suffix} required />
      </div>
      <LocalizedInput path={[...path, "basis"]} label={t("effectBasis")} required />
    </fieldset>
  );
}
