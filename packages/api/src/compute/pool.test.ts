import { largestScenario, requireScenarioInput, workedExampleScenario } from "@insats/domain";
import { afterEach, describe, expect, it } from "vitest";
import { analyseScenario } from "./analysis.ts";
import { ComputeUnavailableError, createComputePool, type ComputePool } from "./pool.ts";

const largest = {
  input: requireScenarioInput(largestScenario()),
  simulation: { draws: 20_000, seed: 1 },
  sensitivity: true,
};
const small = {
  input: requireScenarioInput(workedExampleScenario),
  simulation: { draws: 500, seed: 3 },
  sensitivity: true,
};

let pool: ComputePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** How the call ended: "ok", or the reason the pool refused it. */
const outcome = (call: Promise<unknown>) =>
  call.then(
    () => "ok",
    (error: unknown) => (error instanceof ComputeUnavailableError ? error.reason : `threw ${String(error)}`),
  );

describe("the compute pool", () => {
  it("computes in a worker thread what the engine computes on this one", async () => {
    pool = createComputePool({ workers: 1, timeoutMs: 60_000 });
    expect(await pool.analyse(small)).toEqual(analyseScenario(small));
  });

  it("keeps this thread's event loop turning while the largest allowed computation runs", async () => {
    pool = createComputePool({ workers: 1, timeoutMs: 120_000 });
    await pool.analyse(small); // the worker started and warm
    const ticks: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      ticks.push(now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const analysis = await pool.analyse(largest);
    const tookMs = performance.now() - started;
    clearInterval(timer);
    expect(Number.isFinite(analysis.simulation?.npv.mean)).toBe(true);
    // On this thread the computation would have let no timer fire until it ended.
    expect(ticks.length).toBeGreaterThan(tookMs / 10 / 4);
    expect(Math.max(...ticks)).toBeLessThan(Math.max(250, tookMs / 4));
  }, 120_000);

  it("stops a computation that outlasts its time limit with a timeout, and computes again afterwards", async () => {
    pool = createComputePool({ workers: 1, timeoutMs: 300 });
    const started = performance.now();
    const call = pool.analyse(largest);
    await expect(call).rejects.toThrow(/took longer than 0.3 s and was stopped/);
    expect(await outcome(call)).toBe("timeout");
    expect(performance.now() - started).toBeLessThan(5_000);
    // The worker was terminated; a new one takes the next task (its start is slower than 300 ms on a busy machine).
    const relaxed = createComputePool({ workers: 1, timeoutMs: 60_000 });
    try {
      expect(await outcome(relaxed.analyse(small))).toBe("ok");
    } finally {
      await relaxed.close();
    }
  }, 60_000);

  it("refuses at once what would wait beyond its bounded queue, as busy", async () => {
    pool = createComputePool({ workers: 1, timeoutMs: 120_000, maxQueue: 1 });
    await pool.analyse(small);
    // Submitted in one turn of the event loop: the first goes to the worker, the second waits, the third cannot.
    const running = outcome(pool.analyse(small));
    const queued = outcome(pool.analyse(small));
    const refusedAt = performance.now();
    const refused = await outcome(pool.analyse(small));
    expect(refused).toBe("busy");
    expect(performance.now() - refusedAt).toBeLessThan(100);
    expect([await running, await queued]).toEqual(["ok", "ok"]);
  }, 120_000);
});
