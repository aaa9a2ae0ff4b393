// Which database answers: the open data's reads go to a standby when there is one, and to the primary when the
// standby cannot be reached; writes, a signed-in user's reads and previews stay on the primary.
import { createDb, type Database, isDatabaseUnavailable, seedDatabase } from "@insats/db";
import { createTestDatabase, type TestDatabase } from "@insats/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInnerContext } from "../context.ts";
import { createCaller } from "../root.ts";

let primary: TestDatabase;
/** Migrated but empty: whatever a read finds there, it found on the "standby". */
let standby: TestDatabase;
let unreachable: Awaited<ReturnType<typeof createDb>>;

beforeAll(async () => {
  [primary, standby] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await seedDatabase(primary.db);
  // Nothing listens on port 9 of this machine: every query fails as a lost server does.
  unreachable = await createDb({ databaseUrl: "postgres://postgres@127.0.0.1:9/insats", maxConnections: 2 });
});

afterAll(async () => {
  await Promise.all([primary?.close(), standby?.close(), unreachable?.close()]);
});

function callerWith(pickStandby: () => Database) {
  const reported: unknown[] = [];
  const readReplicas = {
    pick: pickStandby,
    reportUnavailable: (db: Database, error: unknown) => {
      if (db !== unreachable.db || !isDatabaseUnavailable(error)) return false;
      reported.push(error);
      return true;
    },
  };
  return { caller: createCaller(createInnerContext({ db: primary.db, readReplicas })), reported };
}

describe("public reads with a standby", () => {
  it("are answered by the standby", async () => {
    const { caller } = callerWith(() => standby.db);
    expect((await caller.initiative.list({})).total).toBe(0);
    await expect(caller.initiative.bySlug({ slug: "servicetrainee" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Without a standby the same call reads the primary's seeded examples.
    const direct = createCaller(createInnerContext({ db: primary.db }));
    expect((await direct.initiative.bySlug({ slug: "servicetrainee" })).slug).toBe("servicetrainee");
  });

  it("fall back to the primary when the standby cannot be reached, and report it", async () => {
    const { caller, reported } = callerWith(() => unreachable.db);
    expect((await caller.initiative.bySlug({ slug: "servicetrainee" })).slug).toBe("servicetrainee");
    expect(reported).toHaveLength(1);
  });

  it("a read's own failure is not mistaken for a lost standby", async () => {
    const { caller, reported } = callerWith(() => standby.db);
    await expect(caller.initiative.bySlug({ slug: "finns-inte" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(reported).toHaveLength(0);
  });

  it("previews read the primary, where the token was written a moment ago", async () => {
    const { caller } = callerWith(() => unreachable.db);
    // An unknown token is NOT_FOUND from the primary; read on the unreachable standby it would be a lost database.
    await expect(caller.preview.initiative({ token: "x".repeat(40) })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
