"use client";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { z } from "zod";
import { apiErrorCode } from "@/api/errors";
import { browserApi } from "@/api/browser";
import { memberWriteError } from "./messages";
import { type Role, roles } from "./types";

/** How long a link works; the API's `invitationValidDays`. */
const validDays = 14;

type Outcome =
  | { kind: "emailed"; email: string }
  | { kind: "link"; email: string; link: string; mailFailed: boolean }
  | null;

const emailSchema = z.email().max(254);

/** The field's message key for a typed address, or null when it can be sent. */
function emailProblem(value: string): "emailRequired" | "emailInvalid" | null {
  if (!value.trim()) return "emailRequired";
  return emailSchema.safeParse(value.trim()).success ? null : "emailInvalid";
}

/** True when the API refused the address itself (an existing member's). */
function refusedEmail(error: unknown): boolean {
  if (!(error instanceof TRPCClientError) || apiErrorCode(error) !== "BAD_REQUEST") return false;
  const issues = (error.data as { issues?: { path: string }[] | null } | undefined)?.issues ?? [];
  return issues.some((issue) => issue.path === "email");
}

/** Invites an address with a role; without a mail server the admin gets the link to pass on. */
export function InviteForm() {
  const t = useTranslations("members.invite");
  const tm = useTranslations("members");
  const roleName = useTranslations("organisation.role");
  const locale = useLocale();
  const router = useRouter();
  const emailInput = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("planner");
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problem = emailProblem(email);
    setFormError(null);
    if (problem) {
      setEmailError(t(problem));
      emailInput.current?.focus();
      return;
    }
    setEmailError(null);
    setBusy(true);
    setCopied(false);
    try {
      const result = await browserApi().member.invite.mutate({ email: email.trim(), role });
      const invited = result.invitation.email;
      setOutcome(
        result.links
          ? { kind: "link", email: invited, link: locale === "en" ? result.links.en : result.links.sv, mailFailed: result.delivery === "emailFailed" }
          : { kind: "emailed", email: invited },
      );
      setEmail("");
      router.refresh();
    } catch (error) {
      if (refusedEmail(error)) {
        setEmailError(t("alreadyMember"));
        emailInput.current?.focus();
      } else {
        setFormError(tm(memberWriteError(error)));
      }
    }
    setBusy(false);
  }

  async function copy(link: string) {
    await navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <section aria-labelledby="invite-title" className="panel members__invite">
      <h2 id="invite-title">{t("title")}</h2>
      <p className="help">{t("intro")}</p>
      <form className="members__invite-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="invite-email">{t("email")}</label>
          <input
            ref={emailInput}
            id="invite-email"
            name="email"
            type="email"
            autoComplete="off"
            maxLength={254}
            value={email}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? "invite-email-error" : undefined}
            onChange={(event) => setEmail(event.target.value)}
            onBlur={() => {
              const problem = email ? emailProblem(email) : null;
              setEmailError(problem ? t(problem) : null);
            }}
          />
          {emailError ? (
            <p id="invite-email-error" className="field-error">
              {emailError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t("role")}</label>
          <select id="invite-role" name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {roles.map((item) => (
              <option key={item} value={item}>
                {roleName(item)}
              </option>
            ))}
          </select>
        </div>
        <div className="members__invite-submit">
          <button type="submit" className="button" disabled={busy}>
            {t("submit")}
          </button>
        </div>
      </form>
      <p role="alert" className="form-error">
        {formError}
      </p>
      <div role="status">
        {outcome?.kind === "emailed" ? <p className="notice">{t("sent", { email: outcome.email })}</p> : null}
        {outcome?.kind === "link" ? (
          <div className={outcome.mailFailed ? "notice notice--error" : "notice"} data-testid="invitation-link">
            <h3>{t("linkTitle", { email: outcome.email })}</h3>
            <p>{t(outcome.mailFailed ? "mailFailed" : "linkHelp", { email: outcome.email, days: validDays })}</p>
            <div className="field">
              <label htmlFor="invitation-link">{t("linkLabel")}</label>
              <input id="invitation-link" type="text" readOnly value={outcome.link} onFocus={(event) => event.target.select()} />
            </div>
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => void copy(outcome.link)}>
                {t("copy")}
              </button>
              {copied ? <span>{t("copied")}</span> : null}
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
