// The load report: starts PostgreSQL and/or PGlite with N synthetic initiatives, the real API, and the baseline
// server; runs bounded autocannon scenarios on loopback; prints a Markdown table and writes
// test/.bench-results/load.{md,json}.
//
//   tsx load/run.ts [--initiatives 10000] [--database postgres|pglite|both] [--seconds 10] [--connections 50]
//                   [--scale-initiatives 100000]
//
// Each database gets two passes: throughput at --connections (the report divides the list's by the baseline's)
// and latency at one connection, requests back to back (what one visitor waits, without queueing behind 49
// others on a 2-core machine). --scale-initiatives adds a PostgreSQL run with that many initiatives, reads only.
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { scenarioTemplates } from "@insats/domain";
import { createDb, migrate, seedDatabase } from "@insats/db";
import { generateInitiatives, searchWords, syntheticSlug } from "./generate.ts";
import { measure, type Target } from "./measure.ts";
import {
  type ApiProcess,
  demoPlanner,
  freshDatabase,
  generousBudgets,
  loopback,
  repoRoot,
  signIn,
  spawnServer,
  startApi,
  startPostgres,
  stopAll,
  temporaryDirectory,
} from "./services.ts";

const ports = { postgres: 55460, apiOnPostgres: 4600, apiOnPglite: 4601, baseline: 4610 } as const;

type DatabaseKind = "postgres" | "pglite";

const warmUpSeconds = 3;
/** How many times the baseline and the list alternate for the ratio. */
const ratioRounds = 2;
const baselineScenario = "baseline list (postgres.js + node:http)";

interface Measurement {
  database: DatabaseKind;
  initiatives: number;
  scenario: string;
  connections: number;
  seconds: number;
  /** Successful (2xx) responses per second. */
  okPerSecond: number;
  /** Latency of the successful responses, ms. */
  p50: number;
  p95: number;
  p99: number;
  ok: number;
  /** Refused by the rate limiter. */
  tooMany: number;
  /** Version conflicts (scenario saves); expected to be zero with one scenario per connection. */
  conflicts: number;
  /** Any other non-2xx status. */
  otherStatus: number;
  /** Socket errors and timeouts. */
  errors: number;
  /** okPerSecond divided by the baseline's in the same run (list only). */
  ratioToBaseline: number | null;
}

/**
 * Waits (at most a minute) until the server answers /health quickly again: requests of the previous scenario that
 * autocannon gave up on may still be queued (PGlite runs one query at a time) and would slow the next one.
 */
async function settle(url: string) {
  const health = new URL("/health", url).toString();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    const ok = await fetch(health, { signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.status < 500 || response.status === 503,
      () => false,
    );
    if (ok && performance.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.warn(`  ${url} did not settle within a minute; measuring anyway`);
}

/** Inserts the seed content and `count` synthetic initiatives, then closes the connection. */
async function prepareDatabase(where: { databaseUrl: string } | { pgliteDir: string }, count: number) {
  const handle = await createDb(where);
  try {
    await migrate(handle.db);
    await seedDatabase(handle.db);
    const started = performance.now();
    await generateInitiatives(handle.db, { count });
    return (performance.now() - started) / 1000;
  } finally {
    await handle.close();
  }
}

/** One scenario per connection, each saved over and over with the version its last save returned. */
async function scenarioSaves(api: ApiProcess, connections: number): Promise<Target> {
  const cookie = await signIn(api.url, demoPlanner.email, demoPlanner.password);
  const headers = { "content-type": "application/json", cookie };
  const input = scenarioTemplates[0]!.input;
  const scenarios: { id: string; version: number }[] = [];
  for (let index = 0; index < connections; index += 1) {
    const response = await fetch(`${api.url}/trpc/scenario.create`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: `Lasttest ${index}`, input }),
    });
    if (!response.ok)
      throw new Error(`creating scenario ${index} failed: ${response.status} ${await response.text()}`);
    const { result } = (await response.json()) as { result: { data: { id: string; version: number } } };
    scenarios.push({ id: result.data.id, version: result.data.version });
  }
  let nextScenario = 0;
  return {
    // A run stops with saves in flight: the server commits them, but autocannon drops their answers.
    async beforeRun() {
      for (const scenario of scenarios) {
        const query = encodeURIComponent(JSON.stringify({ id: scenario.id }));
        const response = await fetch(`${api.url}/trpc/scenario.byId?input=${query}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`reading scenario ${scenario.id} failed: ${response.status}`);
        scenario.version = (
          (await response.json()) as { result: { data: { version: number } } }
        ).result.data.version;
      }
    },
    url: `${api.url}/trpc/scenario.save`,
    method: "POST",
    headers,
    setupClient(client) {
      const scenario = scenarios[nextScenario++ % scenarios.length]!;
      client.setRequests([
        {
          method: "POST",
          path: "/trpc/scenario.save",
          headers,
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ id: scenario.id, expectedVersion: scenario.version, input }),
          }),
          onResponse: (status, body) => {
            if (status === 200) {
              scenario.version = (
                JSON.parse(body) as { result: { data: { version: number } } }
              ).result.data.version;
            } else if (status === 409) {
              // A save of the previous run committed after beforeRun read the version: take the current one.
              const current = /at version (\d+)/.exec(body)?.[1];
              if (current) scenario.version = Number(current);
            }
          },
        },
      ]);
    },
  };
}

/** A municipality in about one initiative in 290 (the generator places each in a random one), as a search word. */
const rareWord = "Norrköping";
/** Inside compound names (Linköping, Nyköping, Jönköping, …): only the substring match finds it. */
const insideWord = "köping";

function openDataTargets(apiUrl: string, initiatives: number) {
  let slugCounter = 0;
  const list = (query = "") => ({ url: `${apiUrl}/v1/initiatives${query}` });
  const search = (word: string) => list(`?q=${encodeURIComponent(word)}`);
  return {
    list: list(),
    filtered: list("?focusArea=language&status=ongoing"),
    searched: search(searchWords[0]),
    searchedRare: search(rareWord),
    searchedInside: search(insideWord),
    // What the showcase's list page asks beside the list: the counts of every filter value.
    facets: { url: `${apiUrl}/v1/initiative-facets` },
    facetsSearched: { url: `${apiUrl}/v1/initiative-facets?q=${encodeURIComponent(searchWords[0])}` },
    // A stride through the synthetic slugs, so the requests spread over the whole table rather than one row.
    bySlug: {
      url: apiUrl,
      path: () => `/v1/initiatives/${syntheticSlug((slugCounter++ * 7919) % initiatives)}`,
    },
  } satisfies Record<string, Target>;
}

const scenarioNames = {
  list: "list",
  filtered: "filtered (focusArea + status)",
  searched: `searched (q=${searchWords[0]}, in about 15 %)`,
  searchedRare: `searched (q=${rareWord}, in about 0.3 %)`,
  searchedInside: `searched (q=${insideWord}, inside words)`,
  facets: "facets",
  facetsSearched: `facets (q=${searchWords[0]})`,
  bySlug: "bySlug",
} as const;

async function runDatabase(
  database: DatabaseKind,
  options: {
    initiatives: number;
    seconds: number;
    connections: number;
    defaultLimits: boolean;
    /** Reads only, without the baseline and the saves (the scale run). */
    readsOnly?: boolean;
  },
  log: (line: string) => void,
): Promise<{ measurements: Measurement[]; generateSeconds: number }> {
  const { initiatives, seconds } = options;
  const apiEnv = options.defaultLimits ? {} : generousBudgets;
  const measurements: Measurement[] = [];
  const record = async (scenario: string, target: Target, connections: number) => {
    await settle(target.url);
    // A warm-up, not measured: JIT, connection pools and the database's buffers. One second left the API
    // (more code to compile than the baseline) measurably short of its steady state.
    await measure(target, { connections, seconds: warmUpSeconds });
    const figures = await measure(target, { connections, seconds });
    measurements.push({
      database,
      initiatives,
      scenario,
      connections,
      seconds,
      ratioToBaseline: null,
      ...figures,
    });
    log(
      `  ${database} ${initiatives} ${scenario} @${connections}: ${figures.okPerSecond} ok/s, p95 ${figures.p95} ms, 429: ${figures.tooMany}, errors: ${figures.errors}`,
    );
  };

  let api: ApiProcess;
  let generateSeconds: number;
  let baseline: ApiProcess | undefined;
  let stopDatabase = () => {};
  if (database === "postgres") {
    const postgres = startPostgres(ports.postgres);
    stopDatabase = postgres.stop;
    const url = freshDatabase(postgres.url, `load_${initiatives}`);
    generateSeconds = await prepareDatabase({ databaseUrl: url }, initiatives);
    api = await startApi({ port: ports.apiOnPostgres, database: { url }, env: apiEnv });
    if (!options.readsOnly) {
      baseline = await spawnServer({
        script: join(repoRoot, "test/load/baseline.ts"),
        args: ["--database-url", url, "--port", String(ports.baseline)],
        port: ports.baseline,
        readyPath: "/v1/initiatives",
      });
    }
  } else {
    const pgliteDir = join(temporaryDirectory("insats-load-pglite-"), "data");
    generateSeconds = await prepareDatabase({ pgliteDir }, initiatives);
    api = await startApi({ port: ports.apiOnPglite, database: { pgliteDir }, env: apiEnv });
  }
  log(
    `${database}: ${initiatives} initiatives generated in ${generateSeconds.toFixed(1)} s; API on ${api.url}`,
  );

  const targets = openDataTargets(api.url, initiatives);
  // Throughput, at the run's connections. The ratio's two sides alternate, twice, so that a drift of the shared
  // machine during the run (another process, caches, autovacuum) weighs on both rather than on one.
  if (baseline) {
    for (let round = 1; round <= ratioRounds; round += 1) {
      await record(baselineScenario, { url: `${baseline.url}/v1/initiatives` }, options.connections);
      await record(scenarioNames.list, targets.list, options.connections);
    }
  }
  const throughput = [
    ...(baseline ? [] : (["list"] as const)),
    ...(options.readsOnly ? (["searched"] as const) : (["filtered", "searched", "bySlug"] as const)),
  ];
  for (const key of throughput) await record(scenarioNames[key], targets[key], options.connections);
  if (!options.readsOnly)
    await record("scenario.save", await scenarioSaves(api, options.connections), options.connections);
  // Latency, one request at a time.
  const repeated = ["searched", "searchedRare", "searchedInside", "facets", "facetsSearched"] as const;
  for (const key of ["list", "filtered", ...repeated] as const) {
    await record(scenarioNames[key], targets[key], 1);
  }
  // Each round's list row carries that round's ratio; the aim is judged on all rounds together (listRatio).
  const baselines = measurements.filter((m) => m.scenario === baselineScenario);
  const lists = measurements.filter(
    (m) => m.scenario === scenarioNames.list && m.connections === options.connections,
  );
  baselines.forEach((baselineRound, index) => {
    const listRound = lists[index];
    if (listRound && baselineRound.okPerSecond > 0) {
      listRound.ratioToBaseline = Math.round((listRound.okPerSecond / baselineRound.okPerSecond) * 100) / 100;
    }
  });
  await api.stop();
  await baseline?.stop();
  // Before the next database's phase, so that an idle server does not share the two cores with it.
  stopDatabase();
  return { measurements, generateSeconds };
}

function markdown(report: {
  startedAt: string;
  options: object;
  measurements: Measurement[];
  notes: string[];
}): string {
  const header =
    "| database | initiatives | scenario | connections | ok req/s | p50 ms | p95 ms | p99 ms | ok | 429 | 409 | other non-2xx | errors | ratio to baseline |";
  // No successful answer at all: the latencies are unknown (longer than the run), not zero.
  const ms = (value: number) => (Number.isNaN(value) ? "–" : value);
  const rows = report.measurements.map((m) =>
    [
      m.database,
      m.initiatives,
      m.scenario,
      m.connections,
      m.okPerSecond,
      ms(m.p50),
      ms(m.p95),
      ms(m.p99),
      m.ok,
      m.tooMany,
      m.conflicts,
      m.otherStatus,
      m.errors,
      m.ratioToBaseline ?? "",
    ]
      .join(" | ")
      .replace(/^/, "| ")
      .concat(" |"),
  );
  return [
    `# Load report (${report.startedAt})`,
    "",
    `Options: \`${JSON.stringify(report.options)}\`. Latencies are of the successful (2xx) responses; loopback only.`,
    "",
    header,
    `|${"---|".repeat(14)}`,
    ...rows,
    "",
    ...report.notes.map((note) => `- ${note}`),
    "",
  ].join("\n");
}

/** The list's successful requests over the baseline's, all rounds on PostgreSQL together; null without a baseline. */
function listRatio(
  measurements: readonly Measurement[],
  initiatives: number,
  connections: number,
): number | null {
  const total = (scenario: string) =>
    measurements
      .filter(
        (m) =>
          m.database === "postgres" &&
          m.initiatives === initiatives &&
          m.scenario === scenario &&
          m.connections === connections,
      )
      .reduce((sum, m) => sum + m.ok, 0);
  const baselineOk = total(baselineScenario);
  return baselineOk > 0 ? Math.round((total(scenarioNames.list) / baselineOk) * 100) / 100 : null;
}

/** The aims, each with the figure of this run that answers it. */
function aimNotes(
  measurements: readonly Measurement[],
  run: { initiatives: number; scaleInitiatives: number; connections: number },
): string[] {
  const find = (initiatives: number, scenario: string, connections: number) =>
    measurements.find(
      (m) =>
        m.database === "postgres" &&
        m.initiatives === initiatives &&
        m.scenario === scenario &&
        m.connections === connections,
    );
  const verdict = (met: boolean) => (met ? "met" : "NOT met");
  const notes: string[] = [];
  const list = find(run.initiatives, scenarioNames.list, run.connections);
  const ratio = listRatio(measurements, run.initiatives, run.connections);
  if (ratio !== null) {
    notes.push(
      `Aim: list throughput on PostgreSQL at least 0.5 of the baseline's at ${run.connections} connections ` +
        `(all ${ratioRounds} rounds together): ${ratio} (${verdict(ratio >= 0.5)}).`,
    );
  }
  const listLatency = find(run.initiatives, scenarioNames.list, 1);
  if (listLatency) {
    notes.push(
      `Aim: list p95 under 20 ms with ${run.initiatives} initiatives (one connection): ${listLatency.p95} ms ` +
        `(${verdict(listLatency.p95 < 20)}); at ${run.connections} connections it is ${list?.p95 ?? "–"} ms, ` +
        "most of it queueing for two cores.",
    );
  }
  if (run.scaleInitiatives > 0) {
    for (const key of ["searched", "searchedRare", "searchedInside"] as const) {
      const search = find(run.scaleInitiatives, scenarioNames[key], 1);
      if (!search) continue;
      notes.push(
        `Aim: search p95 under 30 ms with ${run.scaleInitiatives} initiatives (one connection), ` +
          `${scenarioNames[key]}: ${search.p95} ms (${verdict(search.p95 < 30)}).`,
      );
    }
  }
  return notes;
}

async function main() {
  const { values } = parseArgs({
    options: {
      initiatives: { type: "string", default: "10000" },
      database: { type: "string", default: "both" },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      "scale-initiatives": { type: "string", default: "0" },
      // The deployment's own rate limits instead of generous ones: shows how soon a single client is refused.
      "default-limits": { type: "boolean", default: false },
      out: { type: "string", default: join(repoRoot, "test/.bench-results") },
    },
  });
  const initiatives = Number(values.initiatives);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const scaleInitiatives = Number(values["scale-initiatives"]);
  // Bounds: a run must stay short and gentle enough for a shared 2-core machine.
  if (!Number.isInteger(initiatives) || initiatives < 1 || initiatives > 200_000)
    throw new Error("--initiatives: 1 … 200000");
  if (!Number.isInteger(scaleInitiatives) || scaleInitiatives < 0 || scaleInitiatives > 200_000)
    throw new Error("--scale-initiatives: 0 (none) … 200000");
  if (!(seconds > 0 && seconds <= 60)) throw new Error("--seconds: more than 0, at most 60");
  if (!Number.isInteger(connections) || connections < 1 || connections > 200)
    throw new Error("--connections: 1 … 200");
  const databases: DatabaseKind[] =
    values.database === "both"
      ? ["postgres", "pglite"]
      : values.database === "postgres" || values.database === "pglite"
        ? [values.database]
        : [];
  if (databases.length === 0) throw new Error("--database: postgres, pglite or both");

  const startedAt = new Date().toISOString();
  const defaultLimits = values["default-limits"];
  const options = {
    initiatives,
    scaleInitiatives,
    databases,
    seconds,
    connections,
    defaultLimits,
    host: loopback,
  };
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  try {
    for (const database of databases) {
      const outcome = await runDatabase(
        database,
        { initiatives, seconds, connections, defaultLimits },
        console.info,
      );
      measurements.push(...outcome.measurements);
      notes.push(
        `${database}: generating ${initiatives} initiatives took ${outcome.generateSeconds.toFixed(1)} s.`,
      );
    }
    if (scaleInitiatives > 0) {
      const outcome = await runDatabase(
        "postgres",
        { initiatives: scaleInitiatives, seconds, connections, defaultLimits, readsOnly: true },
        console.info,
      );
      measurements.push(...outcome.measurements);
      notes.push(
        `postgres: generating ${scaleInitiatives} initiatives took ${outcome.generateSeconds.toFixed(1)} s.`,
      );
    }
  } finally {
    stopAll();
  }
  notes.push(...aimNotes(measurements, { initiatives, scaleInitiatives, connections }));
  if (measurements.some((m) => m.tooMany > 0)) {
    notes.push(
      "Some requests were refused with 429: the API kept its default rate limits (open data 1200/min per address, " +
        "writes 120/min per user). Those figures measure the limiter, not the list.",
    );
  }
  notes.push(
    `Load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores; the API, ` +
      "PostgreSQL, autocannon and the baseline share them (and so does anything else on the machine): compare " +
      "figures within one run.",
  );
  notes.push(
    defaultLimits
      ? "The API ran with its default rate limits (--default-limits)."
      : "The rate limiter runs on every request (in memory for open data, in the database for saves), with " +
          "budgets raised through the API's RATE_LIMIT_* variables so that it never refuses.",
  );

  const report = { startedAt, options, measurements, notes };
  const md = markdown(report);
  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, "load.md"), md);
  writeFileSync(join(values.out, "load.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.info(`\n${md}\nWritten to ${join(values.out, "load.{md,json}")}`);
}

await main();
