// Hostile or broken requests — bodies over 1 MB (declared and chunked), deeply nested JSON, wrong content types,
// malformed tRPC batches — must be refused quickly with a 4xx and no stack trace, while another client's
// ordinary reads keep succeeding.
import { join } from "node:path";
import {
  type ApiProcess,
  demoPlanner,
  generousBudgets,
  signIn,
  sleep,
  startApi,
  temporaryDirectory,
} from "../services.ts";
import { leaksInternals, runDrill } from "./drill.ts";

const port = 4623;
const megabyte = 1024 * 1024;
/** "Quickly": an answer within this, even on a loaded 2-core machine. */
const quickMs = 3_000;

interface BadRequest {
  name: string;
  path: string;
  init: RequestInit;
  /** Send a fresh chunked body of this many bytes (a stream is read once, so it is made per request). */
  chunkedBytes?: number;
}

/** Signed in, so that the tRPC mutations get as far as reading and parsing the body. */
let cookie = "";

function chunkedBody(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(chunk);
      sent += chunk.length;
    },
  });
}

const deepJson = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const json = { "content-type": "application/json" };

const badRequests: BadRequest[] = [
  {
    name: "declared body over 1 MB",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: json, body: "x".repeat(megabyte + 1) },
  },
  {
    name: "chunked body over 1 MB (no length)",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: json },
    chunkedBytes: 2 * megabyte,
  },
  {
    name: "chunked body over 1 MB to sign-in",
    path: "/auth/sign-in/email",
    init: { method: "POST", headers: { ...json, origin: "http://localhost:3001" } },
    chunkedBytes: 2 * megabyte,
  },
  {
    name: "deeply nested array (100 000)",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: json, body: deepJson(100_000) },
  },
  {
    name: "deeply nested object (50 000)",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: json, body: deepObject(50_000) },
  },
  {
    name: "deep JSON in a query input",
    path: `/trpc/initiative.list?input=${encodeURIComponent(deepJson(1_000))}`,
    init: {},
  },
  {
    name: "text/plain to a mutation",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: { "content-type": "text/plain" }, body: "{}" },
  },
  {
    name: "form data to sign-in",
    path: "/auth/sign-in/email",
    init: {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3001" },
      body: "email=a&password=b",
    },
  },
  {
    name: "XML to a mutation",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: { "content-type": "application/xml" }, body: "<a/>" },
  },
  {
    name: "invalid JSON",
    path: "/trpc/scenario.compute",
    init: { method: "POST", headers: json, body: '{"input":' },
  },
  {
    name: "batch body not an object",
    path: "/trpc/scenario.compute,scenario.compute?batch=1",
    init: { method: "POST", headers: json, body: "[1,2,3]" },
  },
  {
    name: "batch with unknown procedures",
    path: "/trpc/nope.a,nope.b?batch=1",
    init: { method: "POST", headers: json, body: '{"0":{},"1":{}}' },
  },
  {
    name: "batch query input not JSON",
    path: "/trpc/initiative.list,initiative.list?batch=1&input=%7Bnot-json",
    init: {},
  },
  {
    name: "batch of 300 calls",
    path: `/trpc/${Array.from({ length: 300 }, () => "initiative.bySlug").join(",")}?batch=1`,
    init: {},
  },
  {
    name: "batch path with empty names",
    path: "/trpc/,,,?batch=1",
    init: { method: "POST", headers: json, body: "{}" },
  },
];

interface Outcome {
  status: number | "error";
  ms: number;
  body: string;
}

async function send(api: ApiProcess, request: BadRequest): Promise<Outcome> {
  const started = performance.now();
  try {
    const headers = { ...(request.init.headers as Record<string, string> | undefined), cookie };
    const body = request.chunkedBytes === undefined ? request.init.body : chunkedBody(request.chunkedBytes);
    const response = await fetch(`${api.url}${request.path}`, {
      ...request.init,
      headers,
      body,
      signal: AbortSignal.timeout(10_000),
      // Node's fetch needs this to stream a request body.
      ...(request.chunkedBytes === undefined ? {} : { duplex: "half" }),
    });
    const text = await response.text();
    return { status: response.status, ms: performance.now() - started, body: text };
  } catch (error) {
    // The server may answer 413 and close the connection while the client is still sending: a refusal too.
    return { status: "error", ms: performance.now() - started, body: String(error) };
  }
}

await runDrill("oversized, deep, wrongly typed and malformed requests", 120_000, async ({ check, log }) => {
  const pgliteDir = join(temporaryDirectory("insats-drill-bad-"), "data");
  const api = await startApi({ port, database: { pgliteDir }, env: generousBudgets });
  cookie = await signIn(api.url, demoPlanner.email, demoPlanner.password);

  // The other client: ordinary reads, one at a time, for as long as the bad requests last.
  let attacking = true;
  const reads: { ok: boolean; ms: number }[] = [];
  const reader = (async () => {
    for (let i = 0; attacking && i < 2_000; i += 1) {
      const started = performance.now();
      const ok = await fetch(`${api.url}/v1/initiatives?limit=5`, {
        signal: AbortSignal.timeout(10_000),
      }).then(
        (response) => response.ok,
        () => false,
      );
      reads.push({ ok, ms: performance.now() - started });
      await sleep(20);
    }
  })();

  // Each bad request three times (two at once) in each of three rounds, concurrently with the reads.
  for (const request of [...badRequests, ...badRequests, ...badRequests]) {
    const outcomes = await Promise.all([send(api, request), send(api, request)]);
    outcomes.push(await send(api, request));
    for (const outcome of outcomes) {
      const refused = outcome.status === "error" || (outcome.status >= 400 && outcome.status < 500);
      check(refused, `${request.name}: answered ${outcome.status}, not a 4xx: ${outcome.body.slice(0, 200)}`);
      check(outcome.ms < quickMs, `${request.name}: took ${Math.round(outcome.ms)} ms`);
      check(
        !leaksInternals(outcome.body),
        `${request.name}: the answer leaks internals: ${outcome.body.slice(0, 300)}`,
      );
    }
    const worst = outcomes.reduce((a, b) => (a.ms > b.ms ? a : b));
    log(`${request.name}: ${outcomes.map((o) => o.status).join("/")}, slowest ${Math.round(worst.ms)} ms`);
  }
  attacking = false;
  await reader;

  const failed = reads.filter((read) => !read.ok).length;
  const slowest = Math.max(...reads.map((read) => read.ms));
  log(`other client: ${reads.length} reads, ${failed} failed, slowest ${Math.round(slowest)} ms`);
  check(
    reads.length > 0 && failed === 0,
    `the other client's reads failed ${failed} of ${reads.length} times`,
  );
  check(slowest < quickMs, `the other client waited ${Math.round(slowest)} ms for a read`);
  const health = await fetch(`${api.url}/health`);
  check(health.ok, `the API is not healthy afterwards: ${health.status}`);
  check(api.process.exitCode === null, "the API exited");
  await api.stop();
});
