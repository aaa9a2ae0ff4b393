import {
  evaluationDesigns,
  focusAreaLabels,
  initiativeStatusLabels,
  swedishCounties,
  swedishMunicipalities,
  municipalitiesInCounty,
} from "@insats/domain";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Locale } from "@/i18n/routing";
import { countyName } from "./place.ts";
import type { InitiativeFacets } from "./queries.ts";
import type { InitiativeFilter } from "./search-params.ts";

interface Option {
  value: string;
  label: string;
  count?: number;
}

/**
 * The values worth offering: those some initiative has (with how many the list would then hold), and the one
 * chosen even when nothing matches it any longer.
 */
function facetOptions<Value extends string | number>(
  facet: readonly { value: Value; count: number }[],
  selected: Value | undefined,
  label: (value: Value) => string,
): Option[] {
  return facet
    .filter((entry) => entry.count > 0 || entry.value === selected)
    .map((entry) => ({ value: String(entry.value), label: label(entry.value), count: entry.count }));
}

function SelectField({
  name,
  label,
  anyLabel,
  options,
  groups,
  selected,
  countLabel,
}: {
  name: string;
  label: string;
  anyLabel: string;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
  selected: string | number | undefined;
  countLabel: (option: Option) => string;
}) {
  const id = `filter-${name}`;
  const render = (option: Option) => (
    <option key={option.value} value={option.value}>
      {countLabel(option)}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={selected === undefined ? "" : String(selected)}>
        <option value="">{anyLabel}</option>
        {options?.map(render)}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(render)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export async function FilterFields({
  locale,
  filter,
  facets,
  clearHref,
}: {
  locale: Locale;
  filter: InitiativeFilter;
  facets: InitiativeFacets;
  clearHref: string;
}) {
  const t = await getTranslations({ locale, namespace: "Filters" });
  const tEvidence = await getTranslations({ locale, namespace: "Evidence" });
  const tDesign = await getTranslations({ locale, namespace: "Design" });
  const countLabel = (option: Option) =>
    option.count === undefined
      ? option.label
      : t("optionWithCount", { label: option.label, count: option.count });
  // The facet lists only municipalities with an initiative under the other filters; the rest would give none.
  const municipalityCounts = new Map(facets.municipality.map((entry) => [entry.value, entry.count]));
  const municipalityOption = (municipality: { code: string; name: string }): Option => ({
    value: municipality.code,
    label: municipality.name,
    count: municipalityCounts.get(municipality.code) ?? 0,
  });
  // Design facets come in the domain's order (strongest first); the API may leave out designs nobody uses.
  const designFacet = evaluationDesigns.map(
    (design) =>
      facets.evaluationDesign.find((entry) => entry.value === design) ?? { value: design, count: 0 },
  );
  return (
    <>
      <p className="filter-form__hint" id="filter-hint">
        {t("hint")}
      </p>
      <div className="field field--wide">
        <label htmlFor="filter-q">{t("q")}</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          maxLength={200}
          aria-describedby="filter-q-hint"
        />
        <p className="field__hint" id="filter-q-hint">
          {t("qHint")}
        </p>
      </div>
      <SelectField
        name="county"
        label={t("county")}
        anyLabel={t("anyCounty")}
        options={facetOptions(facets.county, filter.county, countyName)}
        selected={filter.county}
        countLabel={countLabel}
      />
      <SelectField
        name="municipality"
        label={t("municipality")}
        anyLabel={t("anyMunicipality")}
        {...(filter.county
          ? { options: municipalitiesInCounty(filter.county).map(municipalityOption) }
          : {
              groups: swedishCounties.map((county) => ({
                label: county.countyName,
                options: swedishMunicipalities
                  .filter((municipality) => municipality.countyCode === county.code)
                  .map(municipalityOption),
              })),
            })}
        selected={filter.municipality}
        countLabel={countLabel}
      />
      <SelectField
        name="focusArea"
        label={t("focusArea")}
        anyLabel={t("anyFocusArea")}
        options={facetOptions(facets.focusArea, filter.focusArea, (area) => focusAreaLabels[area][locale])}
        selected={filter.focusArea}
        countLabel={countLabel}
      />
      <div className="field">
        <label htmlFor="filter-age">{t("age")}</label>
        <input
          id="filter-age"
          name="age"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          defaultValue={filter.targetAge ?? ""}
          aria-describedby="filter-age-hint"
        />
        <p className="field__hint" id="filter-age-hint">
          {t("ageHint")}
        </p>
      </div>
      <SelectField
        name="status"
        label={t("status")}
        anyLabel={t("anyStatus")}
        options={facetOptions(
          facets.status,
          filter.status,
          (status) => initiativeStatusLabels[status][locale],
        )}
        selected={filter.status}
        countLabel={countLabel}
      />
      <SelectField
        name="design"
        label={t("design")}
        anyLabel={t("anyDesign")}
        options={facetOptions(designFacet, filter.evaluationDesign, (design) => tDesign(design))}
        selected={filter.evaluationDesign}
        countLabel={countLabel}
      />
      <SelectField
        name="minLevel"
        label={t("minLevel")}
        anyLabel={t("anyLevel")}
        options={facetOptions(facets.minEvidenceLevel, filter.minEvidenceLevel, (level) =>
          tEvidence("atLeast", { level }),
        )}
        selected={filter.minEvidenceLevel}
        countLabel={countLabel}
      />
      <div className="filter-form__actions">
        <button type="submit" className="button">
          {t("apply")}
        </button>
        <Link href={clearHref} className="filter-form__clear">
          {t("clear")}
        </Link>
      </div>
    </>
  );
}
