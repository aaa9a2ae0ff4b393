/**
 * The value, or an error naming what is missing: for a value the code around has already guaranteed (a key taken
 * from the same map, a year within the horizon), where a `!` would let a broken guarantee through as `undefined`.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing ${what}`);
  return value;
}
