// `pnpm bench`: every package's `bench` task, one at a time (they measure time, so they must not share the
// two cores), then one report of all their results in test/.bench-results/report.{md,json}.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const out = join(root, "test", ".bench-results");

const run = spawnSync("pnpm", ["exec", "turbo", "run", "bench", "--concurrency=1", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});

/** Each package's results: `.bench-results/*.json` beside its package.json (the merged report excluded). */
function results() {
  const found = [];
  for (const parent of ["packages", "apps", "test"]) {
    const abs = join(root, parent);
    if (!existsSync(abs)) continue;
    const dirs = parent === "test" ? [abs] : readdirSync(abs).map((name) => join(abs, name));
    for (const dir of dirs) {
      const resultsDir = join(dir, ".bench-results");
      if (!existsSync(resultsDir)) continue;
      for (const file of readdirSync(resultsDir).filter((name) => name.endsWith(".json") && !name.startsWith("report"))) {
        const markdown = join(resultsDir, file.replace(/\.json$/, ".md"));
        found.push({
          source: relative(root, join(resultsDir, file)),
          data: JSON.parse(readFileSync(join(resultsDir, file), "utf8")),
          markdown: existsSync(markdown) ? readFileSync(markdown, "utf8") : undefined,
        });
      }
    }
  }
  return found;
}

const collected = results();
mkdirSync(out, { recursive: true });
const generatedAt = new Date().toISOString();
writeFileSync(join(out, "report.json"), JSON.stringify({ generatedAt, results: collected.map(({ markdown: _, ...rest }) => rest) }, null, 2));
const sections = collected.map(({ source, data, markdown }) =>
  [`## ${source}`, "", markdown ?? ["```json", JSON.stringify(data, null, 2), "```"].join("\n")].join("\n"),
);
writeFileSync(join(out, "report.md"), [`# Insats benchmarks`, "", `Generated ${generatedAt}.`, "", ...sections, ""].join("\n"));
console.info(`\nBenchmark report: ${relative(root, join(out, "report.md"))} and report.json (${collected.length} results)`);
process.exit(run.status ?? 1);
