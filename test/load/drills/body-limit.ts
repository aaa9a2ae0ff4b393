// An 8 MB chunked body (no Content-Length) must be refused with 413 at the API and through each app's forwarder
// (/api/trpc of both apps, /api/auth of the calculator), read no further than the limit, and leave the API's
// memory where it was: before, the API read a chunked sign-in body whole (150 MB took it from 496 to 901 MB) and
// the apps buffered any body. Needs the built apps (pnpm --filter @insats/showcase build, … calculator build).
import { join } from "node:path";
import {
  generousBudgets,
  residentBytes,
  sleep,
  startApi,
  startApp,
  temporaryDirectory,
} from "../services.ts";
import { runDrill } from "./drill.ts";

const ports = { api: 4641, showcase: 4642, calculator: 4643 };
const megabyte = 1024 * 1024;
const bodyBytes = 8 * megabyte;
/** Bodies sent at once to each target, and rounds of them. */
const concurrent = 4;
const rounds = 3;
/** "A few MB": what the API's resident memory may grow by across all the refused bodies. */
const maxGrowthBytes = 16 * megabyte;
const proxySecret = "drill-body-limit-proxy-secret-0123456789";

function chunkedBody(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const state = { sent: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.sent >= bytes) return controller.close();
      controller.enqueue(chunk);
      state.sent += chunk.length;
    },
  });
  return { stream, state };
}

async function send(url: string): Promise<{ status: number | string; sent: number; ms: number }> {
  const { stream, state } = chunkedBody(bodyBytes);
  const started = performance.now();
  const status = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3001" },
    body: stream,
    duplex: "half",
    signal: AbortSignal.timeout(20_000),
  } as RequestInit).then(
    async (response) => {
      await response.text();
      return response.status;
    },
    (error: unknown) => `error ${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)}`,
  );
  return { status, sent: state.sent, ms: performance.now() - started };
}

await runDrill("8 MB chunked bodies refused at the API and through the apps", 240_000, async ({ check, log }) => {
  const pgliteDir = join(temporaryDirectory("insats-drill-body-"), "data");
  const api = await startApi({
    port: ports.api,
    database: { pgliteDir },
    env: { ...generousBudgets, INSATS_PROXY_SECRET: proxySecret },
  });
  const appEnv = { INSATS_PROXY_SECRET: proxySecret };
  const [showcase, calculator] = await Promise.all([
    startApp({ app: "showcase", port: ports.showcase, apiUrl: api.url, env: appEnv }),
    startApp({ app: "calculator", port: ports.calculator, apiUrl: api.url, env: appEnv }),
  ]);

  const targets = [
    { name: "API /auth/sign-in/email", url: `${api.url}/auth/sign-in/email` },
    { name: "API /trpc/scenario.compute", url: `${api.url}/trpc/scenario.compute` },
    { name: "showcase /api/trpc", url: `${showcase.url}/api/trpc/initiative.list` },
    { name: "calculator /api/trpc", url: `${calculator.url}/api/trpc/scenario.compute` },
    { name: "calculator /api/auth", url: `${calculator.url}/api/auth/sign-in/email` },
  ];

  // Warm every path with one refused body, then measure from a settled process.
  for (const target of targets) await send(target.url);
  await sleep(1_000);
  const apiPid = api.process.pid!;
  const before = residentBytes(apiPid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, residentBytes(apiPid));
  }, 20);

  for (let round = 0; round < rounds; round += 1) {
    for (const target of targets) {
      const outcomes = await Promise.all(Array.from({ length: concurrent }, () => send(target.url)));
      for (const outcome of outcomes) {
        check(outcome.status === 413, `${target.name}: answered ${outcome.status}, not 413`);
      }
      const slowest = Math.max(...outcomes.map((outcome) => outcome.ms));
      const sent = Math.max(...outcomes.map((outcome) => outcome.sent));
      if (round === 0) {
        log(`${target.name}: ${outcomes.map((o) => o.status).join("/")}, at most ${(sent / megabyte).toFixed(1)} MB sent, slowest ${Math.round(slowest)} ms`);
      }
    }
  }
  clearInterval(sampler);
  await sleep(500);
  const after = residentBytes(apiPid);
  const growth = Math.max(peak, after) - before;
  log(
    `API resident memory: ${(before / megabyte).toFixed(1)} MB before, peak ${(peak / megabyte).toFixed(1)} MB, ` +
      `${(after / megabyte).toFixed(1)} MB after ${rounds * targets.length * concurrent} bodies of 8 MB`,
  );
  check(growth <= maxGrowthBytes, `the API's memory grew by ${(growth / megabyte).toFixed(1)} MB`);

  // Nothing else broke: ordinary requests still answer, through the apps too.
  for (const url of [`${api.url}/health`, `${showcase.url}/api/trpc/unitCost.list`, `${calculator.url}/api/trpc/unitCost.list`]) {
    const response = await fetch(url);
    check(response.ok, `${url} answered ${response.status} afterwards`);
  }
  await Promise.all([showcase.stop(), calculator.stop()]);
  await api.stop();
});
