import type { ScenarioInput } from "@insats/domain";
import { useLocale, useTranslations } from "next-intl";
import { describeValue, inputRows } from "./input-rows";

/** Every input of one scenario as a two-column table, for the report. */
export function InputsTable({ input }: { input: ScenarioInput }) {
  const t = useTranslations("report");
  const fields = useTranslations("fields");
  const names = useTranslations();
  const locale = useLocale();
  return (
    <table className="data-table data-table--compact">
      <caption>{t("inputsCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field")}</th>
          <th scope="col">{t("value")}</th>
        </tr>
      </thead>
      <tbody>
        {[...inputRows(input).values()].map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {fields(`${row.field}.label`, row.labelValues)}
              {row.line ? <span className="muted"> – {row.line}</span> : null}
            </th>
            <td>{describeValue(row.value, locale, names)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
