// Ten planners export the committee PDF at once. The calculator prints them in one shared Chromium, at most
// PDF_CONCURRENCY at a time, and every export succeeds; the first in line is not held up by the nine behind it.
// Then the browser is killed, and the next export launches a new one. Needs the built calculator.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { demoPlanner, generousBudgets, signIn, startApi, startCalculator, temporaryDirectory } from "../services.ts";
import { runDrill } from "./drill.ts";
import { createScenarios } from "./scenario-saves.ts";

const ports = { api: 4655, calculator: 4656 };
/** --save file.pdf keeps one exported report, to look at. */
const { values: options } = parseArgs({ options: { save: { type: "string" } } });
const concurrency = 2;
const exports = 10;

interface ChromiumCount {
  browsers: number[];
  renderers: number;
}

/** Chromium processes started by the calculator: browser processes (no --type) and renderers, from /proc. */
function chromiumUnder(rootPid: number): ChromiumCount {
  const parents = new Map<number, number>();
  const commands = new Map<number, string[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name in parentheses may hold spaces; the parent pid is the second field after it.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
      commands.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0"));
    } catch {
      // The process ended while we looked.
    }
  }
  const descends = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 50; current = parents.get(current) ?? 0, hops++) {
      if (current === rootPid) return true;
    }
    return false;
  };
  const count: ChromiumCount = { browsers: [], renderers: 0 };
  for (const [pid, command] of commands) {
    if (!/chrom/.test(command[0] ?? "") || !descends(pid)) continue;
    // Chromium rewrites its children's command lines into one string, so look for --type= anywhere in it.
    const type = /(?:^|\s)--type=(\S+)/.exec(command.join(" "))?.[1];
    if (!type) count.browsers.push(pid);
    else if (type === "renderer") count.renderers += 1;
  }
  return count;
}

async function pageCount(bytes: Uint8Array): Promise<number> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: true }).promise;
  return document.numPages;
}

await runDrill(`ten concurrent PDF exports (PDF_CONCURRENCY=${concurrency})`, 300_000, async ({ check, log }) => {
  const api = await startApi({
    port: ports.api,
    database: { pgliteDir: join(temporaryDirectory("insats-drill-pdf-"), "data") },
    env: generousBudgets,
    // A fresh PGlite migrates and seeds first; on a busy machine that takes more than the default minute.
    readyTimeoutMs: 150_000,
  });
  const cookie = await signIn(api.url, demoPlanner.email, demoPlanner.password);
  const [scenario] = await createScenarios(api.url, cookie, 1);
  const calculator = await startCalculator({ port: ports.calculator, apiUrl: api.url, env: { PDF_CONCURRENCY: String(concurrency) } });
  const pid = calculator.process.pid!;

  const exportPdf = async () => {
    const started = performance.now();
    const response = await fetch(`${calculator.url}/api/scenarios/${scenario!.id}/pdf?locale=sv`, {
      headers: { cookie },
      signal: AbortSignal.timeout(120_000),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const ms = performance.now() - started;
    if (options.save) writeFileSync(options.save, bytes);
    const ok = response.status === 200 && response.headers.get("content-type") === "application/pdf" && Buffer.from(bytes.subarray(0, 5)).toString() === "%PDF-";
    return {
      ms,
      ok,
      status: response.status,
      pages: ok ? await pageCount(bytes) : 0,
      concurrent: Number(response.headers.get("x-pdf-concurrent")),
      timing: response.headers.get("server-timing") ?? "",
    };
  };

  const cold = await exportPdf();
  check(cold.ok, `the first export answered ${cold.status}`);
  const single = await exportPdf();
  check(single.ok, `a single export answered ${single.status}`);
  check(single.pages >= 1, `a single export has ${single.pages} pages`);
  log(`first export (launches the browser) ${cold.ms.toFixed(0)} ms; one PDF ${single.ms.toFixed(0)} ms, ${single.pages} pages (${single.timing})`);

  // Ten at once, sampling the calculator's Chromium processes meanwhile.
  let sampling = true;
  let maxBrowsers = 0;
  let maxRenderers = 0;
  const sampler = (async () => {
    while (sampling) {
      const count = chromiumUnder(pid);
      maxBrowsers = Math.max(maxBrowsers, count.browsers.length);
      maxRenderers = Math.max(maxRenderers, count.renderers);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: exports }, exportPdf));
  const allMs = performance.now() - started;
  sampling = false;
  await sampler;

  const failed = results.filter((result) => !result.ok);
  check(failed.length === 0, `${failed.length} of ${exports} concurrent exports failed: ${failed.map((result) => result.status).join(", ")}`);
  check(results.every((result) => result.pages === single.pages), `page counts ${results.map((result) => result.pages).join(", ")}, alone ${single.pages}`);
  const maxConcurrent = Math.max(...results.map((result) => result.concurrent));
  check(maxConcurrent >= 1 && maxConcurrent <= concurrency, `the browser printed ${maxConcurrent} reports at once (limit ${concurrency})`);
  check(maxBrowsers === 1, `${maxBrowsers} Chromium browser processes ran during the ten exports (one shared expected)`);
  const firstDone = Math.min(...results.map((result) => result.ms));
  // Unqueued, ten renders share the cores and the first finishes about as late as the last.
  check(firstDone < 5 * single.ms, `the first of ten took ${firstDone.toFixed(0)} ms, one alone ${single.ms.toFixed(0)} ms`);
  log(
    `ten concurrent: all done in ${allMs.toFixed(0)} ms, first in ${firstDone.toFixed(0)} ms, slowest ${Math.max(...results.map((result) => result.ms)).toFixed(0)} ms; ` +
      `at most ${maxConcurrent} printing at once, ${maxBrowsers} browser process, ${maxRenderers} renderer processes`,
  );

  // The shared browser dies: the next export launches a new one.
  const [browser] = chromiumUnder(pid).browsers;
  check(browser !== undefined, "no Chromium browser process under the calculator after the exports");
  if (browser !== undefined) {
    process.kill(browser, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await exportPdf();
    check(after.ok, `the export after the browser was killed answered ${after.status}`);
    const now = chromiumUnder(pid).browsers;
    check(now.length === 1 && now[0] !== browser, `after the kill the calculator has browser processes ${now.join(", ")} (killed ${browser})`);
    log(`after killing the browser: export ${after.ms.toFixed(0)} ms on a new browser`);
  }
  await calculator.stop();
  await api.stop();
});
