import { bigint, boolean, check, pgTable } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

/**
 * One row that counts the writes to what the showcase lists: initiatives, their places, organisations, focus areas
 * and evaluations, and organisations. Statement triggers on those tables (migration 0003) bump it before the
 * statement runs, inside the writing transaction, so a reader that sees revision n sees exactly the content of
 * revision n. The search and facet caches (queries/showcase-cache.ts, `RevisionCache`) stay valid while the revision is unchanged.
 *
 * Bumping first also orders the locks: every showcase write takes this row before any content row, so two writers
 * queue here instead of deadlocking on each other's rows.
 */
export const showcaseRevision = pgTable(
  "showcase_revision",
  {
    singleton: boolean().primaryKey().default(true),
    revision: bigint({ mode: "number" }).notNull().default(0),
  },
  (table) => [check("showcase_revision_singleton", sql`${table.singleton}`)],
);
