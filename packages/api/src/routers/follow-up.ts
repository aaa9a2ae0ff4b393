import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  decideScenario,
  getDecision,
  listDecisions,
  listFollowUpVersions,
  saveActuals,
  ValidationError,
  type DecisionRecord,
} from "@insats/db";
import {
  actualsEntryOf,
  actualsReportSchema,
  decisionBodyKindSchema,
  decisionSchema,
  followUp,
  FollowUpInputError,
  followUpLimits,
  followUpResultSchema,
  fundRuleSchema,
  scenarioInputSchema,
  type FollowUpInputJson,
  type FollowUpResult,
} from "@insats/domain";
import { createTRPCRouter, memberProcedure, memberWriteProcedure, validatedSynchronously } from "../trpc.ts";

const scenarioId = z.uuid({ error: "Expected a scenario id (UUID)" });
const version = z.int().min(1).max(1_000_000);

const decisionOutputSchema = z.object({
  scenarioId: z.uuid(),
  scenarioName: z.string(),
  scenarioVersion: z.int(),
  decidedOn: z.iso.date(),
  body: z.object({ kind: decisionBodyKindSchema, name: z.string() }),
  fund: fundRuleSchema.nullable(),
  decidedByName: z.string().nullable(),
  /** The version of the reported figures, for the next save's `expectedVersion`. */
  version: z.int(),
  updatedAt: z.iso.datetime(),
  updatedByName: z.string().nullable(),
});

export const followUpOutputSchema = z.object({
  decision: decisionOutputSchema,
  /** The scenario as decided. */
  scenario: scenarioInputSchema,
  actuals: z.array(actualsReportSchema),
  result: followUpResultSchema,
});

function presentDecision(row: DecisionRecord): z.infer<typeof decisionOutputSchema> {
  return {
    scenarioId: row.scenarioId,
    scenarioName: row.scenarioName,
    scenarioVersion: row.scenarioVersion,
    decidedOn: row.decidedOn,
    body: { kind: row.bodyKind, name: row.bodyName },
    fund: row.fund,
    decidedByName: row.decidedByName,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

/**
 * Follow-ups computed in this process, by scenario and the version of its reported figures. A decision's inputs
 * never change under one version (the decided scenario version is frozen, the fund rule is set once, and every
 * save of the figures makes a new version), so a result found here is exact. The fund page follows up every
 * investment on each request: without this, 200 investments spend most of the request validating and computing
 * what has not changed since the last one (packages/api/bench/fund.bench.ts).
 */
const computedFollowUps = new Map<string, FollowUpResult>();
const computedFollowUpCapacity = 2_000;

function followUpOf(row: DecisionRecord): FollowUpResult {
  const key = `${row.scenarioId}:${row.scenarioVersion}:${row.version}`;
  const known = computedFollowUps.get(key);
  if (known) {
    // Most recently used last, so that the oldest is the one dropped.
    computedFollowUps.delete(key);
    computedFollowUps.set(key, known);
    return known;
  }
  const result = computeFollowUpOf(row);
  computedFollowUps.set(key, result);
  if (computedFollowUps.size > computedFollowUpCapacity) {
    const [oldest] = computedFollowUps.keys();
    if (oldest !== undefined) computedFollowUps.delete(oldest);
  }
  return result;
}

/** The follow-up of a decision: the engine's result over the decided scenario and the reported years. */
function computeFollowUpOf(row: DecisionRecord): FollowUpResult {
  try {
    return followUp({
      version: 1,
      // Stored as validated on the way in; followUp validates it again with everything else.
      scenario: row.decidedInput as FollowUpInputJson["scenario"],
      actuals: row.actuals.map(actualsEntryOf),
      fund: row.fund ?? undefined,
    });
  } catch (error) {
    // The same checks as the engine's, reported at their fields, so that nothing the engine refuses is stored.
    if (error instanceof FollowUpInputError) throw new ValidationError("follow-up", error.issues);
    throw error;
  }
}

/** A decision with its follow-up computed, as the API answers it (also to a partner, routers/share.ts). */
export function presentFollowUp(row: DecisionRecord): z.infer<typeof followUpOutputSchema> {
  return {
    decision: presentDecision(row),
    scenario: scenarioInputSchema.parse(row.decidedInput),
    actuals: row.actuals,
    result: followUpOf(row),
  };
}

function notFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "Decision not found" });
}

const planner = memberProcedure("planner");
const plannerWrite = memberWriteProcedure("planner");

/** Decided scenarios, the figures reported since, and the fund's books (issue 14). */
export const followUpRouter = createTRPCRouter({
  /** Marks a saved scenario version as decided; the version is frozen from then on. */
  decide: plannerWrite
    .input(z.strictObject({ scenarioId, scenarioVersion: version, decision: decisionSchema }))
    .output(followUpOutputSchema)
    .mutation(async ({ ctx, input }) =>
      presentFollowUp(
        await decideScenario(ctx.db, {
          organisationId: ctx.membership.organisationId,
          scenarioId: input.scenarioId,
          scenarioVersion: input.scenarioVersion,
          decision: input.decision,
          userId: ctx.session.userId,
        }),
      ),
    ),

  byScenario: planner
    .input(z.strictObject({ scenarioId }))
    .output(followUpOutputSchema)
    .query(async ({ ctx, input }) => {
      const row = await getDecision(ctx.db, {
        scenarioId: input.scenarioId,
        organisationId: ctx.membership.organisationId,
      });
      return row ? presentFollowUp(row) : notFound();
    }),

  /** Replaces the reported years; the engine checks them inside the transaction, before anything is stored. */
  saveActuals: plannerWrite
    .input(
      z.strictObject({
        scenarioId,
        expectedVersion: version,
        actuals: z.array(actualsReportSchema).max(followUpLimits.maxReportedYears),
      }),
    )
    .output(followUpOutputSchema)
    .mutation(async ({ ctx, input }) =>
      presentFollowUp(
        await saveActuals(ctx.db, {
          organisationId: ctx.membership.organisationId,
          scenarioId: input.scenarioId,
          expectedVersion: input.expectedVersion,
          actuals: input.actuals,
          userId: ctx.session.userId,
          check: (candidate) => void computeFollowUpOf(candidate),
        }),
      ),
    ),

  versions: planner.input(z.strictObject({ scenarioId })).query(async ({ ctx, input }) =>
    (
      await listFollowUpVersions(ctx.db, {
        scenarioId: input.scenarioId,
        organisationId: ctx.membership.organisationId,
      })
    ).map((row) => ({ ...row, savedAt: row.savedAt.toISOString() })),
  ),

  /**
   * The fund's books: every decided investment with a fund rule, its grant, what has been repaid in reported
   * years, what is outstanding, the repayments expected per calendar year ahead (summed over investments) and the
   * year each is expected to be repaid.
   */
  fund: planner
    .input(z.strictObject({ limit: z.int().min(1).max(500).default(200) }).default({ limit: 200 }))
    // Two hundred investments with their ledgers: the synchronous parse checks them in a fraction of the time.
    .output(
      validatedSynchronously(
        z.object({
          investments: z.array(
            z.object({
              decision: decisionOutputSchema,
              grant: z.number(),
              repaid: z.number(),
              outstanding: z.number(),
              /** The calendar year in which the balance is expected to reach 0; null when not within the horizon. */
              repaidInYear: z.int().nullable(),
              ledger: z.array(
                z.object({
                  year: z.int(),
                  reported: z.boolean(),
                  repayment: z.number(),
                  balance: z.number(),
                }),
              ),
            }),
          ),
          expectedByYear: z.array(z.object({ year: z.int(), repayment: z.number() })),
          totals: z.object({ grants: z.number(), repaid: z.number(), outstanding: z.number() }),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      // Only decisions with a fund rule: the limit counts investments, not decisions the fund does not pay.
      const rows = await listDecisions(ctx.db, {
        organisationId: ctx.membership.organisationId,
        limit: input.limit,
        withFund: true,
      });
      const expected = new Map<number, number>();
      const investments = rows.flatMap((row) => {
        if (!row.fund) return [];
        const result = followUpOf(row);
        const ledger = result.years.map((year) => ({
          year: year.year,
          reported: year.reported,
          repayment: year.fund?.repayment ?? 0,
          balance: year.fund?.balance ?? 0,
        }));
        for (const entry of ledger) {
          if (!entry.reported && entry.repayment > 0)
            expected.set(entry.year, (expected.get(entry.year) ?? 0) + entry.repayment);
        }
        const repaid = result.fund?.reportedRepaid ?? 0;
        const repaidByOffset = result.fund?.repaidByOffset ?? null;
        return [
          {
            decision: presentDecision(row),
            grant: row.fund.grant,
            repaid,
            outstanding: row.fund.grant - repaid,
            repaidInYear: repaidByOffset === null ? null : (result.years[repaidByOffset]?.year ?? null),
            ledger,
          },
        ];
      });
      const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
      return {
        investments,
        expectedByYear: [...expected.entries()]
          .sort(([a], [b]) => a - b)
          .map(([year, repayment]) => ({ year, repayment })),
        totals: {
          grants: sum(investments.map((investment) => investment.grant)),
          repaid: sum(investments.map((investment) => investment.repaid)),
          outstanding: sum(investments.map((investment) => investment.outstanding)),
        },
      };
    }),
});
