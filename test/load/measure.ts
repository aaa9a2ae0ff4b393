// One bounded autocannon run against a target, with the latency percentiles autocannon's histogram lacks (p95);
// shared by the load report (run.ts) and the read-path benchmark (read-path.ts).
import autocannon, { type Client } from "autocannon";

export interface Target {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fresh path per request (bySlug). */
  path?: () => string;
  /** Before each run (scenario saves: learn the versions that the previous run's last saves left behind). */
  beforeRun?: () => Promise<void>;
  /** Per connection: its own requests (scenario saves keep each connection on its own scenario). */
  setupClient?: (client: Client) => void;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function measure(target: Target, options: { connections: number; seconds: number }) {
  await target.beforeRun?.();
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: target.url,
        method: target.method ?? "GET",
        headers: target.headers,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        ...(target.path
          ? { requests: [{ setupRequest: (request) => ({ ...request, path: target.path!() }) }] }
          : {}),
        ...(target.setupClient ? { setupClient: target.setupClient } : {}),
      },
      (error, result) => (error ? reject(error as Error) : resolve(result)),
    );
  });
  // autocannon's own histogram has no p95, so the response times are kept (bounded by the run's duration).
  instance!.on("response", (_client, statusCode, _bytes, responseTime) => {
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const count = (predicate: (status: number) => boolean) =>
    [...statuses].filter(([status]) => predicate(status)).reduce((sum, [, n]) => sum + n, 0);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    okPerSecond: round(latencies.length / (result.duration || options.seconds)),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    ok: latencies.length,
    tooMany: count((status) => status === 429),
    conflicts: count((status) => status === 409),
    otherStatus: count((status) => (status < 200 || status >= 300) && status !== 429 && status !== 409),
    errors: result.errors + result.timeouts,
  };
}
