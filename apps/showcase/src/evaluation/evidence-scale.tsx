import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export const evidenceLevels = [0, 1, 2, 3, 4, 5] as const;

/**
 * An evidence level as a row of five steps with its text beside it: "Evidensnivå 4 av 5" and what the level
 * means. The steps are decoration; the text says it all. Level 0 shows five empty steps; no level shows none.
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
  // No level yet is not level 0: it has no steps at all, only its words, so the two never look alike.
  if (level === null) {
    return (
      <span className="evidence-scale evidence-scale--none">
        <span className="evidence-scale__text">
          {t("none")}
          {detail ? <span className="evidence-scale__meaning"> – {t("noneExplained")}</span> : null}
        </span>
      </span>
    );
  }
  return (
    <span className="evidence-scale">
      <span className="evidence-scale__steps" aria-hidden="true">
        {evidenceLevels.slice(1).map((step) => (
          <span
            key={step}
            className={step <= level ? "evidence-scale__step evidence-scale__step--on" : "evidence-scale__step"}
          />
        ))}
      </span>
      <span className="evidence-scale__text">
        {t("levelOfFive", { level })}
        {detail ? <span className="evidence-scale__meaning"> – {t(`meaning.${level}`)}</span> : null}
      </span>
    </span>
  );
}
