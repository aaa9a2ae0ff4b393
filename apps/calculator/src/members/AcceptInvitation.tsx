"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { apiErrorCode } from "@/api/errors";
import { browserApi } from "@/api/browser";
import { formText } from "@/form/form-text";
import { chooseOrganisation } from "@/session/organisation-actions";

/** better-auth's password lengths (packages/api/src/auth/better-auth.ts). */
const passwordLength = { min: 10, max: 256 };

type FieldErrors = { name?: string; password?: string };

/**
 * Accepts the invitation: signed in, with one button; otherwise with a name and a password for the new account,
 * which is then signed in. Either way the invited organisation becomes the one the person works in.
 */
export function AcceptInvitation({
  token,
  email,
  signedIn,
  homePath,
}: {
  token: string;
  email: string;
  signedIn: boolean;
  /** The scenario list in the page's language, where the new member lands. */
  homePath: string;
}) {
  const t = useTranslations("members.accept");
  const nameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function check(name: string, password: string): FieldErrors {
    return {
      name: name.trim() ? undefined : t("nameRequired"),
      password:
        password.length < passwordLength.min
          ? t("passwordTooShort")
          : password.length > passwordLength.max
            ? t("passwordTooLong")
            : undefined,
    };
  }

  async function accept(account?: { name: string; password: string }) {
    setBusy(true);
    setFormError(null);
    try {
      const accepted = await browserApi().invitation.accept.mutate({ token, account });
      if (account) {
        const signIn = await fetch("/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password: account.password }),
        });
        if (!signIn.ok) throw new Error(`sign-in answered ${signIn.status}`);
      }
      const choice = new FormData();
      choice.set("organisationId", accepted.organisationId);
      choice.set("returnTo", homePath);
      // Redirects to the scenario list in the invited organisation.
      await chooseOrganisation(choice);
    } catch (error) {
      const code = apiErrorCode(error);
      setFormError(
        code === "NOT_FOUND"
          ? t("invalid")
          : code === "CONFLICT"
            ? t("signInRequired", { email })
            : code === "TOO_MANY_REQUESTS"
              ? t("tooMany")
              : t("failed"),
      );
      setBusy(false);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = formText(form, "name");
    const password = formText(form, "password");
    const found = check(name, password);
    setErrors(found);
    if (found.name) return nameInput.current?.focus();
    if (found.password) return passwordInput.current?.focus();
    await accept({ name: name.trim(), password });
  }

  if (signedIn) {
    return (
      <>
        <p>
          <button type="button" className="button" disabled={busy} onClick={() => void accept()}>
            {t("accept")}
          </button>
        </p>
        <p role="alert" className="form-error">
          {formError}
        </p>
      </>
    );
  }

  return (
    <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor="accept-email">{t("email")}</label>
        <input id="accept-email" type="email" value={email} readOnly autoComplete="username" />
      </div>
      <div className="field">
        <label htmlFor="accept-name">{t("name")}</label>
        <input
          ref={nameInput}
          id="accept-name"
          name="name"
          type="text"
          autoComplete="name"
          maxLength={100}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "accept-name-error" : undefined}
        />
        {errors.name ? (
          <p id="accept-name-error" className="field-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="accept-password">{t("password")}</label>
        <p id="accept-password-help" className="help">
          {t("passwordHelp")}
        </p>
        <input
          ref={passwordInput}
          id="accept-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "accept-password-help accept-password-error" : "accept-password-help"}
        />
        {errors.password ? (
          <p id="accept-password-error" className="field-error">
            {errors.password}
          </p>
        ) : null}
      </div>
      <p role="alert" className="form-error">
        {formError}
      </p>
      <button type="submit" className="button" disabled={busy}>
        {t("create")}
      </button>
    </form>
  );
}
