import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { calculatorEnv } from "@/env";
import { getPathname } from "@/i18n/navigation";
import { LanguageSwitch } from "@/layout/LanguageSwitch";
import { LoginForm } from "@/session/LoginForm";
import { safeReturnTo } from "@/session/return-to";
import { type SearchParams } from "@/routing/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("login");
  const returnTo = safeReturnTo((await searchParams).returnTo, getPathname({ locale, href: "/" }));
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <div className="login-language">
        <LanguageSwitch currentLocale={locale} />
      </div>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <LoginForm returnTo={returnTo} oidcProviderId={calculatorEnv().OIDC_PROVIDER_ID ?? null} />
    </main>
  );
}
