// The editors' writes to versioned, publishable, audited content, written once for every kind of it (initiatives,
// news items): one record by slug, create, update (also a restore), publish and hide, each one transaction that
// locks the record, checks owner, version and slug, replaces the record's child rows and records its audit row and
// version (content-versions.ts). A kind says what is its own in a `PublishableContent` definition.
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { z } from "zod";

import type { Database } from "../client.ts";
import { ValidationError } from "../errors.ts";
import { organisations } from "../schema/organisations.ts";
import { type ContentEntity, type ContentVerb, recordContentWrite } from "./content-versions.ts";
import { checkOwnedVersion, parseContent, requireOrganisationId, slugClashes } from "./content.ts";
import { isUuid } from "./ids.ts";

/** A column whose values the shared steps read back typed. */
type ColumnOf<Data> = PgColumn & { _: { data: Data; notNull: true } };

/**
 * A table of publishable content: the columns the shared steps read and write. They write through this type, which
 * takes any column by name: what they write of a kind's own columns is typed in the kind's definition.
 */
export type PublishableTable = PgTable & {
  id: ColumnOf<string>;
  slug: ColumnOf<string>;
  ownerOrganisationId: ColumnOf<string>;
  published: ColumnOf<boolean>;
  version: ColumnOf<number>;
};

/** What the shared steps return: the kind's record, with what they check and report. */
export interface PublishableRecord {
  id: string;
  slug: string;
  version: number;
  published: boolean;
}

/**
 * Whose eyes a read is for. The public sees only what is published, also of what a record links to (a published
 * news item may name its owner's draft initiative, whose address is not public until the draft is).
 */
export type ContentAudience = "public" | "owner";

/** The types one kind of content is made of. */
export interface ContentTypes {
  table: PublishableTable;
  /** The domain object, parsed (Initiative). */
  content: { slug: string };
  /** What an editor sends, before the domain schema's defaults (InitiativeInput). */
  input: unknown;
  /** What the content refers to, looked up in the database. */
  resolved: unknown;
  /** The domain object as read, with id, owner, version and publication (InitiativeRecord). */
  record: PublishableRecord;
}

/**
 * One kind of publishable content: its table, child tables and domain schema, and the steps that are its own
 * (reading a record, resolving what it refers to, spreading it over its rows).
 */
export interface PublishableContent<Kind extends ContentTypes> {
  /** The kind as the audit log and the version history name it. */
  entity: ContentEntity;
  /** The kind as error messages name it ("news item"). */
  noun: string;
  table: Kind["table"];
  /** The column that says when the record was last made public (the tables name it differently). */
  publishedAtKey: keyof Kind["table"]["$inferInsert"] & string;
  schema: z.ZodType<Kind["content"], Kind["input"]>;
  /** The child tables a new version replaces, each with its column naming the record, deleted in this order. */
  parts: readonly { table: PgTable; recordId: PgColumn }[];
  /** The first record that meets `where`, as the domain describes it, or null. */
  load: (db: Database, where: SQL | undefined, audience: ContentAudience) => Promise<Kind["record"] | null>;
  /** What the content names, looked up; ValidationError for anything unknown. */
  resolve: (tx: Database, content: Kind["content"], ownerOrganisationId: string) => Promise<Kind["resolved"]>;
  /** The record's own columns (not owner, publication or version). */
  rowValues: (
    content: Kind["content"],
    resolved: Kind["resolved"],
  ) => Omit<Kind["table"]["$inferInsert"], "ownerOrganisationId">;
  /** Writes the child rows of a record that has none (any more). */
  insertParts: (
    tx: Database,
    id: string,
    content: Kind["content"],
    resolved: Kind["resolved"],
  ) => Promise<void>;
  /** The domain object a version stores (initiativeOfRecord, newsItemOfRecord). */
  versionContent: (record: Kind["record"]) => { [key: string]: unknown };
}

/** A record asked for by slug. */
export interface ContentLookup {
  slug: string;
  /** Drafts too (the owner's editors); by default only published records. */
  includeUnpublished?: boolean;
  /** Only this organisation's record. */
  ownerOrganisationId?: string;
}

/** Who writes, for which organisation. */
export interface ContentWriter {
  organisationId: string;
  userId: string | null;
}

/** A new version of a record: which one (by its slug now) and the version the editor saw. */
export interface ContentChange extends ContentWriter {
  slug: string;
  expectedVersion: number;
}

/** The content of an update; `restoredFrom` when it is an older version brought back, which the history says. */
export interface ContentUpdate extends ContentChange {
  restoredFrom?: number;
}

/** A publish or, with `published: false`, a hide. */
export interface ContentPublication extends ContentChange {
  published: boolean;
}

/**
 * The record with this slug, or null. Unpublished ones only with `includeUnpublished`; with
 * `ownerOrganisationId` only that organisation's.
 */
export async function getContentBySlug<Kind extends ContentTypes>(
  db: Database,
  kind: PublishableContent<Kind>,
  params: ContentLookup,
): Promise<Kind["record"] | null> {
  if (params.ownerOrganisationId !== undefined && !isUuid(params.ownerOrganisationId)) return null;
  const { table } = kind;
  return kind.load(
    db,
    and(
      eq(table.slug, params.slug),
      params.includeUnpublished ? undefined : eq(table.published, true),
      params.ownerOrganisationId === undefined
        ? undefined
        : eq(table.ownerOrganisationId, params.ownerOrganisationId),
    ),
    params.includeUnpublished ? "owner" : "public",
  );
}

/** The record with this id, published or not, or null: what an editor's preview link shows. */
export async function getContentById<Kind extends ContentTypes>(
  db: Database,
  kind: PublishableContent<Kind>,
  id: string,
): Promise<Kind["record"] | null> {
  return isUuid(id) ? kind.load(db, eq(kind.table.id, id), "owner") : null;
}

/**
 * A new, unpublished record owned by the editor's organisation. Validated with the domain schema first; an unknown
 * organisation, references to nothing or a slug already in use throw ValidationError.
 */
export async function createContent<Kind extends ContentTypes>(
  db: Database,
  kind: PublishableContent<Kind>,
  params: ContentWriter & { content: Kind["input"] | Kind["content"] },
): Promise<Kind["record"]> {
  const content = parseContent(kind.schema, params.content, kind.noun);
  requireOrganisationId(params.organisationId, "organisation", params.organisationId);
  const table: PublishableTable = kind.table;
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, params.organisationId));
    if (!owner)
      throw new ValidationError(kind.noun, [{ path: "", message: "The organisation does not exist" }]);
    const resolved = await kind.resolve(tx, content, owner.id);
    if (await slugClashes(tx, table, { ownerOrganisationId: owner.id }, content.slug))
      throw slugTaken(kind, content.slug);
    const [row] = await tx
      .insert(table)
      .values({ ...kind.rowValues(content, resolved), ownerOrganisationId: owner.id })
      .onConflictDoNothing({ target: [table.ownerOrganisationId, table.slug] })
      .returning({ id: table.id });
    if (!row) throw slugTaken(kind, content.slug);
    await kind.insertParts(tx, row.id, content, resolved);
    return recordWrite(tx, kind, row.id, { verb: "create", organisationId: owner.id, userId: params.userId });
  });
}

/**
 * Replaces the record (its child rows included) with `content`, as a new version, keeping its publication state.
 * `slug` names the record now; `content.slug` may rename it. Missing or another organisation's: NotFoundError.
 * `expectedVersion` not current: ConflictError.
 */
export async function updateContent<Kind extends ContentTypes>(
  db: Database,
  kind: PublishableContent<Kind>,
  params: ContentUpdate & { content: Kind["input"] | Kind["content"] },
): Promise<Kind["record"]> {
  const content = parseContent(kind.schema, params.content, kind.noun);
  requireOrganisationId(params.organisationId, kind.noun, params.slug);
  const table: PublishableTable = kind.table;
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, kind, params);
    const resolved = await kind.resolve(tx, content, current.ownerOrganisationId);
    if (content.slug !== params.slug && (await slugClashes(tx, table, current, content.slug)))
      throw slugTaken(kind, content.slug);
    const [row] = await tx
      .update(table)
      .set({ ...kind.rowValues(content, resolved), version: sql`${table.version} + 1` })
      .where(and(eq(table.id, current.id), eq(table.version, params.expectedVersion)))
      .returning({ id: table.id });
    if (!row) throw new Error(`the locked ${kind.noun} could not be updated`);
    for (const part of kind.parts) await tx.delete(part.table).where(eq(part.recordId, row.id));
    await kind.insertParts(tx, row.id, content, resolved);
    return recordWrite(tx, kind, row.id, {
      verb: params.restoredFrom === undefined ? "update" : "restore",
      organisationId: params.organisationId,
      userId: params.userId,
      restoredFrom: params.restoredFrom,
      details: content.slug === params.slug ? {} : { previousSlug: params.slug },
    });
  });
}

/**
 * Publishes (or with `published: false` hides) the record as a new version. Already in that state: returned
 * unchanged. Same ownership and version checks as updateContent.
 */
export async function setContentPublished<Kind extends ContentTypes>(
  db: Database,
  kind: PublishableContent<Kind>,
  params: ContentPublication,
): Promise<Kind["record"]> {
  requireOrganisationId(params.organisationId, kind.noun, params.slug);
  const table: PublishableTable = kind.table;
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, kind, params);
    if (current.published === params.published) return readWritten(tx, kind, current.id);
    if (params.published && (await slugClashes(tx, table, current, current.slug)))
      throw publishedSlugTaken(kind, current.slug);
    await tx
      .update(table)
      .set({
        published: params.published,
        ...(params.published ? { [kind.publishedAtKey]: new Date() } : {}),
        version: sql`${table.version} + 1`,
      })
      .where(eq(table.id, current.id));
    return recordWrite(tx, kind, current.id, {
      verb: params.published ? "publish" : "unpublish",
      organisationId: params.organisationId,
      userId: params.userId,
    });
  });
}

/**
 * The organisation's record with this slug, locked until the change commits. Another organisation's is not found,
 * as a missing one (checkOwnedVersion); a version other than the one the editor saw is a conflict.
 */
async function lockForChange<Kind extends ContentTypes>(
  tx: Database,
  kind: PublishableContent<Kind>,
  change: ContentChange,
) {
  const table: PublishableTable = kind.table;
  const [current] = await tx
    .select({
      id: table.id,
      slug: table.slug,
      ownerOrganisationId: table.ownerOrganisationId,
      version: table.version,
      published: table.published,
    })
    .from(table)
    .where(and(eq(table.slug, change.slug), eq(table.ownerOrganisationId, change.organisationId)))
    .for("update");
  checkOwnedVersion(kind.noun, change.slug, current, change.organisationId, change.expectedVersion);
  return current;
}

async function readWritten<Kind extends ContentTypes>(
  tx: Database,
  kind: PublishableContent<Kind>,
  id: string,
): Promise<Kind["record"]> {
  const record = await kind.load(tx, eq(kind.table.id, id), "owner");
  if (!record) throw new Error(`${kind.noun} ${id} vanished`);
  return record;
}

/** The record after a write, with the write's audit row and version (content-versions.ts). */
async function recordWrite<Kind extends ContentTypes>(
  tx: Database,
  kind: PublishableContent<Kind>,
  id: string,
  write: ContentWriter & { verb: ContentVerb; restoredFrom?: number; details?: { [key: string]: unknown } },
): Promise<Kind["record"]> {
  const record = await readWritten(tx, kind, id);
  await recordContentWrite(tx, {
    entity: kind.entity,
    verb: write.verb,
    entityId: record.id,
    organisationId: write.organisationId,
    actorUserId: write.userId,
    version: record.version,
    published: record.published,
    slug: record.slug,
    content: kind.versionContent(record),
    restoredFrom: write.restoredFrom,
    details: write.details,
  });
  return record;
}

function slugTaken(kind: { noun: string }, slug: string): ValidationError {
  return new ValidationError(kind.noun, [
    { path: "slug", message: `Another ${kind.noun} has the slug ${slug}` },
  ]);
}

/** Publishing would give a public address a second page; that address is public, so saying so tells nothing. */
function publishedSlugTaken(kind: { noun: string }, slug: string): ValidationError {
  return new ValidationError(kind.noun, [
    { path: "slug", message: `A published ${kind.noun} already has the slug ${slug}` },
  ]);
}

/**
 * The reads and writes of one kind, for the names its callers know (getInitiativeBySlug …), with the content in
 * the field named after the kind (`{ initiative }`, `{ newsItem }`).
 */
export function contentQueries<Kind extends ContentTypes, Field extends string>(
  kind: PublishableContent<Kind>,
  field: Field,
) {
  type WithContent = { [Key in Field]: Kind["input"] };
  return {
    /** getContentBySlug: published unless `includeUnpublished`, only the owner's with `ownerOrganisationId`. */
    bySlug: (db: Database, params: ContentLookup): Promise<Kind["record"] | null> =>
      getContentBySlug(db, kind, params),
    /** getContentById: published or not, what an editor's preview link shows. */
    byId: (db: Database, id: string): Promise<Kind["record"] | null> => getContentById(db, kind, id),
    /** createContent: a new, unpublished record of the editor's organisation. */
    create: (db: Database, params: ContentWriter & WithContent): Promise<Kind["record"]> =>
      createContent(db, kind, { ...params, content: params[field] }),
    /** updateContent: the record replaced as a new version, checked for owner, version and slug. */
    update: (db: Database, params: ContentUpdate & WithContent): Promise<Kind["record"]> =>
      updateContent(db, kind, { ...params, content: params[field] }),
    /** setContentPublished: published or hidden as a new version; unchanged when already so. */
    setPublished: (db: Database, params: ContentPublication): Promise<Kind["record"]> =>
      setContentPublished(db, kind, params),
  };
}
