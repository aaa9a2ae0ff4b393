import type { TargetGroup } from "@insats/domain";

/** What the facts box adds to a target group's own words about ages. */
export type StatedAges =
  | { kind: "range"; min: number; max: number }
  | { kind: "single"; age: number }
  | { kind: "from"; min: number }
  | { kind: "upTo"; max: number };

/**
 * The ages a target group states, unless its description already gives them ("i åldern 80–90 år"). Ages that
 * the domain derives from school years (for the age filter) are not stated by anyone, so they are not shown:
 * "årskurs 3" is not "9–9 år".
 */
export function statedAges(group: TargetGroup, locale: "sv" | "en"): StatedAges | undefined {
  const { ageMin: min, ageMax: max } = group;
  const description = group.description[locale];
  const mentions = (...numbers: number[]) =>
    numbers.every((number) => new RegExp(`(^|\\D)${number}(\\D|$)`).test(description));
  if (min !== undefined && max !== undefined) {
    if (mentions(min, max)) return undefined;
    return min === max ? { kind: "single", age: min } : { kind: "range", min, max };
  }
  if (min !== undefined) return mentions(min) ? undefined : { kind: "from", min };
  if (max !== undefined) return mentions(max) ? undefined : { kind: "upTo", max };
  return undefined;
}
