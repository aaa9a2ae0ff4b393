// The form's working copy of an initiative or news item: the domain object with empty strings where nothing is
// written yet. `toContent` turns it into what the domain schema judges and the API stores.

export type Path = readonly (string | number)[];
export type Draft = Record<string, unknown>;

export function pathKey(path: Path): string {
  return path.join(".");
}

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `value` with `next` at `path`; the objects and arrays on the way are copied, the rest shared. */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[key as number] = setAt(copy[key as number], rest, next);
    return copy as T;
  }
  const object = (value ?? {}) as Record<string, unknown>;
  return { ...object, [key as string]: setAt(object[key as string], rest, next) } as T;
}

/**
 * The content the draft describes: blank texts are left out, and so is an object with nothing written in it (an
 * optional text whose languages are both blank). Items of lists stay, even when empty, so that the schema names the
 * item that is missing something.
 */
export function toContent(draft: unknown): unknown {
  if (typeof draft === "string") return draft.trim() === "" ? undefined : draft;
  if (Array.isArray(draft)) return draft.map((item) => toContent(item) ?? {});
  if (draft !== null && typeof draft === "object") {
    const entries = Object.entries(draft)
      .map(([key, value]) => [key, toContent(value)] as const)
      .filter(([, value]) => value !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return draft;
}

const emptyText = () => ({ sv: "", en: "" });

/** Fills the optional texts of a stored record with blanks so that every field of the form has a value. */
export function withBlanks(record: Draft, localizedKeys: readonly string[]): Draft {
  const filled: Draft = { ...record };
  for (const key of localizedKeys) filled[key] ??= emptyText();
  return filled;
}

export { emptyText };
