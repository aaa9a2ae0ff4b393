import { TRPCError } from "@trpc/server";
import { z } from "zod";
import {
  getOrganisationBySlug,
  getSharedDecision,
  getSharedScenario,
  listScenarioShares,
  listScenariosSharedWith,
  shareScenario,
  type SharedOrganisation,
  unshareScenario,
} from "@insats/db";
import { slugSchema } from "@insats/domain";
import { createTRPCRouter, memberProcedure, memberWriteProcedure } from "../trpc.ts";
import { followUpOutputSchema, presentFollowUp } from "./follow-up.ts";
import { presentScenario, scenarioSchema } from "./scenario.ts";

const scenarioId = z.uuid({ error: "Expected a scenario id (UUID)" });
const organisationId = z.uuid({ error: "Expected an organisation id (UUID)" });
/** The partner organisation by its id or its slug (`region-ostergotland`). */
const partner = z.union([organisationId, slugSchema], {
  error: "Expected an organisation's id or slug",
});

const organisationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.object({ sv: z.string(), en: z.string() }),
});

const shareSchema = z.object({
  partner: organisationSchema,
  grantedByName: z.string().nullable(),
  grantedAt: z.iso.datetime(),
});

function presentShare(row: { partner: SharedOrganisation; grantedByName: string | null; grantedAt: Date }) {
  return { ...row, grantedAt: row.grantedAt.toISOString() };
}

async function partnerId(db: Parameters<typeof getOrganisationBySlug>[0], value: string): Promise<string> {
  if (organisationId.safeParse(value).success) return value;
  const organisation = await getOrganisationBySlug(db, { slug: value });
  if (!organisation) throw new TRPCError({ code: "NOT_FOUND", message: `No organisation ${value}` });
  return organisation.id;
}

function notFound(): never {
  throw new TRPCError({ code: "NOT_FOUND", message: "Scenario not found" });
}

const admin = memberProcedure("admin");
const adminWrite = memberWriteProcedure("admin");
const planner = memberProcedure("planner");

/**
 * The owner's side of sharing (issue 14): an admin gives another organisation — the region that receives the
 * health-care savings, say — read-only access to a scenario and its follow-up, lists the shares and revokes them.
 */
export const shareRouter = createTRPCRouter({
  grant: adminWrite
    .input(z.strictObject({ scenarioId, partner }))
    .output(z.object({ created: z.boolean(), share: shareSchema }))
    .mutation(async ({ ctx, input }) => {
      const { created, share } = await shareScenario(ctx.db, {
        scenarioId: input.scenarioId,
        organisationId: ctx.membership.organisationId,
        partnerOrganisationId: await partnerId(ctx.db, input.partner),
        userId: ctx.session.userId,
      });
      return { created, share: presentShare(share) };
    }),

  revoke: adminWrite
    .input(z.strictObject({ scenarioId, partnerOrganisationId: organisationId }))
    .output(z.object({ revoked: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await unshareScenario(ctx.db, {
        scenarioId: input.scenarioId,
        organisationId: ctx.membership.organisationId,
        partnerOrganisationId: input.partnerOrganisationId,
        userId: ctx.session.userId,
      });
      return { revoked: true as const };
    }),

  list: admin
    .input(z.strictObject({ scenarioId }))
    .output(z.array(shareSchema))
    .query(async ({ ctx, input }) => {
      const rows = await listScenarioShares(ctx.db, {
        scenarioId: input.scenarioId,
        organisationId: ctx.membership.organisationId,
      });
      return rows ? rows.map(presentShare) : notFound();
    }),
});

/**
 * The partner's side: what other organisations have shared with the organisation the request works in, read-only.
 * Anything not shared with it — another scenario of the same owner included — is NOT_FOUND, as for a stranger.
 */
export const sharedRouter = createTRPCRouter({
  list: planner
    .input(z.strictObject({ limit: z.int().min(1).max(200).default(100) }).default({ limit: 100 }))
    .output(
      z.array(
        z.object({
          scenarioId: z.uuid(),
          name: z.string(),
          description: z.string(),
          owner: organisationSchema,
          npv: z.number().nullable(),
          archivedAt: z.iso.datetime().nullable(),
          decidedOn: z.iso.date().nullable(),
          grantedAt: z.iso.datetime(),
        }),
      ),
    )
    .query(async ({ ctx, input }) =>
      (
        await listScenariosSharedWith(ctx.db, {
          partnerOrganisationId: ctx.membership.organisationId,
          limit: input.limit,
        })
      ).map((row) => ({
        ...row,
        archivedAt: row.archivedAt?.toISOString() ?? null,
        grantedAt: row.grantedAt.toISOString(),
      })),
    ),

  scenario: planner
    .input(z.strictObject({ scenarioId }))
    .output(z.object({ owner: organisationSchema, scenario: scenarioSchema }))
    .query(async ({ ctx, input }) => {
      const shared = await getSharedScenario(ctx.db, {
        scenarioId: input.scenarioId,
        partnerOrganisationId: ctx.membership.organisationId,
      });
      return shared ? { owner: shared.owner, scenario: presentScenario(shared.scenario) } : notFound();
    }),

  /** The follow-up of a shared scenario, computed as `followUp.byScenario` computes it for the owner. */
  followUp: planner
    .input(z.strictObject({ scenarioId }))
    .output(followUpOutputSchema.extend({ owner: organisationSchema }))
    .query(async ({ ctx, input }) => {
      const row = await getSharedDecision(ctx.db, {
        scenarioId: input.scenarioId,
        partnerOrganisationId: ctx.membership.organisationId,
      });
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "Decision not found" });
      return { ...presentFollowUp(row), owner: row.owner };
    }),
});
