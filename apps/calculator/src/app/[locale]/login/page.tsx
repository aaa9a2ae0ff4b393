import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { withoutDirectionControls } from "@insats/web-security/text";
import { calculatorEnv } from "@/env";
import { getPathname } from "@/i18n/navigation";
import { LanguageSwitch } from "@/layout/LanguageSwitch";
import { initiativeEvidence } from "@/scenario/create/initiative-evidence";
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
  const initiative = await initiativeAfterLogin(locale, returnTo);
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <div className="login-language">
        <LanguageSwitch currentLocale={locale} />
      </div>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {initiative ? (
        <p className="panel panel--highlight login-initiative" data-testid="login-initiative">
          {t("aboutToCalculate", { title: withoutDirectionControls(initiative.title) })}
        </p>
      ) : null}
      <LoginForm returnTo={returnTo} oidcProviderId={calculatorEnv().OIDC_PROVIDER_ID ?? null} />
    </main>
  );
}

/**
 * The showcase's "Räkna på en liknande insats" leads to the new-scenario page with the initiative's slug; a
 * planner who must sign in first is told which example the calculation will start from.
 */
async function initiativeAfterLogin(locale: string, returnTo: string) {
  const target = new URL(returnTo, "https://calculator.invalid");
  if (target.pathname !== getPathname({ locale, href: "/scenarios/new" })) return null;
  const slug = target.searchParams.get("initiative");
  return slug ? initiativeEvidence(slug, locale) : null;
}
