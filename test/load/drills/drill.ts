// What every drill shares: a bounded run, checks that collect failures instead of stopping at the first, a
// PASS/FAIL line with the duration, exit code 0 or 1, and every process it started stopped either way.
import { stopAll } from "../services.ts";

export interface DrillContext {
  /** Records a failure unless `condition` holds; the drill goes on, so one run shows every problem. */
  check: (condition: boolean, message: string) => void;
  log: (message: string) => void;
}

/** Runs the drill with a hard time limit; exits the process with 0 when every check held. */
export async function runDrill(
  name: string,
  limitMs: number,
  body: (context: DrillContext) => Promise<void>,
): Promise<never> {
  const failures: string[] = [];
  const started = performance.now();
  const context: DrillContext = {
    check(condition, message) {
      if (!condition) failures.push(message);
    },
    log: (message) => console.info(`  [${name}] ${message}`),
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      body(context),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`took longer than ${limitMs / 1000} s`)), limitMs);
      }),
    ]);
  } catch (error) {
    failures.push(`aborted: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    stopAll();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length === 0) {
    console.info(`PASS ${name} (${seconds} s)`);
    process.exit(0);
  }
  console.error(`FAIL ${name} (${seconds} s)`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}

/** A response body that gives away the server's inside: a stack frame or a source path. */
export const leaksInternals = (body: string) => /\bat .+\.(ts|js|mjs):\d+|node_modules|\/work\//.test(body);
