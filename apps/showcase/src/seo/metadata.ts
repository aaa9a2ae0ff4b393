// Canonical and hreflang links and Open Graph data, with absolute addresses on the public site.
import type { Metadata } from "next";
import { showcaseEnv, withoutTrailingSlash } from "@/env";
import { localizedPath, type PageHref } from "@/i18n/paths";
import { routing, type Locale } from "@/i18n/routing";

export type { PageHref };

export function absoluteUrl(path: string): string {
  return `${withoutTrailingSlash(showcaseEnv().SITE_URL)}${path}`;
}

/** The page's address in each language. */
export function localizedUrls(href: PageHref): Record<Locale, string> {
  return Object.fromEntries(
    routing.locales.map((locale) => [locale, absoluteUrl(localizedPath(href, locale))]),
  ) as Record<Locale, string>;
}

const openGraphLocale: Record<Locale, string> = { sv: "sv_SE", en: "en_GB" };

export interface PageMetadataInput {
  locale: Locale;
  /** The page without its query: filtered lists point search engines at the whole list. */
  href: PageHref;
  title: string;
  description: string;
  siteName: string;
  imageAlt: string;
  type?: "website" | "article";
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const urls = localizedUrls(input.href);
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: urls[input.locale],
      languages: { ...urls, "x-default": urls[routing.defaultLocale] },
    },
    openGraph: {
      type: input.type ?? "website",
      siteName: input.siteName,
      title: input.title,
      description: input.description,
      url: urls[input.locale],
      locale: openGraphLocale[input.locale],
      alternateLocale: routing.locales
        .filter((other) => other !== input.locale)
        .map((other) => openGraphLocale[other]),
      images: [{ url: absoluteUrl("/og-image.png"), width: 1200, height: 630, alt: input.imageAlt }],
    },
    twitter: { card: "summary_large_image", title: input.title, description: input.description },
  };
}
