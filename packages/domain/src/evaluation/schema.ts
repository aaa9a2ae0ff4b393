import { z } from "zod";
import { numberBetween, plausible, wholeNumber } from "../bounds.ts";
import { organisationRefSchema } from "../organisation/schema.ts";
import { periodSchema } from "../text/date.ts";
import { localizedLongTextSchema, localizedTextSchema, slugSchema } from "../text/schema.ts";
import { evaluationDesignSchema, evaluationStatusSchema } from "./design.ts";

/** Keys tie results to measures and groups inside one evaluation: camelCase identifiers. */
export const evaluationKeySchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, { error: "Expected a camelCase key, e.g. 'householdsOnAssistance'" })
  .max(60);

/** What is measured, e.g. households receiving ekonomiskt bistånd. */
export const evaluationMeasureSchema = z.strictObject({
  key: evaluationKeySchema,
  label: localizedTextSchema,
  /** What one unit of the measure is ("hushåll"/"households", "poäng"/"points"); absent for a pure count or share. */
  unit: localizedTextSchema.optional(),
  description: localizedTextSchema.optional(),
});
export type EvaluationMeasure = z.infer<typeof evaluationMeasureSchema>;

export const evaluationGroupKinds = ["treatment", "control"] as const;
export const evaluationGroupKindSchema = z.enum(evaluationGroupKinds);
export type EvaluationGroupKind = z.infer<typeof evaluationGroupKindSchema>;

/** A group measured: those who got the initiative (treatment) or a comparison group (control). */
export const evaluationGroupSchema = z.strictObject({
  key: evaluationKeySchema,
  label: localizedTextSchema,
  kind: evaluationGroupKindSchema,
  description: localizedTextSchema.optional(),
  size: wholeNumber("A group's size", 1, plausible.maxPeople).optional(),
});
export type EvaluationGroup = z.infer<typeof evaluationGroupSchema>;

/** A level of a measure, or an effect in its units: any sign, within the plausible magnitude. */
const measured = (name: string) => numberBetween(name, -plausible.maxMeasure, plausible.maxMeasure);

/** Tolerance when checking reported figures against each other: sources round to whole percent. */
export const REPORTED_FIGURE_TOLERANCE = 0.005;

/**
 * One measure in one group. `change` is relative, as a fraction: −0.74 means the measure fell by 74%.
 * Give what the source gives; when it gives levels and a change, they must agree.
 */
export const evaluationResultSchema = z
  .strictObject({
    measureKey: evaluationKeySchema,
    groupKey: evaluationKeySchema,
    before: measured("before").optional(),
    after: measured("after").optional(),
    change: numberBetween("change", -plausible.maxRelativeChange, plausible.maxRelativeChange).optional(),
    note: localizedTextSchema.optional(),
  })
  .superRefine((result, ctx) => {
    const { before, after, change } = result;
    if (before === undefined && after === undefined && change === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["change"],
        message: "A result needs at least one of before, after and change",
      });
    }
    if (before !== undefined && after !== undefined && change !== undefined && before !== 0) {
      const implied = (after - before) / before;
      if (Math.abs(implied - change) > REPORTED_FIGURE_TOLERANCE) {
        ctx.addIssue({
          code: "custom",
          path: ["change"],
          message: `change ${change} disagrees with before/after, which imply ${implied.toFixed(3)}`,
        });
      }
    }
  });
export type EvaluationResult = z.infer<typeof evaluationResultSchema>;

/**
 * Units of an effect estimate, always as fractions: `share` is a relative reduction of the baseline (0.44 =
 * 44% fewer; the calculator's `effect`), `percentagePoints` a difference between two changes or proportions
 * (0.44 = 44 percentage points), `measureUnits` a difference in the measure's own unit.
 */
export const effectUnits = ["share", "percentagePoints", "measureUnits"] as const;
export const effectUnitSchema = z.enum(effectUnits);
export type EffectUnit = z.infer<typeof effectUnitSchema>;

/**
 * The effect an evaluation implies for one measure, as a range. Positive means a reduction, matching
 * `estimateEffect` (docs/calculation.md): reduction = control.change − treatment.change, `low`/`high` the
 * smallest/largest over the control groups and `central` their mean.
 */
export const evaluationEffectSchema = z
  .strictObject({
    measureKey: evaluationKeySchema,
    low: measured("low"),
    high: measured("high"),
    central: measured("central"),
    unit: effectUnitSchema,
    /** How the range was derived, in words. */
    basis: localizedTextSchema,
  })
  .superRefine((effect, ctx) => {
    if (!(effect.low <= effect.central && effect.central <= effect.high)) {
      ctx.addIssue({
        code: "custom",
        path: ["central"],
        message: "An effect estimate needs low ≤ central ≤ high",
      });
    }
  });
export type EvaluationEffect = z.infer<typeof evaluationEffectSchema>;

/** Who evaluates: an organisation of the content, or a named evaluator that is not (yet) one. */
export const evaluatorSchema = z.union([
  organisationRefSchema,
  z.strictObject({ name: localizedTextSchema }),
]);
export type Evaluator = z.infer<typeof evaluatorSchema>;

/**
 * An evaluation of an initiative: how it is (or will be) evaluated and what it found. `designs` lists every
 * design used (several controls are common); the evidence level is the highest among them, and none while the
 * evaluation is only planned (docs/calculation.md, "Evidence level"). Numbers go in `results`/`effect` only where the
 * source reports them; `findings` keeps results reported in words.
 */
export const evaluationSchema = z
  .strictObject({
    key: slugSchema,
    designs: z.array(evaluationDesignSchema).min(1, { error: "An evaluation needs at least one design" }),
    status: evaluationStatusSchema,
    period: periodSchema.optional(),
    evaluator: evaluatorSchema.optional(),
    description: localizedLongTextSchema,
    measures: z.array(evaluationMeasureSchema).default([]),
    groups: z.array(evaluationGroupSchema).default([]),
    results: z.array(evaluationResultSchema).default([]),
    findings: localizedLongTextSchema.optional(),
    effect: evaluationEffectSchema.optional(),
  })
  .superRefine((evaluation, ctx) => {
    const duplicates = (values: readonly string[]) =>
      values.filter((value, index) => values.indexOf(value) !== index);
    for (const design of new Set(duplicates(evaluation.designs))) {
      ctx.addIssue({ code: "custom", path: ["designs"], message: `Design ${design} is listed twice` });
    }
    for (const key of new Set(duplicates(evaluation.measures.map((measure) => measure.key)))) {
      ctx.addIssue({ code: "custom", path: ["measures"], message: `Measure key ${key} is used twice` });
    }
    for (const key of new Set(duplicates(evaluation.groups.map((group) => group.key)))) {
      ctx.addIssue({ code: "custom", path: ["groups"], message: `Group key ${key} is used twice` });
    }

    const measureKeys = new Set(evaluation.measures.map((measure) => measure.key));
    const groupsByKey = new Map(evaluation.groups.map((group) => [group.key, group]));
    const seen = new Set<string>();
    evaluation.results.forEach((result, index) => {
      if (!measureKeys.has(result.measureKey)) {
        ctx.addIssue({
          code: "custom",
          path: ["results", index, "measureKey"],
          message: `No measure has the key ${result.measureKey}`,
        });
      }
      if (!groupsByKey.has(result.groupKey)) {
        ctx.addIssue({
          code: "custom",
          path: ["results", index, "groupKey"],
          message: `No group has the key ${result.groupKey}`,
        });
      }
      const pair = `${result.measureKey}/${result.groupKey}`;
      if (seen.has(pair)) {
        ctx.addIssue({
          code: "custom",
          path: ["results", index],
          message: `A second result for measure ${result.measureKey} in group ${result.groupKey}`,
        });
      }
      seen.add(pair);
    });

    if (
      evaluation.status === "planned" &&
      (evaluation.results.length > 0 || evaluation.effect !== undefined)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["status"],
        message: "A planned evaluation has no results or effect yet",
      });
    }

    const effect = evaluation.effect;
    if (effect === undefined) return;
    if (!measureKeys.has(effect.measureKey)) {
      ctx.addIssue({
        code: "custom",
        path: ["effect", "measureKey"],
        message: `No measure has the key ${effect.measureKey}`,
      });
      return;
    }
    // When the results give the changes, the stated range must be the one they imply.
    const changes = evaluation.results.flatMap((result) =>
      result.measureKey === effect.measureKey && result.change !== undefined
        ? [{ groupKey: result.groupKey, change: result.change }]
        : [],
    );
    const treatment = changes.filter((result) => groupsByKey.get(result.groupKey)?.kind === "treatment");
    const controls = changes.filter((result) => groupsByKey.get(result.groupKey)?.kind === "control");
    const [treated] = treatment;
    if (effect.unit === "measureUnits" || treated === undefined || treatment.length !== 1 || controls.length === 0)
      return;
    const reductions = controls.map((control) => control.change - treated.change);
    const low = Math.min(...reductions);
    const high = Math.max(...reductions);
    const central = reductions.reduce((sum, value) => sum + value, 0) / reductions.length;
    const off = (stated: number, implied: number) => Math.abs(stated - implied) > REPORTED_FIGURE_TOLERANCE;
    if (off(effect.low, low) || off(effect.high, high) || off(effect.central, central)) {
      ctx.addIssue({
        code: "custom",
        path: ["effect"],
        message: `The results imply a reduction of ${low.toFixed(3)}–${high.toFixed(3)} (central ${central.toFixed(3)}), not ${effect.low}–${effect.high} (${effect.central})`,
      });
    }
  });
export type Evaluation = z.infer<typeof evaluationSchema>;
/** What an editor writes; the array fields may be left out. */
export type EvaluationInput = z.input<typeof evaluationSchema>;
