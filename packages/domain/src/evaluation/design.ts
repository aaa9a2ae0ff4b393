import { z } from "zod";

/**
 * Evaluation designs, strongest first. The evidence level of each is in `evidence.ts`
 * (docs/calculation.md, "Evidence level").
 */
export const evaluationDesigns = [
  "randomisedControlledTrial",
  "matchedControl",
  "stratifiedControl",
  "waitListControl",
  "contemporaneousComparison",
  "historicalComparison",
  "beforeAfter",
  "descriptive",
  "qualitative",
  "testimonials",
] as const;

export const evaluationDesignSchema = z.enum(evaluationDesigns);
export type EvaluationDesign = z.infer<typeof evaluationDesignSchema>;

/** planned: designed but no results yet; ongoing: collecting data; completed: results reported. */
export const evaluationStatuses = ["planned", "ongoing", "completed"] as const;
export const evaluationStatusSchema = z.enum(evaluationStatuses);
export type EvaluationStatus = z.infer<typeof evaluationStatusSchema>;
