// A plain GET search form: works without JavaScript, and the address keeps the search for sharing and reloads.
export function SearchBox({
  id,
  action,
  label,
  buttonLabel,
  hint,
  value,
}: {
  id: string;
  action: string;
  label: string;
  buttonLabel: string;
  hint?: string;
  value?: string;
}) {
  return (
    <form className="inline-search" method="get" action={action} role="search" aria-label={label}>
      <label htmlFor={id}>{label}</label>
      <div className="inline-search__row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={value ?? ""}
          maxLength={200}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <button type="submit" className="button">
          {buttonLabel}
        </button>
      </div>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </form>
  );
}
