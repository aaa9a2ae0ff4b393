import { describe, expect, it } from "vitest";

import { createShowcaseCaches, positionAfter, RevisionCache, type SearchMatches } from "./showcase-cache.ts";

const matchesOf = (count: number, revision = "1"): SearchMatches => ({
  revision,
  ids: Array.from({ length: count }, (_, index) => `id-${index}`),
});

/** A cache that weighs searches by their ids alone. */
const byIds = (capacity: number) =>
  new RevisionCache<SearchMatches>(capacity, (matches) => matches.ids.length);

describe("RevisionCache", () => {
  it("reads a search once and answers it from memory after that", async () => {
    const cache = byIds(100);
    let reads = 0;
    const read = async () => {
      reads += 1;
      return matchesOf(3);
    };
    const first = await cache.get("a", read);
    expect(await cache.get("a", read)).toBe(first);
    expect(reads).toBe(1);
    expect(cache.held).toBe(3);
  });

  it("shares one read among concurrent misses of a search", async () => {
    const cache = byIds(100);
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = async () => {
      reads += 1;
      await gate;
      return matchesOf(2);
    };
    const waiting = [cache.get("a", read), cache.get("a", read), cache.get("a", read)];
    release();
    const answers = await Promise.all(waiting);
    expect(reads).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it("drops the least recently used searches to stay within its capacity in ids", async () => {
    const cache = byIds(10);
    const reads: string[] = [];
    const read = (key: string, count: number) => async () => {
      reads.push(key);
      return matchesOf(count);
    };
    await cache.get("a", read("a", 4));
    await cache.get("b", read("b", 4));
    await cache.get("a", read("a", 4)); // a is now the most recently used
    await cache.get("c", read("c", 4)); // 12 > 10: b goes
    expect(cache.held).toBe(8);
    await cache.get("a", read("a", 4));
    await cache.get("b", read("b", 4));
    expect(reads).toEqual(["a", "b", "c", "b"]);
    // A search larger than the whole cache is answered but not kept.
    await cache.get("huge", read("huge", 11));
    await cache.get("huge", read("huge", 11));
    expect(reads.filter((key) => key === "huge")).toHaveLength(2);
    expect(cache.held).toBeLessThanOrEqual(10);
  });

  it("forgets an entry found stale, but not a newer one read since", async () => {
    const cache = byIds(100);
    const stale = (await cache.get("a", async () => matchesOf(2, "1")))!;
    cache.forget("a", stale);
    expect(cache.held).toBe(0);
    const fresh = (await cache.get("a", async () => matchesOf(3, "2")))!;
    cache.forget("a", stale);
    expect(await cache.get("a", async () => matchesOf(1, "3"))).toBe(fresh);
    expect(cache.held).toBe(3);
  });

  it("keeps nothing a read declines to give, and finds the position after an id", async () => {
    const cache = byIds(100);
    expect(await cache.get("a", async () => undefined)).toBeUndefined();
    expect(cache.held).toBe(0);
    const matches = await cache.get("b", async () => matchesOf(5));
    expect(positionAfter(matches!, "id-0")).toBe(1);
    expect(positionAfter(matches!, "id-4")).toBe(5);
    expect(positionAfter(matches!, "elsewhere")).toBeUndefined();
  });

  it("refuses a capacity that is not a count", () => {
    expect(() => byIds(-1)).toThrow(RangeError);
    expect(() => byIds(1.5)).toThrow(RangeError);
    expect(byIds(0).capacity).toBe(0);
  });

  it("counts each search's key too, so that searches without matches cannot grow it without bound", async () => {
    const { searchMatches, facetCounts } = createShowcaseCaches({ searchMatches: 80, facetCounts: 2 });
    for (let index = 0; index < 100; index += 1) {
      await searchMatches.get(`nothing-${index}`, async () => matchesOf(0));
    }
    expect(searchMatches.held).toBe(80);
    for (let index = 0; index < 5; index += 1) {
      await facetCounts.get(`filter-${index}`, async () => ({ revision: "1", facets: {} as never }));
    }
    expect(facetCounts.held).toBe(2);
  });

  it("counts what it served, read and found stale", async () => {
    const cache = byIds(10);
    const first = (await cache.get("a", async () => matchesOf(2)))!;
    await cache.get("a", async () => matchesOf(2));
    cache.forget("a", first);
    await cache.get("a", async () => matchesOf(2));
    await cache.get("b", async () => matchesOf(9)); // evicts a: not stale, only out of room
    expect(cache.stats()).toEqual({ held: 9, capacity: 10, entries: 1, served: 1, read: 3, stale: 1 });
  });
});
