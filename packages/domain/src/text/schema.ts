import { z } from "zod";

/** Short texts: titles, labels, names, quotes. */
export const SHORT_TEXT_MAX = 500;
/** Long texts: summaries, backgrounds, methods, article bodies. Paragraphs are separated by a blank line. */
export const LONG_TEXT_MAX = 20_000;

const text = (max: number) =>
  z
    .string({ error: "Expected a text" })
    .trim()
    .min(1, { error: "Must not be empty" })
    .max(max, { error: `Must be at most ${max} characters` });

/** A text in Swedish (the original) and English. Both are required: the showcase is bilingual. */
export const localizedTextSchema = z.strictObject({
  sv: text(SHORT_TEXT_MAX),
  en: text(SHORT_TEXT_MAX),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Like `localizedTextSchema`, for several paragraphs. */
export const localizedLongTextSchema = z.strictObject({
  sv: text(LONG_TEXT_MAX),
  en: text(LONG_TEXT_MAX),
});
export type LocalizedLongText = z.infer<typeof localizedLongTextSchema>;

/**
 * True when the editor left English texts unwritten: they hold the Swedish text, and the English site says that
 * the page is not translated. Absent means translated.
 */
export const untranslatedSchema = z.literal(true).optional();

/** For fields a source may leave out (background, method …). */
export const optionalLocalizedLongTextSchema = localizedLongTextSchema.optional();

export const locales = ["sv", "en"] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const SLUG_MAX = 100;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** URL-safe identifier: lowercase a–z, digits and single hyphens between them. */
export const slugSchema = z
  .string({ error: "Expected a slug" })
  .min(1, { error: "A slug must not be empty" })
  .max(SLUG_MAX, { error: `A slug must be at most ${SLUG_MAX} characters` })
  .regex(slugPattern, {
    error: "A slug may only contain a–z, 0–9 and single hyphens between them (e.g. 'las-pa-recept')",
  });
export type Slug = z.infer<typeof slugSchema>;

/** Letters that Unicode decomposition does not reduce to a–z. */
const transliterations: Record<string, string> = {
  æ: "ae",
  ø: "o",
  œ: "oe",
  ß: "ss",
  ð: "d",
  þ: "th",
  ł: "l",
  đ: "d",
};

/**
 * Turns a (Swedish) title into a slug: "Läs på recept" → "las-pa-recept", "Hälsofrämjande insatser för
 * seniorer" → "halsoframjande-insatser-for-seniorer". å, ä → a and ö → o, as Swedish URLs usually do.
 * Returns "" when nothing of the text survives; check the result with `slugSchema`.
 */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[æøœßðþłđ]/g, (letter) => transliterations[letter] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length > SLUG_MAX ? slug.slice(0, SLUG_MAX).replace(/-+$/, "") : slug;
}

/** The text in the requested language. */
export function localize(value: LocalizedText | LocalizedLongText, locale: Locale): string {
  return value[locale];
}
