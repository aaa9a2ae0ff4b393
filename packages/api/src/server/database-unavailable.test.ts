// A database that cannot be reached is the client's "try again" (503), on every route that needs it, and nothing
// about the failure leaks. PostgreSQL restarted under load is the drill test/load/drills/postgres-restart.ts; here
// the database is simply not there: nothing listens on the port.
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type PostgresDbHandle } from "@insats/db";
import { createAuth } from "../auth/better-auth.ts";
import { readApiEnv } from "../env.ts";
import { createApiServer } from "./http.ts";
import { unlimited } from "./rate-limit.ts";

/** A local port with nothing listening on it: taken, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let database: PostgresDbHandle;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  database = await createDb({ databaseUrl: `postgres://nobody@127.0.0.1:${await closedPort()}/insats` });
  const env = readApiEnv({ NODE_ENV: "test", PORT: "0" });
  const server = createApiServer({
    db: database.db,
    databaseKind: "postgres",
    auth: createAuth(database.db, { ...env, AUTH_URL: "http://127.0.0.1" }),
    env,
    rateLimiters: unlimited,
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  };
});

afterAll(() => close());

describe("without a database", () => {
  it("answers open data and tRPC requests with 503 and no internals", async () => {
    const input = encodeURIComponent("{}");
    for (const path of [
      "/v1/initiatives",
      `/trpc/initiative.list?input=${input}`,
      `/trpc/news.list?input=${input}`,
    ]) {
      const response = await fetch(`${url}${path}`);
      const body = await response.text();
      expect(response.status, path).toBe(503);
      expect(body, path).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|postgres|at \w+ \(/i);
    }
  });

  it("reports itself degraded on /health", async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: "down" });
  });
});
