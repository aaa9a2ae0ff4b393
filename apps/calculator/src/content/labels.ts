"use client";
// Field paths and coded values in the user's words, for the comparison of versions and the conflict dialog.
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/format/numbers";
import { type ContentChange, describeContentValue } from "./diff";

const placeKinds = new Set(["municipality", "region", "site"]);
const groupKinds = new Set(["treatment", "control"]);

/** `evaluations.0.groups.1.label.sv` → "Utvärdering 1 › Grupp 2 › Benämning (svenska)". */
export function useChangeText() {
  const paths = useTranslations("content.paths");
  const fields = useTranslations("content.fields");
  const designs = useTranslations("content.designs");
  const form = useTranslations("content.form");
  const locale = useLocale() === "en" ? "en" : "sv";

  const label = (segments: readonly (string | number)[]) => {
    const parts: string[] = [];
    let language: string | null = null;
    for (const segment of segments) {
      if (typeof segment === "number") parts[parts.length - 1] = `${parts.at(-1)} ${segment + 1}`;
      else if (segment === "sv" || segment === "en") language = segment === "sv" ? form("swedish") : form("english");
      else parts.push(paths.has(segment) ? paths(segment) : segment);
    }
    return `${parts.join(" › ")}${language ? ` (${language.toLocaleLowerCase(locale)})` : ""}`;
  };

  const extra = (field: string, value: string) => {
    if (field === "designs") return designs.has(value) ? designs(value) : null;
    if (field === "kind" && placeKinds.has(value)) return fields(`placeKinds.${value}`);
    if (field === "kind" && groupKinds.has(value)) return fields(`groupKinds.${value}`);
    return null;
  };

  const value = (change: ContentChange, which: "before" | "after") =>
    describeContentValue(change.segments, change[which], locale, extra, {
      number: (n) => formatNumber(locale, n, 4),
      yes: form("yes"),
      no: form("no"),
      empty: form("empty"),
    });

  return { label, value };
}
