import {
  RateLimiterDrizzle,
  RateLimiterMemory,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { type Database, rateLimits } from "@insats/db";
import { apiEnvSchema, type ApiEnv } from "../env.ts";

/** What a limit protects; each has its own budget and key space. */
export type RateLimitBucket = "auth" | "authFailures" | "write" | "openData" | "compute";

export interface RateLimitBudget {
  points: number;
  durationSeconds: number;
}

/**
 * The budgets a deployment configured (env.ts): sign-in and sign-up attempts per client address slow password
 * guessing from one place, failed sign-ins per account slow guessing one account's password from many; writes and
 * computations are counted per user; open data reads per client address.
 */
export function budgetsFromEnv(
  env: Pick<
    ApiEnv,
    | "RATE_LIMIT_AUTH_PER_MINUTE"
    | "RATE_LIMIT_AUTH_FAILURES_PER_ACCOUNT_PER_MINUTE"
    | "RATE_LIMIT_WRITES_PER_MINUTE"
    | "RATE_LIMIT_OPEN_DATA_PER_MINUTE"
    | "RATE_LIMIT_COMPUTE_PER_MINUTE"
  >,
): Record<RateLimitBucket, RateLimitBudget> {
  return {
    auth: { points: env.RATE_LIMIT_AUTH_PER_MINUTE, durationSeconds: 60 },
    authFailures: { points: env.RATE_LIMIT_AUTH_FAILURES_PER_ACCOUNT_PER_MINUTE, durationSeconds: 60 },
    write: { points: env.RATE_LIMIT_WRITES_PER_MINUTE, durationSeconds: 60 },
    openData: { points: env.RATE_LIMIT_OPEN_DATA_PER_MINUTE, durationSeconds: 60 },
    compute: { points: env.RATE_LIMIT_COMPUTE_PER_MINUTE, durationSeconds: 60 },
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
  /** Spends one point of the key's budget; RateLimitedError when it is spent. */
  consume(bucket: RateLimitBucket, key: string): Promise<void>;
  /**
   * RateLimitedError when the key has spent its budget, without spending anything: for budgets that only
   * failures spend (a correct password is not a guess), which `penalise` records afterwards.
   */
  ensureAvailable(bucket: RateLimitBucket, key: string): Promise<void>;
  penalise(bucket: RateLimitBucket, key: string): Promise<void>;
}

/**
 * Where each bucket is counted. Sign-ins and writes are counted in the database, so that their budgets hold
 * across replicas of the API; the in-memory limiter in front blocks a key that has spent its budget without a
 * round trip per request. Open data reads are counted in this process only: they are cheap, public and by far the
 * most frequent requests, and a database write on each of them would cost more than the read itself (the load
 * report measured it). With N replicas a client may therefore read up to N times its budget; the limit is there
 * to stop one client from starving the others, not to meter anyone precisely. Computations are counted in this
 * process too: they spend this process's worker threads, which are what the limit shares out.
 */
const sharedBuckets: ReadonlySet<RateLimitBucket> = new Set(["auth", "authFailures", "write"]);

export function createRateLimiters(
  db: Database,
  budgets: Record<RateLimitBucket, RateLimitBudget> = defaultBudgets,
): RateLimiters {
  const limiters = new Map<RateLimitBucket, RateLimiterAbstract>();
  for (const [bucket, budget] of Object.entries(budgets) as [RateLimitBucket, RateLimitBudget][]) {
    const common = { keyPrefix: bucket, points: budget.points, duration: budget.durationSeconds };
    limiters.set(
      bucket,
      sharedBuckets.has(bucket)
        ? new RateLimiterDrizzle({
            ...common,
            storeClient: db,
            schema: rateLimits,
            inMemoryBlockOnConsumed: budget.points,
            clearExpiredByTimeout: false,
          })
        : new RateLimiterMemory(common),
    );
  }
  const limited = (res: RateLimiterRes) => new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  return {
    async consume(bucket, key) {
      const limiter = limiters.get(bucket);
      if (!limiter) return;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw limited(rejection);
        throw rejection;
      }
    },
    async ensureAvailable(bucket, key) {
      const limiter = limiters.get(bucket);
      if (!limiter) return;
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) throw limited(state);
    },
    async penalise(bucket, key) {
      await limiters.get(bucket)?.penalty(key, 1);
    },
  };
}

/** For tests and tools that must not be limited. */
export const unlimited: RateLimiters = {
  consume: async () => {},
  ensureAvailable: async () => {},
  penalise: async () => {},
};
