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

/** The change would leave an organisation without an admin. */
export class LastAdminError extends Error {
  readonly code = "CONFLICT";

  constructor(readonly organisationId: string) {
    super(`organisation ${organisationId} must keep at least one admin`);
    this.name = "LastAdminError";
  }
}

export class InvalidCursorError extends Error {
  readonly code = "BAD_REQUEST";

  constructor() {
    super("invalid pagination cursor");
    this.name = "InvalidCursorError";
  }
}
