const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from URLs; one that is not a uuid names no row, rather than being a database error. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}
