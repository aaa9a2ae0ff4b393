import { RateLimiterDrizzle, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { type Database, rateLimits } from "@insats/db";

/** What a limit protects; each has its own budget and key space. */
export type RateLimitBucket = "auth" | "write" | "openData";

export interface RateLimitBudget {
  points: number;
  durationSeconds: number;
}

export const defaultBudgets: Record<RateLimitBucket, RateLimitBudget> = {
  // Sign-in and sign-up attempts per client address: slows password guessing.
  auth: { points: 20, durationSeconds: 60 },
  // Saves and other writes per user.
  write: { points: 120, durationSeconds: 60 },
  // Open data reads per client address.
  openData: { points: 1200, durationSeconds: 60 },
};

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

