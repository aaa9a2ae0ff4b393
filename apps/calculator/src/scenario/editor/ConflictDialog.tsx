"use client";
import type { ScenarioInput } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { ConflictDialogView } from "@/conflict/ConflictDialogView";
import { changedKeys, describeValue, inputRows } from "../compare/input-rows";
import type { ScenarioRecord } from "./scenario-record";
import { required } from "@/required";

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

  const mineRows = inputRows(mine);
  const theirRows = inputRows(theirs.input);
  const rows = changedKeys(theirRows, mineRows).map((key) => {
    const row = required(mineRows.get(key) ?? theirRows.get(key), `the row ${key}`);
    return {
      key,
      label: (
        <>
          {fields(`${row.field}.label`, row.labelValues)}
          {row.line ? <span className="muted"> – {row.line}</span> : null}
        </>
      ),
      theirs: describeValue(theirRows.get(key)?.value, locale, names),
      mine: describeValue(mineRows.get(key)?.value, locale, names),
    };
  });

  return (
    <ConflictDialogView
      version={theirs.version}
      updatedAt={theirs.updatedAt}
      rows={rows}
      onReload={onReload}
      onCancel={onCancel}
      alternative={{ label: t("saveAsCopy"), onChoose: onSaveAsCopy }}
    />
  );
}
