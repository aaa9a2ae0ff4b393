import { findCounty, findMunicipality, type Place } from "@insats/domain";
import type { Locale } from "@/i18n/routing";

/**
 * A place as readers know it: "Hudiksvall", "Region Gävleborg", "Gävle sjukhus (Gävle)". A site's own
 * description replaces its municipality's name ("Varberga (bostadsområde i Örebro)"), since it places the
 * site better and usually names the town already.
 */
export function placeName(place: Place, locale: Locale): string {
  switch (place.kind) {
    case "municipality":
      return findMunicipality(place.scbCode)?.name ?? place.scbCode;
    case "region":
      return findCounty(place.countyCode)?.regionName ?? place.countyCode;
    case "site": {
      const municipality = place.scbCode === undefined ? undefined : findMunicipality(place.scbCode)?.name;
      const description = place.description?.[locale];
      const details = description ?? municipality;
      return details ? `${place.name} (${details})` : place.name;
    }
  }
}

/** A county by its code: "Gävleborgs län". */
export function countyName(code: string): string {
  return findCounty(code)?.countyName ?? code;
}
