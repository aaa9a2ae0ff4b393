import { z } from "zod";
import { localizedTextSchema, slugify, slugSchema, type LocalizedText } from "../text/schema.ts";
import {
  countyCodeSchema,
  findCounty,
  findMunicipality,
  type County,
  type Municipality,
  swedishCounties,
  swedishMunicipalities,
} from "./reference.ts";

export const organisationKinds = [
  "municipality",
  "region",
  "association",
  "agency",
  "university",
  "company",
  "other",
] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationKindLabels: Record<OrganisationKind, LocalizedText> = {
  municipality: { sv: "Kommun", en: "Municipality" },
  region: { sv: "Region", en: "Region" },
  association: { sv: "Förbund eller förening", en: "Association" },
  agency: { sv: "Statlig myndighet eller kommitté", en: "Government agency or committee" },
  university: { sv: "Lärosäte", en: "University" },
  company: { sv: "Företag", en: "Company" },
  other: { sv: "Annan organisation", en: "Other organisation" },
};

/**
 * How content points at an organisation: municipalities and regions by SCB code (4 digits: a municipality,
 * 2 digits: the region of that county), everyone else by slug. The SCB codes are checked against the
 * reference lists; slugs are resolved against the organisations stored beside the content.
 */
export const organisationRefSchema = z.union([
  z.strictObject({
    scbCode: z
      .string()
      .regex(/^(\d{2}|\d{4})$/, { error: "Expected a 4-digit municipality code or a 2-digit county code" })
      .refine((code) => (code.length === 4 ? findMunicipality(code) : findCounty(code)) !== undefined, {
        error: (issue) => `No Swedish municipality or region has the SCB code ${String(issue.input)}`,
      }),
  }),
  z.strictObject({ slug: slugSchema }),
]);
export type OrganisationRef = z.infer<typeof organisationRefSchema>;

/** A stable string for a reference, for maps and uniqueness checks: "scb:2184", "slug:eso". */
export function organisationRefKey(ref: OrganisationRef): string {
  return "scbCode" in ref ? `scb:${ref.scbCode}` : `slug:${ref.slug}`;
}

/**
 * An organisation. Municipalities and regions carry their SCB code (`scbCode`: 4 digits for a municipality,
 * the 2-digit county code for a region) and nobody else does. `countyCode` places any organisation in a
 * county; for municipalities and regions it follows from the SCB code. A unit of a larger body (a hospital
 * clinic of a region) names that body as `parent`.
 */
export const organisationSchema = z
  .strictObject({
    slug: slugSchema,
    name: localizedTextSchema,
    kind: organisationKindSchema,
    scbCode: z.string().optional(),
    countyCode: countyCodeSchema.optional(),
    parent: organisationRefSchema.optional(),
    description: localizedTextSchema.optional(),
    website: z.url({ protocol: /^https?$/, error: "Expected an http(s) URL" }).optional(),
  })
  .superRefine((organisation, ctx) => {
    const { kind, scbCode, countyCode } = organisation;
    if (kind === "municipality" || kind === "region") {
      const digits = kind === "municipality" ? 4 : 2;
      if (scbCode === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["scbCode"],
          message: `A ${kind} needs its ${digits}-digit SCB code`,
        });
        return;
      }
      if (!new RegExp(`^\\d{${digits}}$`).test(scbCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["scbCode"],
          message: `A ${kind}'s SCB code has ${digits} digits`,
        });
        return;
      }
      const known = kind === "municipality" ? findMunicipality(scbCode) : findCounty(scbCode);
      if (known === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["scbCode"],
          message: `No Swedish ${kind} has the SCB code ${scbCode}`,
        });
        return;
      }
      const expectedCounty = scbCode.slice(0, 2);
      if (countyCode !== undefined && countyCode !== expectedCounty) {
        ctx.addIssue({
          code: "custom",
          path: ["countyCode"],
          message: `SCB code ${scbCode} lies in county ${expectedCounty}, not ${countyCode}`,
        });
      }
    } else if (scbCode !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["scbCode"],
        message: "Only municipalities and regions have an SCB code; refer to others by slug",
      });
    }
    if (countyCode !== undefined && findCounty(countyCode) === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["countyCode"],
        message: `No Swedish county has the code ${countyCode}`,
      });
    }
    if (
      organisation.parent !== undefined &&
      "slug" in organisation.parent &&
      organisation.parent.slug === organisation.slug
    ) {
      ctx.addIssue({ code: "custom", path: ["parent"], message: "An organisation cannot be its own parent" });
    }
  });
export type Organisation = z.infer<typeof organisationSchema>;

/**
 * The Swedish name of a municipality as an organisation: "Hudiksvalls kommun", "Karlskrona kommun",
 * "Borås kommun". Names ending in a vowel, s, x or z take no genitive s. Every municipality is legally a
 * "kommun", so the few that call themselves "stad" are given the legal form.
 */
export function municipalityOrganisationName(municipality: Municipality): LocalizedText {
  const irregular: Record<string, string> = { Falun: "Falu kommun", Gotland: "Gotlands kommun" };
  const genitive = /[aeiouyåäösxz]$/i.test(municipality.name) ? municipality.name : `${municipality.name}s`;
  return {
    sv: irregular[municipality.name] ?? `${genitive} kommun`,
    en: `${municipality.name} Municipality`,
  };
}

// Håbo and Habo both become "habo": such names carry their SCB code in the slug.
const sharedMunicipalitySlugs = (() => {
  const slugs = swedishMunicipalities.map((municipality) => slugify(municipality.name));
  return new Set(slugs.filter((slug, index) => slugs.indexOf(slug) !== index));
})();

/**
 * The organisation record of a municipality, built from the reference list. Its slug is "<name>-kommun"
 * ("hudiksvall-kommun"), with the SCB code appended where two names share a slug ("habo-kommun-0305").
 */
export function municipalityOrganisation(municipality: Municipality): Organisation {
  const base = slugify(municipality.name);
  return {
    slug: sharedMunicipalitySlugs.has(base) ? `${base}-kommun-${municipality.code}` : `${base}-kommun`,
    name: municipalityOrganisationName(municipality),
    kind: "municipality",
    scbCode: municipality.code,
    countyCode: municipality.countyCode,
  };
}

/** The organisation record of a region (the regional authority of a county), built from the reference list. */
export function regionOrganisation(county: County): Organisation {
  return {
    slug: slugify(county.regionName),
    name: { sv: county.regionName, en: county.regionName },
    kind: "region",
    scbCode: county.code,
    countyCode: county.code,
  };
}

/** All 290 municipalities and 21 regions as organisations, for seeding. */
export function referenceOrganisations(): Organisation[] {
  return [...swedishMunicipalities.map(municipalityOrganisation), ...swedishCounties.map(regionOrganisation)];
}

/**
 * Finds the organisation a reference points at: SCB codes through the reference lists, slugs among
 * `organisations` (the content's own organisations; reference organisations are found by slug too).
 */
export function resolveOrganisationRef(
  ref: OrganisationRef,
  organisations: readonly Organisation[] = [],
): Organisation | undefined {
  if ("scbCode" in ref) {
    if (ref.scbCode.length === 4) {
      const municipality = findMunicipality(ref.scbCode);
      return municipality && municipalityOrganisation(municipality);
    }
    const county = findCounty(ref.scbCode);
    return county && regionOrganisation(county);
  }
  referenceBySlug ??= new Map(
    referenceOrganisations().map((organisation) => [organisation.slug, organisation]),
  );
  return (
    organisations.find((organisation) => organisation.slug === ref.slug) ?? referenceBySlug.get(ref.slug)
  );
}
let referenceBySlug: Map<string, Organisation> | undefined;
