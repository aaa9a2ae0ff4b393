// PostgreSQL is restarted in the middle of a steady load of reads and scenario saves. Requests may fail only
// during the outage, never with a stack trace; the API must recover by itself (no restart of the API); every
// acknowledged save must be stored once, whole.
import {
  demoPlanner,
  freshDatabase,
  generousBudgets,
  signIn,
  sleep,
  startApi,
  startPostgres,
} from "../services.ts";
import { leaksInternals, runDrill } from "./drill.ts";
import { checkScenarios, createScenarios, saveInLoops } from "./scenario-saves.ts";

const ports = { postgres: 55461, api: 4625 };
const steadyMs = 2_000;
/**
 * After PostgreSQL is back, how long the API may take to answer normally again. Measured: under 1 s, reads and
 * saves alike (the last failure ends before PostgreSQL is back). It was about 10 s with saves in flight before
 * postgres.js's reconnect delay was capped (packages/db/src/client.ts) and its stale error state reset
 * (patches/postgres@3.4.9.patch); the margin stays generous for a loaded CI machine.
 */
const recoveryGraceMs = 15_000;

interface Read {
  /** When the answer (or the failure) came: a read sent just before the outage and failed by it counts as during. */
  at: number;
  ok: boolean;
  status: number | "network";
}

await runDrill("PostgreSQL restarted under load", 150_000, async (context) => {
  const { check, log } = context;
  const postgres = startPostgres(ports.postgres);
  const url = freshDatabase(postgres.url, "drill_restart");
  const api = await startApi({ port: ports.api, database: { url }, env: generousBudgets });
  const cookie = await signIn(api.url, demoPlanner.email, demoPlanner.password);
  const scenarios = await createScenarios(api.url, cookie, 5);

  let done = false;
  const reads: Read[] = [];
  const leaks: string[] = [];
  const reader = async () => {
    for (let i = 0; i < 5_000 && !done; i += 1) {
      try {
        const response = await fetch(`${api.url}/v1/initiatives?limit=5`, {
          signal: AbortSignal.timeout(5_000),
        });
        const body = await response.text();
        if (leaksInternals(body)) leaks.push(body.slice(0, 300));
        reads.push({ at: performance.now(), ok: response.ok, status: response.status });
      } catch {
        reads.push({ at: performance.now(), ok: false, status: "network" });
      }
      await sleep(20);
    }
  };
  const readers = Promise.all([reader(), reader()]);
  const saving = saveInLoops(api.url, cookie, scenarios, () => done, { maxSaves: 1_000, leaksInternals });

  await sleep(steadyMs);
  const outageStart = performance.now();
  await postgres.restart();
  const outageEnd = performance.now();
  log(`PostgreSQL down and up again in ${Math.round(outageEnd - outageStart)} ms`);
  // Until the grace period is over and a steady stretch after it; the API may exit on its own meanwhile.
  await Promise.race([sleep(recoveryGraceMs + steadyMs), api.exited]);
  done = true;
  const [, tally] = await Promise.all([readers, saving]);

  const before = reads.filter((read) => read.at < outageStart);
  const during = reads.filter((read) => read.at >= outageStart && read.at < outageEnd + recoveryGraceMs);
  const after = reads.filter((read) => read.at >= outageEnd + recoveryGraceMs);
  const failures = (list: Read[]) => list.filter((read) => !read.ok);
  const statuses = (list: Read[]) =>
    [...new Set(failures(list).map((read) => read.status))].join(", ") || "none";
  log(
    `reads before/during/after: ${before.length}/${during.length}/${after.length}; failed: ${failures(before).length}/${failures(during).length}/${failures(after).length} (during: ${statuses(during)})`,
  );
  log(
    `saves acknowledged: ${tally.acknowledged}; refused: ${JSON.stringify(Object.fromEntries(tally.refused))}`,
  );
  check(
    before.length > 0 && failures(before).length === 0,
    `reads failed before the outage: ${statuses(before)}`,
  );
  check(after.length > 0, "no reads after the outage");
  check(
    failures(after).length === 0,
    `reads still failing ${recoveryGraceMs} ms after PostgreSQL was back: ${statuses(after)}`,
  );
  // A lost database is the client's "try again" (503), not a bug of ours (500).
  const unexpected = [
    ...failures(reads).map((read) => read.status),
    ...[...tally.refused.keys()].filter((status) => status !== 409),
  ].filter((status) => status !== 503 && status !== "network");
  check(unexpected.length === 0, `outage answers other than 503: ${[...new Set(unexpected)].join(", ")}`);
  const lastFailure = failures(reads).at(-1);
  log(
    lastFailure
      ? `last failed read ended ${Math.round(lastFailure.at - outageEnd)} ms after PostgreSQL was back`
      : "no read failed",
  );
  check(
    leaks.length === 0 && tally.leaks.length === 0,
    `answers leaked internals: ${[...leaks, ...tally.leaks][0]}`,
  );
  if (api.process.exitCode !== null) {
    check(false, `the API exited during the outage; its last words:\n${api.stderr().slice(-600)}`);
    return;
  }
  const health = await fetch(`${api.url}/health`);
  check(health.ok, `the API is not healthy after the outage: ${health.status}`);
  await checkScenarios(api.url, cookie, scenarios, context);
  await api.stop();
});
