import { defineRouting } from "next-intl/routing";

/**
 * Swedish at `/`, English at `/en`. The language is chosen by the address alone, never guessed from the browser, so
 * that a link a planner shares opens in the language it was sent in.
 */
export const routing = defineRouting({
  locales: ["sv", "en"],
  defaultLocale: "sv",
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
