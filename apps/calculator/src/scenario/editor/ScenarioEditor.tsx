"use client";
import { computeScenario, parseScenarioInput, type ScenarioInput, type ScenarioResult } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { browserApi } from "@/api/browser";
import { apiErrorCode } from "@/api/errors";
import { formatMoney } from "@/format/numbers";
import { useRouter } from "@/i18n/navigation";
import { AssumptionsSection } from "./AssumptionsSection";
import { CohortsSection } from "./CohortsSection";
import { ConflictDialog } from "./ConflictDialog";
import { CostsSection } from "./CostsSection";
import { ErrorSummary, focusField, useFormErrors, type FormError } from "./FieldErrors";
import { LiveResults } from "./LiveResults";
import type { LocalUnitCosts } from "./local-unit-costs";
import { OutcomesSection } from "./OutcomesSection";
import type { ScenarioRecord } from "./scenario-record";
import { ScenarioActions } from "./ScenarioActions";
import { TextField } from "./TextField";
import { useUnsavedChangesWarning } from "./unsaved-changes";

/** Focuses the error that comes first in the form (the summary lists the domain's issues before unreadable text). */
function focusFirstError(errors: readonly FormError[]) {
  const fields = errors
    .map((error) => (error.fieldId ? document.getElementById(error.fieldId) : null))
    .filter((element): element is HTMLElement => element !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (fields[0]) focusField(fields[0].id);
  else document.querySelector<HTMLElement>("[data-testid=error-summary] a")?.focus();
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; version: number } | { kind: "failed"; message: string };

/**
 * The scenario editor. Every change is validated and computed here in the browser at once; the simulation runs in
 * a Web Worker (LiveResults). Saving sends the version the edit started from, and the API refuses it if someone saved since.
 */
export function ScenarioEditor({ initial, localUnitCosts }: { initial: ScenarioRecord; localUnitCosts: LocalUnitCosts | null }) {
  const t = useTranslations("editor");
  const validation = useTranslations("validation");
  const results = useTranslations("results");
  const locale = useLocale();
  const router = useRouter();
  const [record, setRecord] = useState(initial);
  const [draft, setDraft] = useState<ScenarioInput>(initial.input);
  // The description belongs to the stored scenario, not to its input: the engine never reads it. The API stores it
  // trimmed, hence the trimmed comparison in `dirty`.
  const [description, setDescription] = useState(initial.description);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [conflict, setConflict] = useState<ScenarioRecord | null>(null);
  const [lastValid, setLastValid] = useState<{ input: ScenarioInput; result: ScenarioResult } | null>(null);

  const parsed = useMemo(() => parseScenarioInput(draft), [draft]);
  const valid = parsed.success ? parsed.data : null;
  const computed = useMemo(() => (valid ? { input: valid, result: computeScenario(valid) } : null), [valid]);
  // While the draft is invalid the results keep showing the last valid one (React's state from previous renders;
  // `computed` is memoised, so this settles after one extra render).
  if (computed && computed !== lastValid) setLastValid(computed);
  const shown = computed ?? lastValid;
  const dirty = JSON.stringify(draft) !== JSON.stringify(record.input) || description.trim() !== record.description;
  const { errors, provide, unreadableCount } = useFormErrors(parsed.success ? [] : parsed.issues, draft);
  // Nothing is saved while a field shows something the scenario does not hold (unreadable text) or breaks a rule.
  const blocked = errors.length > 0;
  // Text typed but not yet readable as a number is an unsaved change too.
  useUnsavedChangesWarning(dirty || unreadableCount > 0, validation("leaveWarning"));

  const edit = (patch: Partial<ScenarioInput>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaveState({ kind: "idle" });
  };

  const editDescription = (next: string) => {
    setDescription(next);
    setSaveState({ kind: "idle" });
  };

  function load(next: ScenarioRecord) {
    setRecord(next);
    setDraft(next.input);
    setDescription(next.description);
    setConflict(null);
  }

  async function save() {
    if (!valid || blocked) return;
    setSaveState({ kind: "saving" });
    try {
      const saved = await browserApi().scenario.save.mutate({
        id: record.id,
        expectedVersion: record.version,
        name: valid.name.trim() || record.name,
        description,
        input: valid,
      });
      setRecord(saved);
      setSaveState({ kind: "saved", version: saved.version });
    } catch (error) {
      if (apiErrorCode(error) === "CONFLICT") {
        setSaveState({ kind: "idle" });
        setConflict(await browserApi().scenario.byId.query({ id: record.id }));
      } else {
        setSaveState({ kind: "failed", message: t("saveFailed") });
      }
    }
  }

  async function saveAsCopy() {
    if (!valid) return;
    const name = t("copyName", { name: valid.name || record.name }).slice(0, 200);
    const created = await browserApi().scenario.create.mutate({ name, description, input: { ...valid, name } });
    router.push(`/scenarios/${created.id}`);
  }

  return (
    <div className="editor">
      <div className="editor__bar">
        <h1 className="editor__title">{record.name}</h1>
        <div className="editor__status" role="status" aria-live="polite">
          {saveState.kind === "saving"
            ? t("saving")
            : saveState.kind === "saved"
              ? t("saved", { version: saveState.version })
              : saveState.kind === "failed"
                ? saveState.message
                : dirty
                  ? t("unsaved")
                  : t("version", { version: record.version })}
        </div>
        {shown ? (
          <p className="editor__headline" data-testid="sticky-npv">
            {results("npv")}: <span className={computed ? undefined : "muted"}>{formatMoney(locale, shown.result.totals.npv)}</span>
          </p>
        ) : null}
        <button type="button" className="button" onClick={() => void save()} disabled={!valid || blocked || saveState.kind === "saving"} aria-describedby={blocked ? "save-blocked" : undefined}>
          {t("save")}
        </button>
        {blocked ? (
          <p id="save-blocked" className="editor__blocked">
            {validation("saveBlocked")}{" "}
            <a
              href="#error-summary"
              onClick={(event) => {
                event.preventDefault();
                focusFirstError(errors);
              }}
            >
              {validation("goToFirst")}
            </a>
          </p>
        ) : null}
      </div>
      {record.archivedAt ? <p className="notice">{t("archivedNotice")}</p> : null}

      {provide(
      <div className="editor__columns">
        <div className="editor__inputs">
          <ErrorSummary errors={errors} />

          <section aria-labelledby="section-general" className="panel">
            <h2 id="section-general">{t("sectionGeneral")}</h2>
            <TextField id="scenario-name" label={t("name")} help={t("nameHelp")} value={draft.name} onChange={(name) => edit({ name })} />
            <TextField
              id="scenario-description"
              label={t("description")}
              help={t("descriptionHelp")}
              value={description}
              onChange={editDescription}
              maxLength={5000}
              rows={4}
            />
            <AssumptionsSection value={draft} onChange={edit} />
          </section>
          <section aria-labelledby="section-cohorts" className="panel">
            <h2 id="section-cohorts">{t("sectionCohorts")}</h2>
            <CohortsSection cohorts={draft.cohorts} startYear={draft.startYear} onChange={(cohorts) => edit({ cohorts })} />
          </section>
          <section aria-labelledby="section-costs" className="panel">
            <h2 id="section-costs">{t("sectionCosts")}</h2>
            <CostsSection costs={draft.costs} startYear={draft.startYear} onChange={(costs) => edit({ costs })} />
          </section>
          <section aria-labelledby="section-outcomes" className="panel">
            <h2 id="section-outcomes">{t("sectionOutcomes")}</h2>
            <OutcomesSection outcomes={draft.outcomes} priceYear={draft.priceYear} localUnitCosts={localUnitCosts} onChange={(outcomes) => edit({ outcomes })} />
          </section>
          <ScenarioActions record={record} dirty={dirty} onReplace={load} />
        </div>

        <section aria-labelledby="section-results" className="editor__results">
          <h2 id="section-results">{t("sectionResults")}</h2>
          {!computed && shown ? <p className="notice">{t("stale")}</p> : null}
          <LiveResults shown={shown} valid={valid} />
        </section>
      </div>,
      )}

      {conflict ? (
        <ConflictDialog
          mine={draft}
          theirs={conflict}
          onReload={() => load(conflict)}
          onSaveAsCopy={() => void saveAsCopy()}
          onCancel={() => setConflict(null)}
        />
      ) : null}
    </div>
  );
}
