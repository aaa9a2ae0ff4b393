import { describe, expect, it } from "vitest";

import { SearchMatchCache, type SearchMatches } from "./search-matches.ts";

const matchesOf = (count: number, revision = "1"): SearchMatches => ({
  revision,
  ids: Array.from({ length: count }, (_, index) => `id-${index}`),
});

describe("SearchMatchCache", () => {
  it("reads a search once and answers it from memory after that", async () => {
    const cache = new SearchMatchCache(100);
    let reads = 0;
    const read = async () => {
      reads += 1;
      return matchesOf(3);
    };
    const first = await cache.matches("a", read);
    expect(await cache.matches("a", read)).toBe(first);
    expect(reads).toBe(1);
    expect(cache.held).toBe(3);
  });

  it("shares one read among concurrent misses of a search", async () => {
    const cache = new SearchMatchCache(100);
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = async () => {
      reads += 1;
      await gate;
      return matchesOf(2);
    };
    const waiting = [cache.matches("a", read), cache.matches("a", read), cache.matches("a", read)];
    release();
    const answers = await Promise.all(waiting);
    expect(reads).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it("drops the least recently used searches to stay within its capacity in ids", async () => {
    const cache = new SearchMatchCache(10);
    const reads: string[] = [];
    const read = (key: string, count: number) => async () => {
      reads.push(key);
      return matchesOf(count);
    };
    await cache.matches("a", read("a", 4));
    await cache.matches("b", read("b", 4));
    await cache.matches("a", read("a", 4)); // a is now the most recently used
    await cache.matches("c", read("c", 4)); // 12 > 10: b goes
    expect(cache.held).toBe(8);
    await cache.matches("a", read("a", 4));
    await cache.matches("b", read("b", 4));
    expect(reads).toEqual(["a", "b", "c", "b"]);
    // A search larger than the whole cache is answered but not kept.
    await cache.matches("huge", read("huge", 11));
    await cache.matches("huge", read("huge", 11));
    expect(reads.filter((key) => key === "huge")).toHaveLength(2);
    expect(cache.held).toBeLessThanOrEqual(10);
  });

  it("forgets an entry found stale, but not a newer one read since", async () => {
    const cache = new SearchMatchCache(100);
    const stale = (await cache.matches("a", async () => matchesOf(2, "1")))!;
    cache.forget("a", stale);
    expect(cache.held).toBe(0);
    const fresh = (await cache.matches("a", async () => matchesOf(3, "2")))!;
    cache.forget("a", stale);
    expect(await cache.matches("a", async () => matchesOf(1, "3"))).toBe(fresh);
    expect(cache.held).toBe(3);
  });

  it("keeps nothing a read declines to give, and finds the position after an id", async () => {
    const cache = new SearchMatchCache(100);
    expect(await cache.matches("a", async () => undefined)).toBeUndefined();
    expect(cache.held).toBe(0);
    const matches = await cache.matches("b", async () => matchesOf(5));
    expect(cache.positionAfter(matches!, "id-0")).toBe(1);
    expect(cache.positionAfter(matches!, "id-4")).toBe(5);
    expect(cache.positionAfter(matches!, "elsewhere")).toBeUndefined();
  });

  it("refuses a capacity that is not a count", () => {
    expect(() => new SearchMatchCache(-1)).toThrow(RangeError);
    expect(() => new SearchMatchCache(1.5)).toThrow(RangeError);
    expect(new SearchMatchCache(0).capacity).toBe(0);
  });
});
