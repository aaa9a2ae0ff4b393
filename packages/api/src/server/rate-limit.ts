import { RateLimiterDrizzle, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { type Database, rateLimits } from "@insats/db";
import { apiEnvSchema, type ApiEnv } from "../env.ts";

/** What a limit protects; each has its own budget and key space. */
export type RateLimitBucket = "auth" | "write" | "openData";

export interface RateLimitBudget {
  points: number;
  durationSeconds: number;
}

/**
 * The budgets a deployment configured (env.ts): sign-in and sign-up attempts per client address slow password
 * guessing; writes are counted per user; open data reads per client address.
 */
export function budgetsFromEnv(
  env: Pick<ApiEnv, "RATE_LIMIT_AUTH_PER_MINUTE" | "RATE_LIMIT_WRITES_PER_MINUTE" | "RATE_LIMIT_OPEN_DATA_PER_MINUTE">,
): Record<RateLimitBucket, RateLimitBudget> {
  return {
    auth: { points: env.RATE_LIMIT_AUTH_PER_MINUTE, durationSeconds: 60 },
    write: { points: env.RATE_LIMIT_WRITES_PER_MINUTE, durationSeconds: 60 },
    openData: { points: env.RATE_LIMIT_OPEN_DATA_PER_MINUTE, durationSeconds: 60 },
  };
}

/** The budgets with every variable at its default. */
export const defaultBudgets = budgetsFromEnv(apiEnvSchema.parse({}));

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}

export interface RateLimiters {
  consume(bucket: RateLimitBucket, key: string): Promise<void>;
}

/**
 * Limits kept in the database, so that they hold across replicas of the API. The in-memory
 * limiter in front blocks a key that has spent its budget without a round trip per request.
 */
export function createRateLimiters(
  db: Database,
  budgets: Record<RateLimitBucket, RateLimitBudget> = defaultBudgets,
): RateLimiters {
  const limiters = new Map<RateLimitBucket, RateLimiterAbstract>();
  for (const [bucket, budget] of Object.entries(budgets) as [RateLimitBucket, RateLimitBudget][]) {
    limiters.set(
      bucket,
      new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: bucket,
        points: budget.points,
        duration: budget.durationSeconds,
        inMemoryBlockOnConsumed: budget.points,
        clearExpiredByTimeout: false,
      }),
    );
  }
  return {
    async consume(bucket, key) {
      const limiter = limiters.get(bucket);
      if (!limiter) return;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        }
        throw rejection;
      }
    },
  };
}

/** For tests and tools that must not be limited. */
export const unlimited: RateLimiters = { consume: async () => {} };

