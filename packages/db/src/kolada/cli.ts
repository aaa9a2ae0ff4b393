// `pnpm unit-costs:sync` (root) → `pnpm --filter @insats/db unit-costs:sync`: opens the database as the API does
// (DATABASE_URL, else the embedded PGlite directory), migrates it, and replaces the Kolada unit costs of the
// configured KPIs (kpis.ts) for the last five years from KOLADA_API_URL. With PGlite it refuses while another
// process (the API) holds the directory: PGlite allows one process per directory.
import { createDb, type DbHandle } from "../client.ts";
import { DatabaseLockedError } from "../data-directory-lock.ts";
import { readEnv } from "../env.ts";
import { migrate } from "../migrate.ts";
import { koladaUnitCostKpis } from "./kpis.ts";
import { defaultKoladaApiUrl, KoladaSyncError, syncKoladaUnitCosts } from "./sync.ts";

/** Kolada publishes a year's costs in the spring after it; a year not yet published simply yields no figures. */
const lastYears = (count: number, now = new Date()) =>
  Array.from({ length: count }, (_, i) => now.getUTCFullYear() - count + i);

const baseUrl = readEnv().KOLADA_API_URL ?? defaultKoladaApiUrl;
const handle = await openDatabase();
if (handle) await sync(handle);

async function openDatabase(): Promise<DbHandle | undefined> {
  try {
    return await createDb();
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    console.error(
      `unit-costs:sync: not run. ${error.message} Stop the API first, or run the sync against PostgreSQL ` +
        `(DATABASE_URL), where it can run beside the API.`,
    );
    process.exitCode = 2;
    return undefined;
  }
}

async function sync(handle: DbHandle) {
  try {
    await migrate(handle.db);
    const started = performance.now();
    const result = await syncKoladaUnitCosts(handle.db, {
      baseUrl,
      kpis: koladaUnitCostKpis.map((kpi) => kpi.id),
      years: lastYears(5),
    });
    const where = handle.kind === "pglite" ? `PGlite in ${handle.dataDir ?? "memory"}` : "PostgreSQL";
    console.info(
      `unit-costs:sync: ${result.figures} figures from ${baseUrl} into ${where} ` +
        `(years ${result.years.join(", ")}; ${result.absent} without a value, left absent; ` +
        `${result.replaced} previous figures replaced; ${result.requests} requests, ` +
        `${((performance.now() - started) / 1_000).toFixed(1)} s). Källa: Kolada.`,
    );
    for (const kpi of result.kpis) console.info(`  ${kpi.id} ${kpi.title}`);
  } catch (error) {
    if (error instanceof KoladaSyncError) {
      console.error(`unit-costs:sync failed, the previous figures are kept: ${error.message}`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await handle.close();
  }
}
