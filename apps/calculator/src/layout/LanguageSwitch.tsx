"use client";
import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** The same page in the other language, query included. */
export function LanguageSwitch({ currentLocale }: { currentLocale: string }) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = currentLocale === "sv" ? "en" : "sv";
  const query = Object.fromEntries(searchParams.entries());
  return (
    <Link href={{ pathname, query }} locale={other} lang={other} hrefLang={other} className="language-switch">
      {t("otherLanguage")}
    </Link>
  );
}
