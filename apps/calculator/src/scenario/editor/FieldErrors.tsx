"use client";
// The form's errors: the domain's issues (translated in field-errors.ts) and the text a number field cannot read,
// each shown at its field and listed in one summary with links to the fields.
import type { InputIssue, ScenarioInput } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { describeIssue, locateIssue, type FieldLocation } from "./field-errors";

export interface FormError {
  /** The control (or group) to show it at and to focus; null when no control shows it. */
  fieldId: string | null;
  /** Where, in words: "Kostnad ”Handledare” – Belopp, Lägst". */
  where: string;
  message: string;
}

interface FieldErrorsValue {
  /** The domain's message for a field, if it has one. */
  errorFor: (fieldId: string) => string | undefined;
  /** A field whose text is not a number says so here (null when it reads again), so that Save waits for it. */
  reportUnreadable: (fieldId: string, where: string, message: string | null) => void;
}

const FieldErrorsContext = createContext<FieldErrorsValue>({ errorFor: () => undefined, reportUnreadable: () => {} });

export function useFieldError(fieldId: string): string | undefined {
  return useContext(FieldErrorsContext).errorFor(fieldId);
}

/** Registers a field's own error while it lasts (and removes it when the field goes). */
export function useUnreadableField(fieldId: string, where: string, message: string | null) {
  const { reportUnreadable } = useContext(FieldErrorsContext);
  useEffect(() => {
    reportUnreadable(fieldId, where, message);
    return () => reportUnreadable(fieldId, where, null);
  }, [fieldId, where, message, reportUnreadable]);
}

/** Words for where a domain issue is, from the field's translated label and the line it belongs to. */
function useWhere(draft: ScenarioInput) {
  const t = useTranslations("validation");
  const fields = useTranslations("fields");
  const editor = useTranslations("editor");
  const uncertain = useTranslations("uncertain");
  const payers = useTranslations("payers");
  return (location: FieldLocation): string => {
    const { list, index, field, part } = location;
    const parts: string[] = [];
    if (list === "cohorts" && index !== undefined) {
      parts.push(editor("cohortNumber", { number: index + 1, year: draft.startYear + (draft.cohorts[index]?.startOffset ?? 0) }));
    } else if (list === "costs" && index !== undefined) {
      parts.push(draft.costs[index]?.label || editor("unnamedCost"));
    } else if (list === "outcomes" && index !== undefined) {
      parts.push(draft.outcomes[index]?.label || editor("unnamedOutcome"));
    }
    const label =
      field === "label" || field === "id"
        ? fields(list === "costs" ? "costLabel.label" : "outcomeLabel.label")
        : field === "payers"
          ? fields(list === "costs" ? "costPayers.label" : "outcomePayers.label")
          : field === "amount"
            ? fields("amountGeneric.label")
            : field && fields.has(`${field}.label`)
              ? fields(`${field}.label`, { startYear: draft.startYear })
              : null;
    if (label) parts.push(label);
    if (part && uncertain.has(part)) parts.push(uncertain(part as "min"));
    else if (part && payers.has(part)) parts.push(payers(part as "region"));
    return parts.length > 0 ? parts.join(" – ") : t("scenario");
  };
}

/** The domain's issues in the user's words, each placed at its field. */
export function useDomainErrors(issues: readonly InputIssue[], draft: ScenarioInput): FormError[] {
  const t = useTranslations("validation");
  const locale = useLocale();
  const where = useWhere(draft);
  return issues.map((issue) => {
    const location = locateIssue(issue.path);
    const { key, values } = describeIssue(issue, locale);
    return { fieldId: location.fieldId, where: where(location), message: t(key, values) };
  });
}

/**
 * Every error of the form: the domain's issues and the fields whose text is not a number. `provide` wraps the form
 * so that each field finds its own.
 */
export function useFormErrors(issues: readonly InputIssue[], draft: ScenarioInput) {
  const domainErrors = useDomainErrors(issues, draft);
  const [unreadable, setUnreadable] = useState<Record<string, FormError>>({});
  const reportUnreadable = useCallback((fieldId: string, where: string, message: string | null) => {
    setUnreadable((current) => {
      if (message === null) {
        if (!(fieldId in current)) return current;
        const { [fieldId]: _gone, ...rest } = current;
        return rest;
      }
      const known = current[fieldId];
      if (known && known.message === message && known.where === where) return current;
      return { ...current, [fieldId]: { fieldId, where, message } };
    });
  }, []);
  const byField = new Map<string, string>();
  for (const error of domainErrors) {
    if (error.fieldId === null) continue;
    const earlier = byField.get(error.fieldId);
    byField.set(error.fieldId, earlier && earlier !== error.message ? `${earlier} ${error.message}` : error.message);
  }
  // Every edit re-renders the whole form anyway (the draft lives in the editor), so a new value costs nothing extra.
  const value: FieldErrorsValue = { errorFor: (fieldId) => byField.get(fieldId), reportUnreadable };
  const errors = [...domainErrors, ...Object.values(unreadable)];
  const provide = (children: ReactNode) => <FieldErrorsContext.Provider value={value}>{children}</FieldErrorsContext.Provider>;
  return { errors, provide, unreadableCount: Object.keys(unreadable).length };
}

/** Moves focus to a field, or to the first control of a group (the payer shares). */
export function focusField(fieldId: string): boolean {
  const element = document.getElementById(fieldId);
  if (!element) return false;
  const target = element.matches("input, select, textarea, button") ? element : element.querySelector<HTMLElement>("input, select, textarea, button");
  if (!target) return false;
  // An error inside a closed <details> (the adjustments) must be reachable.
  for (let details = target.closest("details"); details; details = details.parentElement?.closest("details") ?? null) details.open = true;
  target.focus();
  target.scrollIntoView({ block: "center" });
  return true;
}

/** The list of every error, each a link to its field, above the form. */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const t = useTranslations("validation");
  if (errors.length === 0) return null;
  return (
    <div id="error-summary" className="notice notice--error error-summary" role="alert" data-testid="error-summary">
      <p>{t("summary", { count: errors.length })}</p>
      <ul>
        {errors.map((error, index) => {
          const text = t("summaryItem", { where: error.where, message: error.message });
          const { fieldId } = error;
          return (
            <li key={index}>
              {fieldId ? (
                <a
                  href={`#${fieldId}`}
                  onClick={(event) => {
                    if (focusField(fieldId)) event.preventDefault();
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
