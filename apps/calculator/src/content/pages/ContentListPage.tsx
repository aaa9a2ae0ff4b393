import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { serverApi } from "@/api/server";
import { Link } from "@/i18n/navigation";
import { type SearchParams } from "@/routing/search-params";
import { requireEditor, resolveWorkspacePath, type Root } from "../access";
import { contentPath } from "../paths";
import { Refused } from "./Refused";

export async function contentListMetadata(): Promise<Metadata> {
  const t = await getTranslations("content.list");
  return { title: t("title") };
}

/** Innehåll: the organisation's inspiration examples and På gång items, drafts and published, last changed first. */
export async function ContentListPage({ root, params, searchParams }: { root: Root; params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  resolveWorkspacePath(locale, root);
  const access = await requireEditor(locale, contentPath(locale));
  if (!access) return <Refused />;
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 200);
  const [t, format, api] = await Promise.all([getTranslations("content.list"), getFormatter(), serverApi()]);
  const entries = await api.content.entries.query({ q: q || undefined });
  const language = locale === "en" ? "en" : "sv";
  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        <div className="actions">
          <Link href={contentPath(locale, { kind: "initiative", view: "new" })} className="button">
            {t("newInitiative")}
          </Link>
          <Link href={contentPath(locale, { kind: "newsItem", view: "new" })} className="button button--secondary">
            {t("newNewsItem")}
          </Link>
        </div>
      </div>
      <p className="muted">{t("intro", { organisation: access.membership.organisationName })}</p>
      <form method="get" className="search-form" role="search" aria-label={t("searchLabel")}>
        <div className="field">
          <label htmlFor="content-search">{t("search")}</label>
          <input id="content-search" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button button--secondary">
          {t("searchButton")}
        </button>
      </form>
      {entries.length === 0 ? (
        <p>{q ? t("noMatches") : t("empty")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="content-caption">
          <table className="data-table">
            <caption id="content-caption">{t("caption", { count: entries.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("titleColumn")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("updated")}</th>
                <th scope="col">{t("updatedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.kind}-${entry.slug}`}>
                  <th scope="row">
                    <Link href={contentPath(locale, { kind: entry.kind, slug: entry.slug, view: "edit" })}>{entry.title[language]}</Link>
                  </th>
                  <td>{t(`kinds.${entry.kind}`)}</td>
                  <td>
                    <span className={entry.published ? "badge badge--published" : "badge"}>{entry.published ? t("published") : t("draft")}</span>
                  </td>
                  <td>{format.dateTime(new Date(entry.updatedAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>{entry.updatedBy ?? t("unknownAuthor")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
