// The open JSON format of a scenario (docs/calculation.md, "The scenario") and the shapes of the engine's results.
import { z } from "zod";
import { numberBetween, plausible, wholeNumber, yearSchema } from "../bounds.ts";

/** Who pays and who saves. */
export const payerKeys = ["municipality", "region", "state", "individual", "other"] as const;
export const payerSchema = z.enum(payerKeys);
export type Payer = z.infer<typeof payerSchema>;

/** Shares may be off by rounding in hand-typed JSON, so the sum is checked with this tolerance. */
export const payerShareTolerance = 1e-9;

/**
 * Stable names of the scenario's own cross-field rules (zod's built-in checks carry zod's issue codes instead).
 * Each custom issue has `params: { rule }`, so that an app can say what is wrong in its user's language.
 */
export const scenarioRules = [
  /** A line's payer shares do not add up to 1. */
  "payerSharesSum",
  /** A distribution's min is above its max. */
  "minAboveMax",
  /** A triangular or PERT distribution's most likely value lies outside min..max. */
  "modeOutsideRange",
  /** A normal distribution's mean lies outside its min..max. */
  "meanOutsideRange",
  /** An annual cost ends before it starts. */
  "toOffsetBeforeFromOffset",
  /** Two costs, or two outcomes, have the same id. */
  "duplicateId",
] as const;
export type ScenarioRule = (typeof scenarioRules)[number];

type Payload = { value: unknown };
type IssueSink = {
  addIssue: (issue: { code: "custom"; message: string; path?: PropertyKey[]; params: { rule: ScenarioRule } }) => void;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Cross-field checks run even when a sibling field already failed, so that a planner sees every problem in one
 * round (zod skips refinements after an aborting issue by default). The checks therefore read the raw value
 * defensively and look only at the fields that are themselves well formed.
 */
const evenWithOtherIssues = { when: (payload: Payload) => isRecord(payload.value) };

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

const share = z
  .number()
  .min(0, { error: "a share must be between 0 and 1" })
  .max(1, { error: "a share must be between 0 and 1" });

export const payersSchema = z
  .strictObject({
    municipality: share.optional(),
    region: share.optional(),
    state: share.optional(),
    individual: share.optional(),
    other: share.optional(),
  })
  .superRefine((value: unknown, ctx: IssueSink) => {
    if (!isRecord(value)) return;
    const shares = payerKeys.map((key) => value[key]).filter((v) => v !== undefined);
    // A malformed share is reported on its own path; a sum over it would only repeat that problem.
    if (!shares.every(finite)) return;
    const sum = shares.reduce((total, v) => total + v, 0);
    if (Math.abs(sum - 1) > payerShareTolerance) {
      ctx.addIssue({
        code: "custom",
        message: `payer shares must sum to 1 (they sum to ${sum})`,
        path: [],
        params: { rule: "payerSharesSum" },
      });
    }
  }, evenWithOtherIssues);
export type Payers = z.infer<typeof payersSchema>;

/**
 * The bounds of the format. Each lies far beyond what a municipality's or a region's initiative needs, so that no
 * planner meets one, yet close enough that every result of a valid scenario is a finite number and that one
 * computation stays small: the API computes scenarios for everyone (issue 13). JSON import, the calculator and the
 * API all validate with this schema, so they refuse the same things.
 */
export const scenarioLimits = {
  /** Calendar years (startYear, priceYear): no price index or plan of today means a year outside these. */
  minYear: plausible.minYear,
  maxYear: plausible.maxYear,
  maxHorizonYears: 50,
  maxDiscountRate: 0.2,
  /**
   * Offsets, lags, durations and per-participant years: twice the longest horizon. Anything later falls outside
   * every horizon and changes no result.
   */
  maxYears: 100,
  /** Cohorts: one intake a year for 20 years. The templates have one or two. */
  maxCohorts: 20,
  /** Cost lines: a detailed budget has a few dozen. The templates have one or two. */
  maxCosts: 50,
  /** Outcomes: the templates have one; SROI studies rarely value more than a dozen. */
  maxOutcomes: 30,
  /** Participants in one cohort: ten times Sweden's population. */
  maxParticipants: plausible.maxPeople,
  /** |amount| and |unit cost| in SEK: about the Swedish state's budget for a year (1.3e12). */
  maxAmount: plausible.maxSek,
  /** Baseline units per participant and year: a year has 525 600 minutes. */
  maxUnitsPerParticipant: 1e6,
  /** Real change of a unit cost a year, ±50 % (over 50 years a factor of 6e8). */
  maxUnitCostGrowth: 0.5,
  /**
   * Draws × horizon × (cohorts × outcomes + cost lines): the work of one simulation, as its inner loop counts it.
   * The API's largest (20 000 draws of the largest scenario) is 6.5e8, about a second on one core.
   */
  maxSimulationWork: 6.5e8,
} as const;

/** The range a field's values must lie in; a distribution's parameters must lie in it too. */
export interface FieldLimits {
  readonly lower: number;
  readonly upper: number;
}
/** Amounts and unit costs in SEK; negative amounts are savings or income. */
export const moneyLimits: FieldLimits = { lower: -scenarioLimits.maxAmount, upper: scenarioLimits.maxAmount };

function limitedNumber(limits: FieldLimits, name = "a value") {
  // z.number() already rejects NaN and ±Infinity.
  return numberBetween(name, limits.lower, limits.upper);
}

function checkOrder(value: Record<string, unknown>, ctx: IssueSink) {
  const { min, max } = value;
  if (finite(min) && finite(max) && min > max) {
    ctx.addIssue({
      code: "custom",
      message: `min (${min}) must not exceed max (${max})`,
      path: ["min"],
      params: { rule: "minAboveMax" },
    });
  }
}

function checkWithin(value: Record<string, unknown>, key: "mode" | "mean", ctx: IssueSink) {
  const { min, max } = value;
  const centre = value[key];
  if (!finite(centre)) return;
  if ((finite(min) && centre < min) || (finite(max) && centre > max)) {
    ctx.addIssue({
      code: "custom",
      message: `${key} (${centre}) must lie between min and max`,
      path: [key],
      params: { rule: key === "mode" ? "modeOutsideRange" : "meanOutsideRange" },
    });
  }
}

/**
 * An `Uncertain` field whose values must lie within `limits` (money ±1e12, effect -1..1, shares of effect 0..1,
 * counts 0..1e6). A normal distribution without its own min/max on such a field is truncated at the field's limits
 * (money is not truncated: its limits only bound what a planner can write).
 */
export function uncertainWithin(limits: FieldLimits = moneyLimits) {
  const value = limitedNumber(limits);
  // A spread wider than the whole range says nothing more than a uniform over it.
  const sdRange = `sd must be between 0 and ${limits.upper - limits.lower}`;
  const uniform = z
    .strictObject({ dist: z.literal("uniform"), min: value, max: value })
    .superRefine((v: unknown, ctx: IssueSink) => {
      if (isRecord(v)) checkOrder(v, ctx);
    }, evenWithOtherIssues);
  const modal = (dist: "triangular" | "pert") =>
    z
      .strictObject({ dist: z.literal(dist), min: value, mode: value, max: value })
      .superRefine((v: unknown, ctx: IssueSink) => {
        if (!isRecord(v)) return;
        checkOrder(v, ctx);
        checkWithin(v, "mode", ctx);
      }, evenWithOtherIssues);
  const normal = z
    .strictObject({
      dist: z.literal("normal"),
      mean: value,
      sd: z
        .number()
        .min(0, { error: sdRange })
        .max(limits.upper - limits.lower, { error: sdRange }),
      min: value.optional(),
      max: value.optional(),
    })
    .superRefine((v: unknown, ctx: IssueSink) => {
      if (!isRecord(v)) return;
      checkOrder(v, ctx);
      checkWithin(v, "mean", ctx);
    }, evenWithOtherIssues);
  return z.union(
    [value, z.discriminatedUnion("dist", [uniform, modal("triangular"), modal("pert"), normal])],
    {
      error:
        'expected a finite number or a distribution { "dist": "uniform" | "triangular" | "pert" | "normal", … }',
    },
  );
}

export const uncertainSchema = uncertainWithin();
/** A plain number or a distribution (docs/calculation.md, "Uncertain numbers"). */
export type Uncertain = z.infer<typeof uncertainSchema>;
export type Distribution = Exclude<Uncertain, number>;

export const effectLimits: FieldLimits = { lower: -1, upper: 1 };
export const shareLimits: FieldLimits = { lower: 0, upper: 1 };
export const countLimits: FieldLimits = { lower: 0, upper: scenarioLimits.maxUnitsPerParticipant };

const offset = wholeNumber("an offset (0 is the first year)", 0, scenarioLimits.maxYears);

const participantsRange = `participants must be more than 0 and at most ${scenarioLimits.maxParticipants}`;
export const cohortSchema = z.strictObject({
  startOffset: offset,
  participants: z
    .number()
    .gt(0, { error: participantsRange })
    .max(scenarioLimits.maxParticipants, { error: participantsRange }),
});
export type Cohort = z.infer<typeof cohortSchema>;

const lineIdentity = {
  id: z.string().min(1, { error: "an id must not be empty" }),
  label: z.string(),
  payers: payersSchema,
};

export const costLineSchema = z.discriminatedUnion("kind", [
  z.strictObject({ ...lineIdentity, kind: z.literal("oneOff"), offset, amount: uncertainSchema }),
  z
    .strictObject({
      ...lineIdentity,
      kind: z.literal("annual"),
      fromOffset: offset,
      toOffset: offset,
      amount: uncertainSchema,
    })
    .superRefine((v: unknown, ctx: IssueSink) => {
      if (!isRecord(v)) return;
      const { fromOffset, toOffset } = v;
      if (finite(fromOffset) && finite(toOffset) && toOffset < fromOffset) {
        ctx.addIssue({
          code: "custom",
          message: `toOffset (${toOffset}) must not be before fromOffset (${fromOffset})`,
          path: ["toOffset"],
          params: { rule: "toOffsetBeforeFromOffset" },
        });
      }
    }, evenWithOtherIssues),
  z.strictObject({
    ...lineIdentity,
    kind: z.literal("perParticipant"),
    years: wholeNumber("years", 1, scenarioLimits.maxYears),
    amount: uncertainSchema,
  }),
]);
export type CostLine = z.infer<typeof costLineSchema>;

export const uncertainEffectSchema = uncertainWithin(effectLimits);
export const uncertainShareSchema = uncertainWithin(shareLimits);
export const uncertainCountSchema = uncertainWithin(countLimits);

/** A key of the unit-cost library (`unitCostLibrary`), as a scenario records it. */
export const unitCostKeySchema = z
  .string()
  .max(100, { error: "a unit-cost key is at most 100 characters" })
  .regex(/^[a-z0-9_]+$/, { error: "a unit-cost key is lower-case letters, digits and underscores" });

/**
 * A unit cost picked from outside the library — a municipality's, its county's median or the nation's figure from
 * Kolada — recorded on the outcome with what a report must name, so that the report and the workbook show its
 * source even after the figures are synced again.
 */
export const pickedUnitCostSchema = z.strictObject({
  key: unitCostKeySchema,
  label: z.strictObject({ sv: z.string().min(1).max(500), en: z.string().min(1).max(500) }),
  /** The figure as the source published it, in `priceYear`'s prices (the outcome's `unitCost` is it indexed). */
  value: numberBetween("a unit cost", 0, plausible.maxSek),
  unit: z.string().min(1).max(50),
  priceYear: yearSchema("priceYear"),
  /** The municipality, county or "Sweden" the figure is for. */
  geography: z.string().min(1).max(200),
  /**
   * For a Kolada figure: "Kolada, <KPI id> <title>, <year>", in Swedish and English (the title as Kolada gives it,
   * in Swedish; the English text quotes it and says "(title in Swedish)").
   * A scenario saved before the sources were bilingual holds one text, shown in both languages.
   */
  source: z.union([
    z.string().min(1).max(1000),
    z.strictObject({ sv: z.string().min(1).max(1000), en: z.string().min(1).max(1000) }),
  ]),
});
export type PickedUnitCost = z.infer<typeof pickedUnitCostSchema>;

/** A picked unit cost's source in both languages; a scenario saved with one text shows it in both. */
export function pickedUnitCostSource(picked: Pick<PickedUnitCost, "source">): { sv: string; en: string } {
  return typeof picked.source === "string" ? { sv: picked.source, en: picked.source } : picked.source;
}

export const outcomeSchema = z.strictObject({
  ...lineIdentity,
  unit: z.string(),
  unitCost: uncertainSchema,
  /**
   * The library unit costs `unitCost` was taken from (1–4 keys of `unitCostLibrary`), so that a report can name
   * their source, price year and geography. Absent when the planner typed the figure.
   */
  unitCostKeys: z
    .array(unitCostKeySchema)
    .min(1, { error: "give at least one unit-cost key, or leave the field out" })
    .max(4, { error: "at most 4 unit-cost keys" })
    .optional(),
  /** The unit cost `unitCost` was taken from when it is not in the library (a Kolada figure). */
  unitCostSource: pickedUnitCostSchema.optional(),
  unitCostGrowth: limitedNumber(
    { lower: -scenarioLimits.maxUnitCostGrowth, upper: scenarioLimits.maxUnitCostGrowth },
    "unitCostGrowth",
  ).default(0),
  baselineUnitsPerParticipant: uncertainCountSchema,
  effect: uncertainEffectSchema,
  lagYears: wholeNumber("lagYears", 0, scenarioLimits.maxYears).default(0),
  durationYears: wholeNumber("durationYears", 1, scenarioLimits.maxYears),
  dropOff: uncertainShareSchema.default(0),
  deadweight: uncertainShareSchema.default(0),
  attribution: uncertainShareSchema.default(1),
  displacement: uncertainShareSchema.default(0),
});
export type Outcome = z.infer<typeof outcomeSchema>;

function checkUniqueIds(list: unknown, key: "costs" | "outcomes", ctx: IssueSink) {
  if (!Array.isArray(list)) return;
  const firstIndex = new Map<string, number>();
  list.forEach((line: unknown, index) => {
    if (!isRecord(line) || typeof line.id !== "string") return;
    const earlier = firstIndex.get(line.id);
    if (earlier === undefined) firstIndex.set(line.id, index);
    else {
      ctx.addIssue({
        code: "custom",
        message: `duplicate id "${line.id}" (also used by ${key}.${earlier})`,
        path: [key, index, "id"],
        params: { rule: "duplicateId" },
      });
    }
  });
}

export const scenarioInputSchema = z
  .strictObject({
    version: z.literal(1),
    name: z.string(),
    startYear: yearSchema("startYear"),
    priceYear: yearSchema("priceYear"),
    horizonYears: wholeNumber("horizonYears", 1, scenarioLimits.maxHorizonYears),
    discountRate: limitedNumber({ lower: 0, upper: scenarioLimits.maxDiscountRate }, "discountRate"),
    cohorts: z
      .array(cohortSchema)
      .min(1, { error: "at least one cohort is needed" })
      .max(scenarioLimits.maxCohorts, { error: `at most ${scenarioLimits.maxCohorts} cohorts` }),
    costs: z
      .array(costLineSchema)
      .max(scenarioLimits.maxCosts, { error: `at most ${scenarioLimits.maxCosts} cost lines` }),
    outcomes: z
      .array(outcomeSchema)
      .max(scenarioLimits.maxOutcomes, { error: `at most ${scenarioLimits.maxOutcomes} outcomes` }),
  })
  .superRefine((v: unknown, ctx: IssueSink) => {
    if (!isRecord(v)) return;
    checkUniqueIds(v.costs, "costs", ctx);
    checkUniqueIds(v.outcomes, "outcomes", ctx);
  }, evenWithOtherIssues);

/** A validated scenario, defaults filled in. */
export type ScenarioInput = z.infer<typeof scenarioInputSchema>;
/** A scenario as written in JSON: the fields with defaults may be left out. */
export type ScenarioInputJson = z.input<typeof scenarioInputSchema>;

export interface InputIssue {
  /** Dotted path of the offending field, for example `outcomes.0.effect.min`; "" for the whole input. */
  path: string;
  /** In English, for developers and the JSON format's users; apps translate from `code` and its details. */
  message: string;
  /** zod's issue code (`too_small`, `invalid_type` …), or `custom` for one of the scenario's own `rule`s. */
  code: z.core.$ZodIssue["code"];
  /** Which of `scenarioRules` failed, for `custom` issues. */
  rule?: ScenarioRule;
  /** The limit a `too_small` or `too_big` value broke, and whether the limit itself is allowed. */
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  /** The type an `invalid_type` issue expected (`number`, `int`, `string` …). */
  expected?: string;
}

function isScenarioRule(value: unknown): value is ScenarioRule {
  return (scenarioRules as readonly unknown[]).includes(value);
}

/** The details of a zod issue an app needs to say in its own words what is wrong. */
function detailsOf(issue: z.core.$ZodIssue): Omit<InputIssue, "path" | "message"> {
  switch (issue.code) {
    case "too_small":
      return { code: issue.code, minimum: Number(issue.minimum), inclusive: issue.inclusive ?? false };
    case "too_big":
      return { code: issue.code, maximum: Number(issue.maximum), inclusive: issue.inclusive ?? false };
    case "invalid_type":
      return { code: issue.code, expected: issue.expected };
    case "custom": {
      const rule: unknown = issue.params?.rule;
      return isScenarioRule(rule) ? { code: issue.code, rule } : { code: issue.code };
    }
    default:
      return { code: issue.code };
  }
}

export type ScenarioInputParseResult =
  { success: true; data: ScenarioInput } | { success: false; issues: InputIssue[] };

function flattenIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[],
  out: InputIssue[],
) {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // An Uncertain is a number or a distribution object: report the problems of the branch whose type the input
      // has, instead of zod's "none of the options matched".
      const matching = issue.errors.filter(
        (branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"),
      );
      if (matching.length === 1 && matching[0]) {
        flattenIssues(matching[0], path, out);
        continue;
      }
    }
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys)
        out.push({ path: dotted([...path, key]), message: `unknown field "${key}"`, code: issue.code });
      continue;
    }
    out.push({ path: dotted(path), message: issue.message, ...detailsOf(issue) });
  }
}

function dotted(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join(".");
}

/** Turns zod's issues into one `{ path, message }` per problem, with dotted paths. */
export function listIssues(error: z.ZodError): InputIssue[] {
  const out: InputIssue[] = [];
  flattenIssues(error.issues, [], out);
  return out;
}

/** Validates scenario JSON. Every problem is listed by path; nothing is computed from an invalid scenario. */
export function parseScenarioInput(json: unknown): ScenarioInputParseResult {
  const result = scenarioInputSchema.safeParse(json);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: listIssues(result.error) };
}

/** Thrown by the engine's functions when they are given a scenario that does not validate. */
export class ScenarioInputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    super(
      `Invalid scenario input: ${issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("; ")}`,
    );
    this.name = "ScenarioInputError";
    this.issues = issues;
  }
}

/** Validates and fills in defaults, or throws a `ScenarioInputError` listing every problem. */
export function requireScenarioInput(json: unknown): ScenarioInput {
  const result = parseScenarioInput(json);
  if (!result.success) throw new ScenarioInputError(result.issues);
  return result.data;
}

// ---- Results -------------------------------------------------------------------------------------------------

const money = z.number();

export const payerFlowSchema = z.object({ costs: money, benefits: money, net: money });

export const scenarioYearSchema = z.object({
  offset: z.int(),
  year: z.int(),
  costs: money,
  benefits: money,
  net: money,
  cumulativeNet: money,
  discountFactor: z.number(),
  pvCosts: money,
  pvBenefits: money,
  pvNet: money,
  cumulativePvNet: money,
  byPayer: z.partialRecord(payerSchema, payerFlowSchema),
  unitsAvoided: z.record(z.string(), z.number()),
  benefitsByOutcome: z.record(z.string(), money),
});
export type ScenarioYear = z.infer<typeof scenarioYearSchema>;

export const scenarioTotalsSchema = z.object({
  costs: money,
  benefits: money,
  net: money,
  pvCosts: money,
  pvBenefits: money,
  npv: money,
  bcr: z.number().nullable(),
  roi: z.number().nullable(),
  paybackOffset: z.int().nullable(),
  discountedPaybackOffset: z.int().nullable(),
  breakEvenEffectScale: z.number().nullable(),
});
export type ScenarioTotals = z.infer<typeof scenarioTotalsSchema>;

export const payerPresentValueSchema = z.object({ pvCosts: money, pvBenefits: money, npv: money });

export const scenarioResultSchema = z.object({
  years: z.array(scenarioYearSchema),
  totals: scenarioTotalsSchema,
  byPayer: z.partialRecord(payerSchema, payerPresentValueSchema),
  byOutcome: z.record(z.string(), z.object({ pvBenefits: money, unitsAvoided: z.number() })),
});
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

export const simulationOptionsSchema = z.strictObject({
  draws: z
    .int()
    .min(1, { error: "draws must be between 1 and 1 000 000" })
    .max(1_000_000, { error: "draws must be between 1 and 1 000 000" }),
  seed: z.int(),
});
export type SimulationOptions = z.infer<typeof simulationOptionsSchema>;

const percentiles = { p5: z.number(), p50: z.number(), p95: z.number() };

export const simulationResultSchema = z.object({
  draws: z.int(),
  seed: z.int(),
  npv: z.object({ mean: money, sd: z.number(), min: money, ...percentiles, p25: money, p75: money, max: money }),
  probabilityPositive: z.number().min(0).max(1),
  /** null when no draw had a bcr (present value of costs 0 in every draw). */
  bcr: z.object({ p5: z.number().nullable(), p50: z.number().nullable(), p95: z.number().nullable() }),
  histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.int()) }),
  byPayer: z.partialRecord(
    payerSchema,
    z.object({ ...percentiles, probabilityPositive: z.number().min(0).max(1) }),
  ),
});
export type SimulationResult = z.infer<typeof simulationResultSchema>;

export const sensitivityRowSchema = z.object({
  path: z.string(),
  label: z.string(),
  low: z.object({ value: z.number(), npv: money }),
  high: z.object({ value: z.number(), npv: money }),
});
export type SensitivityRow = z.infer<typeof sensitivityRowSchema>;
