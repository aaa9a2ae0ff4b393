import { getTranslations } from "next-intl/server";
import { showcaseEnv } from "@/env";
import type { Locale } from "@/i18n/routing";

/** Who publishes this site, as a sentence: the deployment names itself (SITE_PUBLISHER), or says it is a demonstration. */
export async function Publisher({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Site.publisher" });
  const { SITE_PUBLISHER: publisher } = showcaseEnv();
  return <>{publisher ? t("named", { publisher }) : t("demonstration")}</>;
}
