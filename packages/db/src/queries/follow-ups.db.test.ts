import { workedExampleScenario } from "@insats/domain";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AlreadyDecidedError, ConflictError, NotFoundError } from "../errors.ts";
import { auditLog } from "../schema/audit.ts";
import { followUpVersions } from "../schema/follow-ups.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import {
  decideScenario,
  getDecision,
  listDecisions,
  listFollowUpVersions,
  saveActuals,
} from "./follow-ups.ts";
import { createScenario, saveScenario } from "./scenarios.ts";

let t: TestDatabase;
let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  t = await createTestDatabase();
  tenant = await createTestTenant(t.db, "follow-up");
  other = await createTestTenant(t.db, "stranger");
});

afterAll(async () => {
  await t?.close();
});

const decision = {
  decidedOn: "2026-03-12",
  body: { kind: "fundBoard" as const, name: "Fonden för sociala investeringar" },
  fund: {
    grant: 5_000_000,
    repaymentShare: 0.5,
    payers: ["municipality" as const],
    fromOffset: 1,
    cap: 5_000_000,
  },
};

async function decidedScenario() {
  const scenario = await createScenario(t.db, {
    organisationId: tenant.organisation.id,
    ownerId: tenant.planner.id,
    name: "Servicetrainee",
    input: workedExampleScenario,
    summary: null,
  });
  const decided = await decideScenario(t.db, {
    organisationId: tenant.organisation.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    decision,
    userId: tenant.planner.id,
  });
  return { scenario, decided };
}

describe("decisions", () => {
  it("freeze the decided version: a later save of the scenario leaves what was decided as it was", async () => {
    const { scenario, decided } = await decidedScenario();
    expect(decided).toMatchObject({
      scenarioVersion: 1,
      bodyName: decision.body.name,
      version: 1,
      actuals: [],
    });
    await saveScenario(t.db, {
      id: scenario.id,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
      input: { ...workedExampleScenario, horizonYears: 5 },
      summary: null,
      userId: tenant.planner.id,
    });
    const read = await getDecision(t.db, { scenarioId: scenario.id, organisationId: tenant.organisation.id });
    expect(read?.scenarioVersion).toBe(1);
    expect(read?.decidedInput).toMatchObject({ horizonYears: 10 });
  });

  it("are made once per scenario, of a version it has, in its own organisation", async () => {
    const { scenario } = await decidedScenario();
    const again = {
      organisationId: tenant.organisation.id,
      scenarioId: scenario.id,
      scenarioVersion: 1,
      decision,
      userId: tenant.planner.id,
    };
    await expect(decideScenario(t.db, again)).rejects.toBeInstanceOf(AlreadyDecidedError);
    await expect(decideScenario(t.db, { ...again, scenarioVersion: 7 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      decideScenario(t.db, { ...again, organisationId: other.organisation.id, userId: other.planner.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await getDecision(t.db, { scenarioId: scenario.id, organisationId: other.organisation.id }),
    ).toBeNull();
    expect((await listDecisions(t.db, { organisationId: other.organisation.id, limit: 50 })).length).toBe(0);
  });
});

describe("reported figures", () => {
  const ref = (scenarioId: string) => ({ scenarioId, organisationId: tenant.organisation.id });
  const year0 = {
    offset: 0,
    costs: { employment: 4_100_000 },
    unitsAvoided: { welfare: 12 },
    notes: { "costs.employment": { source: "Bokslut" } },
  };

  it("are versioned with an audit row each, and a stale save is refused", async () => {
    const { scenario } = await decidedScenario();
    const saved = await saveActuals(t.db, {
      ...ref(scenario.id),
      expectedVersion: 1,
      actuals: [year0],
      userId: tenant.planner.id,
    });
    expect(saved).toMatchObject({ version: 2, actuals: [year0] });
    await expect(
      saveActuals(t.db, { ...ref(scenario.id), expectedVersion: 1, actuals: [], userId: tenant.editor.id }),
    ).rejects.toMatchObject({ constructor: ConflictError, currentVersion: 2 });
    const versions = await listFollowUpVersions(t.db, ref(scenario.id));
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    const [audits] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, scenario.id), eq(auditLog.action, "followUp.save")));
    expect(audits?.n).toBe(1);
  });

  it("detect concurrent saves: of two based on the same version, exactly one wins", async () => {
    const { scenario } = await decidedScenario();
    const results = await Promise.allSettled(
      [tenant.planner.id, tenant.editor.id].map((userId) =>
        saveActuals(t.db, { ...ref(scenario.id), expectedVersion: 1, actuals: [year0], userId }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(
      results
        .filter((result) => result.status === "rejected")
        .map((result): unknown => (result).reason),
    ).toEqual([expect.any(ConflictError)]);
  });

  it("store nothing when the check inside the transaction refuses them", async () => {
    const { scenario } = await decidedScenario();
    await expect(
      saveActuals(t.db, {
        ...ref(scenario.id),
        expectedVersion: 1,
        actuals: [year0],
        userId: tenant.planner.id,
        check: () => {
          throw new Error("refused by the engine");
        },
      }),
    ).rejects.toThrow("refused by the engine");
    expect((await getDecision(t.db, ref(scenario.id)))?.version).toBe(1);
    const [versions] = await t.db
      .select({ n: count() })
      .from(followUpVersions)
      .where(eq(followUpVersions.scenarioId, scenario.id));
    expect(versions?.n).toBe(1);
  });

  it("of another organisation's decision are not found", async () => {
    const { scenario } = await decidedScenario();
    await expect(
      saveActuals(t.db, {
        scenarioId: scenario.id,
        organisationId: other.organisation.id,
        expectedVersion: 1,
        actuals: [],
        userId: other.planner.id,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await listFollowUpVersions(t.db, { scenarioId: scenario.id, organisationId: other.organisation.id }),
    ).toEqual([]);
  });
});
