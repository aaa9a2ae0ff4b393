// What one bad request or one stranger must not do to the API (issue 13, points 4, 5, 9 and 10), over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail } from "@insats/db";
import { type RunningApi, signIn, startTestApi } from "../../test/server.ts";
import { clientAddressHeader, maxBodyBytes, proxySecretHeader } from "../forward.ts";
import { maxBatchCalls } from "../forward.ts";
import { forLog } from "./http.ts";

const origin = { origin: "http://localhost:3001" };
const json = { "content-type": "application/json", ...origin };
const proxySecret = "a-proxy-secret-for-tests-only-0123456789";

/** A chunked body (no Content-Length) of `text` followed by spaces up to `bytes`; counts what the server pulled. */
function chunkedBody(bytes: number, text = "") {
  const prefix = new TextEncoder().encode(text);
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= bytes) return controller.close();
      const next = state.pulled === 0 && prefix.length > 0 ? prefix : chunk;
      controller.enqueue(next);
      state.pulled += next.length;
    },
  });
  return { stream, state };
}

async function postChunked(url: string, bytes: number, text = ""): Promise<{ status: number | "reset"; pulled: number }> {
  const { stream, state } = chunkedBody(bytes, text);
  const status = await fetch(url, { method: "POST", headers: json, body: stream, duplex: "half" }).then(
    (response) => response.status,
    // The server may close the connection after its 413 while the client is still sending.
    () => "reset" as const,
  );
  return { status, pulled: state.pulled };
}

const signInAttempt = (api: RunningApi, email: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/auth/sign-in/email`, {
    method: "POST",
    headers: { ...json, ...headers },
    body: JSON.stringify({ email, password: "wrong-password-1" }),
  });

const fromClient = (address: string, secret = proxySecret) => ({
  [proxySecretHeader]: secret,
  [clientAddressHeader]: address,
});

/** Starting a server migrates a fresh database: on a busy machine that can take longer than the default minute. */
const startUp = 180_000;

/** Default budgets: for the tests that spend none of them. */
let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
}, startUp);
afterAll(() => api?.close());

describe("bodies counted as they arrive", () => {
  it("refuses an 8 MB chunked sign-in body with 413", async () => {
    const { status } = await postChunked(`${api.url}/auth/sign-in/email`, 8 * maxBodyBytes);
    // Before, the server read all 8 MB and answered 400. Its memory during such bodies: the drill body-limit.ts.
    expect(status).toBe(413);
  });

  it("refuses a chunked tRPC body over 1 MB with 413", async () => {
    const { status } = await postChunked(`${api.url}/trpc/scenario.compute`, 2 * maxBodyBytes);
    expect(status).toBe(413);
  });

  it("creates nothing from a sign-up whose chunked body runs past 1 MB", async () => {
    const padding = "x".repeat(maxBodyBytes);
    const text = JSON.stringify({ email: "too-big@example.test", password: "a-long-password-1", name: padding });
    const { status } = await postChunked(`${api.url}/auth/sign-up/email`, text.length + 1, text);
    expect(status).toBe(413);
    expect(await findUserByEmail(api.database.db, { email: "too-big@example.test" })).toBeNull();
  });
});

describe("public tRPC reads and batches", () => {
  let limited: RunningApi;
  beforeAll(async () => {
    limited = await startTestApi({ budgets: { openData: { points: 4, durationSeconds: 60 } } });
  }, startUp);
  afterAll(() => limited?.close());

  it(`refuses a batch of more than ${maxBatchCalls} calls with 400`, async () => {
    const batch = (calls: number) =>
      fetch(`${limited.url}/trpc/${Array.from({ length: calls }, () => "me.get").join(",")}?batch=1`);
    expect((await batch(maxBatchCalls)).status).toBe(200);
    const refused = await batch(maxBatchCalls + 1);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });

  it("spends the open data budget on public tRPC reads, shared with /v1, one point per call", async () => {
    const statuses: number[] = [];
    statuses.push((await fetch(`${limited.url}/v1/unit-costs`)).status);
    statuses.push((await fetch(`${limited.url}/trpc/unitCost.list`)).status);
    // A batch of two calls spends two points: the budget (4) is now spent.
    statuses.push((await fetch(`${limited.url}/trpc/unitCost.list,unitCost.list?batch=1`)).status);
    const refused = await fetch(`${limited.url}/trpc/initiative.list?input=%7B%7D`);
    statuses.push(refused.status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await fetch(`${limited.url}/v1/initiatives`)).status).toBe(429);
  });

  it("does not count an app's own reads (proxy secret, no client address)", async () => {
    const own = await fetch(`${limited.url}/trpc/unitCost.list`, { headers: { [proxySecretHeader]: "insats-development-proxy-secret-not-for-production" } });
    expect(own.status).toBe(200);
  });
});

describe("sign-in limits see each client", () => {
  let limited: RunningApi;
  beforeAll(async () => {
    limited = await startTestApi({
      budgets: { auth: { points: 3, durationSeconds: 60 }, authFailures: { points: 3, durationSeconds: 60 } },
      env: { INSATS_PROXY_SECRET: proxySecret },
    });
  }, startUp);
  afterAll(() => limited?.close());

  it("limits the address an app vouches for, and no other", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await signInAttempt(limited, `guess-${attempt}@example.test`, fromClient("203.0.113.7"))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await signInAttempt(limited, "other@example.test", fromClient("198.51.100.2"))).status).toBe(401);
  });

  it("ignores a client address without the right secret, however often it changes", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const headers = fromClient(`192.0.2.${attempt}`, "not-the-secret-but-just-as-long-000000000");
      statuses.push((await signInAttempt(limited, `spoof-${attempt}@example.test`, headers)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("never limits signing out", async () => {
    // 203.0.113.7 has spent its budget above.
    const response = await fetch(`${limited.url}/auth/sign-out`, { method: "POST", headers: { ...json, ...fromClient("203.0.113.7") } });
    expect(response.status).not.toBe(429);
  });

  it("limits failed sign-ins per account from any number of addresses, and only that account", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      statuses.push((await signInAttempt(limited, "Victim@Example.test", fromClient(`10.1.0.${attempt}`))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await signInAttempt(limited, "bystander@example.test", fromClient("10.1.0.3"))).status).toBe(401);
  });
});

describe("behind a load balancer (TRUST_PROXY)", () => {
  let limited: RunningApi;
  beforeAll(async () => {
    limited = await startTestApi({ budgets: { auth: { points: 3, durationSeconds: 60 } }, env: { TRUST_PROXY: "true" } });
  }, startUp);
  afterAll(() => limited?.close());

  it("takes the right-most hop of X-Forwarded-For, which the client cannot choose", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const forwarded = `192.0.2.${attempt}, 203.0.113.9`;
      statuses.push((await signInAttempt(limited, `lb-${attempt}@example.test`, { "x-forwarded-for": forwarded })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await signInAttempt(limited, "lb@example.test", { "x-forwarded-for": "203.0.113.10" })).status).toBe(401);
  });
});

describe("small things", () => {
  it("answers a NUL character in a search with 400 and the field, over tRPC and /v1", async () => {
    const trpc = await fetch(`${api.url}/trpc/initiative.list?input=${encodeURIComponent(JSON.stringify({ q: "barn\u0000" }))}`);
    expect(trpc.status).toBe(400);
    const body = (await trpc.json()) as { error: { data: { issues: { path: string }[] } } };
    expect(body.error.data.issues.map((issue) => issue.path)).toEqual(["q"]);
    expect((await fetch(`${api.url}/v1/initiatives?q=barn%00`)).status).toBe(400);
  });

  it("answers a NUL character in a saved text with 400 and stores nothing", async () => {
    const cookie = await signIn(api, "nul@example.test", "a-long-password-1");
    const response = await fetch(`${api.url}/trpc/me.get`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const signUp = await fetch(`${api.url}/auth/sign-up/email`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: "nul2@example.test", password: "a-long-password-1", name: "a\u0000b" }),
    });
    expect(signUp.status).toBe(400);
    expect(await findUserByEmail(api.database.db, { email: "nul2@example.test" })).toBeNull();
  });

  it("gives validation problems as a sentence and a list of paths, not JSON in a string", async () => {
    const response = await fetch(`${api.url}/trpc/initiative.list?input=${encodeURIComponent(JSON.stringify({ limit: -1, q: "" }))}`);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string; data: { issues: { path: string; message: string }[] } } };
    expect(() => JSON.parse(error.message) as unknown).toThrow();
    expect(error.message).toMatch(/^Invalid input: /);
    expect(error.data.issues.map((issue) => issue.path).sort()).toEqual(["limit", "q"]);
  });

  it("logs at most a few thousand characters of an error", () => {
    const logged = forLog(new Error(`Failed query: select … params: ${"x".repeat(5_000_000)}`));
    expect(logged.length).toBeLessThan(2_100);
    expect(logged).toMatch(/^Error: Failed query/);
  });

  it("ends the user's other sessions when the password changes, whatever the client asked", async () => {
    const email = "changer@example.test";
    const first = await signIn(api, email, "a-long-password-1");
    const second = await signIn(api, email, "a-long-password-1");
    const change = await fetch(`${api.url}/auth/change-password`, {
      method: "POST",
      headers: { ...json, cookie: first },
      body: JSON.stringify({ currentPassword: "a-long-password-1", newPassword: "a-new-long-password-2", revokeOtherSessions: false }),
    });
    expect(change.status).toBe(200);
    const me = async (cookie: string) =>
      ((await (await fetch(`${api.url}/trpc/me.get`, { headers: { cookie } })).json()) as { result: { data: unknown } }).result.data;
    expect(await me(second)).toBeNull();
  });
});
