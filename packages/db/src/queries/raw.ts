// Rows of a raw `db.execute()`: postgres.js returns them as an array, PGlite as `{ rows }`.
import type { SQL } from "drizzle-orm";

import type { Database } from "../client.ts";

export async function executeRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return ((result as { rows?: Row[] }).rows ?? []);
}
