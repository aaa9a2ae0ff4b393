// Public reads from a streaming standby (DATABASE_READ_URLS). A primary and a standby made with
// `pg_basebackup -R` (tooling/postgres/standby.sh); the API writes to the primary and reads the open data from
// the standby. The drill shows that the standby answers the public reads, that an editor's publish is public
// within the 60 s promise, and that the reads go to the primary, without an error, when the standby stops and
// back to the standby when it returns.
import { execFileSync } from "node:child_process";

import { initiativeOfRecord, initiativeRecordSchema } from "@insats/db";

import {
  freshDatabase,
  generousBudgets,
  signIn,
  sleep,
  startApi,
  startPostgres,
  startStandby,
} from "../services.ts";
import { leaksInternals, runDrill } from "./drill.ts";

const ports = { primary: 55471, standby: 55472, api: 4635 };
const databaseName = "drill_replicas";
const editor = { email: "redaktor@norrkoping.demo.insats.se", password: "insats-demo-2026" };
/** The showcase promises that a publish is public within a minute (docs/deployment.md). */
const publishPromiseMs = 60_000;
const readsPerRound = 60;

/** Transactions the server has run in the drill's database: a standby counts the reads it answered. */
function transactions(serverUrl: string): number {
  const out = execFileSync(
    "/usr/lib/postgresql/15/bin/psql",
    [
      serverUrl,
      "-tAc",
      `select xact_commit + xact_rollback from pg_stat_database where datname = '${databaseName}'`,
    ],
    { encoding: "utf8", timeout: 30_000 },
  );
  return Number(out.trim());
}

interface Health {
  readReplicas?: { healthy: number; configured: number };
}

await runDrill("Public reads from a streaming standby", 240_000, async ({ check, log }) => {
  const primary = startPostgres(ports.primary);
  const url = freshDatabase(primary.url, databaseName);
  const standby = startStandby(ports.primary, ports.standby);
  const standbyUrl = new URL(url);
  standbyUrl.port = String(ports.standby);
  const api = await startApi({
    port: ports.api,
    database: { url },
    env: { ...generousBudgets, DATABASE_READ_URLS: standbyUrl.toString() },
  });

  const healthy = async () =>
    ((await (await fetch(`${api.url}/health`)).json()) as Health).readReplicas?.healthy;
  const waitForHealthy = async (wanted: number, withinMs: number) => {
    const started = performance.now();
    while (performance.now() - started < withinMs) {
      if ((await healthy()) === wanted) return performance.now() - started;
      await sleep(100);
    }
    return null;
  };

  /** `readsPerRound` public reads; the statuses that were not 200 and any body that leaked internals. */
  const readRound = async () => {
    const failures: (number | string)[] = [];
    for (let index = 0; index < readsPerRound; index += 1) {
      const path = index % 2 === 0 ? "/v1/initiatives?limit=5" : "/v1/initiatives/servicetrainee";
      try {
        const response = await fetch(`${api.url}${path}`, { signal: AbortSignal.timeout(5_000) });
        const body = await response.text();
        if (!response.ok || leaksInternals(body)) failures.push(response.status);
      } catch (error) {
        failures.push(error instanceof Error ? error.name : "network");
      }
    }
    return failures;
  };
  /** The standby's transactions during a round (its statistics are flushed about once a second). */
  const standbyShare = async (round: () => Promise<(number | string)[]>) => {
    await sleep(1_200);
    const before = transactions(standby.url);
    const failures = await round();
    await sleep(1_200);
    return { failures, standbyTransactions: transactions(standby.url) - before };
  };

  const ready = await waitForHealthy(1, 15_000);
  check(ready !== null, "the standby never answered the API's health read");

  // 1. The standby answers the public reads.
  const first = await standbyShare(readRound);
  log(
    `${readsPerRound} public reads with the standby up: ${first.failures.length} failed; the standby ran ${first.standbyTransactions} transactions`,
  );
  check(first.failures.length === 0, `public reads failed with the standby up: ${first.failures.join(", ")}`);
  check(
    first.standbyTransactions >= readsPerRound,
    `the standby ran ${first.standbyTransactions} transactions for ${readsPerRound} reads: they did not reach it`,
  );

  // 2. An editor's publish is public within the promise, read from the standby.
  const cookie = await signIn(api.url, editor.email, editor.password);
  const model = initiativeRecordSchema.parse(
    await (await fetch(`${api.url}/v1/initiatives/servicetrainee`)).json(),
  );
  const slug = "standby-drill";
  const call = async (procedure: string, input: unknown) => {
    const response = await fetch(`${api.url}/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(input),
    });
    if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { result: { data: { version: number } } }).result.data;
  };
  const created = await call("content.createInitiative", {
    initiative: { ...initiativeOfRecord(model), slug },
  });
  const publishedAt = performance.now();
  await call("content.setInitiativePublished", { slug, expectedVersion: created.version, published: true });
  let visibleAfterMs: number | null = null;
  while (performance.now() - publishedAt < publishPromiseMs) {
    const response = await fetch(`${api.url}/v1/initiatives/${slug}`);
    await response.body?.cancel();
    if (response.status === 200) {
      visibleAfterMs = performance.now() - publishedAt;
      break;
    }
    await sleep(20);
  }
  log(
    `publish → public through the standby: ${visibleAfterMs === null ? "never" : `${Math.round(visibleAfterMs)} ms`}`,
  );
  check(
    visibleAfterMs !== null,
    `the published initiative was not public within ${publishPromiseMs / 1000} s`,
  );

  // 3. The standby stops: the primary answers, without an error to anyone.
  const stopping = standby.halt();
  const during = await readRound();
  await stopping;
  const left = await waitForHealthy(0, 10_000);
  const after = await readRound();
  log(
    `standby stopped: ${during.length} of ${readsPerRound} reads failed while it stopped, ${after.length} after; left out after ${left === null ? "never" : `${Math.round(left)} ms`}`,
  );
  check(during.length === 0, `reads failed while the standby stopped: ${during.join(", ")}`);
  check(after.length === 0, `reads failed with the standby stopped: ${after.join(", ")}`);
  check(left !== null, "the API still counts the stopped standby as healthy");

  // 4. The standby returns and takes the reads back.
  await standby.resume();
  const back = await waitForHealthy(1, 15_000);
  check(back !== null, "the API did not take the standby back");
  const again = await standbyShare(readRound);
  log(
    `standby back after ${back === null ? "never" : `${Math.round(back)} ms`}: the standby ran ${again.standbyTransactions} transactions for ${readsPerRound} reads`,
  );
  check(
    again.failures.length === 0,
    `public reads failed after the standby returned: ${again.failures.join(", ")}`,
  );
  check(again.standbyTransactions >= readsPerRound, "the reads did not return to the standby");
});
