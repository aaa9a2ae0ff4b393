import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing.ts";

/**
 * The route's `[locale]` as a Locale (anything else is a page that does not exist), set as the request's
 * locale. Every page and every generateMetadata calls this first: next-intl then never reads request headers,
 * which would turn a cached page dynamic — including the 404 page a missing initiative leads to.
 */
export function asLocale(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  setRequestLocale(value);
  return value;
}
