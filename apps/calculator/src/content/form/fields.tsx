"use client";
// The inputs of the content form. Each reads and writes one path of the draft through DraftContext, and shows the
// issues at its path (and at the paths it stands for, e.g. a required text's object) in the user's language.
import { useLocale, useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useId, useState } from "react";
import { formatForInput, parseDecimal } from "@/format/numbers";
import { getAt, type Path, pathKey } from "./draft";
import type { FieldIssue } from "./issues";

interface DraftContextValue {
  draft: unknown;
  set: (path: Path, value: unknown) => void;
  /** Issues shown now, by dotted path (after a field was left or a save was tried). */
  issues: ReadonlyMap<string, FieldIssue>;
  touch: (path: Path) => void;
}

export const DraftContext = createContext<DraftContextValue | null>(null);

function useDraft() {
  const context = useContext(DraftContext);
  if (!context) throw new Error("a content field outside its form");
  return context;
}

function useIssueText() {
  const t = useTranslations("content.issues");
  return (issue: FieldIssue | undefined) => (issue ? t(issue.key, issue.values) : null);
}

/** The first issue at any of these paths. */
function issueAt(issues: ReadonlyMap<string, FieldIssue>, paths: readonly Path[]) {
  for (const path of paths) {
    const issue = issues.get(pathKey(path));
    if (issue) return issue;
  }
  return undefined;
}

/** The id of the input at a path: stable, and usable in a URL fragment to jump to it from the summary of errors. */
export function fieldId(path: Path): string {
  return `field-${pathKey(path).replace(/\./g, "-")}`;
}

interface ControlProps {
  path: Path;
  label: string;
  help?: string;
  /** Issues at these paths are shown here too (the object a required text lives in …). */
  alsoFor?: readonly Path[];
}

function FieldFrame({
  id,
  label,
  help,
  error,
  children,
  required,
}: {
  id: string;
  label: string;
  help?: string;
  error: string | null;
  children: ReactNode;
  required?: boolean;
}) {
  const t = useTranslations("content.form");
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="muted"> ({t("required")})</span> : null}
      </label>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, help: string | undefined, error: string | null) {
  return [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A one-line or multi-line text. */
export function TextInput({ path, label, help, alsoFor = [], rows, required, type = "text", maxLength }: ControlProps & { rows?: number; required?: boolean; type?: "text" | "url" | "email" | "date"; maxLength?: number }) {
  const { draft, set, issues, touch } = useDraft();
  const issueText = useIssueText();
  const id = fieldId(path);
  const value = getAt(draft, path);
  const error = issueText(issueAt(issues, [path, ...alsoFor]));
  const control = {
    id,
    value: typeof value === "string" ? value : "",
    maxLength,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, help, error),
    "aria-required": required ? true : undefined,
    onChange: (event: { target: { value: string } }) => set(path, event.target.value),
    onBlur: () => touch(path),
  };
  return (
    <FieldFrame id={id} label={label} help={help} error={error} required={required}>
      {rows ? <textarea rows={rows} {...control} /> : <input type={type} {...control} />}
    </FieldFrame>
  );
}

/**
 * A text in Swedish and English side by side. Swedish is required where the text is; English may be left out,
 * and the English site then shows the Swedish text with a note that it is not translated.
 */
export function LocalizedInput({ path, label, help, rows, required }: ControlProps & { rows?: number; required?: boolean }) {
  const t = useTranslations("content.form");
  return (
    <fieldset className="localized">
      <legend>{label}</legend>
      {help ? <p className="help">{help}</p> : null}
      <div className="localized__pair">
        <TextInput path={[...path, "sv"]} alsoFor={[path]} label={t("swedish")} rows={rows} required={required} />
        <TextInput path={[...path, "en"]} label={t("english")} rows={rows} />
      </div>
    </fieldset>
  );
}

/**
 * A number typed the Swedish way (1 234,5) or the English. Blank leaves it out; text that is no number stays in
 * the draft as typed, so the schema refuses it and nothing invalid can be saved.
 */
export function NumberInput({ path, label, help, alsoFor = [], required, scale = 1, unit }: ControlProps & { required?: boolean; scale?: number; unit?: string }) {
  const { draft, set, issues, touch } = useDraft();
  const locale = useLocale();
  const issueText = useIssueText();
  const t = useTranslations("content.issues");
  const id = fieldId(path);
  const value = getAt(draft, path);
  const [text, setText] = useState(() => (typeof value === "number" ? formatForInput(locale, value * scale) : typeof value === "string" ? value : ""));
  const [shown, setShown] = useState(value);
  // Another value arrived from outside (a reload, a restore): show it.
  if (shown !== value) {
    setShown(value);
    const typed = parseDecimal(text);
    if (!(typeof value === "number" && typed !== null && Math.abs(typed / scale - value) < 1e-12)) {
      setText(typeof value === "number" ? formatForInput(locale, value * scale) : typeof value === "string" ? value : "");
    }
  }
  const local = text.trim() !== "" && parseDecimal(text) === null ? t("number") : null;
  const error = local ?? issueText(issueAt(issues, [path, ...alsoFor]));
  return (
    <FieldFrame id={id} label={label} help={help} error={error} required={required}>
      <span className="number-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, help, error)}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const parsed = parseDecimal(next);
            const stored = next.trim() === "" ? undefined : parsed === null ? next : parsed / scale;
            setShown(stored);
            set(path, stored);
          }}
          onBlur={() => touch(path)}
        />
        {unit ? <span className="unit">{unit}</span> : null}
      </span>
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A choice among options; `blank` adds an empty first option for an optional choice. */
export function SelectInput({ path, label, help, alsoFor = [], options, groups, blank, required }: ControlProps & { options?: readonly Option[]; groups?: readonly { label: string; options: readonly Option[] }[]; blank?: string; required?: boolean }) {
  const { draft, set, issues, touch } = useDraft();
  const issueText = useIssueText();
  const id = fieldId(path);
  const value = getAt(draft, path);
  const error = issueText(issueAt(issues, [path, ...alsoFor]));
  return (
    <FieldFrame id={id} label={label} help={help} error={error} required={required}>
      <select
        id={id}
        value={typeof value === "string" ? value : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, help, error)}
        onChange={(event) => set(path, event.target.value === "" ? undefined : event.target.value)}
        onBlur={() => touch(path)}
      >
        {blank !== undefined ? <option value="">{blank}</option> : null}
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

/** Several of a list of options (focus areas, evaluation designs), kept in the order of the options. */
export function CheckboxGroup({ path, label, help, options }: ControlProps & { options: readonly Option[] }) {
  const { draft, set, issues, touch } = useDraft();
  const issueText = useIssueText();
  const id = fieldId(path);
  const value = getAt(draft, path);
  const chosen = new Set(Array.isArray(value) ? (value as string[]) : []);
  const error = issueText(issueAt(issues, [path]));
  return (
    <fieldset id={id} className="choice-group" aria-describedby={describedBy(id, help, error)} onBlur={() => touch(path)}>
      <legend>{label}</legend>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      <div className="choice-group__options">
        {options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={chosen.has(option.value)}
              onChange={(event) => {
                const next = new Set(chosen);
                if (event.target.checked) next.add(option.value);
                else next.delete(option.value);
                set(
                  path,
                  options.map((candidate) => candidate.value).filter((candidate) => next.has(candidate)),
                );
              }}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * A list of items (places, organisations, evaluations …) with a button to add one and one to remove each. The
 * item's fields are rendered by `children` for the item's path.
 */
export function ListInput({
  path,
  label,
  help,
  itemLabel,
  addLabel,
  newItem,
  children,
}: ControlProps & {
  itemLabel: (index: number) => string;
  addLabel: string;
  newItem: () => unknown;
  children: (itemPath: Path, index: number) => ReactNode;
}) {
  const { draft, set, issues } = useDraft();
  const issueText = useIssueText();
  const t = useTranslations("content.form");
  const id = fieldId(path);
  const headingId = useId();
  const value = getAt(draft, path);
  const items: unknown[] = Array.isArray(value) ? value : [];
  const error = issueText(issueAt(issues, [path]));
  return (
    <fieldset id={id} className="list-input" aria-describedby={describedBy(id, help, error)}>
      <legend>{label}</legend>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      {items.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <ol className="list-input__items">
        {items.map((_, index) => (
          <li key={index} className="list-input__item" aria-labelledby={`${headingId}-${index}`}>
            <div className="list-input__head">
              <h4 id={`${headingId}-${index}`}>{itemLabel(index)}</h4>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => set(path, items.filter((__, other) => other !== index))}
              >
                {t("remove", { item: itemLabel(index) })}
              </button>
            </div>
            {children([...path, index], index)}
          </li>
        ))}
      </ol>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <button type="button" className="button button--secondary" onClick={() => set(path, [...items, newItem()])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
