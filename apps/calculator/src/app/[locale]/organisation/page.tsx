import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { AppHeader } from "@/layout/AppHeader";
import { currentUser, redirectToLogin } from "@/session/current";
import { chooseOrganisation } from "@/session/organisation-actions";
import { safeReturnTo } from "@/session/return-to";
import { type SearchParams } from "@/routing/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organisation");
  return { title: t("title") };
}

export default async function OrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const target = safeReturnTo((await searchParams).returnTo, getPathname({ locale, href: "/" }));
  const user = await currentUser();
  if (!user) redirectToLogin(locale, getPathname({ locale, href: "/organisation" }));
  const t = await getTranslations("organisation");
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="page page--narrow">
        <h1>{t("title")}</h1>
        {user.memberships.length === 0 ? (
          <p>{t("noMemberships")}</p>
        ) : (
          <form action={chooseOrganisation} className="form-stack">
            <input type="hidden" name="returnTo" value={target} />
            <fieldset>
              <legend>{t("legend")}</legend>
              {user.memberships.map((membership, index) => (
                <div className="choice" key={membership.organisationId}>
                  <input
                    type="radio"
                    id={`organisation-${membership.organisationId}`}
                    name="organisationId"
                    value={membership.organisationId}
                    defaultChecked={
                      membership.organisationId === user.activeOrganisationId ||
                      (!user.activeOrganisationId && index === 0)
                    }
                  />
                  <label htmlFor={`organisation-${membership.organisationId}`}>
                    {membership.organisationName}{" "}
                    <span className="muted">({t(`role.${membership.role}`)})</span>
                  </label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="button">
              {t("choose")}
            </button>
          </form>
        )}
      </main>
    </>
  );
}
