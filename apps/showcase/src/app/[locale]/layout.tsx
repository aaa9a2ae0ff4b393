import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { showcaseEnv } from "@/env";
import { asLocale } from "@/i18n/locale";
import "../globals.css";

// Pages are regenerated at most every 15 seconds, so that an editor's change is live within a minute. Keep in
// step with contentRevalidateSeconds in src/api/client.ts; Next needs a literal here.
export const revalidate = 15;

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: new URL(showcaseEnv().SITE_URL),
    title: { template: `%s – ${t("name")}`, default: t("name") },
    description: t("description"),
    applicationName: t("name"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b3d6b",
};

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Site" });
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipLink")}
        </a>
        {children}
      </body>
    </html>
  );
}
