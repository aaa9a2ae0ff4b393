"use client";
import type { Uncertain } from "@insats/domain";
import { useTranslations } from "next-intl";
import { NumberField } from "./NumberField";

const forms = ["fixed", "uniform", "triangular", "pert", "normal"] as const;
type Form = (typeof forms)[number];

function formOf(value: Uncertain): Form {
  return typeof value === "number" ? "fixed" : value.dist;
}

/** The value a distribution stands for when it is turned into another form: its base value. */
function centre(value: Uncertain): number {
  if (typeof value === "number") return value;
  if (value.dist === "uniform") return (value.min + value.max) / 2;
  if (value.dist === "normal") return value.mean;
  return value.mode;
}

/** A new form around the old value: ±20 % (or ±0.1 around 0), kept within the field's limits. */
function convert(value: Uncertain, form: Form, min: number | undefined, max: number | undefined): Uncertain {
  const base = centre(value);
  const spread = base === 0 ? 0.1 : Math.abs(base) * 0.2;
  const clamp = (x: number) => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, x));
  const low = clamp(base - spread);
  const high = clamp(base + spread);
  switch (form) {
    case "fixed":
      return base;
    case "uniform":
      return { dist: "uniform", min: low, max: high };
    case "triangular":
    case "pert":
      return { dist: form, min: low, mode: base, max: high };
    case "normal":
      return { dist: "normal", mean: base, sd: spread / 2 };
  }
}

export interface UncertainFieldProps {
  id: string;
  label: string;
  help?: string;
  value: Uncertain;
  onChange: (value: Uncertain) => void;
  scale?: number;
  unit?: string;
  /** A sum in kronor (NumberField's `money`). */
  money?: boolean;
  /** The field's limits, which a new form's range is kept within (the domain checks every value typed). */
  min?: number;
  max?: number;
}

/** Any uncertain number: a fixed value, or a range or distribution the simulation draws from. */
export function UncertainField({ id, label, help, value, onChange, scale, unit, money, min, max }: UncertainFieldProps) {
  const t = useTranslations("uncertain");
  const form = formOf(value);
  const part = (key: "value" | "min" | "mode" | "max" | "mean" | "sd", current: number, set: (next: number) => void) => (
    <NumberField
      key={key}
      id={`${id}-${key}`}
      label={t(key)}
      where={`${label} – ${t(key)}`}
      value={current}
      onChange={set}
      scale={scale}
      unit={unit}
      money={money}
      compact
    />
  );
  return (
    <fieldset className="uncertain" aria-describedby={help ? `${id}-help` : undefined}>
      <legend>{label}</legend>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      <div className="uncertain__row">
        <div className="field field--compact">
          <label htmlFor={`${id}-form`}>{t("form")}</label>
          <select id={`${id}-form`} value={form} onChange={(event) => onChange(convert(value, event.target.value as Form, min, max))}>
            {forms.map((item) => (
              <option key={item} value={item}>
                {t(`forms.${item}`)}
              </option>
            ))}
          </select>
        </div>
        {typeof value === "number"
          ? part("value", value, onChange)
          : value.dist === "uniform"
            ? [part("min", value.min, (next) => onChange({ ...value, min: next })), part("max", value.max, (next) => onChange({ ...value, max: next }))]
            : value.dist === "normal"
              ? [part("mean", value.mean, (next) => onChange({ ...value, mean: next })), part("sd", value.sd, (next) => onChange({ ...value, sd: next }))]
              : [
                  part("min", value.min, (next) => onChange({ ...value, min: next })),
                  part("mode", value.mode, (next) => onChange({ ...value, mode: next })),
                  part("max", value.max, (next) => onChange({ ...value, max: next })),
                ]}
      </div>
      {form !== "fixed" ? <p className="help">{t(`explain.${form}`)}</p> : null}
    </fieldset>
  );
}
