"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { browserApi } from "@/api/browser";
import { memberWriteError } from "./messages";
import { RemoveMemberDialog } from "./RemoveMemberDialog";
import { type Member, type Role, roles } from "./types";

type Status = { kind: "done" | "error"; text: string } | null;

/** The members with their roles: change a role, or remove a member after a confirmation. */
export function MemberList({
  members,
  currentUserId,
  organisationName,
}: {
  members: Member[];
  currentUserId: string;
  organisationName: string;
}) {
  const t = useTranslations("members");
  const roleName = useTranslations("organisation.role");
  const format = useFormatter();
  const router = useRouter();
  const [chosen, setChosen] = useState<Record<string, Role>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  async function changeRole(member: Member) {
    const role = chosen[member.userId] ?? member.role;
    if (role === member.role) return;
    setBusy(member.userId);
    setStatus(null);
    try {
      await browserApi().member.setRole.mutate({ userId: member.userId, role });
      setStatus({ kind: "done", text: t("roleChanged", { name: member.name, role: roleName(role) }) });
    } catch (error) {
      setStatus({ kind: "error", text: t(memberWriteError(error)) });
    }
    setChosen(({ [member.userId]: _, ...rest }) => rest);
    setBusy(null);
    router.refresh();
  }

  async function remove(member: Member) {
    setRemoving(null);
    setBusy(member.userId);
    setStatus(null);
    try {
      await browserApi().member.remove.mutate({ userId: member.userId });
      setStatus({ kind: "done", text: t("removed", { name: member.name }) });
    } catch (error) {
      setStatus({ kind: "error", text: t(memberWriteError(error)) });
    }
    setBusy(null);
    router.refresh();
  }

  return (
    <section aria-labelledby="members-list-title">
      <h2 id="members-list-title" className="visually-hidden">
        {t("title")}
      </h2>
      <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="members-caption">
        <table className="data-table members__table">
          <caption id="members-caption">{t("caption", { count: members.length, organisation: organisationName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("memberSince")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const selectId = `role-${member.userId}`;
              return (
                <tr key={member.userId} data-testid="member-row">
                  <th scope="row">
                    {member.name}
                    {member.userId === currentUserId ? <span className="muted"> ({t("you")})</span> : null}
                  </th>
                  <td className="members__email" data-label={t("email")}>
                    {member.email}
                  </td>
                  <td data-label={t("role")}>
                    <div className="members__role">
                      <label htmlFor={selectId} className="visually-hidden">
                        {t("roleFor", { name: member.name })}
                      </label>
                      <select
                        id={selectId}
                        value={chosen[member.userId] ?? member.role}
                        onChange={(event) => setChosen((all) => ({ ...all, [member.userId]: event.target.value as Role }))}
                      >
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {roleName(role)}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={busy !== null || (chosen[member.userId] ?? member.role) === member.role}
                        onClick={() => void changeRole(member)}
                      >
                        {t("changeRole")}
                        <span className="visually-hidden"> – {member.name}</span>
                      </button>
                    </div>
                  </td>
                  <td data-label={t("memberSince")}>{format.dateTime(new Date(member.memberSince), { dateStyle: "medium" })}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--quiet"
                      disabled={busy !== null}
                      onClick={() => setRemoving(member)}
                    >
                      {t("remove")}
                      <span className="visually-hidden"> {member.name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" className={status?.kind === "error" ? "form-error" : "members__status"}>
        {status?.text}
      </p>
      {removing ? (
        <RemoveMemberDialog
          member={removing}
          self={removing.userId === currentUserId}
          organisationName={organisationName}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
