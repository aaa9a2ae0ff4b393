// createDb(): PostgreSQL through postgres.js when DATABASE_URL is set, otherwise embedded PGlite in a locked
// data directory. Drivers are imported on demand, so importing the package opens and loads nothing.
import { accessSync, constants, existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import type { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";

import { acquireDataDirectoryLock } from "./data-directory-lock.ts";
import { readEnv } from "./env.ts";
import { pingDatabase } from "./queries/health.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;

/** The database every query function takes: either driver, or a transaction of either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbKind = "postgres" | "pglite";

interface DbHandleBase {
  db: Database;
  /**
   * Resolves when the database can still be read (health checks): a real read, and for PGlite also its data
   * directory, whose pages the process may otherwise keep serving from memory after the files are gone.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}
export interface PostgresDbHandle extends DbHandleBase {
  kind: "postgres";
  client: Sql;
}
export interface PgliteDbHandle extends DbHandleBase {
  kind: "pglite";
  client: PGlite;
  /** The data directory, or undefined in memory. */
  dataDir: string | undefined;
}
export type DbHandle = PostgresDbHandle | PgliteDbHandle;

export interface CreateDbOptions {
  /** PostgreSQL URL; wins over everything else. Default: DATABASE_URL. */
  databaseUrl?: string;
  /** PGlite data directory; used when no URL is given. Default: PGLITE_DIR, else `.data/pglite` in the repository. */
  pgliteDir?: string;
  /** PGlite in memory (tests): no directory, no lock. */
  inMemory?: boolean;
  /** postgres.js pool size (default 10). */
  maxConnections?: number;
}

/**
 * Session settings for every connection.
 * - random_page_cost: PostgreSQL's default (4) prices a random read as on a spinning disk, and with it the planner
 *   reads every row of `initiatives` for a common search word instead of using the full-text and trigram indexes,
 *   several times slower (the load report showed it). 1.1 is what the PostgreSQL documentation suggests for SSDs
 *   and for data that fits in memory, which is where this runs.
 * - jit: off. Our statements are short; past jit_above_cost (the facet counts with 100 000 initiatives) PostgreSQL
 *   spent about 0.9 s compiling a query that then ran in 0.2 s.
 */
const plannerSettings = {
  random_page_cost: "1.1",
  jit: "off",
} as const;

/** Options every Drizzle instance of this schema must share. */
export const drizzleOptions = { schema, casing: "snake_case" } as const;

export async function createDb(options: CreateDbOptions & { databaseUrl: string }): Promise<PostgresDbHandle>;
export async function createDb(options: CreateDbOptions & { inMemory: true }): Promise<PgliteDbHandle>;
export async function createDb(options?: CreateDbOptions): Promise<DbHandle>;
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.inMemory) return openPglite(undefined);
  if (options.databaseUrl !== undefined) return openPostgres(options.databaseUrl, options.maxConnections);
  if (options.pgliteDir) return openPglite(resolve(options.pgliteDir));
  const env = readEnv();
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, options.maxConnections);
  return openPglite(resolve(env.PGLITE_DIR ?? defaultPgliteDir()));
}

async function openPostgres(url: string, maxConnections = 10): Promise<PostgresDbHandle> {
  const [{ default: postgres }, { drizzle }] = await Promise.all([
    import("postgres"),
    import("drizzle-orm/postgres-js"),
  ]);
  // At least two connections: migrate() holds one for its advisory lock while the migrator uses another.
  const client = postgres(url, {
    max: Math.max(2, maxConnections),
    onnotice: () => {},
    // postgres.js's default reconnect delay, capped at 1 s. Its retry count is shared by the whole pool and only
    // reset by a successful connect, so when PostgreSQL restarts, every pooled connection failing at once drives
    // it to 10+ within milliseconds and the default delay to up to 20 s; a query handed to such a connection
    // waited that long although PostgreSQL was back (test/load/drills/postgres-restart.ts).
    backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(3 ** retries / 100, 1),
    connection: plannerSettings,
  });
  const db = drizzle({ client, ...drizzleOptions });
  return {
    kind: "postgres",
    db,
    client,
    ping: () => pingDatabase(db),
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * A PGlite data directory that cannot be used: damaged, from another PGlite version, or not writable. The message
 * says what to do; the original error is the cause.
 */
export class DataDirectoryError extends Error {
  readonly code = "DATA_DIRECTORY_UNUSABLE";

  constructor(
    readonly dataDir: string,
    problem: "unreadable" | "not-writable",
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      problem === "not-writable"
        ? `The PGlite data directory ${dataDir} cannot be written by this user (${reason}). Make it and the ` +
            `directory above it writable (its lock file ${dataDir}.lock is created beside it), set PGLITE_DIR to ` +
            `another directory, or set DATABASE_URL to use PostgreSQL.`
        : `The PGlite data directory ${dataDir} could not be opened (${reason}): its files are damaged or were ` +
            `written by another version of PGlite, for example after a process was killed while creating it. ` +
            `Restore the directory from a backup, or move it aside (mv ${dataDir} ${dataDir}.damaged) and start ` +
            `again: a new one is created, migrated and seeded. PGLITE_DIR chooses another directory, DATABASE_URL ` +
            `PostgreSQL.`,
      { cause },
    );
    this.name = "DataDirectoryError";
  }
}

const permissionCodes = new Set(["EACCES", "EPERM", "EROFS"]);
const isPermissionError = (error: unknown) =>
  error instanceof Error && "code" in error && permissionCodes.has(String(error.code));

async function openPglite(dataDir: string | undefined): Promise<PgliteDbHandle> {
  let lock: ReturnType<typeof acquireDataDirectoryLock> | undefined;
  if (dataDir) {
    try {
      mkdirSync(dataDir, { recursive: true });
      lock = acquireDataDirectoryLock(dataDir);
    } catch (error) {
      if (isPermissionError(error)) throw new DataDirectoryError(dataDir, "not-writable", error);
      throw error;
    }
  }
  try {
    const [{ PGlite }, { pg_trgm }, { drizzle }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("@electric-sql/pglite/contrib/pg_trgm"),
      import("drizzle-orm/pglite"),
    ]);
    // pg_trgm backs the substring search's index (migration 0002); PGlite bundles it but loads it only on request.
    let client: PGlite;
    try {
      client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
      for (const [name, value] of Object.entries(plannerSettings))
        await client.query(`set ${name} = ${value}`);
    } catch (error) {
      if (!dataDir) throw error;
      throw new DataDirectoryError(dataDir, isPermissionError(error) ? "not-writable" : "unreadable", error);
    }
    const db = drizzle({ client, ...drizzleOptions });
    let closed = false;
    return {
      kind: "pglite",
      db,
      client,
      dataDir,
      ping: async () => {
        if (dataDir) accessSync(join(dataDir, "PG_VERSION"), constants.R_OK);
        await pingDatabase(db);
      },
      close: async () => {
        if (closed) return;
        closed = true;
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * `.data/pglite` in the repository root: the nearest directory above this module (or, failing that, above the
 * working directory) that holds pnpm-workspace.yaml; the working directory when there is none.
 */
export function defaultPgliteDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = findWorkspaceRoot(here) ?? findWorkspaceRoot(process.cwd()) ?? process.cwd();
  return join(root, ".data", "pglite");
}

function findWorkspaceRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
