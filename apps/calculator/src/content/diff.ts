// Two versions of an initiative or a news item compared field by field: each text, number and choice at its
// path, described in words (the domain's labels for its vocabularies, names for municipalities and regions).
import {
  findCounty,
  findMunicipality,
  focusAreaLabels,
  initiativeScopeLabels,
  initiativeStatusLabels,
  newsKindLabels,
  newsOrganisationRoleLabels,
  organisationRoleLabels,
  showcaseGroupLabels,
} from "@insats/domain";
import { required } from "@/required";

export interface ContentRow {
  /** Dotted path: `evaluations.0.groups.1.label.sv`. */
  key: string;
  segments: readonly (string | number)[];
  value: string | number | boolean | readonly string[];
}

/** The leaves of a content object by path; lists of plain values (focus areas, designs, authors) are one leaf. */
export function contentRows(content: unknown, path: (string | number)[] = [], rows = new Map<string, ContentRow>()): Map<string, ContentRow> {
  if (Array.isArray(content)) {
    if (content.every((item) => typeof item === "string")) {
      if (content.length > 0) rows.set(path.join("."), { key: path.join("."), segments: path, value: content });
    } else content.forEach((item, index) => contentRows(item, [...path, index], rows));
  } else if (content !== null && typeof content === "object") {
    for (const [key, value] of Object.entries(content)) contentRows(value, [...path, key], rows);
  } else if (typeof content === "string" || typeof content === "number" || typeof content === "boolean") {
    rows.set(path.join("."), { key: path.join("."), segments: path, value: content });
  }
  return rows;
}

export interface ContentChange {
  key: string;
  segments: readonly (string | number)[];
  before: ContentRow["value"] | undefined;
  after: ContentRow["value"] | undefined;
}

function same(a: ContentRow["value"] | undefined, b: ContentRow["value"] | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ from `before` to `after`, in the order they appear (after's first, then removed ones). */
export function contentChanges(before: unknown, after: unknown): ContentChange[] {
  const old = contentRows(before);
  const next = contentRows(after);
  const keys = [...next.keys(), ...[...old.keys()].filter((key) => !next.has(key))];
  return keys
    .filter((key) => !same(old.get(key)?.value, next.get(key)?.value))
    .map((key) => ({ key, segments: required(next.get(key) ?? old.get(key), `content row ${key}`).segments, before: old.get(key)?.value, after: next.get(key)?.value }));
}

type Labels = Record<string, { sv: string; en: string }>;

/** The words for a coded value, by the field it is in (the last name on its path). */
const vocabularies: Record<string, Labels> = {
  status: { ...initiativeStatusLabels },
  scope: initiativeScopeLabels,
  showcaseGroup: showcaseGroupLabels,
  focusAreas: focusAreaLabels,
  role: { ...organisationRoleLabels, ...newsOrganisationRoleLabels },
  kind: newsKindLabels,
};

/**
 * A value in words. `extra` gives the words of vocabularies whose labels live in the app's messages (evaluation
 * designs and statuses, place and group kinds), by field name.
 */
export function describeContentValue(
  segments: readonly (string | number)[],
  value: ContentRow["value"] | undefined,
  locale: "sv" | "en",
  extra: (field: string, value: string) => string | null,
  format: { number: (value: number) => string; yes: string; no: string; empty: string },
): string {
  if (value === undefined) return format.empty;
  const field = String([...segments].reverse().find((segment) => typeof segment === "string" && segment !== "sv" && segment !== "en") ?? "");
  const word = (item: string) => extra(field, item) ?? vocabularies[field]?.[item]?.[locale] ?? item;
  if (Array.isArray(value)) return value.map(word).join(", ");
  if (typeof value === "number") return format.number(value);
  if (typeof value === "boolean") return value ? format.yes : format.no;
  if (field === "scbCode") return findMunicipality(value as string)?.name ?? findCounty(value as string)?.regionName ?? (value as string);
  if (field === "countyCode") return findCounty(value as string)?.regionName ?? (value as string);
  return word(value as string);
}
