import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

/**
 * Above an initiative's or a news item's page: in an editor's preview, that it is not public (with the way out);
 * on the English site, that a page the editors have not translated yet is shown in Swedish.
 */
export async function ContentNotes({ locale, published, untranslated }: { locale: Locale; published: boolean; untranslated: boolean }) {
  const t = await getTranslations({ locale, namespace: "Preview" });
  return (
    <>
      {published ? null : (
        <div className="content-note content-note--preview" role="note">
          <p>
            <strong>{t("draftTitle")}</strong> {t("draftText")}{" "}
            <a href={`/api/preview/exit?locale=${locale}`} rel="nofollow">
              {t("exit")}
            </a>
          </p>
        </div>
      )}
      {untranslated && locale === "en" ? (
        <div className="content-note" role="note">
          <p>{t("untranslated")}</p>
        </div>
      ) : null}
    </>
  );
}
