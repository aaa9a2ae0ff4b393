// Ranked search matches kept in memory between requests. Ranking a search means reading every match (at 100 000
// initiatives a common word matches 15 000 of them, ~50 ms of work), and visitors ask the same searches again and
// again while the showcase's content rarely changes. An entry is the ordered ids of one search's matches as they
// were at one showcase revision (schema/showcase-revision.ts); a reader uses it only after checking, in the same
// statement that reads the page's rows, that the revision is still the same. So a cached page is never stale.

/** The matches of one search, best first, as of one showcase revision. */
export interface SearchMatches {
  /** The showcase revision the ids were read at. */
  readonly revision: string;
  readonly ids: readonly string[];
}

/** The default bound: ids held over all entries, about 80 bytes each (~20 MB). */
export const defaultSearchMatchCapacity = 250_000;

interface Entry extends SearchMatches {
  /** Position of each id, built on the first cursor that needs it. */
  positions?: Map<string, number>;
}

/**
 * Least recently used searches first out, bounded by the number of ids held. One process, one cache: each API
 * replica keeps its own, and the revision check keeps them all exact. Concurrent misses of one search share one
 * read.
 */
export class SearchMatchCache {
  readonly #entries = new Map<string, Entry>();
  readonly #reading = new Map<string, Promise<Entry | undefined>>();
  #held = 0;

  /** @param capacity ids held over all entries; 0 turns the cache off. */
  constructor(readonly capacity: number = defaultSearchMatchCapacity) {
    if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError("capacity: an integer ≥ 0");
  }

  /** How many ids the entries hold now. */
  get held(): number {
    return this.#held;
  }

  /**
   * The cached matches of `key`, else those `read` returns (undefined: not cacheable, e.g. no revision). A search
   * with more ids than the whole capacity is returned but not kept.
   */
  async matches(
    key: string,
    read: () => Promise<SearchMatches | undefined>,
  ): Promise<SearchMatches | undefined> {
    const cached = this.#entries.get(key);
    if (cached) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const pending = this.#reading.get(key);
    if (pending) return pending;
    const reading = read()
      .then((matches) => (matches === undefined ? undefined : this.#keep(key, { ...matches })))
      .finally(() => this.#reading.delete(key));
    this.#reading.set(key, reading);
    return reading;
  }

  /** The index just after `id` in `matches`, or undefined when `id` is not among them. */
  positionAfter(matches: SearchMatches, id: string): number | undefined {
    const entry = matches as Entry;
    entry.positions ??= new Map(matches.ids.map((matchId, index) => [matchId, index]));
    const index = entry.positions.get(id);
    return index === undefined ? undefined : index + 1;
  }

  /** Drops `matches` if it is still the entry of `key` (found stale by a reader). */
  forget(key: string, matches: SearchMatches): void {
    if (this.#entries.get(key) !== matches) return;
    this.#entries.delete(key);
    this.#held -= matches.ids.length;
  }

  #keep(key: string, entry: Entry): Entry {
    if (entry.ids.length > this.capacity) return entry;
    const previous = this.#entries.get(key);
    if (previous) this.forget(key, previous);
    this.#entries.set(key, entry);
    this.#held += entry.ids.length;
    for (const [oldKey, old] of this.#entries) {
      if (this.#held <= this.capacity) break;
      this.forget(oldKey, old);
    }
    return entry;
  }
}
