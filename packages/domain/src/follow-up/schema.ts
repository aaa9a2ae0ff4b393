// The open JSON format of a follow-up (a decided scenario, what was spent and measured each year, and the fund's
// repayment rule) and the shape of its result. See the domain README, "Follow-up and the fund".
import { z } from "zod";
import { isoDateSchema } from "../text/date.ts";
import {
  listIssues,
  payerKeys,
  payerSchema,
  scenarioInputSchema,
  type InputIssue,
  type ScenarioInput,
} from "../scenario/schema.ts";

/**
 * Bounds of reported figures: a year's spending on one cost line, or a fund's grant, of more than a trillion
 * SEK is a typing mistake, not a social investment, and unbounded figures overflow sums to Infinity.
 */
export const followUpLimits = {
  /** SEK per cost line and year, and the fund's grant and cap. */
  maxAmount: 1e12,
  /** Units avoided per outcome and year (households, hours, fractures …); negative when use rose. */
  maxUnits: 1e9,
  /** Actuals entries: at most one per year of the longest horizon. */
  maxReportedYears: 50,
  /** Cost lines or outcomes named in one year's entry. */
  maxIdsPerYear: 200,
  /** Characters of a note or a source on a reported figure. */
  maxNoteLength: 2000,
} as const;

const amount = z
  .number()
  .min(0, { error: "a reported cost is 0 or more" })
  .max(followUpLimits.maxAmount, { error: `a reported cost is at most ${followUpLimits.maxAmount} SEK` });

const units = z
  .number()
  .min(-followUpLimits.maxUnits, { error: `units avoided lie within ±${followUpLimits.maxUnits}` })
  .max(followUpLimits.maxUnits, { error: `units avoided lie within ±${followUpLimits.maxUnits}` });

/** Ids in a year's entry: the scenario's ids are 1 to 100 characters. */
const idLength = { minLength: 1, maxLength: 100 } as const;

/**
 * A map from ids to figures; its keys are checked against the scenario's ids by the input's refinement. The keys'
 * lengths are checked in the map's one refinement rather than by a key schema: parsing each key with its own
 * schema doubled the time of a 50-year report (packages/domain/bench), and the JSON Schema says the same.
 */
function figuresById(value: z.ZodNumber) {
  return z
    .record(z.string(), value)
    .refine(
      (record) => {
        const ids = Object.keys(record);
        return (
          ids.length <= followUpLimits.maxIdsPerYear &&
          ids.every((id) => id.length >= idLength.minLength && id.length <= idLength.maxLength)
        );
      },
      { error: `at most ${followUpLimits.maxIdsPerYear} figures a year, each id 1 to 100 characters` },
    )
    .meta({ propertyNames: { type: "string", ...idLength } });
}

export const actualsEntrySchema = z.strictObject({
  /** The year reported, as an offset of the scenario: 0 ≤ offset < horizonYears. */
  offset: z.int().min(0, { error: "an offset is 0 or more" }).max(49, { error: "an offset is below 50" }),
  /** Spent that year per cost line id (scenario price year); a line left out counts at its forecast. */
  costs: figuresById(amount).optional(),
  /** Measured units avoided that year per outcome id: the same quantity as the forecast's units. */
  unitsAvoided: figuresById(units).optional(),
});
export type ActualsEntry = z.infer<typeof actualsEntrySchema>;

export const fundRuleSchema = z
  .strictObject({
    /** Paid out by the fund at offset 0. */
    grant: z
      .number()
      .gt(0, { error: "the grant is more than 0" })
      .max(followUpLimits.maxAmount, { error: `the grant is at most ${followUpLimits.maxAmount} SEK` }),
    /** Share of a year's benefits to the listed payers that is repaid to the fund. */
    repaymentShare: z
      .number()
      .min(0, { error: "the repayment share is between 0 and 1" })
      .max(1, { error: "the repayment share is between 0 and 1" }),
    /** Whose savings repay, e.g. ["municipality"]. */
    payers: z
      .array(payerSchema)
      .min(1, { error: "name at least one payer whose savings repay the fund" })
      .max(payerKeys.length)
      .refine((payers) => new Set(payers).size === payers.length, { error: "each payer is named once" }),
    /** The first year that repays. */
    fromOffset: z.int().min(0, { error: "an offset is 0 or more" }).max(49).default(0),
    /** Repayments never add up to more; the grant when left out. */
    cap: z
      .number()
      .gt(0, { error: "the cap is more than 0" })
      .max(followUpLimits.maxAmount, { error: `the cap is at most ${followUpLimits.maxAmount} SEK` })
      .optional(),
  })
  .transform((rule) => ({ ...rule, cap: rule.cap ?? rule.grant }));
export type FundRule = z.infer<typeof fundRuleSchema>;

type IssueSink = {
  addIssue: (issue: { code: "custom"; message: string; path?: PropertyKey[] }) => void;
};

const actualsSchema = z.array(actualsEntrySchema).max(followUpLimits.maxReportedYears).default([]);

/** The follow-up format around a schema of its actuals: `actualsSchema` itself, or it compiled (see below). */
function followUpInputWith(entries: typeof actualsSchema) {
  return z
    .strictObject({
      version: z.literal(1, { error: "version must be 1" }),
      /** The forecast as decided; distributions count at their base value. */
      scenario: scenarioInputSchema,
      actuals: entries,
      fund: fundRuleSchema.optional(),
    })
    .superRefine((input: { scenario: ScenarioInput; actuals: ActualsEntry[] }, ctx: IssueSink) => {
      const { scenario, actuals } = input;
      const costIds = new Set(scenario.costs.map((line) => line.id));
      const outcomeIds = new Set(scenario.outcomes.map((outcome) => outcome.id));
      const seen = new Set<number>();
      actuals.forEach((entry, index) => {
        if (seen.has(entry.offset)) {
          ctx.addIssue({
            code: "custom",
            message: `offset ${entry.offset} is reported twice`,
            path: ["actuals", index, "offset"],
          });
        }
        seen.add(entry.offset);
        if (entry.offset >= scenario.horizonYears) {
          ctx.addIssue({
            code: "custom",
            message: `offset ${entry.offset} lies past the horizon (${scenario.horizonYears} years)`,
            path: ["actuals", index, "offset"],
          });
        }
        for (const id of Object.keys(entry.costs ?? {})) {
          if (!costIds.has(id)) {
            ctx.addIssue({
              code: "custom",
              message: `no cost line "${id}" in the scenario`,
              path: ["actuals", index, "costs", id],
            });
          }
        }
        for (const id of Object.keys(entry.unitsAvoided ?? {})) {
          if (!outcomeIds.has(id)) {
            ctx.addIssue({
              code: "custom",
              message: `no outcome "${id}" in the scenario`,
              path: ["actuals", index, "unitsAvoided", id],
            });
          }
        }
      });
    });
}

export const followUpInputSchema = followUpInputWith(actualsSchema);
export type FollowUpInput = z.infer<typeof followUpInputSchema>;
/** A follow-up as written in JSON: the fields with defaults may be left out. */
export type FollowUpInputJson = z.input<typeof followUpInputSchema>;

export type FollowUpInputParseResult =
  { success: true; data: FollowUpInput } | { success: false; issues: InputIssue[] };

/**
 * `followUpInputSchema` with its actuals compiled by zod (`z.compile`): valid actuals take a generated fast path
 * (a fifth of the time of a 50-year report, packages/domain/bench), invalid ones zod's ordinary parser, so the
 * issues are the same. Only the actuals: the scenario's cross-field checks run even beside other issues (a `when`),
 * which z.compile leaves to the ordinary parser, and that part of a compiled schema parsed twice as slowly as the
 * uncompiled scenario. Built on first use rather than at import: compiling takes milliseconds and `new Function`,
 * which the apps' content security policy refuses in the browser (z.compile then hands the schema back as it is).
 */
let parsingSchema: typeof followUpInputSchema | undefined;

/** Validates follow-up JSON. Every problem is listed by path; nothing is computed from an invalid input. */
export function parseFollowUpInput(json: unknown): FollowUpInputParseResult {
  parsingSchema ??= followUpInputWith(z.compile(actualsSchema));
  const result = parsingSchema.safeParse(json);
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: listIssues(result.error) };
}

/** Thrown by `followUp` when it is given input that does not validate. */
export class FollowUpInputError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    super(
      `Invalid follow-up input: ${issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`).join("; ")}`,
    );
    this.name = "FollowUpInputError";
    this.issues = issues;
  }
}

// ---- Decisions and reported figures, as the product stores them ---------------------------------------------

/** Who decided: a committee (nämnd, kommunstyrelse) or a fund's board. */
export const decisionBodyKinds = ["committee", "fundBoard"] as const;
export const decisionBodyKindSchema = z.enum(decisionBodyKinds);
export type DecisionBodyKind = z.infer<typeof decisionBodyKindSchema>;

/** A planner's record that a scenario version was decided, with the fund's rule when a fund pays. */
export const decisionSchema = z.strictObject({
  decidedOn: isoDateSchema,
  body: z.strictObject({
    kind: decisionBodyKindSchema,
    /** "Socialnämnden", "Fonden för sociala investeringar" … */
    name: z.string().trim().min(1, { error: "name the body that decided" }).max(200),
  }),
  fund: fundRuleSchema.optional(),
});
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionJson = z.input<typeof decisionSchema>;

/** Where a reported figure comes from, and what a reader should know about it. */
export const reportedFigureNoteSchema = z.strictObject({
  note: z.string().trim().max(followUpLimits.maxNoteLength).optional(),
  source: z.string().trim().max(500).optional(),
});
export type ReportedFigureNote = z.infer<typeof reportedFigureNoteSchema>;

/**
 * One reported year as planners enter it: the figures of `ActualsEntry` and a note and a source per figure,
 * keyed `costs.<line id>` or `unitsAvoided.<outcome id>`.
 */
export const actualsReportSchema = actualsEntrySchema.extend({
  notes: z
    .record(
      z.string().regex(/^(costs|unitsAvoided)\..{1,100}$/, { error: "a note belongs to a reported figure" }),
      reportedFigureNoteSchema,
    )
    .optional(),
});
export type ActualsReport = z.infer<typeof actualsReportSchema>;

/** The engine's entry of a reported year: its figures without the notes. */
export function actualsEntryOf(report: ActualsReport): ActualsEntry {
  const { notes: _notes, ...entry } = report;
  return entry;
}

// ---- Result ----------------------------------------------------------------------------------------------------

const money = z.number();
const flow = z.object({ costs: money, benefits: money, net: money });
const presentValues = z.object({ pvCosts: money, pvBenefits: money, npv: money });

export const followUpYearSchema = z.object({
  offset: z.int(),
  year: z.int(),
  /** The offset has an actuals entry. */
  reported: z.boolean(),
  forecast: flow,
  outturn: flow,
  /** Per cost line: its forecast, its outturn (the reported figure, else the forecast) and whether it was reported. */
  costsByLine: z.record(
    z.string(),
    z.object({ forecast: money, outturn: money, reported: z.boolean() }),
  ),
  unitsAvoided: z.record(
    z.string(),
    z.object({ forecast: z.number(), outturn: z.number(), measured: z.boolean() }),
  ),
  fund: z.object({ repayment: money, balance: money }).optional(),
});
export type FollowUpYear = z.infer<typeof followUpYearSchema>;

export const followUpResultSchema = z.object({
  years: z.array(followUpYearSchema),
  /** Measured ÷ forecast units over the measured years, per outcome; 1 when nothing was measured. */
  realisationRate: z.record(z.string(), z.number()),
  totals: z.object({
    forecast: presentValues,
    outturn: presentValues,
    /** Outturn npv − forecast npv. */
    varianceNpv: money,
  }),
  byPayer: z.partialRecord(
    payerSchema,
    z.object({ forecast: z.object({ npv: money }), outturn: z.object({ npv: money }) }),
  ),
  fund: z
    .object({
      repaid: money,
      balance: money,
      /** The first offset whose balance is ≥ 0; null when the grant is not repaid within the horizon. */
      repaidByOffset: z.int().nullable(),
      /** Repayments in reported years only. */
      reportedRepaid: money,
    })
    .optional(),
});
export type FollowUpResult = z.infer<typeof followUpResultSchema>;
