import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setMemberRole, getOrganisationByScbCode, rateLimits, upsertOrganisations, findUserByEmail } from "@insats/db";
import { type RunningApi, signIn, startTestApi } from "../../test/server.ts";
import { maxBodyBytes } from "./http.ts";

let api: RunningApi;

beforeAll(async () => {
  api = await startTestApi({ budgets: { auth: { points: 8, durationSeconds: 60 } } });
  await upsertOrganisations(api.database.db, {
    organisations: [{ slug: "norrkopings-kommun", kind: "municipality", nameSv: "Norrköpings kommun", nameEn: "Norrköping Municipality", scbCode: "0581", countyCode: "05" }],
  });
});

afterAll(async () => {
  await api?.close();
});

const trpcGet = (path: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers });

describe("the API over HTTP", () => {
  it("reports health with the database kind", async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("signs in with email and password and serves that user's procedures with the session cookie", async () => {
    const cookie = await signIn(api, "planner-http@example.test", "a-long-password-1");
    const user = await findUserByEmail(api.database.db, { email: "planner-http@example.test" });
    const organisation = await getOrganisationByScbCode(api.database.db, { scbCode: "0581" });
    await setMemberRole(api.database.db, { organisationId: organisation!.id, userId: user!.id, role: "planner", actorUserId: null });

    const me = (await (await trpcGet("me.get", undefined, { cookie })).json()) as { result: { data: unknown } };
    expect(me.result.data).toMatchObject({ email: "planner-http@example.test", activeOrganisationId: organisation!.id });

    const list = await trpcGet("scenario.list", {}, { cookie });
    expect(list.status).toBe(200);
    const anonymous = await trpcGet("scenario.list", {});
    expect(anonymous.status).toBe(401);
  });

  it("answers bad input with 400 and the issues, and never with a stack trace", async () => {
    const cookie = await signIn(api, "planner-http@example.test", "a-long-password-1");
    const response = await fetch(`${api.url}/trpc/scenario.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ name: "", input: { version: 2 } }),
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).not.toMatch(/stack|at .*\.ts:\d+/);
    const parsed = JSON.parse(body) as { error: { data: { issues: { path: string }[] } } };
    expect(parsed.error.data.issues.map((issue: { path: string }) => issue.path)).toEqual(
      expect.arrayContaining(["name", "input.version"]),
    );
  });

  it(`refuses a body over ${maxBodyBytes} bytes with 413 before reading it`, async () => {
    const response = await fetch(`${api.url}/trpc/scenario.create`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "x".repeat(maxBodyBytes + 1),
    });
    expect(response.status).toBe(413);
  });

  it("limits sign-in attempts per client with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const response = await fetch(`${api.url}/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3001" },
        body: JSON.stringify({ email: "nobody@example.test", password: "wrong-password-1" }),
      });
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get("retry-after");
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it("limits writes per user in the database: 429 with Retry-After over tRPC", async () => {
    const limited = await startTestApi({ budgets: { write: { points: 2, durationSeconds: 60 } } });
    try {
      await upsertOrganisations(limited.database.db, {
        organisations: [{ slug: "orebro-kommun", kind: "municipality", nameSv: "Örebro kommun", nameEn: "Örebro Municipality", scbCode: "1880", countyCode: "18" }],
      });
      const cookie = await signIn(limited, "writer@example.test", "a-long-password-1");
      const user = await findUserByEmail(limited.database.db, { email: "writer@example.test" });
      const organisation = await getOrganisationByScbCode(limited.database.db, { scbCode: "1880" });
      await setMemberRole(limited.database.db, { organisationId: organisation!.id, userId: user!.id, role: "planner", actorUserId: null });
      const input = { version: 1, name: "x", startYear: 2026, priceYear: 2023, horizonYears: 5, discountRate: 0.035, cohorts: [{ startOffset: 0, participants: 10 }], costs: [], outcomes: [] };
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let attempt = 0; attempt < 4; attempt += 1) {
        const response = await fetch(`${limited.url}/trpc/scenario.create`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ name: `Kalkyl ${attempt}`, input }),
        });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get("retry-after");
      }
      expect(statuses).toEqual([200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it("limits open data reads per client address in the process, without writing to the database", async () => {
    const limited = await startTestApi({ budgets: { openData: { points: 3, durationSeconds: 60 } } });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await fetch(`${limited.url}/v1/initiatives?limit=1`);
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get("retry-after");
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      const stored = await limited.database.db.select({ key: rateLimits.key }).from(rateLimits);
      expect(stored.filter((row) => row.key.startsWith("openData"))).toEqual([]);
    } finally {
      await limited.close();
    }
  });

  it("answers an unknown route with a JSON 404", async () => {
    const response = await fetch(`${api.url}/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
  });
});
