// Text that someone else wrote (an editor's example, a planner's scenario name), made safe to show on a page.

/**
 * Unicode's explicit direction controls: embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
 * An override turns the text after it around (U+202E before "fdp.exe" shows "exe.pdf"), and one left open runs on into the
 * page's own text after it. Neither Swedish nor English text needs them; the marks that only nudge neutral
 * characters (U+200E, U+200F, U+061C) cannot reorder anything and are kept.
 */
const directionControls = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutDirectionControls(text: string): string {
  return text.replace(directionControls, "");
}

/**
 * The same for every text in a value read from the API (objects, arrays, strings; other values as they are), so
 * that a page can render what it fetched without checking each field.
 */
export function displaySafe<Value>(value: Value): Value {
  if (typeof value === "string") return withoutDirectionControls(value) as Value;
  if (Array.isArray(value)) return value.map((item: unknown) => displaySafe(item)) as Value;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, displaySafe(item)])) as Value;
  }
  return value;
}
