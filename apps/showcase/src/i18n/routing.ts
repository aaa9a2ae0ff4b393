import { defineRouting } from "next-intl/routing";

/**
 * Swedish at `/`, English at `/en`, each with its own path names. The address alone decides the language
 * (no cookie, no Accept-Language redirect), so that every page has one stable URL per language for
 * sharing, canonical links and search engines.
 */
export const routing = defineRouting({
  locales: ["sv", "en"],
  defaultLocale: "sv",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // hreflang links are in each page's <head> (src/seo/metadata.ts), with the public site address.
  alternateLinks: false,
  pathnames: {
    "/": "/",
    "/initiatives": { sv: "/insatser", en: "/initiatives" },
    "/initiatives/[slug]": { sv: "/insatser/[slug]", en: "/initiatives/[slug]" },
    "/news": { sv: "/pa-gang", en: "/news" },
    "/news/[slug]": { sv: "/pa-gang/[slug]", en: "/news/[slug]" },
    "/about": { sv: "/om-metoden", en: "/about-the-method" },
    "/open-data": { sv: "/oppna-data", en: "/open-data" },
    "/accessibility": { sv: "/tillganglighet", en: "/accessibility" },
    "/search": { sv: "/sok", en: "/search" },
  },
});

export type Locale = (typeof routing.locales)[number];
export type AppPathname = keyof typeof routing.pathnames;
