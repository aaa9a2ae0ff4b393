// A fresh, migrated database per test file: PGlite in memory, or, when TEST_DATABASE_URL is set, a database of
// its own on that PostgreSQL server, dropped again by close().
import { randomBytes } from "node:crypto";

import { createDb, type DbHandle } from "../client.ts";
import { readEnv } from "../env.ts";
import { migrate } from "../migrate.ts";

export type TestDatabase = DbHandle & {
  /** The PostgreSQL database created for this file; undefined on PGlite. */
  databaseName: string | undefined;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = readEnv().TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await createDb({ inMemory: true });
    await migrate(handle.db);
    return { ...handle, databaseName: undefined };
  }

  const databaseName = `insats_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = await createDb({ databaseUrl: adminUrl, maxConnections: 2 });
  try {
    await admin.client.unsafe(`create database "${databaseName}"`);
  } finally {
    await admin.close();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const handle = await createDb({ databaseUrl: url.toString(), maxConnections: 20 });
  const drop = async () => {
    const dropper = await createDb({ databaseUrl: adminUrl, maxConnections: 2 });
    try {
      await dropper.client.unsafe(`drop database if exists "${databaseName}" with (force)`);
    } finally {
      await dropper.close();
    }
  };
  try {
    await migrate(handle.db);
  } catch (error) {
    await handle.close();
    await drop();
    throw error;
  }
  return {
    ...handle,
    databaseName,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
