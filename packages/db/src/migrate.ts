import { fileURLToPath } from "node:url";

import { entityKind } from "drizzle-orm";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { Sql } from "postgres";

import type { Database, DbHandle, Schema } from "./client.ts";

/** The committed drizzle-kit migrations, found beside this module rather than from the working directory. */
export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));

/**
 * Applies the committed migrations that have not run yet, with the driver's own migrator. Takes the database
 * from createDb() (or the whole handle); not a transaction.
 */
export async function migrate(target: Database | DbHandle): Promise<void> {
  const db = "kind" in target ? target.db : target;
  const driver = (db.constructor as { [entityKind]?: string })[entityKind];

  if (driver === "PgliteDatabase") {
    const { migrate: migratePglite } = await import("drizzle-orm/pglite/migrator");
    await migratePglite(db as PgliteDatabase<Schema>, { migrationsFolder });
    return;
  }
  if (driver !== "PostgresJsDatabase") {
    throw new Error(`migrate() needs a database from createDb(), not ${driver ?? "an unknown object"}`);
  }

  const { migrate: migratePostgres } = await import("drizzle-orm/postgres-js/migrator");
  const postgresDb = db as PostgresJsDatabase<Schema> & { $client: Sql };
  // Replicas starting together would race to create the same tables; a session advisory lock on a reserved
  // connection lets one migrate while the others wait, then find nothing left to do. (createDb's pool has at
  // least two connections, so the migrator always has one besides the reserved one.)
  const reserved = await postgresDb.$client.reserve();
  try {
    await reserved`select pg_advisory_lock(hashtext('insats.migrations'))`;
    try {
      await migratePostgres(postgresDb, { migrationsFolder });
    } finally {
      await reserved`select pg_advisory_unlock(hashtext('insats.migrations'))`;
    }
  } finally {
    reserved.release();
  }
}
