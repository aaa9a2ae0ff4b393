// The Kolada sync: fetches the configured KPIs' figures for every municipality (and the nation, "0000") from
// Kolada's v3 API and replaces the stored figures for those KPIs and years in one transaction. A failed sync
// (Kolada down, a malformed answer, the database) changes nothing; running it again gives the same rows.
import { and, inArray } from "drizzle-orm";
import { z } from "zod";

import type { Database } from "../client.ts";
import { koladaUnitCosts } from "../schema/kolada-unit-costs.ts";

export const defaultKoladaApiUrl = "https://api.kolada.se/v3";

export interface SyncKoladaOptions {
  /** Kolada's v3 base, e.g. https://api.kolada.se/v3 (no trailing slash needed). */
  baseUrl: string;
  /** KPI ids to fetch (src/kolada/kpis.ts). */
  kpis: readonly string[];
  years: readonly number[];
  fetch?: typeof globalThis.fetch;
  /** Per request, in ms (default 30 000). */
  timeoutMs?: number;
  /** Further attempts after a 5xx, a network error or a timeout (default 4). */
  retries?: number;
  /** The first retry's wait; it doubles with each further attempt (default 1 000 ms). */
  backoffMs?: number;
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  /** Pause before each request of a worker, to keep to a modest rate (default 200 ms). */
  delayMs?: number;
  /** KPIs per data request (default 5); the years of a sync go in every request. */
  kpisPerRequest?: number;
  /** Values per page asked of Kolada (its maximum is 5 000). */
  perPage?: number;
  now?: () => Date;
}

export interface SyncKoladaResult {
  kpis: { id: string; title: string }[];
  years: number[];
  /** Rows written. */
  figures: number;
  /** Municipality × KPI × year entries Kolada listed without a total ("T") value: stored as absent. */
  absent: number;
  requests: number;
  /** Rows that were there for these KPIs and years before and were replaced. */
  replaced: number;
}

export class KoladaSyncError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "KoladaSyncError";
  }
}

const kpiMetadataSchema = z.object({
  values: z.array(z.object({ id: z.string(), title: z.string().min(1) }).loose()),
});

const dataPageSchema = z.object({
  values: z.array(
    z
      .object({
        kpi: z.string(),
        municipality: z.string(),
        period: z.coerce.number().int(),
        values: z.array(z.object({ gender: z.string(), value: z.number().nullable().optional() }).loose()),
      })
      .loose(),
  ),
  next_page: z.string().nullable().optional(),
});

const scbCode = /^\d{4}$/;

export async function syncKoladaUnitCosts(
  db: Database,
  options: SyncKoladaOptions,
): Promise<SyncKoladaResult> {
  const settings = {
    fetch: globalThis.fetch,
    timeoutMs: 30_000,
    retries: 4,
    backoffMs: 1_000,
    concurrency: 2,
    delayMs: 200,
    kpisPerRequest: 5,
    perPage: 5_000,
    now: () => new Date(),
    ...options,
  };
  const base = settings.baseUrl.replace(/\/+$/, "");
  const kpis = [...new Set(settings.kpis)];
  const years = [...new Set(settings.years)].sort((a, b) => a - b);
  if (kpis.length === 0 || years.length === 0)
    throw new KoladaSyncError("Nothing to sync: no KPIs or no years.");
  let requests = 0;

  const getJson = async <T>(url: string, schema: z.ZodType<T>): Promise<T> => {
    for (let attempt = 0; ; attempt += 1) {
      requests += 1;
      let retryable: string;
      try {
        const response = await settings.fetch(url, {
          headers: { accept: "application/json" },
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
        if (response.ok) {
          const parsed = schema.safeParse(await response.json());
          if (!parsed.success) {
            throw new KoladaSyncError(
              `Kolada answered ${url} in an unexpected shape: ${z.prettifyError(parsed.error)}`,
            );
          }
          return parsed.data;
        }
        // A 4xx will not change on a retry (a wrong KPI id, a wrong URL).
        if (response.status < 500)
          throw new KoladaSyncError(`Kolada answered ${url} with HTTP ${response.status}.`);
        retryable = `HTTP ${response.status}`;
      } catch (error) {
        if (error instanceof KoladaSyncError) throw error;
        retryable =
          error instanceof Error && error.name === "TimeoutError"
            ? `no answer within ${settings.timeoutMs} ms`
            : `network error (${error instanceof Error ? error.message : String(error)})`;
      }
      if (attempt >= settings.retries) {
        throw new KoladaSyncError(`Kolada did not answer ${url}: ${retryable}, ${attempt + 1} attempts.`);
      }
      await sleep(settings.backoffMs * 2 ** attempt);
    }
  };

  // Workers take the next job as they finish one: at most `concurrency` requests in flight, each after a pause.
  const inPool = async <T, R>(jobs: readonly T[], run: (job: T) => Promise<R>): Promise<R[]> => {
    const results: R[] = new Array<R>(jobs.length);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const index = next++;
        await sleep(settings.delayMs);
        results[index] = await run(jobs[index] as T);
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, jobs.length) }, worker));
    return results;
  };

  const titles = await inPool(kpis, async (id) => {
    const metadata = await getJson(`${base}/kpi/${encodeURIComponent(id)}`, kpiMetadataSchema);
    const entry = metadata.values.find((value) => value.id === id);
    if (!entry) throw new KoladaSyncError(`Kolada knows no KPI ${id} (${base}/kpi/${id} lists none).`);
    return { id, title: entry.title };
  });
  const titleOf = new Map(titles.map((kpi) => [kpi.id, kpi.title]));

  const batches: string[][] = [];
  for (let i = 0; i < kpis.length; i += settings.kpisPerRequest)
    batches.push(kpis.slice(i, i + settings.kpisPerRequest));
  const wanted = new Set(years);
  const figures = new Map<string, { kpiId: string; municipality: string; year: number; value: number }>();
  let absent = 0;
  await inPool(batches, async (batch) => {
    let url: string | null | undefined =
      `${base}/data/kpi/${batch.map(encodeURIComponent).join(",")}/year/${years.join(",")}?per_page=${settings.perPage}`;
    while (url) {
      const page: z.infer<typeof dataPageSchema> = await getJson(url, dataPageSchema);
      for (const entry of page.values) {
        if (!titleOf.has(entry.kpi) || !wanted.has(entry.period) || !scbCode.test(entry.municipality))
          continue;
        const total = entry.values.find((value) => value.gender === "T")?.value;
        if (total === null || total === undefined || !Number.isFinite(total)) {
          absent += 1;
          continue;
        }
        const key = `${entry.kpi}|${entry.municipality}|${entry.period}`;
        figures.set(key, {
          kpiId: entry.kpi,
          municipality: entry.municipality,
          year: entry.period,
          value: total,
        });
      }
      url = page.next_page;
    }
  });

  const fetchedAt = settings.now();
  const rows = [...figures.values()].map((figure) => ({
    ...figure,
    kpiTitle: titleOf.get(figure.kpiId) as string,
    fetchedAt,
  }));
  const replaced = await db.transaction(async (tx) => {
    const removed = await tx
      .delete(koladaUnitCosts)
      .where(and(inArray(koladaUnitCosts.kpiId, kpis), inArray(koladaUnitCosts.year, years)))
      .returning({ kpiId: koladaUnitCosts.kpiId });
    // 1 000 rows × 6 columns stays far below PostgreSQL's 65 535 parameters per statement.
    for (let i = 0; i < rows.length; i += 1_000)
      await tx.insert(koladaUnitCosts).values(rows.slice(i, i + 1_000));
    return removed.length;
  });
  return { kpis: titles, years, figures: rows.length, absent, requests, replaced };
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
