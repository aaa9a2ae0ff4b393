// Keyset pagination: a cursor is the sort key of the last row of a page, opaque to callers.
import { InvalidCursorError } from "../errors.ts";
import { isUuid } from "./ids.ts";

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const maxPageSize = 100;

/** A timestamp and a uuid: the key of lists sorted newest first. */
export interface TimeKey {
  at: Date;
  id: string;
}

export function encodeTimeCursor(key: TimeKey): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.id]), "utf8").toString("base64url");
}

export function decodeTimeCursor(cursor: string): TimeKey {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      isUuid(parsed[1])
    ) {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime())) return { at, id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

export function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return maxPageSize;
  return Math.min(maxPageSize, Math.max(1, Math.trunc(limit)));
}

/** Splits a query result fetched with `limit + 1` rows into a page. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  key: (row: Row) => TimeKey,
  toItem: (row: Row) => Item,
): Page<Item> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: hasMore && last ? encodeTimeCursor(key(last)) : null,
  };
}

/** A page of a list that also says how many items match in all. */
export interface CountedPage<T> extends Page<T> {
  total: number;
}

/**
 * A cursor for lists with a sort key of their own: a tag naming the ordering (so a cursor of one ordering is
 * not read as another's) and the key's values of the last row, as strings.
 */
export function encodeKeyCursor(tag: string, values: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...values]), "utf8").toString("base64url");
}

/** The values of a cursor made by `encodeKeyCursor(tag, …)` with `length` values; InvalidCursorError otherwise. */
export function decodeKeyCursor(cursor: string, tag: string, length: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== length + 1 ||
    parsed[0] !== tag ||
    !parsed.every((value) => typeof value === "string" && !value.includes("\u0000"))
  ) {
    throw new InvalidCursorError();
  }
  return (parsed as string[]).slice(1);
}
