"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { ActualsReport } from "@insats/domain";
import { apiErrorCode } from "@/api/errors";
import { browserApi } from "@/api/browser";
import { formatForInput, parseDecimal } from "@/format/numbers";
import type { FollowUp } from "./load.ts";

type Field = { key: string; kind: "costs" | "unitsAvoided"; id: string; label: string };
type Draft = Record<string, { value: string; note: string; source: string }>;

function draftOf(report: ActualsReport | undefined, fields: readonly Field[], locale: string): Draft {
  return Object.fromEntries(
    fields.map((field) => {
      const value = report?.[field.kind]?.[field.id];
      const note = report?.notes?.[field.key];
      return [
        field.key,
        {
          value: value === undefined ? "" : formatForInput(locale, value),
          note: note?.note ?? "",
          source: note?.source ?? "",
        },
      ];
    }),
  );
}

/**
 * What was spent and measured in one year, with a note and a source per figure. A figure left empty counts at its
 * forecast. The save names the version it was based on; someone else's save in between is shown, never overwritten.
 */
export function ActualsForm({ followUp }: { followUp: FollowUp }) {
  const t = useTranslations("followUp");
  const locale = useLocale();
  const router = useRouter();
  // The latest follow-up this form knows: its own last save's answer, or a newer one from the server (refresh).
  // A second save right after the first must name the version the first one made, not the page's.
  const [latest, setLatest] = useState(followUp);
  // Adjusted while rendering (not in an effect, which would first render the stale version once more).
  if (followUp.decision.version > latest.decision.version) setLatest(followUp);
  const { scenario, decision, actuals } = latest;
  const fields = useMemo<Field[]>(
    () => [
      ...scenario.costs.map((line) => ({
        key: `costs.${line.id}`,
        kind: "costs" as const,
        id: line.id,
        label: t("spentOn", { line: line.label || line.id }),
      })),
      ...scenario.outcomes.map((outcome) => ({
        key: `unitsAvoided.${outcome.id}`,
        kind: "unitsAvoided" as const,
        id: outcome.id,
        label: t("measuredFor", { outcome: outcome.label || outcome.id }),
      })),
    ],
    [scenario, t],
  );
  const firstOpen = Math.min(
    scenario.horizonYears - 1,
    actuals.length === 0 ? 0 : Math.max(...actuals.map((entry) => entry.offset)) + 1,
  );
  const [offset, setOffset] = useState(firstOpen);
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(
      actuals.find((entry) => entry.offset === firstOpen),
      fields,
      locale,
    ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "conflict" | "failed">("idle");

  function chooseYear(next: number) {
    setOffset(next);
    setDraft(
      draftOf(
        actuals.find((entry) => entry.offset === next),
        fields,
        locale,
      ),
    );
    setErrors({});
    setStatus("idle");
  }

  function update(key: string, part: "value" | "note" | "source", text: string) {
    setDraft((current) => ({
      ...current,
      [key]: { ...(current[key] ?? { value: "", note: "", source: "" }), [part]: text },
    }));
    setStatus("idle");
  }

  function report(): { entry: ActualsReport | null; found: Record<string, string> } {
    const found: Record<string, string> = {};
    const entry: ActualsReport = { offset };
    const notes: NonNullable<ActualsReport["notes"]> = {};
    for (const field of fields) {
      const item = draft[field.key];
      if (!item) continue;
      if (item.value.trim() !== "") {
        const value = parseDecimal(item.value);
        if (value === null) found[field.key] = t("errors.number");
        else if (field.kind === "costs" && (value < 0 || value > 1e12)) found[field.key] = t("errors.cost");
        else if (field.kind === "unitsAvoided" && Math.abs(value) > 1e9) found[field.key] = t("errors.units");
        else entry[field.kind] = { ...entry[field.kind], [field.id]: value };
      }
      if (item.note.trim() || item.source.trim()) {
        notes[field.key] = {
          ...(item.note.trim() ? { note: item.note.trim() } : {}),
          ...(item.source.trim() ? { source: item.source.trim() } : {}),
        };
      }
    }
    if (Object.keys(notes).length > 0) entry.notes = notes;
    return { entry: Object.keys(found).length > 0 ? null : entry, found };
  }

  async function save(remove: boolean) {
    const { entry, found } = report();
    setErrors(found);
    if (!remove && !entry) return;
    const others = actuals.filter((item) => item.offset !== offset);
    setStatus("saving");
    try {
      const saved = await browserApi().followUp.saveActuals.mutate({
        scenarioId: decision.scenarioId,
        expectedVersion: decision.version,
        actuals: remove || !entry ? others : [...others, entry],
      });
      setLatest(saved);
      setStatus("saved");
      router.refresh();
    } catch (error) {
      setStatus(apiErrorCode(error) === "CONFLICT" ? "conflict" : "failed");
    }
  }

  const reported = actuals.some((entry) => entry.offset === offset);
  return (
    <section aria-labelledby="actuals-heading" className="section">
      <h2 id="actuals-heading">{t("actualsHeading")}</h2>
      <p>{t("actualsIntro")}</p>
      <div className="field">
        <label htmlFor="actuals-year">{t("year")}</label>
        <select id="actuals-year" value={offset} onChange={(event) => chooseYear(Number(event.target.value))}>
          {Array.from({ length: scenario.horizonYears }, (_, item) => (
            <option key={item} value={item}>
              {scenario.startYear + item}
              {actuals.some((entry) => entry.offset === item) ? ` (${t("reportedYes")})` : ""}
            </option>
          ))}
        </select>
      </div>
      {fields.map((field) => {
        const item = draft[field.key] ?? { value: "", note: "", source: "" };
        const id = `actual-${field.key.replace(/[^a-zA-Z0-9-]/g, "-")}`;
        return (
          <fieldset key={field.key} className="field-grid">
            <legend>{field.label}</legend>
            <div className="field">
              <label htmlFor={`${id}-value`}>{field.kind === "costs" ? t("spent") : t("measured")}</label>
              <input
                id={`${id}-value`}
                type="text"
                inputMode="decimal"
                value={item.value}
                placeholder={t("forecastPlaceholder")}
                onChange={(event) => update(field.key, "value", event.target.value)}
                aria-invalid={errors[field.key] ? true : undefined}
                aria-describedby={errors[field.key] ? `${id}-error` : undefined}
              />
              {errors[field.key] ? (
                <p id={`${id}-error`} className="field-error">
                  {errors[field.key]}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={`${id}-note`}>{t("note")}</label>
              <input
                id={`${id}-note`}
                type="text"
                maxLength={2000}
                value={item.note}
                onChange={(event) => update(field.key, "note", event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-source`}>{t("source")}</label>
              <input
                id={`${id}-source`}
                type="text"
                maxLength={500}
                value={item.source}
                onChange={(event) => update(field.key, "source", event.target.value)}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => void save(false)}
          disabled={status === "saving"}
        >
          {t("saveYear", { year: scenario.startYear + offset })}
        </button>
        {reported ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void save(true)}
            disabled={status === "saving"}
          >
            {t("removeYear", { year: scenario.startYear + offset })}
          </button>
        ) : null}
      </div>
      <div aria-live="polite">
        {status === "saved" ? <p className="notice">{t("saved")}</p> : null}
        {status === "conflict" ? (
          <div role="alert" className="notice notice--error">
            <p>{t("conflict")}</p>
            <button type="button" className="button button--secondary" onClick={() => router.refresh()}>
              {t("reload")}
            </button>
          </div>
        ) : null}
        {status === "failed" ? (
          <p role="alert" className="notice notice--error">
            {t("errors.saveFailed")}
          </p>
        ) : null}
      </div>
    </section>
  );
}
