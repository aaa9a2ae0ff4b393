import { getLocale, getTranslations } from "next-intl/server";
import { contentPath } from "@/content/paths";
import { Link } from "@/i18n/navigation";
import { membersPath } from "@/members/paths";
import { currentUser } from "@/session/current";
import { LanguageSwitch } from "./LanguageSwitch";
import { SignOutButton } from "./SignOutButton";

export async function AppHeader() {
  const [t, tMembers, user, locale] = await Promise.all([
    getTranslations("layout"),
    getTranslations("members"),
    currentUser(),
    getLocale(),
  ]);
  const membership = user?.memberships.find((item) => item.organisationId === user.activeOrganisationId);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link href="/" className="app-header__name">
          {t("appName")}
        </Link>
        {membership ? <span className="app-header__organisation">{membership.organisationName}</span> : null}
      </div>
      <nav aria-label={t("mainNavigation")} className="app-header__nav">
        <ul>
          <li>
            <Link href="/">{t("scenarios")}</Link>
          </li>
          <li>
            <Link href="/scenarios/new">{t("newScenario")}</Link>
          </li>
          <li>
            <Link href="/fund">{t("fund")}</Link>
          </li>
          <li>
            <Link href="/shared">{t("sharedWithUs")}</Link>
          </li>
          {membership?.role === "admin" ? (
            <li>
              <Link href={membersPath(locale)}>{tMembers("nav")}</Link>
            </li>
          ) : null}
          {membership && membership.role !== "planner" ? (
            <li>
              <Link href={contentPath(locale)}>{t("content")}</Link>
            </li>
          ) : null}
          {user && user.memberships.length > 1 ? (
            <li>
              <Link href="/organisation">{t("switchOrganisation")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="app-header__user">
        <LanguageSwitch currentLocale={locale} />
        {user ? (
          <>
            <span className="app-header__who">{user.name}</span>
            <SignOutButton />
          </>
        ) : null}
      </div>
    </header>
  );
}
