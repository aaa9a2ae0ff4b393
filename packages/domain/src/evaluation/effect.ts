// Effect ranges from evaluation results (docs/calculation.md, "Effects from evaluations").
import { z } from "zod";
import { plausible } from "../bounds.ts";

const change = z
  .number()
  .min(-1, { error: "a change cannot be below -1 (a fall of more than 100 %)" })
  .max(plausible.maxRelativeChange, { error: `a change cannot be above ${plausible.maxRelativeChange}` });

export const effectComparisonSchema = z.strictObject({
  /** Relative change of the measure in the treated group, for example -0.74 for a fall of 74 %. */
  treatmentChange: change,
  controls: z
    .array(z.strictObject({ label: z.string(), change }))
    .min(1, { error: "at least one comparison group is needed" }),
});
export type EffectComparison = z.infer<typeof effectComparisonSchema>;

/** A count at the start and at the end of the follow-up, for example households on ekonomiskt bistånd. */
const levels = {
  before: z
    .number()
    .gt(0, { error: "before must be more than 0 (the change is relative to it)" })
    .max(plausible.maxMeasure, { error: `before must be at most ${plausible.maxMeasure}` }),
  after: z
    .number()
    .min(0, { error: "after cannot be negative" })
    .max(plausible.maxMeasure, { error: `after must be at most ${plausible.maxMeasure}` }),
};

export const effectLevelsSchema = z.strictObject({
  treatment: z.strictObject(levels),
  controls: z
    .array(z.strictObject({ label: z.string(), ...levels }))
    .min(1, { error: "at least one comparison group is needed" }),
});
export type EffectLevels = z.infer<typeof effectLevelsSchema>;

export const effectEstimateSchema = z.object({
  /** reduction = control.change − treatmentChange: the share of the original group's units avoided. */
  estimates: z.array(z.object({ label: z.string(), reduction: z.number() })),
  low: z.number(),
  high: z.number(),
  central: z.number(),
});
export type EffectEstimate = z.infer<typeof effectEstimateSchema>;

/**
 * The effect implied by each comparison group: how much more the measure fell (or less it rose) in the treated
 * group. With several comparison groups the estimates span a range; `central` is their mean.
 */
export function estimateEffect(input: EffectComparison): EffectEstimate {
  const { treatmentChange, controls } = effectComparisonSchema.parse(input);
  const estimates = controls.map((control) => ({
    label: control.label,
    reduction: control.change - treatmentChange,
  }));
  const reductions = estimates.map((estimate) => estimate.reduction);
  return {
    estimates,
    low: Math.min(...reductions),
    high: Math.max(...reductions),
    central: reductions.reduce((sum, r) => sum + r, 0) / reductions.length,
  };
}

/** `estimateEffect` from counts before and after, with change = (after − before) / before. */
export function estimateEffectFromLevels(input: EffectLevels): EffectEstimate {
  const { treatment, controls } = effectLevelsSchema.parse(input);
  const relativeChange = ({ before, after }: { before: number; after: number }) => (after - before) / before;
  return estimateEffect({
    treatmentChange: relativeChange(treatment),
    controls: controls.map((control) => ({ label: control.label, change: relativeChange(control) })),
  });
}
