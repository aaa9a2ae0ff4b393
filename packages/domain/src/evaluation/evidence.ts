// Evidence levels (docs/calculation.md, "Evidence level").
import { evaluationDesignSchema, evaluationStatusSchema, type EvaluationDesign } from "./design.ts";
import { z } from "zod";

/** 0 (descriptive) … 5 (randomised controlled trial). */
export type EvidenceLevel = 0 | 1 | 2 | 3 | 4 | 5;

export const evidenceLevelByDesign: Readonly<Record<EvaluationDesign, EvidenceLevel>> = {
  randomisedControlledTrial: 5,
  matchedControl: 4,
  stratifiedControl: 4,
  waitListControl: 4,
  contemporaneousComparison: 3,
  historicalComparison: 2,
  beforeAfter: 1,
  descriptive: 0,
  qualitative: 0,
  testimonials: 0,
};

/**
 * A design, several designs, or an evaluation (any object with `designs` and `status`, so a whole `Evaluation`
 * can be passed; other fields are ignored).
 */
export const evidenceInputSchema = z.union([
  evaluationDesignSchema,
  z.array(evaluationDesignSchema).readonly(),
  z.object({
    designs: z.array(evaluationDesignSchema).readonly(),
    status: evaluationStatusSchema,
    /** false when the evaluation has reported no results (yet); a planned one never has. */
    hasResults: z.boolean().optional(),
  }),
]);
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

/**
 * The evidence level of an evaluation: the highest level among its designs, or null when there are no results to
 * grade (a planned evaluation, `hasResults: false`, or no design given).
 */
export function evidenceLevel(input: EvidenceInput): EvidenceLevel | null {
  const parsed = evidenceInputSchema.parse(input);
  let designs: readonly EvaluationDesign[];
  if (typeof parsed === "string") designs = [parsed];
  else if ("designs" in parsed) {
    if (parsed.status === "planned" || parsed.hasResults === false) return null;
    designs = parsed.designs;
  } else designs = parsed;
  if (designs.length === 0) return null;
  return designs.reduce<EvidenceLevel>(
    (best, design) => Math.max(best, evidenceLevelByDesign[design]) as EvidenceLevel,
    0,
  );
}
