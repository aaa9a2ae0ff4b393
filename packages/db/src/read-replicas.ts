// Public reads from PostgreSQL's streaming standbys (`DATABASE_READ_URLS`), writes and signed-in reads on the
// primary. A standby is used only while it answers a health read; one that stops is left out within a check
// interval and taken back when it answers again, and with none left the primary serves the public reads too.
//
// Routing is per request, not per statement (Drizzle's `withReplicas` routes each `select` by itself): a page's
// reads then come from one server and see one moment of it, and raw `execute` reads (search) go where the rest go.
import { createDb, type Database, type PostgresDbHandle } from "./client.ts";
import { isDatabaseUnavailable } from "./errors.ts";
import { pingDatabase } from "./queries/health.ts";

export interface ReadReplicas {
  /** Where the next public read goes: a standby that answered its last check (in turn), else the primary. */
  pick(): Database;
  /** After a read failed because its server could not be reached: leave that standby out until it answers. */
  reportUnavailable(db: Database, error: unknown): boolean;
  /** How many standbys answer now, of how many configured (health and logs). */
  status(): { healthy: number; configured: number };
  close(): Promise<void>;
}

export interface ReadReplicaOptions {
  /** How often each standby's health read runs, in ms (default 1 000). */
  checkEveryMs?: number;
  /** How long a health read may take before the standby counts as down, in ms (default 1 000). */
  checkTimeoutMs?: number;
  /** postgres.js pool size per standby (default 10). */
  maxConnections?: number;
}

interface Standby {
  handle: PostgresDbHandle;
  healthy: boolean;
}

export async function openReadReplicas(
  primary: Database,
  urls: readonly string[],
  options: ReadReplicaOptions = {},
): Promise<ReadReplicas> {
  const { checkEveryMs = 1_000, checkTimeoutMs = 1_000, maxConnections } = options;
  // postgres.js connects lazily, so a standby that is down at start opens fine and is simply not healthy yet.
  const standbys: Standby[] = await Promise.all(
    urls.map(async (url) => ({
      handle: await createDb({ databaseUrl: url, ...(maxConnections ? { maxConnections } : {}) }),
      healthy: false,
    })),
  );
  const check = (standby: Standby) =>
    withTimeout(pingDatabase(standby.handle.db), checkTimeoutMs).then(
      () => void (standby.healthy = true),
      () => void (standby.healthy = false),
    );
  await Promise.all(standbys.map(check));
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    void Promise.all(standbys.map(check)).finally(() => (checking = false));
  }, checkEveryMs);
  timer.unref();

  let next = 0;
  return {
    pick() {
      const healthy = standbys.filter((standby) => standby.healthy);
      if (healthy.length === 0) return primary;
      next = (next + 1) % healthy.length;
      return healthy[next]?.handle.db ?? primary;
    },
    reportUnavailable(db, error) {
      const standby = standbys.find((candidate) => candidate.handle.db === db);
      if (!standby || !isDatabaseUnavailable(error)) return false;
      standby.healthy = false;
      return true;
    },
    status: () => ({
      healthy: standbys.filter((standby) => standby.healthy).length,
      configured: standbys.length,
    }),
    async close() {
      clearInterval(timer);
      await Promise.all(standbys.map((standby) => standby.handle.close()));
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
