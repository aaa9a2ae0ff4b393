// `pnpm --filter @insats/api start`: migrate, seed the reference data and first content (idempotent, on either database),
// seed the demo users (never in production; otherwise on the embedded database unless SEED_DEMO_USERS says otherwise),
// then serve.
import {
  createDb,
  DatabaseLockedError,
  DataDirectoryError,
  migrate,
  openReadReplicas,
  readEnv,
  seedDatabase,
} from "@insats/db";
import { createAuth } from "../auth/better-auth.ts";
import { readApiEnv } from "../env.ts";
import { seedDemoUsers } from "../auth/demo-users.ts";
import { createMailer } from "../mail/mailer.ts";
import { createApiServer } from "./http.ts";
import { budgetsFromEnv, createRateLimiters } from "./rate-limit.ts";

const env = readApiEnv();
const database = await createDb().catch((error: unknown) => {
  // Says what is wrong with the data directory and what to do; a stack trace would only hide that.
  if (error instanceof DatabaseLockedError || error instanceof DataDirectoryError) {
    console.error(`[api] ${error.message}`);
    process.exit(1);
  }
  throw error;
});
const { DATABASE_READ_URLS: readUrls } = readEnv();
if (readUrls && database.kind !== "postgres") {
  console.error("[api] DATABASE_READ_URLS names standbys of a PostgreSQL primary; set DATABASE_URL to that primary.");
  process.exit(1);
}
await migrate(database.db);
const seeded = await seedDatabase(database.db);
const auth = createAuth(database.db, env);
const demoUsers =
  env.NODE_ENV !== "production" && (env.SEED_DEMO_USERS ?? database.kind === "pglite")
    ? await seedDemoUsers(database.db, auth)
    : [];

// After migrating: a standby replays the primary's schema, and is read only once that is there.
const readReplicas = readUrls ? await openReadReplicas(database.db, readUrls) : undefined;

const server = createApiServer({
  db: database.db,
  readReplicas,
  databaseKind: database.kind,
  auth,
  env,
  rateLimiters: createRateLimiters(database.db, budgetsFromEnv(env)),
  mailer: createMailer(env),
  ping: () => database.ping(),
});
server.listen(env.PORT, env.HOST, () => {
  const address = `http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`;
  console.info(`[api] Insats API on ${address} (${database.kind === "pglite" ? `embedded PGlite in ${database.dataDir ?? "memory"}` : "PostgreSQL"})`);
  console.info(`[api] seeded: ${seeded.initiatives} initiatives, ${seeded.news} news items, ${seeded.organisations} organisations`);
  console.info(`[api] open data: ${address}/v1/initiatives, OpenAPI: ${address}/v1/openapi.json`);
  if (readReplicas) {
    const { healthy, configured } = readReplicas.status();
    console.info(`[api] public reads from ${configured} standby(s), ${healthy} answering now`);
  }
  for (const user of demoUsers) console.info(`[api] demo login: ${user.email} / ${user.password} (${user.description})`);
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.info(`[api] ${signal}: stopping`);
  server.close();
  server.closeAllConnections();
  void Promise.all([readReplicas?.close(), database.close()]).finally(() => process.exit(0));
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
