// createDb(): PostgreSQL through postgres.js when DATABASE_URL is set, otherwise embedded PGlite in a locked
// data directory. Drivers are imported on demand, so importing the package opens and loads nothing.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import type { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";

import { acquireDataDirectoryLock } from "./data-directory-lock.ts";
import { readEnv } from "./env.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;

/** The database every query function takes: either driver, or a transaction of either. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbKind = "postgres" | "pglite";

interface DbHandleBase {
  db: Database;
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
  const client = postgres(url, { max: Math.max(2, maxConnections), onnotice: () => {} });
  const db = drizzle({ client, ...drizzleOptions });
  return {
    kind: "postgres",
    db,
    client,
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string | undefined): Promise<PgliteDbHandle> {
  let lock: ReturnType<typeof acquireDataDirectoryLock> | undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirectoryLock(dataDir);
  }
  try {
    const [{ PGlite }, { drizzle }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("drizzle-orm/pglite"),
    ]);
    const client = await PGlite.create(dataDir);
    const db = drizzle({ client, ...drizzleOptions });
    let closed = false;
    return {
      kind: "pglite",
      db,
      client,
      dataDir,
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
