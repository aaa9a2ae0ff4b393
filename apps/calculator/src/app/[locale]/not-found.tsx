import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <main id="main" tabIndex={-1} className="page page--narrow">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
    </main>
  );
}
