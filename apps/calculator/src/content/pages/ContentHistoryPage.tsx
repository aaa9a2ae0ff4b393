import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import { Link } from "@/i18n/navigation";
import { firstValue, type SearchParams } from "@/routing/search-params";
import { requireEditor, resolveWorkspacePath, type Root } from "../access";
import { contentPath } from "../paths";
import { RestoreButton } from "../RestoreButton";
import { VersionDiff } from "../VersionDiff";
import { Refused } from "./Refused";

export async function contentHistoryMetadata() {
  const t = await getTranslations("content.history");
  return { title: t("title") };
}

function versionParam(value: string | undefined, versions: readonly number[]): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && versions.includes(number) ? number : undefined;
}

/** The versions of a record with who and when, two of them compared field by field, and restore. */
export async function ContentHistoryPage({ root, params, searchParams }: { root: Root; params: Promise<{ locale: string; kind: string; slug: string }>; searchParams: Promise<SearchParams> }) {
  const { locale, kind: segment, slug } = await params;
  setRequestLocale(locale);
  const kind = resolveWorkspacePath(locale, root, { kindSegment: segment, slug, view: "history" });
  if (!kind) notFound();
  const access = await requireEditor(locale, contentPath(locale, { kind, slug, view: "history" }));
  if (!access) return <Refused />;
  const [t, format, api] = await Promise.all([getTranslations("content.history"), getFormatter(), serverApi()]);
  let history;
  try {
    history = await api.content.versions.query({ kind, slug });
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") notFound();
    throw error;
  }
  const numbers = history.versions.map((entry) => entry.version);
  const query = await searchParams;
  const to = versionParam(firstValue(query.to), numbers) ?? numbers[0];
  const from = versionParam(firstValue(query.from), numbers) ?? numbers.find((number) => to !== undefined && number < to);
  const [fromContent, toContent] = await Promise.all(
    [from, to].map((version) => (version === undefined ? Promise.resolve(null) : api.content.version.query({ kind, slug, version }).then((found) => found.content))),
  );
  const recordedFrom = numbers.at(-1);

  return (
    <>
      <p>
        <Link href={contentPath(locale, { kind, slug, view: "edit" })}>{t("back")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      {recordedFrom !== undefined && recordedFrom > 1 ? <p className="muted">{t("earlierUnrecorded", { version: recordedFrom })}</p> : null}
      {history.versions.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <form method="get" className="form-stack">
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="history-caption">
            <table className="data-table">
              <caption id="history-caption">{t("caption", { count: history.versions.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("version")}</th>
                  <th scope="col">{t("what")}</th>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("who")}</th>
                  <th scope="col">{t("compareFrom")}</th>
                  <th scope="col">{t("compareTo")}</th>
                  <th scope="col">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {history.versions.map((entry) => (
                  <tr key={entry.version}>
                    <th scope="row">
                      {t("versionNumber", { version: entry.version })}
                      {entry.version === history.current ? <span className="badge">{t("current")}</span> : null}
                    </th>
                    <td>
                      {t(`verbs.${entry.verb}`, { version: entry.restoredFrom ?? 0 })}
                      {" · "}
                      {entry.published ? t("public") : t("notPublic")}
                    </td>
                    <td>{format.dateTime(new Date(entry.at), { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td>{entry.actorName ?? t("unknownAuthor")}</td>
                    <td>
                      <input type="radio" name="from" value={entry.version} defaultChecked={entry.version === from} aria-label={t("compareFromVersion", { version: entry.version })} />
                    </td>
                    <td>
                      <input type="radio" name="to" value={entry.version} defaultChecked={entry.version === to} aria-label={t("compareToVersion", { version: entry.version })} />
                    </td>
                    <td>{entry.version === history.current ? null : <RestoreButton kind={kind} slug={slug} version={entry.version} current={history.current} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="submit" className="button button--secondary">
              {t("compare")}
            </button>
          </div>
        </form>
      )}
      {from !== undefined && to !== undefined && fromContent && toContent ? (
        <section aria-labelledby="diff-heading" className="form-section">
          <h2 id="diff-heading">{t("diffHeading", { from, to })}</h2>
          <VersionDiff from={fromContent} to={toContent} fromVersion={from} toVersion={to} />
        </section>
      ) : null}
    </>
  );
}
