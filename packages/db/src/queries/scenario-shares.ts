// Scenarios shared read-only with a partner organisation (issue 14). The owner's admins grant and revoke; the
// partner reads through the functions below, which answer only for a scenario shared with it and still of the
// organisation that shared it. Every write is one transaction with its audit row.
import { and, asc, desc, eq, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { users } from "../schema/auth.ts";
import { scenarioDecisions } from "../schema/follow-ups.ts";
import { organisations } from "../schema/organisations.ts";
import { scenarioShares } from "../schema/scenario-shares.ts";
import { type Scenario, scenarios } from "../schema/scenarios.ts";
import { recordAudit } from "./audit.ts";
import { type DecisionRecord, getDecision } from "./follow-ups.ts";
import { isUuid } from "./ids.ts";
import { getScenario } from "./scenarios.ts";

export interface ShareRef {
  scenarioId: string;
  /** The organisation that owns the scenario. */
  organisationId: string;
  partnerOrganisationId: string;
}

/** An organisation as a share names it. */
export interface SharedOrganisation {
  id: string;
  slug: string;
  name: { sv: string; en: string };
}

export interface ScenarioShareListItem {
  partner: SharedOrganisation;
  grantedByName: string | null;
  grantedAt: Date;
}

export interface SharedScenarioListItem {
  scenarioId: string;
  name: string;
  description: string;
  owner: SharedOrganisation;
  npv: number | null;
  archivedAt: Date | null;
  /** The date of the decision on the scenario, null while it is undecided. */
  decidedOn: string | null;
  grantedAt: Date;
}

/** A shared scenario with the organisation that shared it. */
export interface SharedScenario {
  scenario: Scenario;
  owner: SharedOrganisation;
  grantedAt: Date;
}

function organisationOf(row: { id: string; slug: string; nameSv: string; nameEn: string | null }) {
  return { id: row.id, slug: row.slug, name: { sv: row.nameSv, en: row.nameEn ?? row.nameSv } };
}

/**
 * Gives the partner organisation read-only access to a scenario of the organisation. Refuses a scenario of
 * another organisation (NotFoundError, checked first, so that nothing is told about it), an unknown
 * partner (NotFoundError) and the organisation itself (ValidationError). Sharing again what is shared already changes nothing and records nothing.
 */
export async function shareScenario(
  db: Database,
  params: ShareRef & { userId: string },
): Promise<{ created: boolean; share: ScenarioShareListItem }> {
  return db.transaction(async (tx) => {
    if (!isUuid(params.scenarioId)) throw new NotFoundError("scenario", params.scenarioId);
    const [scenario] = await tx
      .select({ id: scenarios.id })
      .from(scenarios)
      .where(and(eq(scenarios.id, params.scenarioId), eq(scenarios.organisationId, params.organisationId)))
      .for("update");
    if (!scenario) throw new NotFoundError("scenario", params.scenarioId);
    if (params.partnerOrganisationId === params.organisationId) {
      throw new ValidationError("scenario share", [
        { path: "partner", message: "A scenario cannot be shared with its own organisation" },
      ]);
    }
    if (!isUuid(params.partnerOrganisationId))
      throw new NotFoundError("organisation", params.partnerOrganisationId);
    const [partner] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, params.partnerOrganisationId));
    if (!partner) throw new NotFoundError("organisation", params.partnerOrganisationId);
    const [row] = await tx
      .insert(scenarioShares)
      .values({
        scenarioId: params.scenarioId,
        ownerOrganisationId: params.organisationId,
        partnerOrganisationId: params.partnerOrganisationId,
        grantedBy: params.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (row) {
      await recordAudit(tx, {
        actorUserId: params.userId,
        organisationId: params.organisationId,
        action: "scenario.share",
        entity: "scenario",
        entityId: params.scenarioId,
        details: { partnerOrganisationId: params.partnerOrganisationId },
      });
    }
    const shares = await shareList(tx, params, params.partnerOrganisationId);
    const share = shares[0];
    if (!share) throw new Error("a share just recorded could not be read back");
    return { created: row !== undefined, share };
  });
}

/** Withdraws a share; NotFoundError when the scenario is not the organisation's or was not shared with the partner. */
export async function unshareScenario(db: Database, params: ShareRef & { userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    if (!isUuid(params.scenarioId) || !isUuid(params.partnerOrganisationId))
      throw new NotFoundError("scenario share", params.scenarioId);
    const [row] = await tx
      .delete(scenarioShares)
      .where(
        and(
          eq(scenarioShares.scenarioId, params.scenarioId),
          eq(scenarioShares.ownerOrganisationId, params.organisationId),
          eq(scenarioShares.partnerOrganisationId, params.partnerOrganisationId),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError("scenario share", params.scenarioId);
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "scenario.unshare",
      entity: "scenario",
      entityId: params.scenarioId,
      details: { partnerOrganisationId: params.partnerOrganisationId },
    });
  });
}

/** The organisations a scenario of the organisation is shared with, by name; null when it is not the organisation's. */
export async function listScenarioShares(
  db: Database,
  params: { scenarioId: string; organisationId: string },
): Promise<ScenarioShareListItem[] | null> {
  if (!(await getScenario(db, { id: params.scenarioId, organisationId: params.organisationId }))) return null;
  return shareList(db, params);
}

async function shareList(
  db: Database,
  ref: { scenarioId: string; organisationId: string },
  partnerOrganisationId?: string,
): Promise<ScenarioShareListItem[]> {
  const rows = await db
    .select({ partner: organisations, grantedByName: users.name, grantedAt: scenarioShares.grantedAt })
    .from(scenarioShares)
    .innerJoin(organisations, eq(organisations.id, scenarioShares.partnerOrganisationId))
    .leftJoin(users, eq(users.id, scenarioShares.grantedBy))
    .where(
      and(
        eq(scenarioShares.scenarioId, ref.scenarioId),
        eq(scenarioShares.ownerOrganisationId, ref.organisationId),
        partnerOrganisationId ? eq(scenarioShares.partnerOrganisationId, partnerOrganisationId) : undefined,
      ),
    )
    .orderBy(sql`${organisations.nameSort} collate "C"`, asc(organisations.id))
    .limit(500);
  return rows.map((row) => ({ ...row, partner: organisationOf(row.partner) }));
}

/**
 * The share of a scenario with the partner, when the scenario still belongs to the organisation that shared it,
 * or null. Every partner read starts here.
 */
async function shareFor(
  db: Database,
  ref: { scenarioId: string; partnerOrganisationId: string },
): Promise<{ owner: SharedOrganisation; grantedAt: Date } | null> {
  if (!isUuid(ref.scenarioId)) return null;
  const [row] = await db
    .select({ owner: organisations, grantedAt: scenarioShares.grantedAt })
    .from(scenarioShares)
    .innerJoin(
      scenarios,
      and(
        eq(scenarios.id, scenarioShares.scenarioId),
        eq(scenarios.organisationId, scenarioShares.ownerOrganisationId),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, scenarioShares.ownerOrganisationId))
    .where(
      and(
        eq(scenarioShares.scenarioId, ref.scenarioId),
        eq(scenarioShares.partnerOrganisationId, ref.partnerOrganisationId),
      ),
    );
  return row ? { owner: organisationOf(row.owner), grantedAt: row.grantedAt } : null;
}

/** A scenario shared with the partner organisation, or null (also for every scenario not shared with it). */
export async function getSharedScenario(
  db: Database,
  ref: { scenarioId: string; partnerOrganisationId: string },
): Promise<SharedScenario | null> {
  const share = await shareFor(db, ref);
  if (!share) return null;
  const scenario = await getScenario(db, { id: ref.scenarioId, organisationId: share.owner.id });
  return scenario ? { scenario, ...share } : null;
}

/** The decision on a scenario shared with the partner organisation, or null (not shared, or not decided). */
export async function getSharedDecision(
  db: Database,
  ref: { scenarioId: string; partnerOrganisationId: string },
): Promise<(DecisionRecord & { owner: SharedOrganisation }) | null> {
  const share = await shareFor(db, ref);
  if (!share) return null;
  const decision = await getDecision(db, { scenarioId: ref.scenarioId, organisationId: share.owner.id });
  return decision ? { ...decision, owner: share.owner } : null;
}

/** The scenarios shared with the partner organisation, most recently shared first. */
export async function listScenariosSharedWith(
  db: Database,
  params: { partnerOrganisationId: string; limit: number },
): Promise<SharedScenarioListItem[]> {
  const rows = await db
    .select({
      scenarioId: scenarios.id,
      name: scenarios.name,
      description: scenarios.description,
      owner: organisations,
      npv: scenarios.npv,
      archivedAt: scenarios.archivedAt,
      decidedOn: scenarioDecisions.decidedOn,
      grantedAt: scenarioShares.grantedAt,
    })
    .from(scenarioShares)
    .innerJoin(
      scenarios,
      and(
        eq(scenarios.id, scenarioShares.scenarioId),
        eq(scenarios.organisationId, scenarioShares.ownerOrganisationId),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, scenarioShares.ownerOrganisationId))
    .leftJoin(scenarioDecisions, eq(scenarioDecisions.scenarioId, scenarios.id))
    .where(eq(scenarioShares.partnerOrganisationId, params.partnerOrganisationId))
    .orderBy(desc(scenarioShares.grantedAt), asc(scenarios.id))
    .limit(Math.min(Math.max(params.limit, 1), 500));
  return rows.map((row) => ({ ...row, owner: organisationOf(row.owner) }));
}
