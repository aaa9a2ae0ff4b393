// Runs the drills that fit a CI pass (each a separate process, one at a time, with a time limit) and prints
// "N passed, N failed". Exit code 1 when any failed.
//
//   tsx load/drills/run-all.ts [--all | --only name,name] [--report file.json]
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));

/** Every drill, the time it may take before it counts as failed, and whether it belongs to a CI pass. */
const drills: { name: string; file: string; args?: string[]; limitMs: number; ci: boolean }[] = [
  { name: "bad-requests", file: "bad-requests.ts", limitMs: 150_000, ci: true },
  { name: "huge-computation", file: "huge-computation.ts", limitMs: 270_000, ci: true },
  // Both start the built apps (turbo builds them before test:drills).
  { name: "body-limit", file: "body-limit.ts", limitMs: 540_000, ci: true },
  { name: "sign-in-lockout", file: "sign-in-lockout.ts", limitMs: 480_000, ci: true },
  { name: "pglite-second-process", file: "pglite-second-process.ts", limitMs: 150_000, ci: true },
  { name: "sigkill-saves", file: "sigkill-saves.ts", limitMs: 180_000, ci: true },
  {
    name: "sigkill-saves-postgres",
    file: "sigkill-saves.ts",
    args: ["--database", "postgres"],
    limitMs: 180_000,
    ci: true,
  },
  // Kept out of CI until postgres.js 3.4.9 stopped crashing the API when PostgreSQL drops its connections
  // (porsager/postgres#1154, #1208: an unguarded socket.write in nextWrite); patches/postgres@3.4.9.patch guards
  // it, and a capped reconnect delay (packages/db/src/client.ts) keeps recovery under a second. About 30 s.
  { name: "postgres-restart", file: "postgres-restart.ts", limitMs: 180_000, ci: true },
  // A primary and a streaming standby (pg_basebackup -R); public reads, a publish, the standby stopped and back.
  { name: "read-replicas", file: "read-replicas.ts", limitMs: 270_000, ci: true },
  // Needs the built calculator (test:drills depends on ^build) and Debian's Chromium.
  { name: "pdf-exports", file: "pdf-exports.ts", limitMs: 330_000, ci: true },
];

function runOne(file: string, args: string[], limitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(here, file), ...args], {
      stdio: "inherit",
    });
    // The drill has its own, shorter limit and cleans up after itself; this one is the backstop.
    const timer = setTimeout(() => child.kill("SIGTERM"), limitMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}

const { values } = parseArgs({
  options: { only: { type: "string" }, all: { type: "boolean", default: false }, report: { type: "string" } },
});
const only = values.only?.split(",").map((name) => name.trim());
const selected = only
  ? drills.filter((drill) => only.includes(drill.name))
  : drills.filter((drill) => values.all || drill.ci);
if (only && selected.length !== only.length) {
  throw new Error(`unknown drill in --only; the drills are ${drills.map((drill) => drill.name).join(", ")}`);
}

let passed = 0;
const failed: string[] = [];
for (const drill of selected) {
  const started = performance.now();
  const ok = await runOne(drill.file, drill.args ?? [], drill.limitMs);
  console.info(
    `${ok ? "ok  " : "FAIL"} ${drill.name} ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (ok) passed += 1;
  else failed.push(drill.name);
}
console.info(
  `\n${passed} passed, ${failed.length} failed${failed.length > 0 ? ` (${failed.join(", ")})` : ""}`,
);
if (values.report) {
  // The counts in the shape of Vitest's JSON report, so that `pnpm test` sums the drills with every other suite.
  mkdirSync(dirname(values.report), { recursive: true });
  writeFileSync(
    values.report,
    JSON.stringify(
      { numPassedTests: passed, numFailedTests: failed.length, numPendingTests: 0, failed },
      null,
      2,
    ),
  );
}
process.exit(failed.length > 0 ? 1 : 0);
