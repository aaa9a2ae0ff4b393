// English is optional in the workspace. The domain stores every text in both languages, so a text the editor left
// in Swedish only is stored with the Swedish words in English too, and the record is marked `untranslated`: the
// English site then shows a note that the page is not translated, and the form shows those English fields empty.
import type { Draft } from "./form/draft";

function isText(value: object): value is { sv: unknown; en?: unknown } {
  return "sv" in value && typeof (value).sv === "string";
}

/** The content with every missing English text filled from the Swedish one, and whether any was. */
export function fillEnglish(content: unknown): { content: Draft; untranslated: boolean } {
  let untranslated = false;
  const fill = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fill);
    if (value === null || typeof value !== "object") return value;
    if (isText(value) && value.en === undefined) {
      untranslated = true;
      return { ...value, en: value.sv };
    }
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
  };
  const filled = fill(content) as Draft;
  const { untranslated: _mark, ...rest } = filled;
  return { content: rest, untranslated };
}

/** The form's draft of stored content: in an untranslated record, English equal to the Swedish shows as empty. */
export function draftOfContent(content: Draft): Draft {
  const { untranslated, ...rest } = content;
  if (untranslated !== true) return rest;
  const blank = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(blank);
    if (value === null || typeof value !== "object") return value;
    if (isText(value) && value.en === value.sv) return { ...value, en: "" };
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, blank(inner)]));
  };
  return blank(rest) as Draft;
}
