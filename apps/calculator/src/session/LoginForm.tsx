"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
// returnTo is a full path, locale included, so the plain router is the right one.
import { useRouter } from "next/navigation";

/** better-auth's sign-in, through the app's /api/auth proxy so that the session cookie is first-party. */
export function LoginForm({ returnTo, oidcProviderId }: { returnTo: string; oidcProviderId: string | null }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      });
      if (response.ok) {
        router.replace(returnTo);
        router.refresh();
        return;
      }
      setError(response.status === 429 ? t("tooManyAttempts") : t("wrongCredentials"));
    } catch {
      setError(t("unreachable"));
    }
    setBusy(false);
  }

  async function signInWithOidc() {
    if (!oidcProviderId) return;
    setBusy(true);
    const response = await fetch("/api/auth/sign-in/oauth2", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ providerId: oidcProviderId, callbackURL: new URL(returnTo, window.location.origin).href }),
    });
    const body = (await response.json().catch(() => null)) as { url?: string } | null;
    if (response.ok && body?.url) window.location.assign(body.url);
    else {
      setError(t("unreachable"));
      setBusy(false);
    }
  }

  return (
    <>
      <form className="form-stack" onSubmit={(event) => void signIn(event)} noValidate>
        <div className="field">
          <label htmlFor="login-email">{t("email")}</label>
          <input id="login-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t("password")}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <div role="alert" className="form-error">
          {error}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("signIn")}
        </button>
      </form>
      {oidcProviderId ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => void signInWithOidc()} disabled={busy}>
            {t("signInWithOidc")}
          </button>
        </p>
      ) : null}
    </>
  );
}
