"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { browserApi } from "@/api/browser";
import { memberWriteError } from "./messages";
import type { PendingInvitation } from "./types";

/** Invitations not yet accepted or withdrawn; an admin may withdraw one (a link passed to the wrong person). */
export function InvitationList({ invitations }: { invitations: (PendingInvitation & { expired: boolean })[] }) {
  const t = useTranslations("members.invitations");
  const tm = useTranslations("members");
  const roleName = useTranslations("organisation.role");
  const format = useFormatter();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: "done" | "error"; text: string } | null>(null);

  async function revoke(invitation: PendingInvitation) {
    setBusy(true);
    setStatus(null);
    try {
      await browserApi().member.revokeInvitation.mutate({ invitationId: invitation.id });
      setStatus({ kind: "done", text: t("revoked", { email: invitation.email }) });
    } catch (error) {
      setStatus({ kind: "error", text: tm(memberWriteError(error)) });
    }
    setBusy(false);
    router.refresh();
  }

  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t("title")}</h2>
      {invitations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="invitations-caption">
          <table className="data-table members__table">
            <caption id="invitations-caption">{t("caption", { count: invitations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("invitedBy")}</th>
                <th scope="col">{t("expires")}</th>
                <th scope="col">{tm("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id} data-testid="invitation-row">
                  <th scope="row" className="members__email">
                    {invitation.email}
                  </th>
                  <td data-label={t("role")}>{roleName(invitation.role)}</td>
                  <td data-label={t("invitedBy")}>{invitation.invitedByName ?? "–"}</td>
                  <td data-label={t("expires")}>
                    {format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium" })}
                    {invitation.expired ? <span className="badge">{t("expired")}</span> : null}
                  </td>
                  <td>
                    <button type="button" className="button button--quiet" disabled={busy} onClick={() => void revoke(invitation)}>
                      {t("revoke")}
                      <span className="visually-hidden"> {invitation.email}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className={status?.kind === "error" ? "form-error" : "members__status"}>
        {status?.text}
      </p>
    </section>
  );
}
