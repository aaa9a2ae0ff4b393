"use client";
import type { ScenarioInput } from "@insats/domain";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { changedKeys, describeValue, inputRows } from "../compare/input-rows";
import type { ScenarioRecord } from "./scenario-record";

interface ConflictDialogProps {
  mine: ScenarioInput;
  theirs: ScenarioRecord;
  onReload: () => void;
  onSaveAsCopy: () => void;
  onCancel: () => void;
}

/** Someone saved the scenario since this edit began: show what differs and let the planner choose. */
export function ConflictDialog({ mine, theirs, onReload, onSaveAsCopy, onCancel }: ConflictDialogProps) {
  const t = useTranslations("conflict");
  const fields = useTranslations("fields");
  const names = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const mineRows = inputRows(mine);
  const theirRows = inputRows(theirs.input);
  const changed = changedKeys(theirRows, mineRows);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="conflict-title" aria-describedby="conflict-description" onCancel={onCancel}>
      <h2 id="conflict-title">{t("title")}</h2>
      <p id="conflict-description">
        {t("description", { version: theirs.version, when: format.dateTime(new Date(theirs.updatedAt), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {changed.length === 0 ? (
        <p>{t("noDifferences")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table data-table--compact">
            <caption>{t("caption", { count: changed.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field")}</th>
                <th scope="col">{t("theirs", { version: theirs.version })}</th>
                <th scope="col">{t("mine")}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((key) => {
                const row = mineRows.get(key) ?? theirRows.get(key)!;
                return (
                  <tr key={key}>
                    <th scope="row">
                      {fields(`${row.field}.label`, row.labelValues)}
                      {row.line ? <span className="muted"> – {row.line}</span> : null}
                    </th>
                    <td>{describeValue(theirRows.get(key)?.value, locale, names)}</td>
                    <td>{describeValue(mineRows.get(key)?.value, locale, names)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onReload}>
          {t("reload")}
        </button>
        <button type="button" className="button button--secondary" onClick={onSaveAsCopy}>
          {t("saveAsCopy")}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
