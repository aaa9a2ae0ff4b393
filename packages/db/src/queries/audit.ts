import { and, desc, eq, lt, or } from "drizzle-orm";

import type { Database } from "../client.ts";
import { auditLog, type AuditEntry } from "../schema/audit.ts";
import { clampLimit, decodeTimeCursor, type Page, toPage } from "./cursor.ts";

export interface AuditRecord {
  actorUserId: string | null;
  organisationId: string | null;
  /** `entity.verb`, e.g. "scenario.save". */
  action: string;
  entity: string;
  entityId: string;
  details?: Record<string, unknown>;
}

/** Records a write. Call it with the transaction of that write, so both commit or neither does. */
export async function recordAudit(tx: Database, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({ ...record, details: record.details ?? {} });
}

export async function listAuditEntries(
  db: Database,
  params: { organisationId: string; entity?: string; entityId?: string; cursor?: string; limit: number },
): Promise<Page<AuditEntry>> {
  const limit = clampLimit(params.limit);
  const after = params.cursor ? decodeTimeCursor(params.cursor) : undefined;
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organisationId, params.organisationId),
        params.entity ? eq(auditLog.entity, params.entity) : undefined,
        params.entityId ? eq(auditLog.entityId, params.entityId) : undefined,
        after
          ? or(lt(auditLog.at, after.at), and(eq(auditLog.at, after.at), lt(auditLog.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  return toPage(
    rows,
    limit,
    (row) => ({ at: row.at, id: row.id }),
    (row) => row,
  );
}
