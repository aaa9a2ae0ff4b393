// An 8 MB chunked body (no Content-Length) must be refused with 413 at the API and through each app's forwarder
// (/api/trpc of both apps, /api/auth of the calculator), read no further than the limit, and leave the API's
// memory where it was: before, the API read a chunked sign-in body whole (150 MB took it from 496 to 901 MB) and
// the apps buffered any body. Needs the built apps (pnpm --filter @insats/showcase build, … calculator build).
import { connect } from "node:net";
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

/**
 * Sends a chunked POST of `bodyBytes` over a raw socket and returns the status line's code. Not fetch: undici
 * gives up with EPIPE when the server answers early and closes while the body is still going out, and drops the
 * answer it has already received; a socket keeps reading whatever the server sent.
 */
function send(url: string): Promise<{ status: number | string; sent: number; ms: number }> {
  const { hostname, port, pathname } = new URL(url);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = "";
    let sent = 0;
    let finished = false;
    const finish = (fallback: string) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
      resolve({ status: status ? Number(status) : fallback, sent, ms: performance.now() - started });
    };
    const timer = setTimeout(() => finish("timeout"), 20_000);
    const chunk = Buffer.concat([Buffer.from(`10000\r\n`), Buffer.alloc(0x10000, 0x20), Buffer.from("\r\n")]);
    const pump = () => {
      while (!finished && sent < bodyBytes) {
        sent += 0x10000;
        if (!socket.write(chunk)) return void socket.once("drain", pump);
      }
      if (!finished) socket.write("0\r\n\r\n");
    };
    socket.on("connect", () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\ncontent-type: application/json\r\n` +
          `origin: http://localhost:3001\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n`,
      );
      pump();
    });
    socket.on("data", (data: Buffer) => {
      received += data.toString("latin1");
      // The status line is all this needs; the server may still be discarding the rest of the body.
      if (/^HTTP\/1\.1 \d{3}/.test(received)) finish("no status");
    });
    // The server answers 413 and closes while the body is still going out; on a busy machine the close can reach
    // this socket first, and a write fails (EPIPE, or ECONNRESET) before the answer is read. The server has then
    // refused the body as well — stopped reading it and closed — which the caller tells apart from an answer.
    socket.on("error", (error: NodeJS.ErrnoException) =>
      finish(error.code === "EPIPE" || error.code === "ECONNRESET" ? "closed while sending" : `error ${error.message}`),
    );
    socket.on("close", () => finish("closed without an answer"));
  });
}

await runDrill("8 MB chunked bodies refused at the API and through the apps", 480_000, async ({ check, log }) => {
  const pgliteDir = join(temporaryDirectory("insats-drill-body-"), "data");
  const api = await startApi({
    port: ports.api,
    database: { pgliteDir },
    env: { ...generousBudgets, INSATS_PROXY_SECRET: proxySecret },
    // The first start migrates and seeds; on a busy machine that takes more than the default minute.
    readyTimeoutMs: 240_000,
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

  let closedWhileSending = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const target of targets) {
      const outcomes = await Promise.all(Array.from({ length: concurrent }, () => send(target.url)));
      for (const outcome of outcomes) {
        check(
          outcome.status === 413 || outcome.status === "closed while sending",
          `${target.name}: answered ${outcome.status}, not 413`,
        );
        // Refused while the bytes were arriving: a server that reads the whole body (the old API for sign-in, the
        // apps' arrayBuffer()) answers only once all 8 MB are sent.
        check(
          outcome.sent < bodyBytes,
          `${target.name}: answered only after the whole body (${(outcome.sent / megabyte).toFixed(1)} MB) was sent`,
        );
      }
      closedWhileSending += outcomes.filter((outcome) => outcome.status === "closed while sending").length;
      const slowest = Math.max(...outcomes.map((outcome) => outcome.ms));
      const sent = Math.max(...outcomes.map((outcome) => outcome.sent));
      if (round === 0) {
        log(`${target.name}: ${outcomes.map((o) => o.status).join("/")}, at most ${(sent / megabyte).toFixed(1)} MB sent, slowest ${Math.round(slowest)} ms`);
      }
    }
  }
  clearInterval(sampler);
  // Most refusals must be answered: a closed connection is the exception a busy machine makes, not the rule.
  check(closedWhileSending <= (rounds * targets.length * concurrent) / 10, `${closedWhileSending} connections were closed without a 413`);
  if (closedWhileSending > 0) log(`${closedWhileSending} of ${rounds * targets.length * concurrent} refusals closed the connection before the 413 could be read`);
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
