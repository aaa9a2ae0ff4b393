// `pnpm --filter @insats/calculator bench`: how fast the editor answers a planner's edit (issue 5 aims at under
// 50 ms with the 10 000-draw simulation). Starts the API on a fresh seeded embedded database and the built
// calculator on free loopback ports, signs in as the demo planner in Debian's Chromium, creates a scenario from
// the social-assistance template and edits its participants BENCH_EDITS (30) times. For each edit it takes, in the
// page, the time from the input event to (a) the deterministic npv changed in the DOM and (b) the simulation of the
// new input shown (its section no longer aria-busy, so the probability and histogram are the new ones), and the
// worker's own compute time. Prints median, p95 and max and writes .bench-results/latency.json.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(app, "..", "..");
const edits = Number(process.env.BENCH_EDITS) || 30;
// The first edits pay for compiling the engine's code in the page and the worker; a planner's session is long.
const warmUpEdits = 3;
const aimMs = 50;
const email = "planerare@norrkoping.demo.insats.se";
const password = "insats-demo-2026";

/** A port the system has free now; other runs hold the fixed ones (4000, 3001, 4010, 3011 …). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a server in a process group of its own, so that stopping it stops the pnpm wrapper's children too. */
function start(command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, detached: true, stdio: "ignore" });
  return () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  };
}

async function waitFor(url, seconds = 120) {
  for (let waited = 0; waited < seconds * 4; waited += 1) {
    try {
      if ((await fetch(url, { redirect: "manual" })).status < 500) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Nearest-rank percentile of ascending `sorted`. */
const percentile = (sorted, share) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
const round = (ms) => Math.round(ms * 10) / 10;

function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted.at(-1)) };
}

/**
 * Runs in the page before one edit: resolves with the milliseconds from the participants field's input event to
 * the npv's text changing and to the simulation section leaving aria-busy. MutationObserver callbacks run right
 * after the DOM changes, before the next paint.
 */
function observeNextEdit() {
  const field = document.getElementById("cohort-0-participants");
  const npv = document.querySelector('[data-testid="npv"]');
  const simulation = document.querySelector('[data-testid="simulation"]');
  window.__benchEdit = new Promise((resolve, reject) => {
    let inputAt = null;
    let npvAt = null;
    let busySeen = false;
    let simulationAt = null;
    const observers = [];
    const finish = () => {
      if (npvAt === null || simulationAt === null) return;
      observers.forEach((observer) => observer.disconnect());
      clearTimeout(timeout);
      resolve({ npvMs: npvAt - inputAt, simulationMs: simulationAt - inputAt, workerMs: window.__benchWorkerMs.at(-1) });
    };
    const timeout = setTimeout(() => {
      observers.forEach((observer) => observer.disconnect());
      reject(new Error(`no update within 10 s (input ${inputAt}, npv ${npvAt}, simulation ${simulationAt})`));
    }, 10_000);
    // Capture on the field itself runs before React's listener at the root.
    field.addEventListener("input", () => (inputAt = performance.now()), { capture: true, once: true });
    const npvObserver = new MutationObserver(() => {
      if (inputAt === null || npvAt !== null) return;
      npvAt = performance.now();
      finish();
    });
    npvObserver.observe(npv, { characterData: true, childList: true, subtree: true });
    // The section turns busy when the new input renders and idle when the worker's answer for it has rendered.
    const simulationObserver = new MutationObserver(() => {
      if (inputAt === null || simulationAt !== null) return;
      const busy = simulation.getAttribute("aria-busy") === "true";
      if (busy) busySeen = true;
      else if (busySeen) {
        simulationAt = performance.now();
        finish();
      }
    });
    simulationObserver.observe(simulation, { attributes: true, attributeFilter: ["aria-busy"] });
    observers.push(npvObserver, simulationObserver);
  });
}

/**
 * Runs in the page before its scripts: keeps the compute time the simulation worker reports with each answer, so
 * that the table can tell the worker's share of the delay from rendering and waiting for the main thread.
 */
function recordWorkerTimes() {
  const NativeWorker = window.Worker;
  window.__benchWorkerMs = [];
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => {
        if (typeof event.data?.milliseconds === "number") window.__benchWorkerMs.push(event.data.milliseconds);
      });
    }
  };
}

function table(rows) {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (values) => values.map((value, index) => String(value).padEnd(widths[index])).join("  ");
  return [line(columns), line(widths.map((width) => "-".repeat(width))), ...rows.map((row) => line(columns.map((column) => row[column])))].join("\n");
}

if (!existsSync(join(app, ".next", "BUILD_ID"))) {
  console.info("Building the calculator first …");
  const build = spawnSync("pnpm", ["--filter", "@insats/calculator", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const ports = { api: await freePort(), calculator: await freePort() };
const apiUrl = `http://127.0.0.1:${ports.api}`;
const calculatorUrl = `http://127.0.0.1:${ports.calculator}`;
const pgliteDir = join(mkdtempSync(join(tmpdir(), "insats-bench-")), "pglite");
const stops = [];
/** Stops the servers (newest first) and removes the database; the servers run detached, so nothing else would. */
function stopServers() {
  for (const stop of stops.splice(0).reverse()) stop();
}
// Ctrl-C or a CI timeout must not leave the servers behind either (Playwright closes its browser itself).
for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]])
  process.once(signal, () => {
    stopServers();
    setTimeout(() => {
      rmSync(dirname(pgliteDir), { recursive: true, force: true, maxRetries: 5 });
      process.exit(code);
    }, 1000);
  });
let browser;
try {
  stops.push(
    start("pnpm", ["--filter", "@insats/api", "start"], {
      PORT: String(ports.api),
      PGLITE_DIR: pgliteDir,
      NODE_ENV: "test",
      SEED_DEMO_USERS: "true",
    }),
  );
  await waitFor(`${apiUrl}/health`);
  // No --hostname 127.0.0.1: Next 16 then loops on its own proxy rewrites (see test/playwright.config.ts).
  stops.push(
    start("pnpm", ["--filter", "@insats/calculator", "exec", "next", "start", "--port", String(ports.calculator)], {
      INSATS_API_URL: apiUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    }),
  );
  await waitFor(`${calculatorUrl}/login`);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const page = await browser.newPage({ baseURL: calculatorUrl });
  await page.addInitScript(recordWorkerTimes);
  page.setDefaultTimeout(30_000);
  await page.goto("/login");
  await page.locator("#login-email").fill(email);
  await page.locator("#login-password").fill(password);
  await page.locator("#login-password").press("Enter");
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));

  await page.goto("/scenarios/new?template=social-assistance");
  await page.locator("#prefilled-name").fill("Bench: latens");
  await page.locator("#prefilled-name").press("Enter");
  await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
  const participants = page.locator("#cohort-0-participants");
  await page.waitForFunction(() => document.querySelector('[data-testid="simulation"]')?.getAttribute("aria-busy") === "false");
  const initial = Number((await participants.inputValue()).replace(/\s/g, ""));

  const samples = [];
  for (let edit = 0; edit < warmUpEdits + edits; edit += 1) {
    // A different value every time, so that the npv's text always changes.
    const value = String(initial + 1 + edit);
    await page.evaluate(observeNextEdit);
    await participants.fill(value);
    const sample = await page.evaluate(() => window.__benchEdit);
    if (edit >= warmUpEdits) samples.push({ npvMs: round(sample.npvMs), simulationMs: round(sample.simulationMs), workerMs: round(sample.workerMs) });
  }

  // Other work on the machine shows up in the tail, so the report says how busy it was.
  const load = { cores: availableParallelism(), loadAverage1m: Math.round(loadavg()[0] * 100) / 100 };
  const npv = summarise(samples.map((sample) => sample.npvMs));
  const simulation = summarise(samples.map((sample) => sample.simulationMs));
  const worker = summarise(samples.map((sample) => sample.workerMs));
  console.info(`\nInput change → updated results in ${browser.version()} (${edits} edits after ${warmUpEdits} warm-up; aim < ${aimMs} ms)`);
  console.info(
    table([
      { "updated in the DOM": "headline npv (deterministic)", ...npv, "within aim": npv.p95 < aimMs ? "yes" : "no" },
      { "updated in the DOM": "simulation (10 000 draws, worker)", ...simulation, "within aim": simulation.p95 < aimMs ? "yes" : "no" },
      { "updated in the DOM": "  of which the worker's compute", ...worker, "within aim": "" },
    ]),
  );
  console.info(`(median, p95 and max in ms; p95 decides "within aim"; load average ${load.loadAverage1m} on ${load.cores} cores)`);

  const resultsDir = join(app, ".bench-results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, "latency.json"),
    `${JSON.stringify({ browser: browser.version(), ...load, edits, warmUpEdits, aimMs, npv, simulation, worker, samples }, null, 2)}\n`,
  );
} finally {
  await browser?.close();
  stopServers();
  // Give the API a moment to close its database before its directory goes.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  rmSync(dirname(pgliteDir), { recursive: true, force: true, maxRetries: 5 });
}
