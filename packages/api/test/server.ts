// A real API server on an ephemeral loopback port, over a fresh test database, for HTTP-level tests.
import { type AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@insats/db/testing";
import { createAuth } from "../src/auth/better-auth.ts";
import { readApiEnv } from "../src/env.ts";
import { createMailer } from "../src/mail/mailer.ts";
import { createApiServer } from "../src/server/http.ts";
import { createRateLimiters, defaultBudgets, type RateLimitBudget, type RateLimitBucket } from "../src/server/rate-limit.ts";

export interface RunningApi {
  url: string;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function startTestApi(
  options: {
    budgets?: Partial<Record<RateLimitBucket, RateLimitBudget>>;
    prepare?: (database: TestDatabase) => Promise<void>;
    /** API variables beside NODE_ENV=test (TRUST_PROXY, INSATS_PROXY_SECRET, SMTP_URL, COMPUTE_TIMEOUT_MS …). */
    env?: Record<string, string>;
  } = {},
): Promise<RunningApi> {
  const database = await createTestDatabase();
  await options.prepare?.(database);
  const env = readApiEnv({ NODE_ENV: "test", PORT: "0", ...options.env });
  const auth = createAuth(database.db, { ...env, AUTH_URL: "http://127.0.0.1" });
  const server = createApiServer({
    db: database.db,
    databaseKind: database.kind,
    auth,
    env,
    rateLimiters: createRateLimiters(database.db, { ...defaultBudgets, ...options.budgets }),
    mailer: createMailer(env),
    ping: () => database.ping(),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
    },
  };
}

/** Signs up (if needed) and signs in over HTTP; returns the session cookie header. */
export async function signIn(api: RunningApi, email: string, password: string, name = "Test"): Promise<string> {
  const headers = { "content-type": "application/json", origin: "http://localhost:3001" };
  await fetch(`${api.url}/auth/sign-up/email`, { method: "POST", headers, body: JSON.stringify({ email, password, name }) });
  const response = await fetch(`${api.url}/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify({ email, password }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  return cookies.join("; ");
}
