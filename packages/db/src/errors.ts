// Typed failures of the query functions. `code` is the tRPC error code the API maps each one to.

export class NotFoundError extends Error {
  readonly code = "NOT_FOUND";

  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
  }
}

/** A write based on a version that is no longer current (lost-update protection). */
export class ConflictError extends Error {
  readonly code = "CONFLICT";

  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(
      `${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}: it was changed by someone else`,
    );
    this.name = "ConflictError";
  }
}

/** A scenario is decided once: a second decision on it is refused. */
export class AlreadyDecidedError extends Error {
  readonly code = "CONFLICT";

  constructor(readonly scenarioId: string) {
    super(`scenario ${scenarioId} has already been decided`);
    this.name = "AlreadyDecidedError";
  }
}

/** The change would leave an organisation without an admin. */
export class LastAdminError extends Error {
  readonly code = "CONFLICT";

  constructor(readonly organisationId: string) {
    super(`organisation ${organisationId} must keep at least one admin`);
    this.name = "LastAdminError";
  }
}

/**
 * An invitation link that cannot be used as asked: it was sent to another address than the signed-in account's
 * (`FORBIDDEN`), or its address already has a verified account, whose owner signs in to accept (`CONFLICT`).
 */
export class InvitationRefusedError extends Error {
  readonly code: "FORBIDDEN" | "CONFLICT";

  constructor(readonly reason: "otherAddress" | "signInRequired") {
    super(
      reason === "otherAddress"
        ? "This invitation was sent to another email address than the signed-in account's"
        : "An account with this email address exists; sign in to accept the invitation",
    );
    this.name = "InvitationRefusedError";
    this.code = reason === "otherAddress" ? "FORBIDDEN" : "CONFLICT";
  }
}

export class InvalidCursorError extends Error {
  readonly code = "BAD_REQUEST";

  constructor() {
    super("invalid pagination cursor");
    this.name = "InvalidCursorError";
  }
}

/** One problem of a rejected input, as a form shows it: `evaluations.0.designs: Design … is listed twice`. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * Content that does not pass the domain schema, or names something that does not exist (an unknown
 * organisation, a slug already taken). Thrown before anything is written.
 */
export class ValidationError extends Error {
  readonly code = "BAD_REQUEST";

  constructor(
    readonly entity: string,
    readonly issues: ValidationIssue[],
  ) {
    super(
      `invalid ${entity}: ${issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ")}`,
    );
    this.name = "ValidationError";
  }

  static fromZod(
    entity: string,
    error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  ) {
    return new ValidationError(
      entity,
      error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
    );
  }
}

// postgres.js's own codes for a connection that is gone or never came, and the system errors of a refused or
// reset socket.
const connectionErrorCodes = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
]);

/**
 * Whether `error` (or any error it was caused by: Drizzle wraps the driver's) means the database could not be
 * reached, rather than that the query was wrong: a lost or refused connection, or PostgreSQL shutting down or
 * starting up (SQLSTATE classes 08 and 57P). Callers answer these with "try again", not as a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (connectionErrorCodes.has(code) || /^(08|57P)/.test(code))) return true;
    current = current.cause;
  }
  return false;
}
