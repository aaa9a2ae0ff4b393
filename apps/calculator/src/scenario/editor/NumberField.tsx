"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatForInput, formatMoneyForInput } from "@/format/numbers";
import { useFieldError, useUnreadableField } from "./FieldErrors";
import { readTypedNumber } from "./number-text";

export interface NumberFieldProps {
  id: string;
  label: string;
  /** Where the field is, for the error summary ("Effekt – Lägst"); the label when left out. */
  where?: string;
  /** A plain-words explanation shown under the label and read with the field. */
  help?: string;
  value: number;
  onChange: (value: number) => void;
  /** Shown × scale: 100 shows the fraction 0.44 as 44 (%). */
  scale?: number;
  unit?: string;
  /** A sum in kronor: "kr" or "SEK" beside the label, and whole kronor in the field (formatMoneyForInput). */
  money?: boolean;
  /** Offers a keypad without a decimal sign on phones; whether a value must be whole is the domain's rule. */
  integer?: boolean;
  compact?: boolean;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-12 * Math.max(1, Math.abs(b));
}

/**
 * A number typed the way planners write it (1 234,5 or 1234.5). Every readable number reaches the scenario at once,
 * so the domain judges it (its message shows here); text that is not a number stays as typed, is marked as an error
 * and keeps the form from saving, so what is saved is always what the fields show.
 */
export function NumberField({ id, label, where, help, value, onChange, scale = 1, unit, money = false, integer = false, compact = false }: NumberFieldProps) {
  const t = useTranslations("validation");
  const editor = useTranslations("editor");
  const locale = useLocale();
  // The stored value as the field shows it; what the planner types stays as typed.
  const shownText = (stored: number) => (money ? formatMoneyForInput(locale, stored * scale) : formatForInput(locale, stored * scale));
  const shownUnit = money ? editor("moneyUnit") : unit;
  const [text, setText] = useState(() => shownText(value));
  const typed = readTypedNumber(locale, text);
  const unreadable = "error" in typed ? t(typed.error) : null;
  const domainError = useFieldError(id);
  const error = unreadable ?? domainError ?? null;
  useUnreadableField(id, where ?? label, unreadable);

  // A value changed elsewhere (reload, restore, a unit cost picked) replaces the text, unless it is what is typed.
  // Adjusted while rendering when they change (React's pattern for state that follows a prop), not in an effect.
  const [shownFor, setShownFor] = useState({ value, scale, locale });
  if (!Object.is(shownFor.value, value) || shownFor.scale !== scale || shownFor.locale !== locale) {
    setShownFor({ value, scale, locale });
    const shown = readTypedNumber(locale, text);
    if (!("value" in shown && sameNumber(shown.value / scale, value))) setText(shownText(value));
  }

  function change(next: string) {
    setText(next);
    const read = readTypedNumber(locale, next);
    if ("value" in read && !sameNumber(read.value / scale, value)) onChange(read.value / scale);
  }

  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={compact ? "field field--compact" : "field"}>
      <label htmlFor={id}>
        {label}
        {shownUnit ? <span className="unit"> ({shownUnit})</span> : null}
      </label>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode={integer ? "numeric" : "decimal"}
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
        // Shown as the number it was read as, so that "1,234" in English visibly became 1234.
        onBlur={() => {
          if ("value" in typed) setText(formatForInput(locale, typed.value));
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
