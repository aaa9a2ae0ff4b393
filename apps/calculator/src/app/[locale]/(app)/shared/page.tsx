import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatDate, formatMoney } from "@/format/numbers";
import { getPathname, Link } from "@/i18n/navigation";
import { requireMembership } from "@/session/current";
import { loadSharedWithUs } from "@/share/load";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "share" }))("sharedWithUs") };
}

/** Delat med oss: the scenarios other organisations have shared with this one, each opening read-only. */
export default async function SharedWithUsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { membership } = await requireMembership(locale, getPathname({ locale, href: "/shared" }));
  const [items, t] = await Promise.all([loadSharedWithUs(), getTranslations("share")]);
  return (
    <>
      <h1>{t("sharedWithUs")}</h1>
      <p className="lead">{t("sharedWithUsIntro", { organisation: membership.organisationName })}</p>
      {items.length === 0 ? (
        <p className="notice">{t("nothingShared")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="shared-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="shared-caption">{t("sharedCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scenario")}</th>
                <th scope="col">{t("owner")}</th>
                <th scope="col">{t("decided")}</th>
                <th scope="col" className="number">
                  {t("npv")}
                </th>
                <th scope="col">{t("sharedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.scenarioId}>
                  <td>
                    <Link href={`/shared/${item.scenarioId}`}>{item.name}</Link>
                  </td>
                  <td>{locale === "en" ? item.owner.name.en : item.owner.name.sv}</td>
                  <td>{item.decidedOn ? formatDate(locale, item.decidedOn) : t("notDecided")}</td>
                  <td className="number">{item.npv === null ? t("noFigure") : formatMoney(locale, item.npv)}</td>
                  <td>{formatDate(locale, item.grantedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
