// `pnpm --filter @insats/showcase bench`: what a first visit costs. Starts the API on a fresh seeded embedded
// database and the built showcase, then reports per route the JavaScript a first load fetches (compressed, as
// gzip and brotli; the issue aims at ≤ 120 kB for the list and the detail page) and, when Lighthouse is
// installed, its performance and accessibility scores in Debian's Chromium (aims: ≥ 95 and 100).
// Writes .bench-results/showcase.json.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(app, "..", "..");
// Ports of their own, so that a running product or an end-to-end run does not get in the way.
const ports = { api: 4030, showcase: 3030 };
const apiUrl = `http://127.0.0.1:${ports.api}`;
const siteUrl = `http://127.0.0.1:${ports.showcase}`;
const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const routes = [
  { name: "home", path: "/" },
  { name: "list", path: "/insatser" },
  { name: "list, filtered", path: "/insatser?county=21" },
  { name: "detail", path: "/insatser/servicetrainee" },
  { name: "news", path: "/pa-gang" },
  { name: "about", path: "/om-metoden" },
  { name: "open data", path: "/oppna-data" },
  { name: "home (en)", path: "/en" },
];
const lighthouseRoutes = ["home", "list", "detail"];

/** Starts a server in a process group of its own, so that stopping it stops its children too. */
function start(command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    detached: true,
    stdio: "ignore",
  });
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
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** The scripts a first load of `path` executes (the nomodule polyfills are skipped by every current browser). */
async function firstLoadScripts(path) {
  const html = await (await fetch(siteUrl + path)).text();
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)];
  return [...new Set(tags.filter(([tag]) => !/\bnoModule\b/i.test(tag)).map(([, src]) => src))];
}

const sizeCache = new Map();
async function scriptSizes(src) {
  if (!sizeCache.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, siteUrl))).arrayBuffer());
    sizeCache.set(src, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(src);
}

const kB = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Rows of plain objects as an aligned text table. */
function table(rows) {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (value) => String(value);
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((row) => cell(row[column]).length)),
  );
  const line = (values) => values.map((value, index) => value.padEnd(widths[index])).join("  ");
  return [
    line(columns),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map((row) => line(columns.map((column) => cell(row[column])))),
  ].join("\n");
}

function lighthouse(path) {
  const output = join(mkdtempSync(join(tmpdir(), "insats-lighthouse-")), "report.json");
  const run = spawnSync(
    join(app, "node_modules", ".bin", "lighthouse"),
    [
      siteUrl + path,
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--output=json",
      `--output-path=${output}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chromePath }, encoding: "utf8", timeout: 180_000 },
  );
  if (run.status !== 0 || !existsSync(output))
    throw new Error(run.stderr || `lighthouse exited with ${run.status}`);
  const report = JSON.parse(readFileSync(output, "utf8"));
  rmSync(dirname(output), { recursive: true, force: true });
  const score = (category) => Math.round(report.categories[category].score * 100);
  const audit = (id) => report.audits[id].displayValue;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    firstContentfulPaint: audit("first-contentful-paint"),
    largestContentfulPaint: audit("largest-contentful-paint"),
    totalBlockingTime: audit("total-blocking-time"),
    cumulativeLayoutShift: audit("cumulative-layout-shift"),
  };
}

if (!existsSync(join(app, ".next", "BUILD_ID"))) {
  console.info("Building the showcase first …");
  const build = spawnSync("pnpm", ["--filter", "@insats/showcase", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const pgliteDir = join(mkdtempSync(join(tmpdir(), "insats-bench-")), "pglite");
const stops = [
  start("pnpm", ["--filter", "@insats/api", "start"], {
    PORT: String(ports.api),
    PGLITE_DIR: pgliteDir,
    NODE_ENV: "test",
  }),
];
try {
  await waitFor(`${apiUrl}/health`);
  stops.push(
    start(
      "pnpm",
      ["--filter", "@insats/showcase", "exec", "next", "start", "--port", String(ports.showcase)],
      {
        INSATS_API_URL: apiUrl,
        SITE_URL: siteUrl,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    ),
  );
  await waitFor(siteUrl);
  // The first request of a page renders and caches it; measure what a visitor after that gets.
  for (const route of routes) await fetch(siteUrl + route.path);

  const firstLoad = [];
  const scriptsByRoute = new Map();
  for (const route of routes) {
    const scripts = await firstLoadScripts(route.path);
    scriptsByRoute.set(route.name, scripts);
    const sizes = await Promise.all(scripts.map(scriptSizes));
    const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
    firstLoad.push({
      route: route.name,
      path: route.path,
      scripts: scripts.length,
      raw: sum("raw"),
      gzip: sum("gzip"),
      brotli: sum("brotli"),
    });
  }
  // What every route loads is the framework (React, the Next.js router); the rest is the page's own.
  const shared = [...scriptsByRoute.values()].reduce((common, scripts) =>
    common.filter((src) => scripts.includes(src)),
  );
  const sharedSizes = await Promise.all(shared.map(scriptSizes));
  const sharedGzip = sharedSizes.reduce((total, size) => total + size.gzip, 0);
  const sharedBrotli = sharedSizes.reduce((total, size) => total + size.brotli, 0);

  console.info("\nFirst-load JavaScript per route (kB, compressed; aim ≤ 120 for list and detail)");
  console.info(
    table(
      firstLoad.map((row) => ({
        route: row.route,
        path: row.path,
        scripts: row.scripts,
        "raw kB": kB(row.raw),
        "gzip kB": kB(row.gzip),
        "brotli kB": kB(row.brotli),
        "own gzip kB": kB(row.gzip - sharedGzip),
      })),
    ),
  );
  console.info(`Shared by every route (framework): ${kB(sharedGzip)} kB gzip, ${kB(sharedBrotli)} kB brotli`);

  let scores = null;
  if (existsSync(join(app, "node_modules", ".bin", "lighthouse"))) {
    scores = [];
    for (const name of lighthouseRoutes) {
      const route = routes.find((candidate) => candidate.name === name);
      scores.push({ route: name, path: route.path, ...lighthouse(route.path) });
    }
    console.info(
      `\nLighthouse in ${chromePath} (mobile emulation; aims: performance ≥ 95, accessibility 100)`,
    );
    console.info(table(scores));
  } else {
    console.info("\nLighthouse is not installed; skipped.");
  }

  const resultsDir = join(app, ".bench-results");
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(
    join(resultsDir, "showcase.json"),
    `${JSON.stringify({ firstLoad, shared: { gzip: sharedGzip, brotli: sharedBrotli }, lighthouse: scores }, null, 2)}\n`,
  );
} finally {
  for (const stop of stops.reverse()) stop();
  // Give the API a moment to close its database before its directory goes.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  rmSync(dirname(pgliteDir), { recursive: true, force: true, maxRetries: 5 });
}
