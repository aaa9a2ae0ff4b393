"use client";
import { useFormatter, useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef } from "react";

export interface ConflictRow {
  key: string;
  label: ReactNode;
  theirs: ReactNode;
  mine: ReactNode;
}

interface ConflictDialogViewProps {
  version: number;
  updatedAt: string;
  /** The fields that differ between the saved version and the edit. */
  rows: readonly ConflictRow[];
  onReload: () => void;
  onCancel: () => void;
  /** What else the user may do with their edit: save it as a copy (scenarios), or over the saved version (content). */
  alternative?: { label: string; onChoose: () => void };
}

/**
 * Someone saved the record since this edit began: show what differs and let the user choose. Shared by the
 * scenario editor and the content workspace; each gives its own rows and alternative.
 */
export function ConflictDialogView({ version, updatedAt, rows, onReload, onCancel, alternative }: ConflictDialogViewProps) {
  const t = useTranslations("conflict");
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="conflict-title" aria-describedby="conflict-description" onCancel={onCancel}>
      <h2 id="conflict-title">{t("title")}</h2>
      <p id="conflict-description">
        {t("description", { version, when: format.dateTime(new Date(updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {rows.length === 0 ? (
        <p>{t("noDifferences")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table data-table--compact">
            <caption>{t("caption", { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field")}</th>
                <th scope="col">{t("theirs", { version })}</th>
                <th scope="col">{t("mine")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.theirs}</td>
                  <td>{row.mine}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onReload}>
          {t("reload")}
        </button>
        {alternative ? (
          <button type="button" className="button button--secondary" onClick={alternative.onChoose}>
            {alternative.label}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
