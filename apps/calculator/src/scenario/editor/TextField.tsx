"use client";

/** A one-line text input with its label and plain-words help. */
export function TextField({ id, label, help, value, onChange, maxLength = 200 }: { id: string; label: string; help?: string; value: string; onChange: (value: string) => void; maxLength?: number }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {help ? (
        <p id={`${id}-help`} className="help">
          {help}
        </p>
      ) : null}
      <input id={id} type="text" value={value} maxLength={maxLength} aria-describedby={help ? `${id}-help` : undefined} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}
