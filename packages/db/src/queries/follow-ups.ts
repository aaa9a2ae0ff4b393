// Decisions on scenarios and the figures reported since (domain README, "Follow-up and the fund"). Every write is
// one transaction with its version row and its audit row; the decided scenario version is never touched again.
import { type ActualsReport, type Decision } from "@insats/domain";
import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { AlreadyDecidedError, ConflictError, NotFoundError } from "../errors.ts";
import { users } from "../schema/auth.ts";
import { followUpVersions, type ScenarioDecision, scenarioDecisions } from "../schema/follow-ups.ts";
import { scenarios, scenarioVersions, type StoredScenarioInput } from "../schema/scenarios.ts";
import { recordAudit } from "./audit.ts";
import { isUuid } from "./ids.ts";

export interface DecisionRef {
  scenarioId: string;
  organisationId: string;
}

/** A decision with what was decided: the scenario's name and its input at the decided version. */
export interface DecisionRecord extends ScenarioDecision {
  scenarioName: string;
  decidedInput: StoredScenarioInput;
  decidedByName: string | null;
  updatedByName: string | null;
}

/**
 * Records that `scenarioVersion` of a scenario was decided. Refuses a scenario of another organisation or a
 * version it never had (NotFoundError), and a scenario that was decided already (AlreadyDecidedError).
 */
export async function decideScenario(
  db: Database,
  params: DecisionRef & { scenarioVersion: number; decision: Decision; userId: string },
): Promise<DecisionRecord> {
  return db.transaction(async (tx) => {
    if (!isUuid(params.scenarioId)) throw new NotFoundError("scenario", params.scenarioId);
    const [decided] = await tx
      .select({ version: scenarioVersions.version })
      .from(scenarioVersions)
      .innerJoin(scenarios, eq(scenarios.id, scenarioVersions.scenarioId))
      .where(
        and(
          eq(scenarios.id, params.scenarioId),
          eq(scenarios.organisationId, params.organisationId),
          eq(scenarioVersions.version, params.scenarioVersion),
        ),
      )
      .for("update", { of: scenarios });
    if (!decided)
      throw new NotFoundError("scenario version", `${params.scenarioId}@${params.scenarioVersion}`);
    const [row] = await tx
      .insert(scenarioDecisions)
      .values({
        scenarioId: params.scenarioId,
        organisationId: params.organisationId,
        scenarioVersion: params.scenarioVersion,
        decidedOn: params.decision.decidedOn,
        bodyKind: params.decision.body.kind,
        bodyName: params.decision.body.name,
        fund: params.decision.fund ?? null,
        decidedBy: params.userId,
        updatedBy: params.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AlreadyDecidedError(params.scenarioId);
    await tx
      .insert(followUpVersions)
      .values({ scenarioId: row.scenarioId, version: 1, actuals: [], savedBy: params.userId });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "decision.create",
      entity: "scenario",
      entityId: row.scenarioId,
      details: { scenarioVersion: row.scenarioVersion, decidedOn: row.decidedOn, body: row.bodyName },
    });
    const record = await getDecision(tx, params);
    if (!record) throw new Error("a decision just recorded could not be read back");
    return record;
  });
}

function decisionColumns() {
  const updater = sql<
    string | null
  >`(select ${users.name} from ${users} where ${users.id} = ${scenarioDecisions.updatedBy})`;
  const decider = sql<
    string | null
  >`(select ${users.name} from ${users} where ${users.id} = ${scenarioDecisions.decidedBy})`;
  return {
    decision: scenarioDecisions,
    scenarioName: scenarios.name,
    decidedInput: scenarioVersions.input,
    decidedByName: decider,
    updatedByName: updater,
  };
}

function decisionQuery(db: Database) {
  return db
    .select(decisionColumns())
    .from(scenarioDecisions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioDecisions.scenarioId))
    .innerJoin(
      scenarioVersions,
      and(
        eq(scenarioVersions.scenarioId, scenarioDecisions.scenarioId),
        eq(scenarioVersions.version, scenarioDecisions.scenarioVersion),
      ),
    );
}

type DecisionRow = { decision: ScenarioDecision } & Omit<DecisionRecord, keyof ScenarioDecision>;

function toRecord(row: DecisionRow): DecisionRecord {
  const { decision, ...rest } = row;
  return { ...decision, ...rest };
}

/** The decision on a scenario of the organisation, or null (also for another organisation's scenario). */
export async function getDecision(db: Database, ref: DecisionRef): Promise<DecisionRecord | null> {
  if (!isUuid(ref.scenarioId)) return null;
  const [row] = await decisionQuery(db).where(
    and(
      eq(scenarioDecisions.scenarioId, ref.scenarioId),
      eq(scenarioDecisions.organisationId, ref.organisationId),
    ),
  );
  return row ? toRecord(row) : null;
}

/** The organisation's decisions (with `withFund`, only those a fund pays), most recently decided first. */
export async function listDecisions(
  db: Database,
  params: { organisationId: string; limit: number; withFund?: boolean },
): Promise<DecisionRecord[]> {
  const rows = await decisionQuery(db)
    .where(
      and(
        eq(scenarioDecisions.organisationId, params.organisationId),
        params.withFund ? isNotNull(scenarioDecisions.fund) : undefined,
      ),
    )
    .orderBy(desc(scenarioDecisions.decidedOn), asc(scenarioDecisions.scenarioId))
    .limit(params.limit);
  return rows.map(toRecord);
}

/**
 * Replaces the reported years of a decision, based on `expectedVersion`. `check` runs inside the transaction
 * with the decided scenario's input before anything is written (the API computes the follow-up there, so a
 * report the engine refuses stores nothing). A stale version throws ConflictError with the current one.
 */
export async function saveActuals(
  db: Database,
  params: DecisionRef & {
    expectedVersion: number;
    actuals: ActualsReport[];
    userId: string;
    check?: (decision: DecisionRecord) => void;
  },
): Promise<DecisionRecord> {
  return db.transaction(async (tx) => {
    const current = await getDecision(tx, params);
    if (!current) throw new NotFoundError("decision", params.scenarioId);
    params.check?.({ ...current, actuals: params.actuals });
    const actuals = [...params.actuals].sort((a, b) => a.offset - b.offset);
    const [row] = await tx
      .update(scenarioDecisions)
      .set({ actuals, version: sql`${scenarioDecisions.version} + 1`, updatedBy: params.userId })
      .where(
        and(
          eq(scenarioDecisions.scenarioId, params.scenarioId),
          eq(scenarioDecisions.organisationId, params.organisationId),
          eq(scenarioDecisions.version, params.expectedVersion),
        ),
      )
      .returning();
    if (!row) {
      const [latest] = await tx
        .select({ version: scenarioDecisions.version })
        .from(scenarioDecisions)
        .where(eq(scenarioDecisions.scenarioId, params.scenarioId));
      throw new ConflictError("follow-up", params.scenarioId, params.expectedVersion, latest?.version ?? 0);
    }
    await tx
      .insert(followUpVersions)
      .values({ scenarioId: row.scenarioId, version: row.version, actuals, savedBy: params.userId });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "followUp.save",
      entity: "scenario",
      entityId: row.scenarioId,
      details: { version: row.version, reportedYears: actuals.map((entry) => entry.offset) },
    });
    const saved = await getDecision(tx, params);
    if (!saved) throw new Error("a follow-up just saved could not be read back");
    return saved;
  });
}

/** The versions of a decision's reported figures, newest first. */
export async function listFollowUpVersions(
  db: Database,
  ref: DecisionRef,
): Promise<
  {
    version: number;
    actuals: ActualsReport[];
    savedBy: string | null;
    savedByName: string | null;
    savedAt: Date;
  }[]
> {
  if (!isUuid(ref.scenarioId)) return [];
  return db
    .select({
      version: followUpVersions.version,
      actuals: followUpVersions.actuals,
      savedBy: followUpVersions.savedBy,
      savedByName: users.name,
      savedAt: followUpVersions.savedAt,
    })
    .from(followUpVersions)
    .innerJoin(scenarioDecisions, eq(scenarioDecisions.scenarioId, followUpVersions.scenarioId))
    .leftJoin(users, eq(users.id, followUpVersions.savedBy))
    .where(
      and(
        eq(followUpVersions.scenarioId, ref.scenarioId),
        eq(scenarioDecisions.organisationId, ref.organisationId),
      ),
    )
    .orderBy(desc(followUpVersions.version))
    .limit(200);
}
