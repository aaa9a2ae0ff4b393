import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/i18n/paths";
import type { Locale } from "@/i18n/routing";

/** What a 404 offers instead: a search of the initiatives and the main ways in. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  const list = localizedPath("/initiatives", locale);
  return (
    <div className="page-intro not-found">
      <p className="eyebrow">{t("code")}</p>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <form className="inline-search" method="get" action={list} role="search" aria-label={t("searchLabel")}>
        <label htmlFor="not-found-q">{t("searchLabel")}</label>
        <div className="inline-search__row">
          <input id="not-found-q" name="q" type="search" />
          <button type="submit" className="button">
            {t("search")}
          </button>
        </div>
      </form>
      <h2 className="heading-small">{t("elsewhere")}</h2>
      <ul>
        <li>
          <Link href={localizedPath("/", locale)}>{t("home")}</Link>
        </li>
        <li>
          <Link href={list}>{t("initiatives")}</Link>
        </li>
        <li>
          <Link href={localizedPath("/news", locale)}>{t("news")}</Link>
        </li>
      </ul>
    </div>
  );
}
