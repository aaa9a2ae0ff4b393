import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { locale as localeParam } from "next/root-params";
import { routing } from "@/i18n/routing";
import { NotFoundContent } from "@/layout/not-found-content";
import { PageFrame } from "@/layout/page-frame";

// The locale comes from the route (next/root-params), not from request headers, so that a missing initiative
// on a cached page can show this page without turning the page dynamic.
async function notFoundLocale() {
  const requested = await localeParam();
  return hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
}

export async function generateMetadata() {
  const t = await getTranslations({ locale: await notFoundLocale(), namespace: "NotFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function LocalizedNotFound() {
  const locale = await notFoundLocale();
  return (
    <PageFrame locale={locale} href="/" section={null}>
      <NotFoundContent locale={locale} />
    </PageFrame>
  );
}
