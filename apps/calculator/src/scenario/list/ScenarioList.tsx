import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { serverApi } from "@/api/server";
import { formatMoney, formatNumber } from "@/format/numbers";
import { getPathname, Link } from "@/i18n/navigation";

interface ScenarioListProps {
  organisationName: string;
  q: string;
  includeArchived: boolean;
  cursor: string | undefined;
  compareError: boolean;
}

/** The organisation's scenarios, newest change first, with their headline figures (recomputed by the API on save). */
export async function ScenarioList({ organisationName, q, includeArchived, cursor, compareError }: ScenarioListProps) {
  const [t, format, locale, api] = await Promise.all([getTranslations("list"), getFormatter(), getLocale(), serverApi()]);
  const page = await api.scenario.list.query({ q: q || undefined, includeArchived, cursor });
  const nextQuery = { ...(q ? { q } : {}), ...(includeArchived ? { archived: "1" } : {}), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  return (
    <>
      <div className="page-heading">
        <h1>{t("title")}</h1>
        <Link href="/scenarios/new" className="button">
          {t("create")}
        </Link>
      </div>
      <p className="muted">{t("intro", { organisation: organisationName })}</p>

        <form method="get" className="search-form" role="search" aria-label={t("searchLabel")}>
          <div className="field">
            <label htmlFor="scenario-search">{t("search")}</label>
            <input id="scenario-search" name="q" type="search" defaultValue={q} />
          </div>
          <div className="choice">
            <input id="scenario-archived" name="archived" type="checkbox" value="1" defaultChecked={includeArchived} />
            <label htmlFor="scenario-archived">{t("includeArchived")}</label>
          </div>
          <button type="submit" className="button button--secondary">
            {t("searchButton")}
          </button>
        </form>

      {page.items.length === 0 ? (
        <p>{q ? t("noMatches") : t("empty")}</p>
      ) : (
        <form method="get" action={getPathname({ locale, href: "/compare" })}>
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table">
              <caption>{t("caption", { count: page.items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("compareColumn")}</th>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("owner")}</th>
                  <th scope="col">{t("updated")}</th>
                  <th scope="col" className="number">
                    {t("npv")}
                  </th>
                  <th scope="col" className="number">
                    {t("bcr")}
                  </th>
                  <th scope="col" className="number">
                    {t("payback")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <input
                        type="checkbox"
                        name="ids"
                        value={item.id}
                        id={`compare-${item.id}`}
                        aria-label={t("compareThis", { name: item.name })}
                      />
                    </td>
                    <th scope="row">
                      <Link href={`/scenarios/${item.id}`}>{item.name}</Link>
                      {item.archivedAt ? <span className="badge">{t("archived")}</span> : null}
                    </th>
                    <td>{item.ownerName ?? t("noOwner")}</td>
                    <td>{format.dateTime(new Date(item.updatedAt), { dateStyle: "medium", timeStyle: "short" })}</td>
                    <td className="number">{item.npv === null ? "–" : formatMoney(locale, item.npv)}</td>
                    <td className="number">{item.bcr === null ? "–" : formatNumber(locale, item.bcr)}</td>
                    <td className="number">
                      {item.paybackOffset === null
                        ? t("noPayback")
                        : item.startYear === null
                          ? "–"
                          : t("paybackYear", { year: item.startYear + item.paybackOffset })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {compareError ? (
            <p role="alert" className="form-error">
              {t("compareCount")}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button button--secondary">
              {t("compare")}
            </button>
            <span className="muted">{t("compareHint")}</span>
          </div>
        </form>
      )}
      {page.nextCursor ? (
        <p>
          <Link href={{ pathname: "/", query: nextQuery }}>{t("more")}</Link>
        </p>
      ) : null}
    </>
  );
}
