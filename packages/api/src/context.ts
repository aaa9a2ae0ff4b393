import { TRPCError } from "@trpc/server";
import { type Database, listMemberships, type ReadReplicas } from "@insats/db";
import { type Role } from "./auth/roles.ts";
import { type Mailer } from "./mail/mailer.ts";
import { type ComputePool, inlineCompute } from "./compute/pool.ts";
import { type RateLimitBucket, RateLimitedError, type RateLimiters, unlimited } from "./server/rate-limit.ts";

export interface SessionUser {
  userId: string;
  email: string;
  name: string;
}

export interface Membership {
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  role: Role;
}

export interface InnerContextOptions {
  /** The primary: writes, and every read of a signed-in user's own work. */
  db: Database;
  /** Streaming standbys for the open data's reads (`DATABASE_READ_URLS`); none: the primary serves them. */
  readReplicas?: Pick<ReadReplicas, "pick" | "reportUnavailable">;
  session?: SessionUser | null;
  /** The organisation the client works in (header `x-insats-organisation`); the only one when absent. */
  organisationId?: string | null;
  rateLimiters?: RateLimiters;
  /** Where simulations and sensitivity run; the server's worker threads, or the calling thread by default. */
  compute?: ComputePool;
  /**
   * Who is rate-limited when nobody is signed in: the client's address; null for an app calling on its own
   * behalf (authenticated by INSATS_PROXY_SECRET, with no client behind the call), which no budget counts.
   */
  clientKey?: string | null;
  /** Lets the HTTP layer add a Retry-After header when a limit is hit. */
  onRateLimited?: (retryAfterSeconds: number) => void;
  /** Sends invitations; none: the admin gets the link to pass on. */
  mailer?: Mailer | null;
  /** The calculator's public address, for invitation links (`CALCULATOR_URL`). */
  calculatorUrl?: string;
}

/**
 * The context of one request, buildable without HTTP so that `appRouter.createCaller(...)` tests run
 * against a real database and a chosen session.
 */
export function createInnerContext(options: InnerContextOptions) {
  const {
    db,
    session = null,
    organisationId = null,
    rateLimiters = unlimited,
    compute = inlineCompute,
    clientKey = "local",
  } = options;
  let memberships: Promise<Membership[]> | undefined;

  const loadMemberships = () => {
    if (!session) return Promise.resolve([]);
    memberships ??= listMemberships(db, { userId: session.userId }).then((rows) =>
      rows.map((row) => ({
        organisationId: row.organisationId,
        organisationSlug: row.organisation.slug,
        organisationName: row.organisation.nameSv,
        role: row.role,
      })),
    );
    return memberships;
  };

  return {
    db,
    readReplicas: options.readReplicas,
    mailer: options.mailer ?? null,
    calculatorUrl: options.calculatorUrl ?? "http://localhost:3001",
    compute,
    session,
    organisationId,
    loadMemberships,
    /** The membership the request works in, or null when the user is not a member of it. */
    async resolveMembership(): Promise<Membership | null> {
      const all = await loadMemberships();
      if (organisationId) return all.find((membership) => membership.organisationId === organisationId) ?? null;
      return all.length === 1 ? (all[0] ?? null) : null;
    },
    async consumeRateLimit(bucket: RateLimitBucket) {
      if (!session && clientKey === null) return;
      try {
        await rateLimiters.consume(bucket, session ? `user:${session.userId}` : `addr:${clientKey}`);
      } catch (error) {
        if (error instanceof RateLimitedError) {
          options.onRateLimited?.(error.retryAfterSeconds);
          throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
        }
        throw error;
      }
    },
  };
}

export type Context = ReturnType<typeof createInnerContext>;
