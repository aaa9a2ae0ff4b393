// The planner's own organisation's unit costs from Kolada, as the API gives them (`unitCost.local`): its
// municipality's figures, its county's municipalities' median and the nation's.
import type { RouterOutputs } from "@insats/api/client";

export type LocalUnitCosts = RouterOutputs["unitCost"]["local"];
type Entry = LocalUnitCosts["figures"][number];
export type LocalUnitCost = Entry & { kolada: NonNullable<Entry["kolada"]> };

/** Whether an entry is a Kolada figure (every entry `unitCost.local` lists is one). */
export function isKoladaFigure(entry: Entry): entry is LocalUnitCost {
  return entry.kolada !== undefined;
}
