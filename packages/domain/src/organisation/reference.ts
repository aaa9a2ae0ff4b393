import { z } from "zod";
import { swedishCounties, swedishMunicipalities } from "./swedish-municipalities.ts";

/** SCB municipality code (kommunkod): four digits, the first two being the county code. */
export const municipalityCodeSchema = z
  .string()
  .regex(/^\d{4}$/, { error: "Expected a 4-digit SCB municipality code, e.g. '2184'" });
/** SCB county code (länskod): two digits. A region (the regional authority) is identified by its county's code. */
export const countyCodeSchema = z
  .string()
  .regex(/^\d{2}$/, { error: "Expected a 2-digit SCB county code, e.g. '21'" });

export const municipalitySchema = z.strictObject({
  code: municipalityCodeSchema,
  name: z.string().min(1),
  countyCode: countyCodeSchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const countySchema = z.strictObject({
  code: countyCodeSchema,
  countyName: z.string().min(1),
  regionName: z.string().min(1),
});
export type County = z.infer<typeof countySchema>;

const municipalitiesByCode = new Map(
  swedishMunicipalities.map((municipality) => [municipality.code, municipality]),
);
const countiesByCode = new Map(swedishCounties.map((county) => [county.code, county]));

export function findMunicipality(code: string): Municipality | undefined {
  return municipalitiesByCode.get(code);
}

export function findCounty(code: string): County | undefined {
  return countiesByCode.get(code);
}

/** The municipalities of a county, in SCB code order. Empty for an unknown county. */
export function municipalitiesInCounty(countyCode: string): Municipality[] {
  return swedishMunicipalities.filter((municipality) => municipality.countyCode === countyCode);
}

/** A municipality known to SCB (format and existence). */
export const knownMunicipalityCodeSchema = municipalityCodeSchema.refine(
  (code) => findMunicipality(code) !== undefined,
  {
    error: (issue) => `No Swedish municipality has the SCB code ${String(issue.input)}`,
  },
);

/** A county known to SCB (format and existence). */
export const knownCountyCodeSchema = countyCodeSchema.refine((code) => findCounty(code) !== undefined, {
  error: (issue) => `No Swedish county has the SCB code ${String(issue.input)}`,
});

export { swedishCounties, swedishMunicipalities };
