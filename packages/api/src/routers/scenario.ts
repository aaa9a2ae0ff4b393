import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  archiveScenario,
  createScenario,
  duplicateScenario,
  getScenario,
  listScenarios,
  listScenarioVersions,
  restoreScenarioVersion,
  saveScenario,
  type Scenario,
} from "@insats/db";
import {
  computeScenario,
  type ScenarioInput,
  scenarioInputSchema,
  scenarioResultSchema,
  scenarioTemplateIds,
  sensitivityRowSchema,
  simulationResultSchema,
} from "@insats/domain";
import { createTRPCRouter, memberComputeProcedure, memberProcedure, memberWriteProcedure } from "../trpc.ts";

const scenarioId = z.uuid({ error: "Expected a scenario id (UUID)" });
// The version column is a PostgreSQL integer: a larger number would fail the query instead of being a conflict.
const version = z.int().min(1).max(2 ** 31 - 1);
const name = z.string().trim().min(1, { error: "Give the scenario a name" }).max(200);
const description = z.string().trim().max(5000);

const summarySchema = z.object({
  npv: z.number().nullable(),
  bcr: z.number().nullable(),
  paybackOffset: z.int().nullable(),
});

export const scenarioSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  ownerId: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  input: scenarioInputSchema,
  templateId: z.string().nullable(),
  initiativeSlug: z.string().nullable(),
  summary: summarySchema,
  version,
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The headline figures the list shows; recomputed by the API on every save, never taken from the client. */
function summarise(input: ScenarioInput) {
  const { totals } = computeScenario(input);
  return { npv: totals.npv, bcr: totals.bcr, paybackOffset: totals.paybackOffset };
}

/**
 * Stored inputs were validated on the way in; parsing again fills defaults added to the format since. One saved
 * before the format's bounds (issue 13: startYear 2147483648, 25 cohorts) no longer passes: it is refused with what
 * is wrong, not answered with a 500, and an earlier version can still be restored.
 */
function storedInput(row: Scenario): ScenarioInput {
  const parsed = scenarioInputSchema.safeParse(row.input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ["input", ...issue.path] }));
  throw new TRPCError({
    code: "UNPROCESSABLE_CONTENT",
    message: `This scenario was saved before its values were bounded and cannot be opened as it is (${issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ")}); restore an earlier version or import a corrected copy`,
    // The issues by path, as for any refused input (trpc.ts).
    cause: new z.ZodError(issues),
  });
}

/** A stored scenario as the API answers it (also to a partner it is shared with, routers/share.ts). */
export function presentScenario(row: Scenario): z.infer<typeof scenarioSchema> {
  return {
    id: row.id,
    organisationId: row.organisationId,
    ownerId: row.ownerId,
    name: row.name,
    description: row.description,
    input: storedInput(row),
    templateId: row.templateId,
    initiativeSlug: row.initiativeSlug,
    summary: { npv: row.npv, bcr: row.bcr, paybackOffset: row.paybackOffset },
    version: row.version,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function notFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "Scenario not found" });
}

const planner = memberProcedure("planner");
const plannerWrite = memberWriteProcedure("planner");
const plannerCompute = memberComputeProcedure("planner");

export const scenarioRouter = createTRPCRouter({
  list: planner
    .input(
      z.strictObject({
        q: z.string().trim().max(200).optional(),
        includeArchived: z.boolean().default(false),
        cursor: z.string().max(500).optional(),
        limit: z.int().min(1).max(100).default(50),
      }),
    )
    .query(({ ctx, input }) => listScenarios(ctx.db, { organisationId: ctx.membership.organisationId, ...input })),

  byId: planner
    .input(z.strictObject({ id: scenarioId }))
    .output(scenarioSchema)
    .query(async ({ ctx, input }) => {
      const row = await getScenario(ctx.db, { id: input.id, organisationId: ctx.membership.organisationId });
      return row ? presentScenario(row) : notFound();
    }),

  create: plannerWrite
    .input(
      z.strictObject({
        name,
        description: description.optional(),
        input: scenarioInputSchema,
        templateId: z.enum(scenarioTemplateIds).optional(),
        initiativeSlug: z.string().max(200).optional(),
      }),
    )
    .output(scenarioSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await createScenario(ctx.db, {
        organisationId: ctx.membership.organisationId,
        ownerId: ctx.session.userId,
        name: input.name,
        description: input.description,
        input: input.input,
        summary: summarise(input.input),
        templateId: input.templateId ?? null,
        initiativeSlug: input.initiativeSlug ?? null,
      });
      return presentScenario(row);
    }),

  save: plannerWrite
    .input(
      z.strictObject({
        id: scenarioId,
        expectedVersion: version,
        name: name.optional(),
        description: description.optional(),
        input: scenarioInputSchema,
      }),
    )
    .output(scenarioSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await saveScenario(ctx.db, {
        id: input.id,
        organisationId: ctx.membership.organisationId,
        expectedVersion: input.expectedVersion,
        name: input.name,
        description: input.description,
        input: input.input,
        summary: summarise(input.input),
        userId: ctx.session.userId,
      });
      return presentScenario(row);
    }),

  duplicate: plannerWrite
    .input(z.strictObject({ id: scenarioId, name: name.optional() }))
    .output(scenarioSchema)
    .mutation(async ({ ctx, input }) =>
      presentScenario(
        await duplicateScenario(ctx.db, {
          id: input.id,
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
          name: input.name,
        }),
      ),
    ),

  archive: plannerWrite
    .input(z.strictObject({ id: scenarioId, archived: z.boolean().default(true), expectedVersion: version.optional() }))
    .output(scenarioSchema)
    .mutation(async ({ ctx, input }) =>
      presentScenario(
        await archiveScenario(ctx.db, {
          id: input.id,
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
          archived: input.archived,
          expectedVersion: input.expectedVersion,
        }),
      ),
    ),

  versions: planner
    .input(z.strictObject({ id: scenarioId, cursor: z.string().max(500).optional(), limit: z.int().min(1).max(100).default(50) }))
    .query(async ({ ctx, input }) => {
      const page = await listScenarioVersions(ctx.db, { ...input, organisationId: ctx.membership.organisationId });
      return page ?? notFound();
    }),

  restore: plannerWrite
    .input(z.strictObject({ id: scenarioId, version, expectedVersion: version }))
    .output(scenarioSchema)
    .mutation(async ({ ctx, input }) =>
      presentScenario(
        await restoreScenarioVersion(ctx.db, {
          ...input,
          organisationId: ctx.membership.organisationId,
          userId: ctx.session.userId,
        }),
      ),
    ),

  /** Two to four scenarios side by side: inputs and results, computed now with the current engine. */
  compare: planner
    .input(
      z.strictObject({
        ids: z
          .array(scenarioId)
          .min(2, { error: "Compare at least two scenarios" })
          .max(4, { error: "Compare at most four scenarios" })
          .refine((ids) => new Set(ids).size === ids.length, { error: "Each scenario once" }),
      }),
    )
    .output(z.array(z.object({ scenario: scenarioSchema, result: scenarioResultSchema })))
    .query(async ({ ctx, input }) => {
      const rows = await Promise.all(
        input.ids.map((id) => getScenario(ctx.db, { id, organisationId: ctx.membership.organisationId })),
      );
      return rows.map((row) => {
        if (!row) notFound();
        const scenario = presentScenario(row);
        return { scenario, result: computeScenario(scenario.input) };
      });
    }),

  /**
   * Results for an unsaved input: the deterministic result, and on request a simulation and sensitivity. Computed
   * in the server's worker threads (src/compute): the largest allowed input takes about a second of one core.
   */
  compute: plannerCompute
    .input(
      z.strictObject({
        input: scenarioInputSchema,
        simulation: z
          .strictObject({ draws: z.int().min(100).max(20_000).default(10_000), seed: z.int().min(0).max(2 ** 32 - 1).default(1) })
          .optional(),
        sensitivity: z.boolean().default(false),
      }),
    )
    .output(
      z.object({
        result: scenarioResultSchema,
        simulation: simulationResultSchema.nullable(),
        sensitivity: z.array(sensitivityRowSchema).nullable(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.compute.analyse({
        input: input.input,
        simulation: input.simulation ?? null,
        sensitivity: input.sensitivity,
      }),
    ),
});
