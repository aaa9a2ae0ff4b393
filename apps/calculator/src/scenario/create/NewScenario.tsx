import { localize, scenarioTemplates, type Locale } from "@insats/domain";
import { getLocale, getTranslations } from "next-intl/server";
import { formatPercent } from "@/format/numbers";
import { createFromTemplate } from "./create-actions";
import { ImportScenario } from "./ImportScenario";
import { initiativeEvidence } from "./initiative-evidence";
import { isTemplateId, readEffectRange } from "./new-scenario";

interface NewScenarioProps {
  template: string | undefined;
  initiative: string | undefined;
  effectLow: string | undefined;
  effectHigh: string | undefined;
}

/** Four ways to start: a template, an initiative of the showcase (through its link), a JSON file, or blank. */
export async function NewScenario({ template, initiative, effectLow, effectHigh }: NewScenarioProps) {
  const [t, locale] = await Promise.all([getTranslations("create"), getLocale() as Promise<Locale>]);
  const chosen = isTemplateId(template) ? scenarioTemplates.find((item) => item.id === template) : undefined;
  const effect = readEffectRange(effectLow, effectHigh);
  const evidence = initiative ? await initiativeEvidence(initiative, locale) : null;
  const choices = scenarioTemplates.filter((item) => item.id !== "custom");

  return (
    <>
      <h1>{t("title")}</h1>
      {chosen ? (
        <section aria-labelledby="prefilled-heading" className="panel panel--highlight">
          <h2 id="prefilled-heading">{t("prefilledHeading")}</h2>
          <dl className="facts">
            <dt>{t("template")}</dt>
            <dd>{localize(chosen.title, locale)}</dd>
            {initiative ? (
              <>
                <dt>{t("initiative")}</dt>
                <dd>{evidence?.title ?? initiative}</dd>
                <dt>{t("evidenceLevel")}</dt>
                <dd data-testid="evidence-level">
                  {evidence && evidence.evidenceLevel !== null
                    ? t("evidenceLevelValue", { level: evidence.evidenceLevel })
                    : t("evidenceLevelUnknown")}
                </dd>
              </>
            ) : null}
            {effect ? (
              <>
                <dt>{t("effectRange")}</dt>
                <dd>{t("effectRangeValue", { low: formatPercent(locale, effect.low), high: formatPercent(locale, effect.high) })}</dd>
              </>
            ) : null}
          </dl>
          {effect ? <p className="muted">{t("effectExplained")}</p> : null}
          <form action={createFromTemplate} className="form-stack">
            <input type="hidden" name="template" value={chosen.id} />
            <input type="hidden" name="defaultName" value={localize(chosen.title, locale)} />
            {initiative ? <input type="hidden" name="initiative" value={initiative} /> : null}
            {effect ? (
              <>
                <input type="hidden" name="effectLow" value={String(effect.low)} />
                <input type="hidden" name="effectHigh" value={String(effect.high)} />
              </>
            ) : null}
            <div className="field">
              <label htmlFor="prefilled-name">{t("name")}</label>
              <input
                id="prefilled-name"
                name="name"
                type="text"
                maxLength={200}
                defaultValue={evidence ? `${evidence.title}: ${localize(chosen.title, locale)}` : localize(chosen.title, locale)}
              />
            </div>
            <button type="submit" className="button">
              {t("createPrefilled")}
            </button>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t("fromTemplate")}</h2>
        <ul className="card-grid">
          {choices.map((item) => (
            <li key={item.id} className="card">
              <h3>{localize(item.title, locale)}</h3>
              <p>{localize(item.description, locale)}</p>
              <form action={createFromTemplate}>
                <input type="hidden" name="template" value={item.id} />
                <input type="hidden" name="defaultName" value={localize(item.title, locale)} />
                <button type="submit" className="button button--secondary" aria-label={t("useTemplateNamed", { name: localize(item.title, locale) })}>
                  {t("useTemplate")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="blank-heading">
        <h2 id="blank-heading">{t("blank")}</h2>
        <p>{t("blankDescription")}</p>
        <form action={createFromTemplate}>
          <input type="hidden" name="template" value="custom" />
          <input type="hidden" name="defaultName" value={t("blankName")} />
          <button type="submit" className="button button--secondary">
            {t("createBlank")}
          </button>
        </form>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t("import")}</h2>
        <p>{t("importDescription")}</p>
        <ImportScenario />
      </section>
    </>
  );
}
