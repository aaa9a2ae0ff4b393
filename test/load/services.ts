// The processes a load run or drill starts: a throwaway PostgreSQL (tooling/postgres/start.sh) and API servers
// (packages/api/src/server/main.ts under tsx). Everything started here is stopped by stopAll(), and on exit or
// Ctrl-C as well, so a failed run leaves nothing running.
import { type ChildProcess, execFile, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const apiDir = join(repoRoot, "packages/api");
const postgresScripts = join(repoRoot, "tooling/postgres");

/** Only these hosts are ever loaded: the runs must stay on this machine. */
export const loopback = "127.0.0.1";

/**
 * Budgets high enough that the limiter never rejects the load (RATE_LIMIT_* of the API's env.ts). The limiter
 * still runs (a database round trip per request), so its cost is part of the figures. An API that does not read
 * these variables keeps its defaults, and the load report then shows the 429s in their own column.
 */
export const generousBudgets = {
  RATE_LIMIT_AUTH_PER_MINUTE: "100000",
  RATE_LIMIT_WRITES_PER_MINUTE: "10000000",
  RATE_LIMIT_OPEN_DATA_PER_MINUTE: "10000000",
  RATE_LIMIT_COMPUTE_PER_MINUTE: "100000",
};

/** A planner the API seeds outside production (packages/api/src/auth/demo-users.ts). */
export const demoPlanner = { email: "planerare@norrkoping.demo.insats.se", password: "insats-demo-2026" };

const cleanups: (() => void)[] = [];
let exitHooked = false;

/** Registers a synchronous cleanup that runs on stopAll(), normal exit, and SIGINT/SIGTERM. */
function onCleanup(cleanup: () => void): () => void {
  if (!exitHooked) {
    exitHooked = true;
    process.on("exit", runCleanups);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        runCleanups();
        process.exit(130);
      });
    }
  }
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.indexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

function runCleanups() {
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      cleanup();
    } catch (error) {
      console.error("cleanup failed:", error);
    }
  }
}

export const stopAll = runCleanups;

/** A temporary directory removed at the end of the run. */
export function temporaryDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface Postgres {
  url: string;
  /** Fast shutdown and start again, same data (the restart drill); does not block the event loop. */
  restart(): Promise<void>;
  /** Fast shutdown, keeping the data for resume(). */
  halt(): Promise<void>;
  resume(): Promise<void>;
  stop: () => void;
}

/** A PostgreSQL of its own on `port` with data in a fresh directory under /tmp; removed when stopped. */
export function startPostgres(port: number): Postgres {
  return runPostgres(port, "start.sh", {});
}

/** A streaming standby of the server on `primaryPort` (tooling/postgres/standby.sh), on `port`; read-only. */
export function startStandby(primaryPort: number, port: number): Postgres {
  return runPostgres(port, "standby.sh", { PRIMARY_PORT: String(primaryPort) });
}

function runPostgres(port: number, startScript: string, extraEnv: Record<string, string>): Postgres {
  const parent = mkdtempSync(join(tmpdir(), `insats-load-pg-${port}-`));
  const env = { ...process.env, ...extraEnv, PGPORT: String(port), PGDATA: join(parent, "data") };
  const script = (name: string, args: string[] = []) =>
    execFileSync("bash", [join(postgresScripts, name), ...args], {
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 90_000,
    });
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    script("stop.sh", ["--remove"]);
    rmSync(parent, { recursive: true, force: true });
  };
  onCleanup(stop);
  const url = script(startScript).trim().split("\n").at(-1)!;
  const run = (name: string) =>
    execFileAsync("bash", [join(postgresScripts, name)], { env, timeout: 90_000 });
  return {
    url,
    async restart() {
      await run("stop.sh");
      await run("start.sh");
    },
    async halt() {
      await run("stop.sh");
    },
    async resume() {
      await run("start.sh");
    },
    stop,
  };
}

/** Creates (or empties) a database of that name on the server and returns its URL. */
export function freshDatabase(serverUrl: string, name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const psql = (sql: string) =>
    execFileSync("/usr/lib/postgresql/15/bin/psql", [serverUrl, "-v", "ON_ERROR_STOP=1", "-qc", sql], {
      stdio: ["ignore", "ignore", "pipe"],
      timeout: 30_000,
    });
  psql(`drop database if exists ${name} with (force)`);
  psql(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  /** What the server printed to stderr (for reports when it fails). */
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  exited: Promise<number | null>;
}

export interface StartApiOptions {
  port: number;
  /** DATABASE_URL, or PGLITE_DIR for the embedded database. */
  database: { url: string } | { pgliteDir: string };
  env?: Record<string, string>;
  /** How long to wait for /health (default 60 s: the first start migrates and seeds). */
  readyTimeoutMs?: number;
}

/** Starts the real API server as its own process and waits until /health answers 200. */
export async function startApi(options: StartApiOptions): Promise<ApiProcess> {
  return waitUntilReady(spawnApiProcess(options), "/health", options.readyTimeoutMs ?? 60_000);
}

/** Starts the API process without waiting; for drills that expect it to fail. */
export function spawnApiProcess(options: StartApiOptions): ApiProcess {
  const { database } = options;
  const env: Record<string, string> = {
    NODE_ENV: "development",
    HOST: loopback,
    PORT: String(options.port),
    ...("url" in database
      ? { DATABASE_URL: database.url, SEED_DEMO_USERS: "true" }
      : { PGLITE_DIR: database.pgliteDir }),
    ...options.env,
  };
  return spawnTsx(apiDir, "src/server/main.ts", [], env, options.port);
}

/** Another TypeScript server of ours (the baseline), started like the API and ready when `readyPath` answers 200. */
export async function spawnServer(options: {
  script: string;
  args: string[];
  port: number;
  readyPath: string;
}): Promise<ApiProcess> {
  return waitUntilReady(
    spawnTsx(join(repoRoot, "test"), options.script, options.args, {}, options.port),
    options.readyPath,
    30_000,
  );
}

/** A built Next app (`pnpm --filter @insats/<app> build` first) on `port`, in production mode, in front of `apiUrl`. */
export async function startApp(options: {
  app: "showcase" | "calculator";
  port: number;
  apiUrl: string;
  env?: Record<string, string>;
}): Promise<ApiProcess> {
  const cwd = join(repoRoot, "apps", options.app);
  if (!existsSync(join(cwd, ".next", "BUILD_ID"))) {
    throw new Error(`the ${options.app} is not built: pnpm --filter @insats/${options.app} build`);
  }
  const baseEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" };
  // As test/playwright.config.ts: no --hostname, so that Next resolves its own rewrites internally.
  const child = spawn(
    process.execPath,
    [join(cwd, "node_modules/next/dist/bin/next"), "start", "--port", String(options.port)],
    {
      cwd,
      env: { ...baseEnv, NODE_ENV: "production", INSATS_API_URL: options.apiUrl, ...options.env },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  // The forwarder answers once the app and the API behind it are up.
  return waitUntilReady(trackApi(child, options.port), "/api/trpc/unitCost.list", 180_000);
}

/** Resident memory of a process of ours, in bytes (Linux). */
export function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB$/m);
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number(line[1]) * 1024;
}

export interface StartCalculatorOptions {
  port: number;
  apiUrl: string;
  env?: Record<string, string>;
}

/** The built calculator against an API, printing PDFs with the Chromium the tests use. */
export async function startCalculator(options: StartCalculatorOptions): Promise<ApiProcess> {
  return startApp({
    app: "calculator",
    port: options.port,
    apiUrl: options.apiUrl,
    env: {
      ...(process.env.CHROMIUM_PATH ? { CHROMIUM_PATH: process.env.CHROMIUM_PATH } : {}),
      ...options.env,
    },
  });
}

async function waitUntilReady(server: ApiProcess, path: string, timeoutMs: number): Promise<ApiProcess> {
  try {
    await waitFor(server, path, timeoutMs);
  } catch (error) {
    await server.stop("SIGKILL");
    throw error;
  }
  return server;
}

function spawnTsx(
  cwd: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  port: number,
): ApiProcess {
  // Only what the server needs: the caller's environment (DATABASE_URL above all) must not leak into it.
  const baseEnv = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" };
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd,
    env: { ...baseEnv, ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return trackApi(child, port);
}

function trackApi(child: ChildProcess, port: number): ApiProcess {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    // Keep the tail only: a long run must not grow without bound.
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<number | null>((resolvePromise) =>
    child.once("exit", (code) => resolvePromise(code)),
  );
  const forget = onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  return {
    url: `http://${loopback}:${port}`,
    process: child,
    stderr: () => stderr,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      forget();
    },
  };
}

async function waitFor(api: ApiProcess, path: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.process.exitCode !== null)
      throw new Error(`the server exited with ${api.process.exitCode}:\n${api.stderr()}`);
    const ok = await fetch(`${api.url}${path}`, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${api.url}${path} did not answer 200 within ${timeoutMs} ms:\n${api.stderr()}`);
}

export const sleep = (ms: number) => new Promise((resolvePromise) => setTimeout(resolvePromise, ms));

/** Signs in over HTTP as the calculator app would (its origin); returns the Cookie header. */
export async function signIn(apiUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3001" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
