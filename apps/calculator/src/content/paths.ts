// The workspace's addresses in each language: /innehall/exempel/… in Swedish, /en/content/examples/… in English.
// The folders under app/[locale]/(app)/innehall and …/content render the same pages; a Swedish address opened in
// English (the language switch keeps the path) is sent on to its English twin and back.
import type { ContentKind } from "./kinds";

type Locale = "sv" | "en";

const words = {
  sv: { root: "innehall", initiative: "exempel", newsItem: "pa-gang", new: "ny", history: "historik" },
  en: { root: "content", initiative: "examples", newsItem: "news", new: "new", history: "history" },
} as const;

function asLocale(locale: string): Locale {
  return locale === "en" ? "en" : "sv";
}

export type ContentView = { kind: ContentKind; slug?: undefined; view: "new" } | { kind: ContentKind; slug: string; view: "edit" | "history" };

/** The path (without the locale prefix, which Link and getPathname add) of a workspace page. */
export function contentPath(locale: string, target?: ContentView): string {
  const w = words[asLocale(locale)];
  if (!target) return `/${w.root}`;
  const base = `/${w.root}/${w[target.kind]}`;
  if (target.view === "new") return `${base}/${w.new}`;
  return target.view === "history" ? `${base}/${target.slug}/${w.history}` : `${base}/${target.slug}`;
}

/** The kind a path segment names in either language, or null. */
export function kindOfSegment(segment: string): { kind: ContentKind; locale: Locale } | null {
  for (const locale of ["sv", "en"] as const) {
    if (segment === words[locale].initiative) return { kind: "initiative", locale };
    if (segment === words[locale].newsItem) return { kind: "newsItem", locale };
  }
  return null;
}

/** True when `root` ("innehall" or "content") is the workspace's root segment in `locale`. */
export function isRootOf(locale: string, root: "innehall" | "content"): boolean {
  return words[asLocale(locale)].root === root;
}
