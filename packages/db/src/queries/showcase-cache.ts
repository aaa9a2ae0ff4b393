// What the showcase computes from all of its content, kept in memory between requests: the ranked matches of a
// search (at 100 000 initiatives a common word matches 15 000 of them, ~50 ms to rank) and the facet counts of a
// filter (a pass over every initiative with its places, organisations and evaluations). Visitors ask the same
// searches and filters again and again while the content rarely changes. Each value is stored with the showcase
// revision it was read at (schema/showcase-revision.ts), and a reader uses it only after reading the current
// revision and finding it unchanged, so a cached answer is never stale, also with several API processes.
import type { InitiativeFacets } from "./outputs.ts";

/** A value read from the showcase's content, with the revision of the content it was read from. */
export interface AtRevision {
  readonly revision: string;
}

/** The matches of one search, best first. */
export interface SearchMatches extends AtRevision {
  readonly ids: readonly string[];
}

/** What a cache has done since its process started, for monitoring (the API's /health shows it). */
export interface RevisionCacheStats {
  /** The total weight held now, and the bound. */
  held: number;
  capacity: number;
  entries: number;
  /** Values given from memory. */
  served: number;
  /** Values read from the database (misses; concurrent misses of one key count once). */
  read: number;
  /** Values found out of date by a reader and dropped. */
  stale: number;
}

/**
 * Least recently used keys first out, bounded by the total weight of the values held. One cache per process.
 * Concurrent misses of one key share one read.
 */
export class RevisionCache<Value extends AtRevision> {
  readonly #entries = new Map<string, Value>();
  readonly #reading = new Map<string, Promise<Value | undefined>>();
  #held = 0;
  #served = 0;
  #read = 0;
  #stale = 0;

  /**
   * @param capacity the total weight held; 0 turns the cache off (callers then read directly).
   * @param weigh a value's weight: 1 by default, a search's number of ids.
   */
  constructor(
    readonly capacity: number,
    private readonly weigh: (value: Value) => number = () => 1,
  ) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError("capacity: an integer ≥ 0");
  }

  /** The total weight of the values held now. */
  get held(): number {
    return this.#held;
  }

  stats(): RevisionCacheStats {
    return {
      held: this.#held,
      capacity: this.capacity,
      entries: this.#entries.size,
      served: this.#served,
      read: this.#read,
      stale: this.#stale,
    };
  }

  /**
   * The cached value of `key`, else what `read` returns (undefined: nothing to cache). A value heavier than the
   * whole capacity is returned but not kept. The caller checks the revision before using it (see `forget`).
   */
  async get(key: string, read: () => Promise<Value | undefined>): Promise<Value | undefined> {
    const cached = this.#entries.get(key);
    if (cached) {
      // A Map keeps insertion order: inserting again makes this the most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      this.#served += 1;
      return cached;
    }
    const pending = this.#reading.get(key);
    if (pending) return pending;
    this.#read += 1;
    const reading = read()
      .then((value) => (value === undefined ? undefined : this.#keep(key, value)))
      .finally(() => this.#reading.delete(key));
    this.#reading.set(key, reading);
    return reading;
  }

  /** Drops `value` if it is still the entry of `key`: a reader found its revision out of date. */
  forget(key: string, value: Value): void {
    if (this.#drop(key, value)) this.#stale += 1;
  }

  #drop(key: string, value: Value): boolean {
    if (this.#entries.get(key) !== value) return false;
    this.#entries.delete(key);
    this.#held -= this.weigh(value);
    return true;
  }

  #keep(key: string, value: Value): Value {
    const weight = this.weigh(value);
    if (weight > this.capacity) return value;
    // No entry of `key` can be here: `get` reads only when there is none, and concurrent misses share that read.
    this.#entries.set(key, value);
    this.#held += weight;
    for (const [oldKey, old] of this.#entries) {
      if (this.#held <= this.capacity) break;
      this.#drop(oldKey, old);
    }
    return value;
  }
}

const positionsOf = new WeakMap<SearchMatches, Map<string, number>>();

/** The index just after `id` in `matches`, or undefined when `id` is not among them. */
export function positionAfter(matches: SearchMatches, id: string): number | undefined {
  let positions = positionsOf.get(matches);
  if (positions === undefined) {
    positions = new Map(matches.ids.map((matchId, index) => [matchId, index]));
    positionsOf.set(matches, positions);
  }
  const index = positions.get(id);
  return index === undefined ? undefined : index + 1;
}

/** The facet counts of one filter. */
export interface FacetCounts extends AtRevision {
  readonly facets: InitiativeFacets;
}

/** The caches the showcase's list and facets read through; the API keeps one set per process. */
export interface ShowcaseCaches {
  searchMatches: RevisionCache<SearchMatches>;
  facetCounts: RevisionCache<FacetCounts>;
}

/**
 * The default bound of search matches, in ids (about 80 bytes each, ~20 MB in all). A search weighs its ids plus
 * 8 for its key and entry, so that searches without matches are bounded too.
 */
export const defaultSearchMatchCapacity = 250_000;
/** The default number of filters whose facet counts are kept (10–20 kB each). */
export const defaultFacetCountCapacity = 500;

export function createShowcaseCaches(
  capacity: { searchMatches?: number; facetCounts?: number } = {},
): ShowcaseCaches {
  return {
    searchMatches: new RevisionCache<SearchMatches>(
      capacity.searchMatches ?? defaultSearchMatchCapacity,
      (matches) => matches.ids.length + 8,
    ),
    facetCounts: new RevisionCache(capacity.facetCounts ?? defaultFacetCountCapacity),
  };
}
