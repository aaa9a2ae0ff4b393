"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { Member } from "./types";

/** Asks before a member is removed; Escape or "Cancel" keeps them. */
export function RemoveMemberDialog({
  member,
  self,
  organisationName,
  onConfirm,
  onCancel,
}: {
  member: Member;
  self: boolean;
  organisationName: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("members");
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    // The opener keeps focus history: showModal moves focus in, close() gives it back.
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="remove-member-title"
      aria-describedby="remove-member-description"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="remove-member-title">{t("confirmTitle", { name: member.name, organisation: organisationName })}</h2>
      <p id="remove-member-description">
        {t("confirmDescription", { name: member.name, email: member.email })}
        {self ? ` ${t("confirmSelf")}` : null}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm}>
          {t("confirmRemove")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
