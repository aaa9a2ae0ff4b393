// The initiative list's state lives in its address (shareable, and the back button works): these are the
// names and the rules both ways. Values that do not parse are dropped rather than answered with an error.
import {
  evaluationDesignSchema,
  findCounty,
  findMunicipality,
  focusAreaSchema,
  initiativeStatusSchema,
  type InitiativeListFilterInput,
} from "@insats/domain";
import { z } from "zod";

export const initiativeSearchFields = [
  "q",
  "county",
  "municipality",
  "focusArea",
  "age",
  "status",
  "design",
  "minLevel",
] as const;
export type InitiativeSearchField = (typeof initiativeSearchFields)[number];

/** The list filter without paging: what the address and the facets describe. */
export type InitiativeFilter = Omit<InitiativeListFilterInput, "cursor" | "limit" | "showcaseGroup">;

export interface InitiativeSearch {
  filter: InitiativeFilter;
  /** 1-based. */
  page: number;
}

type RawSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const readers: { [Field in InitiativeSearchField]: (value: string) => Partial<InitiativeFilter> } = {
  q: (value) => ({ q: value.slice(0, 200) }),
  county: (value) => (findCounty(value) ? { county: value } : {}),
  municipality: (value) => (findMunicipality(value) ? { municipality: value } : {}),
  focusArea: (value) => {
    const parsed = focusAreaSchema.safeParse(value);
    return parsed.success ? { focusArea: parsed.data } : {};
  },
  age: (value) => {
    const parsed = wholeNumber(0, 120).safeParse(value);
    return parsed.success ? { targetAge: parsed.data } : {};
  },
  status: (value) => {
    const parsed = initiativeStatusSchema.safeParse(value);
    return parsed.success ? { status: parsed.data } : {};
  },
  design: (value) => {
    const parsed = evaluationDesignSchema.safeParse(value);
    return parsed.success ? { evaluationDesign: parsed.data } : {};
  },
  minLevel: (value) => {
    const parsed = wholeNumber(0, 5).safeParse(value);
    return parsed.success ? { minEvidenceLevel: parsed.data } : {};
  },
};

export function parseInitiativeSearch(params: RawSearchParams): InitiativeSearch {
  let filter: InitiativeFilter = {};
  for (const field of initiativeSearchFields) {
    const value = first(params[field]);
    if (value !== undefined) filter = { ...filter, ...readers[field](value) };
  }
  // A municipality outside the chosen county could never match; the county wins.
  if (filter.county && filter.municipality && !filter.municipality.startsWith(filter.county)) {
    const { municipality: _dropped, ...rest } = filter;
    filter = rest;
  }
  const page = wholeNumber(1, 10_000).safeParse(first(params.page));
  return { filter, page: page.success ? page.data : 1 };
}

/** The value of each address field for a filter, in a fixed order. */
export function searchFieldValues(filter: InitiativeFilter): Partial<Record<InitiativeSearchField, string>> {
  const values: Partial<Record<InitiativeSearchField, string | number | undefined>> = {
    q: filter.q,
    county: filter.county,
    municipality: filter.municipality,
    focusArea: filter.focusArea,
    age: filter.targetAge,
    status: filter.status,
    design: filter.evaluationDesign,
    minLevel: filter.minEvidenceLevel,
  };
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== "")
      .map(([field, value]) => [field, String(value)]),
  );
}

/** The query string of a list state, e.g. `county=21&page=2`; page 1 is left out. */
export function initiativeSearchQuery(search: InitiativeSearch): Record<string, string> {
  const query: Record<string, string> = { ...searchFieldValues(search.filter) };
  if (search.page > 1) query.page = String(search.page);
  return query;
}

/** The same filter without one field (for "remove this filter" links), back on page 1. */
export function withoutField(filter: InitiativeFilter, field: InitiativeSearchField): InitiativeSearch {
  const key = fieldKeys[field];
  const { [key]: _removed, ...rest } = filter;
  return { filter: rest, page: 1 };
}

const fieldKeys: Record<InitiativeSearchField, keyof InitiativeFilter> = {
  q: "q",
  county: "county",
  municipality: "municipality",
  focusArea: "focusArea",
  age: "targetAge",
  status: "status",
  design: "evaluationDesign",
  minLevel: "minEvidenceLevel",
};
