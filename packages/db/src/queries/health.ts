import { sql } from "drizzle-orm";

import type { Database } from "../client.ts";

/**
 * Resolves when the database answers a real read; rejects otherwise (health checks). `select 1` is answered by the
 * server without touching any table, so a database whose files can no longer be read would still pass it; this
 * reads a row of a table every installation fills (the seeded municipalities and regions).
 */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select id from organisations limit 1`);
}
