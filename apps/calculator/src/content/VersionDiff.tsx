"use client";
import { useTranslations } from "next-intl";
import { contentChanges } from "./diff";
import { useChangeText } from "./labels";

/** Two versions side by side, field by field: only what changed, each field named in the user's language. */
export function VersionDiff({ from, to, fromVersion, toVersion }: { from: unknown; to: unknown; fromVersion: number; toVersion: number }) {
  const t = useTranslations("content.history");
  const text = useChangeText();
  const changes = contentChanges(from, to);
  if (changes.length === 0) return <p>{t("noChanges", { from: fromVersion, to: toVersion })}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="diff-caption">
      <table className="data-table data-table--compact">
        <caption id="diff-caption">{t("diffCaption", { count: changes.length, from: fromVersion, to: toVersion })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("versionColumn", { version: fromVersion })}</th>
            <th scope="col">{t("versionColumn", { version: toVersion })}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.key}>
              <th scope="row">{text.label(change.segments)}</th>
              <td className="diff__before">{text.value(change, "before")}</td>
              <td className="diff__after">{text.value(change, "after")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
