// The columns of the initiatives CSV. The open data page describes each one from the same list.
import type { InitiativeSummary } from "@/initiative/queries";
import type { CsvCell } from "./csv.ts";

export interface InitiativeColumn {
  header: string;
  value: (row: InitiativeRow) => CsvCell;
}

/** A list item with its public addresses. */
export interface InitiativeRow {
  initiative: InitiativeSummary;
  urls: { sv: string; en: string };
}

const joined = (values: readonly (string | null | undefined)[]) =>
  [...new Set(values.filter((value): value is string => Boolean(value)))].join("; ");

export const initiativeColumns: readonly InitiativeColumn[] = [
  { header: "slug", value: ({ initiative }) => initiative.slug },
  { header: "title_sv", value: ({ initiative }) => initiative.title.sv },
  { header: "title_en", value: ({ initiative }) => initiative.title.en },
  { header: "summary_sv", value: ({ initiative }) => initiative.summary.sv },
  { header: "summary_en", value: ({ initiative }) => initiative.summary.en },
  { header: "status", value: ({ initiative }) => initiative.status },
  { header: "scope", value: ({ initiative }) => initiative.scope },
  { header: "showcase_group", value: ({ initiative }) => initiative.showcaseGroup },
  { header: "focus_areas", value: ({ initiative }) => joined(initiative.focusAreas) },
  { header: "places", value: ({ initiative }) => joined(initiative.places.map((place) => place.name)) },
  {
    header: "municipality_codes",
    value: ({ initiative }) => joined(initiative.places.map((place) => place.municipalityCode)),
  },
  {
    header: "county_codes",
    value: ({ initiative }) => joined(initiative.places.map((place) => place.countyCode)),
  },
  {
    header: "lead_organisations",
    value: ({ initiative }) => joined(initiative.leadOrganisations.map((org) => org.name.sv)),
  },
  { header: "period_start", value: ({ initiative }) => initiative.period.start },
  { header: "period_end", value: ({ initiative }) => initiative.period.end },
  { header: "target_age_min", value: ({ initiative }) => initiative.targetAge?.min },
  { header: "target_age_max", value: ({ initiative }) => initiative.targetAge?.max },
  { header: "evidence_level", value: ({ initiative }) => initiative.bestEvidenceLevel },
  { header: "effect_measure", value: ({ initiative }) => initiative.effect?.measureKey },
  { header: "effect_low", value: ({ initiative }) => initiative.effect?.low },
  { header: "effect_high", value: ({ initiative }) => initiative.effect?.high },
  { header: "effect_central", value: ({ initiative }) => initiative.effect?.central },
  { header: "effect_unit", value: ({ initiative }) => initiative.effect?.unit },
  { header: "url_sv", value: ({ urls }) => urls.sv },
  { header: "url_en", value: ({ urls }) => urls.en },
  { header: "updated_at", value: ({ initiative }) => initiative.updatedAt },
];
