import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export const evidenceLevels = [0, 1, 2, 3, 4, 5] as const;

/**
 * An evidence level as a row of five steps with its text beside it: "Evidensnivå 4 av 5" and what the level
 * means. The steps are decoration; the text says it all.
 */
export async function EvidenceScale({
  locale,
  level,
  detail = true,
}: {
  locale: Locale;
  level: number | null;
  /** Whether to add the level's meaning after the number. */
  detail?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Evidence" });
  return (
    <span className="evidence-scale">
      <span className="evidence-scale__steps" aria-hidden="true">
        {evidenceLevels.slice(1).map((step) => (
          <span
            key={step}
            className={
              level !== null && step <= level
                ? "evidence-scale__step evidence-scale__step--on"
                : "evidence-scale__step"
            }
          />
        ))}
      </span>
      <span className="evidence-scale__text">
        {level === null ? t("none") : t("levelOfFive", { level })}
        {detail && level !== null ? (
          <span className="evidence-scale__meaning"> – {t(`meaning.${level}`)}</span>
        ) : null}
      </span>
    </span>
  );
}
