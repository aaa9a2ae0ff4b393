/** A page's `searchParams` as Next.js hands them over: a parameter given twice arrives as an array. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter: a repeated one (`?q=a&q=b`) counts once, as the first. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
