"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { browserApi } from "@/api/browser";
import { apiErrorCode } from "@/api/errors";
import { formatMoney } from "@/format/numbers";
import { useRouter } from "@/i18n/navigation";
import type { ScenarioRecord } from "./scenario-record";

type Versions = Awaited<ReturnType<ReturnType<typeof browserApi>["scenario"]["versions"]["query"]>>["items"];

/** Exports, history with restore, duplicate and archive: everything about the saved scenario. */
export function ScenarioActions({ record, dirty, onReplace }: { record: ScenarioRecord; dirty: boolean; onReplace: (next: ScenarioRecord) => void }) {
  const t = useTranslations("actions");
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const [versions, setVersions] = useState<Versions | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const api = browserApi();

  async function loadVersions() {
    setVersions((await api.scenario.versions.query({ id: record.id })).items);
  }

  async function run(action: () => Promise<void>) {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(apiErrorCode(error) === "CONFLICT" ? t("conflict") : t("failed"));
    }
  }

  const exportHref = (format: "json" | "xlsx" | "pdf") => `/api/scenarios/${record.id}/${format}?locale=${locale}`;

  return (
    <section aria-labelledby="section-actions" className="panel">
      <h2 id="section-actions">{t("title")}</h2>
      <h3>{t("exports")}</h3>
      {dirty ? <p className="notice">{t("exportsSavedOnly")}</p> : null}
      <ul className="link-list">
        <li>
          <a href={exportHref("xlsx")} download>
            {t("excel")}
          </a>
        </li>
        <li>
          <a href={exportHref("pdf")} download>
            {t("pdf")}
          </a>
        </li>
        <li>
          <a href={exportHref("json")} download>
            {t("json")}
          </a>
        </li>
      </ul>

      <h3>{t("manage")}</h3>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void run(async () => {
              const copy = await api.scenario.duplicate.mutate({ id: record.id });
              router.push(`/scenarios/${copy.id}`);
            })
          }
        >
          {t("duplicate")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void run(async () => {
              const next = await api.scenario.archive.mutate({ id: record.id, archived: !record.archivedAt, expectedVersion: record.version });
              onReplace(next);
              setMessage(next.archivedAt ? t("archivedDone") : t("unarchivedDone"));
            })
          }
        >
          {record.archivedAt ? t("unarchive") : t("archive")}
        </button>
      </div>
      <p role="status" className="muted">
        {message}
      </p>

      <details
        className="history"
        onToggle={(event) => {
          if ((event.currentTarget).open) void run(loadVersions);
        }}
      >
        <summary>{t("history")}</summary>
        {versions === null ? (
          <p>{t("loading")}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table data-table--compact">
              <caption>{t("historyCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("versionColumn")}</th>
                  <th scope="col">{t("savedBy")}</th>
                  <th scope="col">{t("savedAt")}</th>
                  <th scope="col" className="number">
                    {t("npv")}
                  </th>
                  <th scope="col">{t("restoreColumn")}</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((version) => (
                  <tr key={version.version}>
                    <th scope="row">{version.version}</th>
                    <td>{version.savedByName ?? "–"}</td>
                    <td>{format.dateTime(new Date(version.savedAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td className="number">{typeof version.summary?.npv === "number" ? formatMoney(locale, version.summary.npv) : "–"}</td>
                    <td>
                      {version.version === record.version ? (
                        t("current")
                      ) : (
                        <button
                          type="button"
                          className="button button--quiet"
                          onClick={() =>
                            void run(async () => {
                              const restored = await api.scenario.restore.mutate({ id: record.id, version: version.version, expectedVersion: record.version });
                              onReplace(restored);
                              await loadVersions();
                              setMessage(t("restored", { version: version.version }));
                            })
                          }
                        >
                          {t("restore", { version: version.version })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </section>
  );
}
