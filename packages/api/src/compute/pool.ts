// The worker threads that run the engine's heavy functions (issue 13: one `scenario.compute` of 100 cohorts,
// 100 outcomes and 14 000 draws held every other request of the API for 12.8 s). A bounded queue in front and a
// time limit on every task: what does not fit is refused at once with 503, what takes too long is stopped (its
// worker is terminated, so it stops using the CPU) and answered with 503 too.
import { Piscina } from "piscina";
import { type Analysis, analyseScenario, type AnalysisTask } from "./analysis.ts";

export type { Analysis, AnalysisTask } from "./analysis.ts";

/** The pool cannot take or finish a computation now; the client may try again (tRPC SERVICE_UNAVAILABLE, 503). */
export class ComputeUnavailableError extends Error {
  readonly code = "SERVICE_UNAVAILABLE";

  constructor(
    readonly reason: "busy" | "timeout",
    message: string,
  ) {
    super(message);
    this.name = "ComputeUnavailableError";
  }
}

export interface ComputePool {
  analyse(task: AnalysisTask): Promise<Analysis>;
  /** Stops the workers; tasks still queued or running are refused. */
  close(): Promise<void>;
}

export interface ComputePoolOptions {
  /** Worker threads: how many computations run at once. */
  workers: number;
  /** From submission to answer, waiting in the queue included. */
  timeoutMs: number;
  /** Computations that may wait for a worker; more are refused. Four per worker by default. */
  maxQueue?: number;
}

export function createComputePool({
  workers,
  timeoutMs,
  maxQueue = 4 * workers,
}: ComputePoolOptions): ComputePool {
  // Started on the first computation, so that servers that never compute (tests, tools) start no threads.
  let pool: Piscina<AnalysisTask, Analysis> | undefined;
  const started = () =>
    (pool ??= new Piscina<AnalysisTask, Analysis>({
      filename: new URL("./worker.mjs", import.meta.url).href,
      minThreads: workers,
      maxThreads: workers,
      // A worker keeps the engine compiled and warm; starting one again costs a few hundred milliseconds.
      idleTimeout: Number.POSITIVE_INFINITY,
      // Workers run at a lower priority (Linux: nice +10 on their own thread), so that where cores are short the
      // event loop, which answers everyone, gets the CPU first; a computation only takes longer.
      niceIncrement: 10,
    }));

  return {
    async analyse(task) {
      const threads = started();
      // Piscina's queue holds the tasks no worker has taken yet.
      if (threads.queueSize >= maxQueue) {
        throw new ComputeUnavailableError(
          "busy",
          "The server is busy with other computations; try again in a few seconds",
        );
      }
      try {
        return await threads.run(task, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        if (error instanceof Error && error.name === "AbortError") {
          throw new ComputeUnavailableError(
            "timeout",
            `The computation took longer than ${timeoutMs / 1000} s and was stopped; try again with fewer draws`,
          );
        }
        throw error;
      }
    },
    async close() {
      await pool?.close({ force: true });
      pool = undefined;
    },
  };
}

/** Computes on the calling thread: for `createCaller` tests and tools that serve no one else. */
export const inlineCompute: ComputePool = {
  analyse: async (task) => analyseScenario(task),
  close: async () => {},
};
