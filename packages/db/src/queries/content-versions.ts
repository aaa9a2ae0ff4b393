// One mechanism for versioned, publishable, audited showcase content: every write to an initiative or a news item
// records its audit row and the version it made (the domain object as it then was) in the write's transaction;
// the history, the comparison of two versions, restoring and the editors' preview links read from here.
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, inArray, lt } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "../client.ts";
import { users } from "../schema/auth.ts";
import { contentPreviewTokens, contentVersions } from "../schema/content-versions.ts";
import { recordAudit } from "./audit.ts";

export const contentEntities = ["initiative", "newsItem"] as const;
export const contentEntitySchema = z.enum(contentEntities);
export type ContentEntity = z.infer<typeof contentEntitySchema>;

export type ContentVerb = "create" | "update" | "publish" | "unpublish" | "restore";

/**
 * Records a write to content: its audit row and the version it produced. Call it with the write's transaction.
 * `content` is the domain object of that version (initiativeOfRecord / newsItemOfRecord).
 */
export async function recordContentWrite(
  tx: Database,
  write: {
    entity: ContentEntity;
    verb: ContentVerb;
    entityId: string;
    organisationId: string;
    actorUserId: string | null;
    version: number;
    published: boolean;
    slug: string;
    content: Record<string, unknown>;
    /** For a restore: the version whose content was brought back, which the stored version then names. */
    restoredFrom?: number;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  const action = `${write.entity}.${write.verb}`;
  await recordAudit(tx, {
    actorUserId: write.actorUserId,
    organisationId: write.organisationId,
    action,
    entity: write.entity,
    entityId: write.entityId,
    details: { slug: write.slug, version: write.version, ...write.details },
  });
  await tx.insert(contentVersions).values({
    entity: write.entity,
    entityId: write.entityId,
    organisationId: write.organisationId,
    version: write.version,
    action,
    published: write.published,
    content: write.restoredFrom === undefined ? write.content : withRestoredFrom(write.content, write.restoredFrom),
    actorUserId: write.actorUserId,
  });
}

export const contentVersionSummarySchema = z.object({
  version: z.int().min(1),
  /** create, update, publish, unpublish or restore. */
  verb: z.enum(["create", "update", "publish", "unpublish", "restore"]),
  published: z.boolean(),
  at: z.iso.datetime(),
  /** Who made it; null when the account is gone or it was written by the seed. */
  actorName: z.string().nullable(),
  /** Set on a restore: the version whose content it brought back. */
  restoredFrom: z.int().min(1).nullable(),
});
export type ContentVersionSummary = z.infer<typeof contentVersionSummarySchema>;

const summaryColumns = {
  version: contentVersions.version,
  action: contentVersions.action,
  published: contentVersions.published,
  at: contentVersions.at,
  actorName: users.name,
  content: contentVersions.content,
};

function summaryOf(row: {
  version: number;
  action: string;
  published: boolean;
  at: Date;
  actorName: string | null;
  content: Record<string, unknown>;
}): ContentVersionSummary {
  const verb = row.action.slice(row.action.indexOf(".") + 1) as ContentVerb;
  const restoredFrom = (row.content as { [restoredFromKey]?: unknown })[restoredFromKey];
  return {
    version: row.version,
    verb,
    published: row.published,
    at: row.at.toISOString(),
    actorName: row.actorName,
    restoredFrom: typeof restoredFrom === "number" ? restoredFrom : null,
  };
}

/** Stored beside the content of a restored version (and stripped when read), so the history can say from which. */
const restoredFromKey = "$restoredFrom";

export function withRestoredFrom(content: Record<string, unknown>, version: number): Record<string, unknown> {
  return { ...content, [restoredFromKey]: version };
}

function withoutMarks(content: Record<string, unknown>): Record<string, unknown> {
  const { [restoredFromKey]: _restored, ...rest } = content;
  return rest;
}

/** The record's versions, newest first. Only those of the organisation's own record. */
export async function listContentVersions(
  db: Database,
  params: { entity: ContentEntity; entityId: string; organisationId: string },
): Promise<ContentVersionSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(contentVersions)
    .leftJoin(users, eq(users.id, contentVersions.actorUserId))
    .where(
      and(
        eq(contentVersions.entity, params.entity),
        eq(contentVersions.entityId, params.entityId),
        eq(contentVersions.organisationId, params.organisationId),
      ),
    )
    .orderBy(desc(contentVersions.version));
  return rows.map(summaryOf);
}

/** One version with its content, or null. */
export async function getContentVersion(
  db: Database,
  params: { entity: ContentEntity; entityId: string; organisationId: string; version: number },
): Promise<{ summary: ContentVersionSummary; content: Record<string, unknown> } | null> {
  const [row] = await db
    .select(summaryColumns)
    .from(contentVersions)
    .leftJoin(users, eq(users.id, contentVersions.actorUserId))
    .where(
      and(
        eq(contentVersions.entity, params.entity),
        eq(contentVersions.entityId, params.entityId),
        eq(contentVersions.organisationId, params.organisationId),
        eq(contentVersions.version, params.version),
      ),
    );
  return row ? { summary: summaryOf(row), content: withoutMarks(row.content) } : null;
}

/** The last change of each record: when and by whom (records the seed wrote have none). */
export async function latestContentChanges(
  db: Database,
  params: { entity: ContentEntity; entityIds: readonly string[] },
): Promise<Map<string, { at: string; actorName: string | null }>> {
  const latest = new Map<string, { at: string; actorName: string | null }>();
  if (params.entityIds.length === 0) return latest;
  const rows = await db
    .select({ entityId: contentVersions.entityId, at: contentVersions.at, actorName: users.name })
    .from(contentVersions)
    .leftJoin(users, eq(users.id, contentVersions.actorUserId))
    .where(
      and(
        eq(contentVersions.entity, params.entity),
        inArray(contentVersions.entityId, [...params.entityIds]),
      ),
    )
    .orderBy(desc(contentVersions.version));
  for (const row of rows) {
    if (!latest.has(row.entityId))
      latest.set(row.entityId, { at: row.at.toISOString(), actorName: row.actorName });
  }
  return latest;
}

// ---------------------------------------------------------------------------------------------------------------
// Preview links

/** How long a preview link works: long enough to open it, short enough that a forwarded one soon dies. */
export const PREVIEW_TOKEN_SECONDS = 15 * 60;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new preview token for the record (expired ones are deleted on the way). */
export async function createPreviewToken(
  db: Database,
  params: { entity: ContentEntity; entityId: string; now: Date },
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(params.now.getTime() + PREVIEW_TOKEN_SECONDS * 1000);
  await db.transaction(async (tx) => {
    await tx.delete(contentPreviewTokens).where(lt(contentPreviewTokens.expiresAt, params.now));
    await tx.insert(contentPreviewTokens).values({
      tokenHash: hashToken(token),
      entity: params.entity,
      entityId: params.entityId,
      expiresAt,
    });
  });
  return { token, expiresAt: expiresAt.toISOString() };
}

/** The record a token previews, or null when the token is unknown or expired. */
export async function resolvePreviewToken(
  db: Database,
  params: { token: string; now: Date },
): Promise<{ entity: ContentEntity; entityId: string } | null> {
  const [row] = await db
    .select({ entity: contentPreviewTokens.entity, entityId: contentPreviewTokens.entityId })
    .from(contentPreviewTokens)
    .where(
      and(
        eq(contentPreviewTokens.tokenHash, hashToken(params.token)),
        gt(contentPreviewTokens.expiresAt, params.now),
      ),
    );
  if (!row) return null;
  const entity = contentEntitySchema.safeParse(row.entity);
  return entity.success ? { entity: entity.data, entityId: row.entityId } : null;
}
