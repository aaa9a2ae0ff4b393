import { parseDecimal } from "@/format/numbers";

/** A typed number as the form reads it, or why it cannot be read. */
export type TypedNumber = { value: number } | { error: "number" | "ambiguousNumber" };

const sign = "[-+\u2212]?";
/** Thousands grouped by the locale's other sign: "1.234,5" in Swedish, "1,234.5" or "1,234" in English. */
const grouped: Record<"sv" | "en", RegExp> = {
  sv: new RegExp(`^${sign}\\d{1,3}(\\.\\d{3})+(,\\d*)?$`),
  en: new RegExp(`^${sign}\\d{1,3}(,\\d{3})+(\\.\\d*)?$`),
};

/**
 * Reads a number typed in the form. Spaces group digits in either language, and a lone comma or point is the
 * decimal sign (planners type both). When both signs appear the text is read only in the locale's own convention,
 * and anything else is refused rather than guessed: "1.234,5" must never be stored as 1.2345.
 */
export function readTypedNumber(locale: string, text: string): TypedNumber {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  const pattern = grouped[locale === "sv" ? "sv" : "en"];
  let normalised = compact;
  if (pattern.test(compact)) normalised = locale === "sv" ? compact.replace(/\./g, "").replace(",", ".") : compact.replace(/,/g, "");
  else if (compact.includes(",") && compact.includes(".")) return { error: "ambiguousNumber" };
  const value = parseDecimal(normalised);
  return value === null ? { error: "number" } : { value };
}
