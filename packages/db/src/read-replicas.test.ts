// The standbys' routing without a standby to reach: the drill test/load/drills/read-replicas.ts shows it with a
// real streaming standby (reads answered there, one stopped and taken back).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb, type PgliteDbHandle } from "./client.ts";
import { openReadReplicas, type ReadReplicas } from "./read-replicas.ts";

let primary: PgliteDbHandle;
let replicas: ReadReplicas;

beforeAll(async () => {
  primary = await createDb({ inMemory: true });
  // Nothing listens on port 9 of this machine.
  replicas = await openReadReplicas(primary.db, ["postgres://postgres@127.0.0.1:9/insats"], {
    checkEveryMs: 50,
    checkTimeoutMs: 500,
  });
});

afterAll(async () => {
  await replicas?.close();
  await primary?.close();
});

describe("openReadReplicas", () => {
  it("sends the reads to the primary while no standby answers, and says so", async () => {
    expect(replicas.status()).toEqual({ healthy: 0, configured: 1 });
    expect(replicas.pick()).toBe(primary.db);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(replicas.pick()).toBe(primary.db);
  });

  it("takes a lost server's error for the primary's only when it came from a standby", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    expect(replicas.reportUnavailable(primary.db, refused)).toBe(false);
  });
});
