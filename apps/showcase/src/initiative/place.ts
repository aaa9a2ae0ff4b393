import { findCounty, findMunicipality, type Place } from "@insats/domain";
import type { Locale } from "@/i18n/routing";

/** A place as readers know it: "Hudiksvall", "Region Gävleborg", "Gävle sjukhus (Gävle)". */
export function placeName(place: Place, locale: Locale): string {
  switch (place.kind) {
    case "municipality":
      return findMunicipality(place.scbCode)?.name ?? place.scbCode;
    case "region":
      return findCounty(place.countyCode)?.regionName ?? place.countyCode;
    case "site": {
      const municipality = place.scbCode === undefined ? undefined : findMunicipality(place.scbCode)?.name;
      const description = place.description?.[locale];
      const details = [description, municipality].filter(Boolean).join(", ");
      return details ? `${place.name} (${details})` : place.name;
    }
  }
}

/** A county by its code: "Gävleborgs län". */
export function countyName(code: string): string {
  return findCounty(code)?.countyName ?? code;
}
