"use client";
import { useFieldError } from "./FieldErrors";

interface TextFieldProps {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Makes the field a text area of this many rows, for prose such as a description. */
  rows?: number;
  /** Words the browser offers as the planner types (a datalist); any other text is allowed too. */
  suggestions?: readonly string[];
}

/** A text input with its label, plain-words help and the domain's message when the value breaks a rule. */
export function TextField({ id, label, help, value, onChange, maxLength = 200, rows, suggestions }: TextFieldProps) {
  const error = useFieldError(id);
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = {
    id,
    value,
    maxLength,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      {rows ? <textarea rows={rows} {...control} /> : <input type="text" list={suggestions ? `${id}-suggestions` : undefined} {...control} />}
      {suggestions ? (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
