// A second API process on the PGlite directory another one is using must fail fast with a clear message, and
// leave the data intact (PGlite is one process per directory; two would corrupt its files).
import { join } from "node:path";
import { spawnApiProcess, startApi, temporaryDirectory } from "../services.ts";
import { runDrill } from "./drill.ts";

const ports = { first: 4621, second: 4622 };
const fastMs = 15_000;

async function total(apiUrl: string): Promise<number> {
  const response = await fetch(`${apiUrl}/v1/initiatives?limit=1`);
  if (!response.ok) throw new Error(`list failed: ${response.status}`);
  return ((await response.json()) as { total: number }).total;
}

await runDrill("second API process on the same PGlite directory", 120_000, async ({ check, log }) => {
  const pgliteDir = join(temporaryDirectory("insats-drill-lock-"), "data");
  const first = await startApi({ port: ports.first, database: { pgliteDir } });
  const before = await total(first.url);
  log(`first API up with ${before} initiatives`);

  const started = performance.now();
  const second = spawnApiProcess({ port: ports.second, database: { pgliteDir } });
  const code = await Promise.race([
    second.exited,
    new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), fastMs)),
  ]);
  const elapsed = performance.now() - started;
  await second.stop("SIGKILL");
  log(`second API exited with ${code} after ${Math.round(elapsed)} ms`);
  check(code !== "timeout", `the second process was still running after ${fastMs / 1000} s`);
  check(code !== 0, "the second process exited with 0");
  check(
    /in use by process \d+/.test(second.stderr()),
    `no clear message naming the holder; stderr:\n${second.stderr().slice(-1500)}`,
  );
  const refused = await fetch(`http://127.0.0.1:${ports.second}/health`).then(
    () => true,
    () => false,
  );
  check(!refused, "the second process answered HTTP");

  check((await total(first.url)) === before, "the first API's data changed");
  const health = await fetch(`${first.url}/health`);
  check(health.ok, `the first API is not healthy after the attempt: ${health.status}`);

  // Closing and opening again proves the files were not touched by the second process.
  await first.stop();
  const reopened = await startApi({ port: ports.first, database: { pgliteDir } });
  check((await total(reopened.url)) === before, "the data differs after reopening the directory");
  await reopened.stop();
});
