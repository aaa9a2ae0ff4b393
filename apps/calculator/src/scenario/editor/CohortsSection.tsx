"use client";
import type { Cohort } from "@insats/domain";
import { useTranslations } from "next-intl";
import { useFocusAfterRemoval } from "./focus-after-removal";
import { NumberField } from "./NumberField";

/** The groups of participants and the year each starts. */
export function CohortsSection({ cohorts, startYear, onChange }: { cohorts: Cohort[]; startYear: number; onChange: (cohorts: Cohort[]) => void }) {
  const t = useTranslations("fields");
  const editor = useTranslations("editor");
  const { addButton, removing } = useFocusAfterRemoval((index) => `cohort-${index}-participants`);
  const set = (index: number, patch: Partial<Cohort>) => onChange(cohorts.map((cohort, i) => (i === index ? { ...cohort, ...patch } : cohort)));
  return (
    <>
      <p className="help">{t("cohorts.help")}</p>
      <ol className="item-list">
        {cohorts.map((cohort, index) => (
          <li key={index} className="item">
            <h3>{editor("cohortNumber", { number: index + 1, year: startYear + cohort.startOffset })}</h3>
            <div className="field-grid">
              <NumberField
                id={`cohort-${index}-participants`}
                label={t("participants.label")}
                help={t("participants.help")}
                value={cohort.participants}
                onChange={(participants) => set(index, { participants })}
              />
              <NumberField
                id={`cohort-${index}-startOffset`}
                label={t("startOffset.label")}
                help={t("startOffset.help")}
                value={cohort.startOffset}
                integer
                onChange={(startOffset) => set(index, { startOffset })}
              />
            </div>
            {cohorts.length > 1 ? (
              <button type="button" className="button button--quiet" onClick={() => {
                  removing(index);
                  onChange(cohorts.filter((_, i) => i !== index));
                }}>
                {editor("removeCohort", { number: index + 1 })}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="button"
        className="button button--secondary"
        onClick={() => onChange([...cohorts, { startOffset: (cohorts.at(-1)?.startOffset ?? -1) + 1, participants: cohorts.at(-1)?.participants ?? 10 }])}
      >
        {editor("addCohort")}
      </button>
    </>
  );
}
