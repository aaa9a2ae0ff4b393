import { integer, pgTable, text } from "drizzle-orm/pg-core";

import { instant } from "./columns.ts";

/**
 * Counters of rate-limiter-flexible's `RateLimiterDrizzle` store (`schema: rateLimits`), kept in the database so
 * that limits hold across API replicas. The store reads and writes exactly these three columns.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: instant(),
});
