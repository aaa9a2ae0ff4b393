// `pnpm test`: type-check, lint, unit, integration and end-to-end tests of every package, then one
// closing line "N passed, N failed" that sums every suite, so CI and people read one number.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workspaceGlobs = ["apps", "packages", "tooling"];

function packageDirs() {
  const dirs = [join(root, "test")];
  for (const parent of workspaceGlobs) {
    const abs = join(root, parent);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(abs, entry.name));
    }
  }
  return dirs.filter((dir) => existsSync(join(dir, "package.json")));
}

// Reports of an earlier run must not be counted; turbo restores the cached ones it replays.
for (const dir of packageDirs()) rmSync(join(dir, ".test-results"), { recursive: true, force: true });

const tasks = ["typecheck", "lint", "test", "test:e2e"];
const extra = process.argv.slice(2);
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", ...tasks, "--continue", ...extra], {
  cwd: root,
  stdio: "inherit",
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const dir of packageDirs()) {
  const resultsDir = join(dir, ".test-results");
  if (!existsSync(resultsDir)) continue;
  for (const file of readdirSync(resultsDir).filter((name) => name.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(resultsDir, file), "utf8"));
    const counts = countReport(report);
    if (!counts) continue;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    rows.push(`  ${dir.slice(root.length)}/${file}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
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

console.log("\nSuites:");
for (const row of rows) console.log(row);
const turboFailed = turbo.status !== 0;
if (turboFailed) console.log(`\nturbo exited with ${turbo.status ?? turbo.signal}: a type check, lint or test task failed.`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(turboFailed || totals.failed > 0 || totals.passed === 0 ? 1 : 0);
