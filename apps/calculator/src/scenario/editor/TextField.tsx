"use client";

interface TextFieldProps {
  id: string;
  label: string;
  help?: string;
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  /** Makes the field a text area of this many rows, for prose such as a description. */
  rows?: number;
}

/** A text input with its label and plain-words help. */
export function TextField({ id, label, help, value, onChange, maxLength = 200, rows }: TextFieldProps) {
  const control = {
    id,
    value,
    maxLength,
    "aria-describedby": help ? `${id}-help` : undefined,
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
      {rows ? <textarea rows={rows} {...control} /> : <input type="text" {...control} />}
    </div>
  );
}
