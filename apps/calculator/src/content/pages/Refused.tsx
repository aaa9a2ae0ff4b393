import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** What a planner sees at a workspace address: why not, and the way back. */
export async function Refused() {
  const t = await getTranslations("content.refused");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </>
  );
}
