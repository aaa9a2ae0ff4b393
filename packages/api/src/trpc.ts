import { initTRPC, TRPCError } from "@trpc/server";
import { type OpenApiMeta } from "trpc-to-openapi";
import { type z, ZodError } from "zod";
import {
  AlreadyDecidedError,
  ConflictError,
  InvalidCursorError,
  InvitationRefusedError,
  isDatabaseUnavailable,
  LastAdminError,
  NotFoundError,
  ValidationError,
} from "@insats/db";
import { ComputeUnavailableError } from "./compute/pool.ts";
import { type Context } from "./context.ts";
import { type Role, roleAtLeast } from "./auth/roles.ts";

/** One problem of a rejected input, flattened for forms: `cohorts.0.participants: Too small`. */
export interface InputIssue {
  path: string;
  message: string;
}


function issuesOf(error: unknown): InputIssue[] | null {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  }
  if (error instanceof ValidationError) return error.issues;
  return null;
}

/** Failures of the database layer and the compute pool that carry their own tRPC code; anything else stays internal. */
const domainErrorClasses = [
  AlreadyDecidedError,
  ConflictError,
  NotFoundError,
  LastAdminError,
  InvalidCursorError,
  InvitationRefusedError,
  ValidationError,
  ComputeUnavailableError,
];

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    // Stack traces never leave the server, in any environment.
    isDev: false,
    errorFormatter({ shape, error }) {
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      const issues = internal ? null : issuesOf(error.cause);
      return {
        ...shape,
        // An unknown error's message may carry SQL or file paths; clients get a neutral one. A rejected input's
        // message is a sentence (zod's own is its issues as JSON); the issues themselves are in `data.issues`.
        message: internal ? "Internal server error" : issues ? invalidInputMessage(issues) : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          // An internal error's cause may be our own output failing its schema: those issues are not the client's.
          issues,
          currentVersion: error.cause instanceof ConflictError ? error.cause.currentVersion : undefined,
        },
      };
    },
  });

function invalidInputMessage(issues: readonly InputIssue[]): string {
  const listed = issues.slice(0, 5).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return `Invalid input: ${listed.join("; ")}${issues.length > listed.length ? ` (and ${issues.length - listed.length} more)` : ""}`;
}

/** The path of the first string in `value` that holds a NUL character, or null. */
export function pathOfNul(value: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  // Deeper than any input of ours; JSON.parse has already bounded it.
  if (value === null || typeof value !== "object" || depth > 64) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
    if (found) return found;
  }
  return null;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * Domain failures from the database layer become typed tRPC errors; a database that cannot be reached (lost
 * connections, PostgreSQL restarting) is 503, which clients and load balancers retry, rather than a 500.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (domainErrorClasses.some((domainError) => cause instanceof domainError)) {
      const { code, message } = cause as InstanceType<(typeof domainErrorClasses)[number]>;
      throw new TRPCError({ code, message, cause });
    }
    if (isDatabaseUnavailable(cause)) throw databaseUnavailable(cause);
  }
  return result;
});

export const databaseUnavailableMessage = "The database is unavailable for the moment; try again shortly";

/** The error for a request that failed because the database could not be reached (see isDatabaseUnavailable). */
export function databaseUnavailable(cause: unknown): TRPCError {
  return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: databaseUnavailableMessage, cause });
}

/**
 * PostgreSQL cannot store or compare a NUL character (text is C strings); one in a search or a name would fail in
 * the database as a 500. Refused here for every procedure and every string of its input, with the issue's path,
 * before any schema runs.
 */
const noNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  // An input that does not parse is the procedure's to refuse (one without input ignores it, as before).
  const path = pathOfNul(await getRawInput().catch(() => undefined));
  if (path) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Invalid input",
      cause: new ValidationError("input", [{ path: path.join("."), message: "Text may not contain a NUL character" }]),
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(domainErrors).use(noNulCharacters);

/**
 * A public read (the showcase's content, open data), over tRPC or REST under /v1: each call spends one point of
 * the caller's open data budget, so that /trpc is no side door around the limit of /v1.
 */
/** Public calls limited per client like `/v1`, answered by the primary (a preview reads a draft saved a moment ago). */
export const rateLimitedPublicProcedure = publicProcedure.use(async ({ ctx, next }) => {
  await ctx.consumeRateLimit("openData");
  return next();
});

/**
 * The open data's reads: limited as above, and answered by a streaming standby when there is one. A standby that
 * cannot be reached mid-request is left out and the read is answered by the primary instead, so a standby that
 * stops costs no visitor an error. What they read is public, so a standby a moment behind is harmless.
 */
export const openDataProcedure = rateLimitedPublicProcedure.use(async ({ ctx, next }) => {
  const standby = ctx.readReplicas?.pick();
  if (!standby || standby === ctx.db) return next();
  const result = await next({ ctx: { ...ctx, db: standby } });
  if (!result.ok && ctx.readReplicas?.reportUnavailable(standby, result.error)) return next();
  return result;
});

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/**
 * A signed-in member of the organisation the request works in, with at least `role`.
 * An organisation the user does not belong to is NOT_FOUND, so that its existence is not revealed.
 */
export function memberProcedure(role: Role) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const membership = await ctx.resolveMembership();
    if (!membership) throw new TRPCError({ code: "NOT_FOUND", message: "Organisation not found" });
    if (!roleAtLeast(membership.role, role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${role} role in ${membership.organisationName}`,
      });
    }
    return next({ ctx: { ...ctx, membership } });
  });
}

/**
 * A member's write: `memberProcedure(role)` that also spends the user's write budget, kept in the database so
 * that the limit holds across replicas.
 */
export function memberWriteProcedure(role: Role) {
  return memberProcedure(role).use(async ({ ctx, next }) => {
    await ctx.consumeRateLimit("write");
    return next();
  });
}

/**
 * A member's computation: `memberProcedure(role)` that also spends the user's compute budget, so that one user
 * cannot keep the worker threads to themselves.
 */
export function memberComputeProcedure(role: Role) {
  return memberProcedure(role).use(async ({ ctx, next }) => {
    await ctx.consumeRateLimit("compute");
    return next();
  });
}

/**
 * The schema, validated synchronously. tRPC validates inputs and outputs with `parseAsync`, and zod runs its compiled
 * fast path for objects only in synchronous parses: a page of 20 initiatives took 0.15 ms instead of 0.07 ms to
 * check, on every request. Our schemas have no asynchronous refinements, so only the speed changes. A copy, so that
 * the shared schema (exported by @insats/db) stays as it is.
 */
export function validatedSynchronously<Schema extends z.ZodType>(schema: Schema): Schema {
  const copy = schema.clone();
  copy.parseAsync = async (data, params) => copy.parse(data, params);
  return copy;
}
