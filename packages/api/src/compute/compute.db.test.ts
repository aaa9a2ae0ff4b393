// scenario.compute over HTTP, in the server's worker threads (issue 13, point 1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail, getOrganisationByScbCode, setMemberRole, upsertOrganisations } from "@insats/db";
import { largestScenario, workedExampleScenario } from "@insats/domain";
import { type RunningApi, signIn, startTestApi } from "../../test/server.ts";

const organisation = {
  slug: "linkopings-kommun",
  kind: "municipality" as const,
  nameSv: "Linköpings kommun",
  nameEn: "Linköping Municipality",
  scbCode: "0580",
  countyCode: "05",
};

/** A planner of the organisation, signed in: the session cookie. */
async function plannerOf(api: RunningApi, email: string): Promise<string> {
  await upsertOrganisations(api.database.db, { organisations: [organisation] });
  const created = await getOrganisationByScbCode(api.database.db, { scbCode: organisation.scbCode });
  const cookie = await signIn(api, email, "a-long-password-1");
  const user = await findUserByEmail(api.database.db, { email });
  await setMemberRole(api.database.db, {
    organisationId: created!.id,
    userId: user!.id,
    role: "planner",
    actorUserId: null,
  });
  return cookie;
}

const compute = (api: RunningApi, cookie: string, body: unknown) =>
  fetch(`${api.url}/trpc/scenario.compute`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });

const largestComputation = {
  input: largestScenario(),
  simulation: { draws: 20_000, seed: 1 },
  sensitivity: true,
};

describe("scenario.compute over HTTP", () => {
  let api: RunningApi;
  let cookie: string;

  beforeAll(async () => {
    // A busy machine (the test files run in parallel) slows the largest computation past the default time limit.
    api = await startTestApi({ env: { COMPUTE_WORKERS: "1", COMPUTE_TIMEOUT_MS: "120000" } });
    cookie = await plannerOf(api, "computer@example.test");
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it("answers /health again and again while the largest allowed computation runs", async () => {
    // The worker started and warm, so that what is measured is the computation.
    expect((await compute(api, cookie, { input: workedExampleScenario })).status).toBe(200);
    let computing = true;
    const started = performance.now();
    const answer = compute(api, cookie, largestComputation).then(async (response) => {
      const tookMs = performance.now() - started;
      computing = false;
      return {
        status: response.status,
        body: (await response.json()) as { result: { data: { simulation: { npv: { mean: number } } } } },
        tookMs,
      };
    });
    const latencies: number[] = [];
    while (computing) {
      const asked = performance.now();
      const health = await fetch(`${api.url}/health`);
      if (computing) latencies.push(performance.now() - asked);
      expect(health.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { status, body, tookMs } = await answer;
    expect(status).toBe(200);
    expect(Number.isFinite(body.result.data.simulation.npv.mean)).toBe(true);
    // Computed on the event loop, /health would wait for the whole computation: one answer at most while it ran.
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(Math.max(500, tookMs / 4));
  }, 120_000);

  it("refuses input beyond the format's bounds with 400 before computing anything", async () => {
    const tooMany = {
      ...workedExampleScenario,
      cohorts: Array.from({ length: 21 }, () => workedExampleScenario.cohorts[0]!),
    };
    const response = await compute(api, cookie, { input: tooMany, simulation: { draws: 20_000 } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { issues: { path: string }[] } } };
    expect(body.error.data.issues.map((issue) => issue.path)).toEqual(["input.cohorts"]);
  });
});

describe("scenario.compute's limits", () => {
  it("spends the user's compute budget: 429 with Retry-After past it", async () => {
    const api = await startTestApi({ budgets: { compute: { points: 2, durationSeconds: 60 } } });
    try {
      const cookie = await plannerOf(api, "budget@example.test");
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await compute(api, cookie, { input: workedExampleScenario });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get("retry-after");
      }
      expect(statuses).toEqual([200, 200, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await api.close();
    }
    // A server of its own: a new database migrated, slow on a busy machine.
  }, 120_000);

  it("stops a computation past COMPUTE_TIMEOUT_MS and answers 503 with what to do, never 500", async () => {
    const api = await startTestApi({ env: { COMPUTE_TIMEOUT_MS: "200", COMPUTE_WORKERS: "1" } });
    try {
      const cookie = await plannerOf(api, "slow@example.test");
      const response = await compute(api, cookie, largestComputation);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { message: string; data: { code: string } } };
      expect(body.error.data.code).toBe("SERVICE_UNAVAILABLE");
      expect(body.error.message).toMatch(
        /took longer than 0.2 s and was stopped; try again with fewer draws/,
      );
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
    } finally {
      await api.close();
    }
  }, 60_000);
});
