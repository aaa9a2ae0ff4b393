"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { formatForInput, formatNumber, parseDecimal } from "@/format/numbers";

export interface NumberFieldProps {
  id: string;
  label: string;
  /** A plain-words explanation shown under the label and read with the field. */
  help?: string;
  value: number;
  onChange: (value: number) => void;
  /** Shown × scale: 100 shows the fraction 0.44 as 44 (%). */
  scale?: number;
  unit?: string;
  /** Limits of the stored value (before scaling). */
  min?: number;
  max?: number;
  integer?: boolean;
  compact?: boolean;
}

/**
 * A number typed the way planners write it (1 234,5 or 1234.5). The text stays as typed while it is being edited;
 * only a valid number reaches the scenario, so results never flash to an error for a half-typed value.
 */
export function NumberField({ id, label, help, value, onChange, scale = 1, unit, min, max, integer = false, compact = false }: NumberFieldProps) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const [text, setText] = useState(() => formatForInput(locale, value * scale));
  const [error, setError] = useState<string | null>(null);

  // A value changed elsewhere (reload, restore, a unit cost picked) replaces the text, unless it is what is typed.
  useEffect(() => {
    setText((current) => {
      const typed = parseDecimal(current);
      return typed !== null && Math.abs(typed / scale - value) < 1e-12 * Math.max(1, Math.abs(value)) ? current : formatForInput(locale, value * scale);
    });
    setError(null);
  }, [value, scale, locale]);

  function change(next: string) {
    setText(next);
    const parsed = parseDecimal(next);
    if (parsed === null) return setError(t("invalidNumber"));
    const stored = parsed / scale;
    if (integer && !Number.isInteger(parsed)) return setError(t("wholeNumber"));
    if ((min !== undefined && stored < min) || (max !== undefined && stored > max)) {
      const bound = (limit: number | undefined) => (limit === undefined ? "" : formatNumber(locale, limit * scale, 4));
      return setError(
        min !== undefined && max !== undefined
          ? t("between", { min: bound(min), max: bound(max) })
          : min !== undefined
            ? t("atLeast", { min: bound(min) })
            : t("atMost", { max: bound(max) }),
      );
    }
    setError(null);
    onChange(stored);
  }

  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={compact ? "field field--compact" : "field"}>
      <label htmlFor={id}>
        {label}
        {unit ? <span className="unit"> ({unit})</span> : null}
      </label>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
