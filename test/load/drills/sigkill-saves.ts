// The API is killed with SIGKILL while planners save scenarios, on the embedded PGlite database (default) or on
// PostgreSQL (--database postgres). After a restart on the same data every acknowledged save must be there,
// whole, and none beyond what was sent.
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  demoPlanner,
  freshDatabase,
  generousBudgets,
  signIn,
  sleep,
  startApi,
  startPostgres,
  temporaryDirectory,
} from "../services.ts";
import { leaksInternals, runDrill } from "./drill.ts";
import { checkScenarios, createScenarios, saveInLoops } from "./scenario-saves.ts";

const ports = { api: 4624, postgres: 55464 };
const scenarioCount = 10;
const killAfterMs = 3_000;

const { values } = parseArgs({ options: { database: { type: "string", default: "pglite" } } });
const onPostgres = values.database === "postgres";

await runDrill(
  `SIGKILL of the API during scenario saves (${onPostgres ? "PostgreSQL" : "PGlite"})`,
  150_000,
  async (context) => {
    const { check, log } = context;
    const database = onPostgres
      ? { url: freshDatabase(startPostgres(ports.postgres).url, "drill_kill") }
      : { pgliteDir: join(temporaryDirectory("insats-drill-kill-"), "data") };
    const port = ports.api;
    const api = await startApi({ port, database, env: generousBudgets });
    const cookie = await signIn(api.url, demoPlanner.email, demoPlanner.password);
    const scenarios = await createScenarios(api.url, cookie, scenarioCount);

    let killed = false;
    const saving = saveInLoops(api.url, cookie, scenarios, () => killed, { maxSaves: 500, leaksInternals });
    await sleep(killAfterMs);
    api.process.kill("SIGKILL");
    await api.exited;
    killed = true;
    const tally = await saving;
    log(
      `killed after ${tally.acknowledged} acknowledged saves; unanswered: ${JSON.stringify(Object.fromEntries(tally.refused))}`,
    );
    check(tally.acknowledged > 0, "no save was acknowledged before the kill");

    // On PGlite the lock file of the killed process is stale (its pid is gone), so the restart takes it over.
    const restarted = await startApi({ port, database, env: generousBudgets });
    await checkScenarios(restarted.url, cookie, scenarios, context);
    await restarted.stop();
  },
);
