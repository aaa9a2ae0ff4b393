import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import { getPathname, Link } from "@/i18n/navigation";
import { LanguageSwitch } from "@/layout/LanguageSwitch";
import { SignOutButton } from "@/layout/SignOutButton";
import { currentUser } from "@/session/current";
import { AcceptInvitation } from "./AcceptInvitation";
import { invitationPath, invitationTokenPattern, isLocalisedFor } from "./paths";

async function peek(token: string) {
  if (!invitationTokenPattern.test(token)) return null;
  try {
    return await (await serverApi()).invitation.peek.query({ token });
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND" || apiErrorCode(error) === "BAD_REQUEST") return null;
    throw error;
  }
}

/**
 * Where an invitation link leads: what the invitation is, and the one way to accept it that fits — signed in with
 * the invited address, signing in first (the address has a verified account), or creating an account.
 */
export async function InvitationPage({ locale, token, pathLanguage }: { locale: string; token: string; pathLanguage: "sv" | "en" }) {
  const path = getPathname({ locale, href: invitationPath(locale, token) });
  if (!isLocalisedFor(pathLanguage, locale)) redirect(path);
  const [t, roleName, preview] = await Promise.all([getTranslations("members.accept"), getTranslations("organisation.role"), peek(token)]);
  const user = preview ? await currentUser() : null;
  const home = getPathname({ locale, href: "/" });
  const login = { pathname: "/login", query: { returnTo: path } };

  let body;
  if (!preview) body = <p className="notice notice--error">{t("invalid")}</p>;
  else if (preview.status !== "open") {
    body = (
      <>
        <p className="notice notice--error">{t(preview.status)}</p>
        {preview.status === "used" && !user ? (
          <p>
            <Link href="/login">{t("signIn")}</Link>
          </p>
        ) : null}
      </>
    );
  } else if (user && user.email.toLowerCase() === preview.email) {
    body = <AcceptInvitation token={token} email={preview.email} signedIn homePath={home} />;
  } else if (user) {
    body = (
      <>
        <p className="notice notice--error">{t("otherAccount", { email: user.email })}</p>
        <SignOutButton />
      </>
    );
  } else if (preview.signInRequired) {
    body = (
      <>
        <p>{t("signInRequired", { email: preview.email })}</p>
        <p>
          <Link href={login} className="button">
            {t("signIn")}
          </Link>
        </p>
      </>
    );
  } else {
    body = (
      <>
        <h2>{t("newAccountTitle")}</h2>
        <p>{t("newAccountIntro", { email: preview.email })}</p>
        <AcceptInvitation token={token} email={preview.email} signedIn={false} homePath={home} />
        <p>
          {t("haveAccount")} <Link href={login}>{t("signInFirst")}</Link>
        </p>
      </>
    );
  }

  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <div className="login-language">
        <LanguageSwitch currentLocale={locale} />
      </div>
      <h1>{preview ? t("heading", { organisation: preview.organisationName }) : t("title")}</h1>
      {preview && preview.status === "open" ? (
        <p>{t("summary", { organisation: preview.organisationName, role: roleName(preview.role), email: preview.email })}</p>
      ) : null}
      {body}
    </main>
  );
}
