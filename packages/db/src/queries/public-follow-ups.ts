// A decided scenario's follow-up published on an initiative's showcase page (issue 14, "Public"). Editors of the
// organisation that owns both the initiative and the decision publish and withdraw it; each write is one
// transaction with its audit row. The public read answers only while the initiative is published, the follow-up is
// not withdrawn, and both still belong to the organisation that published it.
import { and, desc, eq, isNull, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { users } from "../schema/auth.ts";
import { scenarioDecisions } from "../schema/follow-ups.ts";
import { initiatives } from "../schema/initiatives.ts";
import { initiativeFollowUps } from "../schema/public-follow-ups.ts";
import { scenarios } from "../schema/scenarios.ts";
import { recordAudit } from "./audit.ts";
import { type DecisionRecord, getDecision } from "./follow-ups.ts";
import { isUuid } from "./ids.ts";

export interface FollowUpPublicationRef {
  initiativeSlug: string;
  /** The editor's organisation, which must own the initiative (and, to publish, the decision). */
  organisationId: string;
}

/** What an editor sees of an initiative's publication: which decision, by whom and when, and whether it is withdrawn. */
export interface FollowUpPublication {
  initiativeId: string;
  scenarioId: string;
  scenarioName: string;
  decidedOn: string;
  published: boolean;
  publishedAt: Date;
  publishedByName: string | null;
  unpublishedAt: Date | null;
  unpublishedByName: string | null;
}

/** A decision an editor may publish on an initiative; `linked` when the scenario was made from that initiative. */
export interface PublishableDecision {
  scenarioId: string;
  scenarioName: string;
  decidedOn: string;
  bodyName: string;
  linked: boolean;
}

/** The organisation's initiative with this slug, locked for the write, or NotFoundError (also for another's). */
async function ownedInitiative(tx: Database, ref: FollowUpPublicationRef) {
  if (!isUuid(ref.organisationId)) throw new NotFoundError("initiative", ref.initiativeSlug);
  const [row] = await tx
    .select({ id: initiatives.id, slug: initiatives.slug })
    .from(initiatives)
    .where(and(eq(initiatives.slug, ref.initiativeSlug), eq(initiatives.ownerOrganisationId, ref.organisationId)))
    .for("update");
  if (!row) throw new NotFoundError("initiative", ref.initiativeSlug);
  return row;
}

/**
 * Publishes the follow-up of a decided scenario on an initiative, replacing any other decision published there.
 * The initiative must be the organisation's (NotFoundError otherwise); a scenario that is not a decision of the
 * same organisation is refused at `scenarioId` (ValidationError), so nothing is told about another's scenarios.
 */
export async function publishFollowUp(
  db: Database,
  params: FollowUpPublicationRef & { scenarioId: string; userId: string; now?: Date },
): Promise<FollowUpPublication> {
  return db.transaction(async (tx) => {
    const initiative = await ownedInitiative(tx, params);
    const decision = isUuid(params.scenarioId)
      ? await getDecision(tx, { scenarioId: params.scenarioId, organisationId: params.organisationId })
      : null;
    if (!decision) {
      throw new ValidationError("follow-up publication", [
        { path: "scenarioId", message: "Choose a decided scenario of your organisation" },
      ]);
    }
    const now = params.now ?? new Date();
    const published = {
      organisationId: params.organisationId,
      scenarioId: decision.scenarioId,
      publishedBy: params.userId,
      publishedAt: now,
      unpublishedAt: null,
      unpublishedBy: null,
    };
    await tx
      .insert(initiativeFollowUps)
      .values({ initiativeId: initiative.id, ...published })
      .onConflictDoUpdate({ target: initiativeFollowUps.initiativeId, set: published });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "initiative.publishFollowUp",
      entity: "initiative",
      entityId: initiative.id,
      details: { slug: initiative.slug, scenarioId: decision.scenarioId, decidedOn: decision.decidedOn },
    });
    const record = await readPublication(tx, initiative.id);
    if (!record) throw new Error("a follow-up just published could not be read back");
    return record;
  });
}

/**
 * Withdraws the initiative's published follow-up: the public reads nothing from then on. Nothing published (or
 * withdrawn already) changes nothing and records nothing. Another organisation's initiative: NotFoundError.
 */
export async function unpublishFollowUp(
  db: Database,
  params: FollowUpPublicationRef & { userId: string; now?: Date },
): Promise<FollowUpPublication | null> {
  return db.transaction(async (tx) => {
    const initiative = await ownedInitiative(tx, params);
    const [withdrawn] = await tx
      .update(initiativeFollowUps)
      .set({ unpublishedAt: params.now ?? new Date(), unpublishedBy: params.userId })
      .where(and(eq(initiativeFollowUps.initiativeId, initiative.id), isNull(initiativeFollowUps.unpublishedAt)))
      .returning({ scenarioId: initiativeFollowUps.scenarioId });
    if (withdrawn) {
      await recordAudit(tx, {
        actorUserId: params.userId,
        organisationId: params.organisationId,
        action: "initiative.unpublishFollowUp",
        entity: "initiative",
        entityId: initiative.id,
        details: { slug: initiative.slug, scenarioId: withdrawn.scenarioId },
      });
    }
    return readPublication(tx, initiative.id);
  });
}

async function readPublication(db: Database, initiativeId: string): Promise<FollowUpPublication | null> {
  const nameOf = (column: typeof initiativeFollowUps.publishedBy | typeof initiativeFollowUps.unpublishedBy) =>
    sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${column})`;
  const [row] = await db
    .select({
      initiativeId: initiativeFollowUps.initiativeId,
      scenarioId: initiativeFollowUps.scenarioId,
      scenarioName: scenarios.name,
      decidedOn: scenarioDecisions.decidedOn,
      publishedAt: initiativeFollowUps.publishedAt,
      publishedByName: nameOf(initiativeFollowUps.publishedBy),
      unpublishedAt: initiativeFollowUps.unpublishedAt,
      unpublishedByName: nameOf(initiativeFollowUps.unpublishedBy),
    })
    .from(initiativeFollowUps)
    .innerJoin(scenarioDecisions, eq(scenarioDecisions.scenarioId, initiativeFollowUps.scenarioId))
    .innerJoin(scenarios, eq(scenarios.id, initiativeFollowUps.scenarioId))
    .where(eq(initiativeFollowUps.initiativeId, initiativeId));
  return row ? { ...row, published: row.unpublishedAt === null } : null;
}

/** The publication on the organisation's initiative (withdrawn or not), or null; another's initiative: NotFoundError. */
export async function getFollowUpPublication(
  db: Database,
  ref: FollowUpPublicationRef,
): Promise<FollowUpPublication | null> {
  if (!isUuid(ref.organisationId)) throw new NotFoundError("initiative", ref.initiativeSlug);
  const [initiative] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.slug, ref.initiativeSlug), eq(initiatives.ownerOrganisationId, ref.organisationId)));
  if (!initiative) throw new NotFoundError("initiative", ref.initiativeSlug);
  return readPublication(db, initiative.id);
}

/**
 * The organisation's decisions an editor may publish on the initiative: those of scenarios made from it first,
 * then the most recently decided. At most `limit` (an organisation decides a few investments a year).
 */
export async function listPublishableDecisions(
  db: Database,
  params: FollowUpPublicationRef & { limit: number },
): Promise<PublishableDecision[]> {
  if (!isUuid(params.organisationId)) return [];
  const linked = sql<boolean>`coalesce(${scenarios.initiativeSlug} = ${params.initiativeSlug}, false)`;
  return db
    .select({
      scenarioId: scenarioDecisions.scenarioId,
      scenarioName: scenarios.name,
      decidedOn: scenarioDecisions.decidedOn,
      bodyName: scenarioDecisions.bodyName,
      linked,
    })
    .from(scenarioDecisions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioDecisions.scenarioId))
    .where(
      and(
        eq(scenarioDecisions.organisationId, params.organisationId),
        eq(scenarios.organisationId, params.organisationId),
      ),
    )
    .orderBy(desc(linked), desc(scenarioDecisions.decidedOn), scenarioDecisions.scenarioId)
    .limit(params.limit);
}

/**
 * The follow-up published on a published initiative, for the public: the decision with its decided input and the
 * reported figures, and when it was published. Null when the initiative is unpublished or missing, the follow-up
 * is withdrawn or was never published, or the initiative or the decision no longer belongs to the organisation
 * that published it.
 */
export async function getPublishedFollowUp(
  db: Database,
  params: { initiativeSlug: string },
): Promise<{ decision: DecisionRecord; publishedAt: Date } | null> {
  const [row] = await db
    .select({
      scenarioId: initiativeFollowUps.scenarioId,
      organisationId: initiativeFollowUps.organisationId,
      publishedAt: initiativeFollowUps.publishedAt,
    })
    .from(initiativeFollowUps)
    .innerJoin(
      initiatives,
      and(
        eq(initiatives.id, initiativeFollowUps.initiativeId),
        eq(initiatives.ownerOrganisationId, initiativeFollowUps.organisationId),
      ),
    )
    .where(
      and(
        eq(initiatives.slug, params.initiativeSlug),
        eq(initiatives.published, true),
        isNull(initiativeFollowUps.unpublishedAt),
      ),
    );
  if (!row) return null;
  // getDecision answers only for a decision of that organisation.
  const decision = await getDecision(db, { scenarioId: row.scenarioId, organisationId: row.organisationId });
  return decision ? { decision, publishedAt: row.publishedAt } : null;
}
