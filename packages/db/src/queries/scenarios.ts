import { and, desc, eq, ilike, isNull, lt, or, sql } from "drizzle-orm";

import type { Database } from "../client.ts";
import { ConflictError, InvalidCursorError, NotFoundError, ValidationError } from "../errors.ts";
import { users } from "../schema/auth.ts";
import {
  type Scenario,
  type ScenarioSummary,
  type ScenarioVersion,
  type ScenarioVersionAction,
  scenarios,
  scenarioVersions,
  type StoredScenarioInput,
} from "../schema/scenarios.ts";
import { recordAudit } from "./audit.ts";
import { clampLimit, decodeTimeCursor, type Page, toPage } from "./cursor.ts";
import { containsPattern } from "./content.ts";
import { isUuid } from "./ids.ts";

export interface ScenarioRef {
  id: string;
  organisationId: string;
}

export interface ScenarioListItem {
  id: string;
  name: string;
  description: string;
  ownerId: string | null;
  ownerName: string | null;
  templateId: string | null;
  initiativeSlug: string | null;
  npv: number | null;
  bcr: number | null;
  paybackOffset: number | null;
  /**
   * The scenario's calendar year of offset 0, so that lists can show the payback as a year; null only for a stored
   * input without a numeric startYear.
   */
  startYear: number | null;
  version: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScenarioVersionListItem {
  version: number;
  action: ScenarioVersionAction;
  name: string;
  summary: ScenarioSummary | null;
  restoredFrom: number | null;
  savedBy: string | null;
  savedByName: string | null;
  savedAt: Date;
}

export async function createScenario(
  db: Database,
  params: {
    organisationId: string;
    ownerId: string;
    name: string;
    description?: string;
    input: StoredScenarioInput;
    summary?: ScenarioSummary | null;
    templateId?: string | null;
    initiativeSlug?: string | null;
  },
): Promise<Scenario> {
  return db.transaction(async (tx) => {
    const row = await insertScenario(tx, {
      organisationId: params.organisationId,
      ownerId: params.ownerId,
      name: params.name,
      description: params.description ?? "",
      input: params.input,
      ...summaryColumns(params.summary ?? null),
      templateId: params.templateId ?? null,
      initiativeSlug: params.initiativeSlug ?? null,
    });
    await recordAudit(tx, {
      actorUserId: params.ownerId,
      organisationId: params.organisationId,
      action: "scenario.create",
      entity: "scenario",
      entityId: row.id,
      details: { version: row.version, templateId: row.templateId, initiativeSlug: row.initiativeSlug },
    });
    return row;
  });
}

/** A scenario of the organisation, or null (also when it belongs to another organisation). */
export async function getScenario(db: Database, params: ScenarioRef): Promise<Scenario | null> {
  if (!isUuid(params.id)) return null;
  const [row] = await db.select().from(scenarios).where(scenarioOf(params));
  return row ?? null;
}

/** The organisation's scenarios, most recently changed first. `q` matches name or description. */
export async function listScenarios(
  db: Database,
  params: { organisationId: string; q?: string; includeArchived?: boolean; cursor?: string; limit: number },
): Promise<Page<ScenarioListItem>> {
  const limit = clampLimit(params.limit);
  const after = params.cursor ? decodeTimeCursor(params.cursor) : undefined;
  const q = params.q?.trim();
  const rows = await db
    .select({
      id: scenarios.id,
      name: scenarios.name,
      description: scenarios.description,
      ownerId: scenarios.ownerId,
      ownerName: users.name,
      templateId: scenarios.templateId,
      initiativeSlug: scenarios.initiativeSlug,
      npv: scenarios.npv,
      bcr: scenarios.bcr,
      paybackOffset: scenarios.paybackOffset,
      // numeric holds any JSON number (an int cast failed on 2147483648, stored before years were bounded, and took
      // the whole list down with it); CASE keeps anything but a number from reaching the cast.
      startYear: sql<number | null>`case when jsonb_typeof(${scenarios.input}->'startYear') = 'number'
        then (${scenarios.input}->>'startYear')::numeric end`.mapWith(Number),
      version: scenarios.version,
      archivedAt: scenarios.archivedAt,
      createdAt: scenarios.createdAt,
      updatedAt: scenarios.updatedAt,
    })
    .from(scenarios)
    .leftJoin(users, eq(users.id, scenarios.ownerId))
    .where(
      and(
        eq(scenarios.organisationId, params.organisationId),
        params.includeArchived ? undefined : isNull(scenarios.archivedAt),
        q
          ? or(ilike(scenarios.name, containsPattern(q)), ilike(scenarios.description, containsPattern(q)))
          : undefined,
        after
          ? or(
              lt(scenarios.updatedAt, after.at),
              and(eq(scenarios.updatedAt, after.at), lt(scenarios.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(scenarios.updatedAt), desc(scenarios.id))
    .limit(limit + 1);
  return toPage(
    rows,
    limit,
    (row) => ({ at: row.updatedAt, id: row.id }),
    (row) => row,
  );
}

/**
 * Saves a new input over `expectedVersion`. One transaction: the version check and increment, the version row
 * and the audit row. A stale `expectedVersion` throws ConflictError (with the current version); a scenario that
 * is missing or belongs to another organisation throws NotFoundError.
 */
export async function saveScenario(
  db: Database,
  params: ScenarioRef & {
    expectedVersion: number;
    input: StoredScenarioInput;
    summary: ScenarioSummary | null;
    userId: string;
    name?: string;
    description?: string;
  },
): Promise<Scenario> {
  return db.transaction(async (tx) => {
    const row = await updateVersioned(tx, params, params.expectedVersion, {
      input: params.input,
      ...summaryColumns(params.summary),
      name: params.name,
      description: params.description,
    });
    await insertVersion(tx, row, { action: "save", savedBy: params.userId });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "scenario.save",
      entity: "scenario",
      entityId: row.id,
      details: { version: row.version },
    });
    return row;
  });
}

/** A copy with the same input, owned by `userId`, starting again at version 1. */
export async function duplicateScenario(
  db: Database,
  params: ScenarioRef & { userId: string; name?: string },
): Promise<Scenario> {
  return db.transaction(async (tx) => {
    const source = await getScenario(tx, params);
    if (!source) throw new NotFoundError("scenario", params.id);
    const row = await insertScenario(tx, {
      organisationId: source.organisationId,
      ownerId: params.userId,
      name: params.name ?? source.name,
      description: source.description,
      input: source.input,
      npv: source.npv,
      bcr: source.bcr,
      paybackOffset: source.paybackOffset,
      templateId: source.templateId,
      initiativeSlug: source.initiativeSlug,
    });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "scenario.duplicate",
      entity: "scenario",
      entityId: row.id,
      details: { sourceId: source.id, sourceVersion: source.version },
    });
    return row;
  });
}

/**
 * Archives (or with `archived: false` restores from the archive) a scenario, as a new version. Already in the
 * requested state: returned unchanged, no version added.
 */
export async function archiveScenario(
  db: Database,
  params: ScenarioRef & { userId: string; archived?: boolean; expectedVersion?: number },
): Promise<Scenario> {
  const archived = params.archived ?? true;
  return db.transaction(async (tx) => {
    if (!isUuid(params.id)) throw new NotFoundError("scenario", params.id);
    const [current] = await tx.select().from(scenarios).where(scenarioOf(params)).for("update");
    if (!current) throw new NotFoundError("scenario", params.id);
    if (params.expectedVersion !== undefined && current.version !== params.expectedVersion) {
      throw new ConflictError("scenario", params.id, params.expectedVersion, current.version);
    }
    if ((current.archivedAt !== null) === archived) return current;
    const row = await updateVersioned(tx, params, current.version, {
      archivedAt: archived ? new Date() : null,
    });
    const action = archived ? "archive" : "unarchive";
    await insertVersion(tx, row, { action, savedBy: params.userId });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: `scenario.${action}`,
      entity: "scenario",
      entityId: row.id,
      details: { version: row.version },
    });
    return row;
  });
}

/** Versions newest first, without their inputs; null when the scenario is not the organisation's. */
export async function listScenarioVersions(
  db: Database,
  params: ScenarioRef & { cursor?: string; limit?: number },
): Promise<Page<ScenarioVersionListItem> | null> {
  if (!(await getScenario(db, params))) return null;
  const limit = clampLimit(params.limit ?? 100);
  const before = params.cursor === undefined ? undefined : decodeVersionCursor(params.cursor);
  const rows = await db
    .select({
      version: scenarioVersions.version,
      action: scenarioVersions.action,
      name: scenarioVersions.name,
      summary: scenarioVersions.summary,
      restoredFrom: scenarioVersions.restoredFrom,
      savedBy: scenarioVersions.savedBy,
      savedByName: users.name,
      savedAt: scenarioVersions.savedAt,
    })
    .from(scenarioVersions)
    .leftJoin(users, eq(users.id, scenarioVersions.savedBy))
    .where(
      and(
        eq(scenarioVersions.scenarioId, params.id),
        before === undefined ? undefined : lt(scenarioVersions.version, before),
      ),
    )
    .orderBy(desc(scenarioVersions.version))
    .limit(limit + 1);
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? String(last.version) : null };
}

/** One stored version with its input, or null. */
export async function getScenarioVersion(
  db: Database,
  params: ScenarioRef & { version: number },
): Promise<ScenarioVersion | null> {
  if (!isUuid(params.id)) return null;
  const [row] = await db
    .select({ version: scenarioVersions })
    .from(scenarioVersions)
    .innerJoin(scenarios, eq(scenarios.id, scenarioVersions.scenarioId))
    .where(and(scenarioOf(params), eq(scenarioVersions.version, params.version)));
  return row?.version ?? null;
}

/** Makes an earlier version's input current again, as a new version (history is never rewritten). */
export async function restoreScenarioVersion(
  db: Database,
  params: ScenarioRef & { version: number; expectedVersion: number; userId: string },
): Promise<Scenario> {
  return db.transaction(async (tx) => {
    const old = await getScenarioVersion(tx, params);
    if (!old) throw new NotFoundError("scenario version", `${params.id}@${params.version}`);
    const row = await updateVersioned(tx, params, params.expectedVersion, {
      input: old.input,
      name: old.name,
      ...summaryColumns(old.summary),
    });
    await insertVersion(tx, row, { action: "restore", savedBy: params.userId, restoredFrom: old.version });
    await recordAudit(tx, {
      actorUserId: params.userId,
      organisationId: params.organisationId,
      action: "scenario.restore",
      entity: "scenario",
      entityId: row.id,
      details: { version: row.version, restoredFrom: old.version },
    });
    return row;
  });
}

function scenarioOf(ref: ScenarioRef) {
  return and(eq(scenarios.id, ref.id), eq(scenarios.organisationId, ref.organisationId));
}

/**
 * The cached figures, refused unless each is a finite number or null. A computation that overflowed (participants
 * 1e308, growth 1e300) gives Infinity or NaN, which PostgreSQL would store and no answer or export could carry: the
 * check runs inside the write's transaction, so such a save stores nothing, not even a version or an audit row.
 */
function summaryColumns(summary: ScenarioSummary | null) {
  const notFinite = (["npv", "bcr", "paybackOffset"] as const).filter((key) => {
    const value = summary?.[key] ?? null;
    return value !== null && !Number.isFinite(value);
  });
  if (notFinite.length > 0) {
    throw new ValidationError(
      "scenario",
      notFinite.map((key) => ({
        path: "input",
        message: `The scenario's ${key} is not a finite number: its amounts, participants or growth are too large to compute. Nothing was saved.`,
      })),
    );
  }
  return {
    npv: summary?.npv ?? null,
    bcr: summary?.bcr ?? null,
    paybackOffset: summary?.paybackOffset ?? null,
  };
}

function summaryOf(row: Scenario): ScenarioSummary | null {
  if (row.npv === null && row.bcr === null && row.paybackOffset === null) return null;
  return { npv: row.npv, bcr: row.bcr, paybackOffset: row.paybackOffset };
}

async function insertScenario(tx: Database, values: typeof scenarios.$inferInsert): Promise<Scenario> {
  const [row] = await tx.insert(scenarios).values(values).returning();
  if (!row) throw new Error("insert into scenarios returned no row");
  await insertVersion(tx, row, { action: "create", savedBy: values.ownerId ?? null });
  return row;
}

/**
 * The optimistic-concurrency step: increments the version only if it is still `expectedVersion`. Under
 * concurrent saves PostgreSQL re-checks the condition after the competing transaction commits, so exactly one
 * save per version wins.
 */
async function updateVersioned(
  tx: Database,
  ref: ScenarioRef,
  expectedVersion: number,
  set: Partial<typeof scenarios.$inferInsert>,
): Promise<Scenario> {
  if (!isUuid(ref.id)) throw new NotFoundError("scenario", ref.id);
  const [row] = await tx
    .update(scenarios)
    .set({ ...set, version: sql`${scenarios.version} + 1` })
    .where(and(scenarioOf(ref), eq(scenarios.version, expectedVersion)))
    .returning();
  if (row) return row;
  const [current] = await tx.select({ version: scenarios.version }).from(scenarios).where(scenarioOf(ref));
  if (!current) throw new NotFoundError("scenario", ref.id);
  throw new ConflictError("scenario", ref.id, expectedVersion, current.version);
}

async function insertVersion(
  tx: Database,
  row: Scenario,
  meta: { action: ScenarioVersionAction; savedBy: string | null; restoredFrom?: number },
): Promise<void> {
  await tx.insert(scenarioVersions).values({
    scenarioId: row.id,
    version: row.version,
    action: meta.action,
    name: row.name,
    input: row.input,
    summary: summaryOf(row),
    restoredFrom: meta.restoredFrom ?? null,
    savedBy: meta.savedBy,
  });
}

function decodeVersionCursor(cursor: string): number {
  if (!/^[1-9]\d{0,9}$/.test(cursor)) throw new InvalidCursorError();
  return Number(cursor);
}
