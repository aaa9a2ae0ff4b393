// `pnpm test`: type-check, lint, unit, integration and end-to-end tests of every package, then one
// closing line "N passed, N failed" that sums every suite, so CI and people read one number.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workspaceParents = ["apps", "packages", "tooling"];

/** Every workspace package: its folder and name. */
function workspacePackages() {
  const dirs = [join(root, "test")];
  for (const parent of workspaceParents) {
    const abs = join(root, parent);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(abs, entry.name));
    }
  }
  return dirs
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, name: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name }));
}

/** Vitest's JSON reporter and Playwright's JSON reporter have different shapes. */
function countReport(report) {
  if (typeof report.numPassedTests === "number") {
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  if (report.stats && typeof report.stats.expected === "number") {
    return {
      passed: report.stats.expected + (report.stats.flaky ?? 0),
      failed: report.stats.unexpected,
      skipped: report.stats.skipped ?? 0,
    };
  }
  return undefined;
}

/** Tasks that exited non-zero, from turbo's run summary. */
function failedTasks(summaries) {
  if (!existsSync(summaries)) return [];
  const failed = [];
  for (const file of readdirSync(summaries).filter((name) => name.endsWith(".json"))) {
    const summary = JSON.parse(readFileSync(join(summaries, file), "utf8"));
    for (const task of summary.tasks ?? []) {
      if (task.execution && task.execution.exitCode !== 0) failed.push({ id: task.taskId, name: task.package });
    }
  }
  return failed;
}

const packages = workspacePackages();
// Reports of an earlier run must not be counted; turbo restores the cached ones it replays.
for (const { dir } of packages) rmSync(join(dir, ".test-results"), { recursive: true, force: true, maxRetries: 5 });
const summaries = join(root, ".turbo", "runs");
rmSync(summaries, { recursive: true, force: true });

// Drills (reliability: bad requests, a second PGlite process, SIGKILL during saves) run after the end-to-end tests.
const tasks = ["typecheck", "lint", "test", "test:e2e", "test:drills"];
const turbo = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", ...tasks, "--continue", "--summarize", ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);

const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];
for (const { dir, name } of packages) {
  const resultsDir = join(dir, ".test-results");
  if (!existsSync(resultsDir)) continue;
  for (const file of readdirSync(resultsDir).filter((entry) => entry.endsWith(".json"))) {
    const counts = countReport(JSON.parse(readFileSync(join(resultsDir, file), "utf8")));
    if (!counts) continue;
    suites.push({ name, file, ...counts });
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
}

console.log("\nSuites:");
for (const suite of suites) {
  console.log(`  ${suite.name} (${suite.file}): ${suite.passed} passed, ${suite.failed} failed, ${suite.skipped} skipped`);
}
// A task that failed without a failing test to show for it (a type or lint error, a runner that could not start)
// counts as one failure, so that a red run never closes with "0 failed".
const unexplained = failedTasks(summaries).filter(
  (task) => !suites.some((suite) => suite.name === task.name && suite.failed > 0),
);
if (unexplained.length > 0) {
  console.log(`\nFailed tasks: ${unexplained.map((task) => task.id).join(", ")}`);
  totals.failed += unexplained.length;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(turbo.status !== 0 || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
