import { and, count, eq, gt, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ConflictError, InvalidCursorError, NotFoundError, ValidationError } from "../errors.ts";
import { auditLog } from "../schema/audit.ts";
import { scenarios, scenarioVersions, type Scenario } from "../schema/scenarios.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import {
  archiveScenario,
  createScenario,
  duplicateScenario,
  getScenario,
  getScenarioVersion,
  listScenarios,
  listScenarioVersions,
  restoreScenarioVersion,
  saveScenario,
} from "./scenarios.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

const input = (name: string, participants = 30) => ({
  version: 1,
  name,
  startYear: 2026,
  priceYear: 2026,
  horizonYears: 10,
  discountRate: 0.035,
  cohorts: [{ startOffset: 0, participants }],
  costs: [],
  outcomes: [],
});

async function newScenario(tenant: TestTenant, name = "Servicetrainee"): Promise<Scenario> {
  return createScenario(t.db, {
    organisationId: tenant.organisation.id,
    ownerId: tenant.planner.id,
    name,
    input: input(name),
    summary: { npv: 100, bcr: 1.5, paybackOffset: 3 },
  });
}

/** An error and its chain of causes (Drizzle wraps driver errors). */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e = error; e instanceof Error; e = e.cause) chain.push(e);
  return chain;
}

async function versionRows(scenarioId: string) {
  return t.db
    .select()
    .from(scenarioVersions)
    .where(eq(scenarioVersions.scenarioId, scenarioId))
    .orderBy(scenarioVersions.version);
}

async function auditCount(scenarioId: string, action: string): Promise<number> {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, scenarioId), eq(auditLog.action, action)));
  return row?.n ?? 0;
}

describe("createScenario and getScenario", () => {
  it("stores version 1 with its version row and an audit row", async () => {
    const tenant = await createTestTenant(t.db);
    const created = await newScenario(tenant);
    expect(created.version).toBe(1);
    expect(created.npv).toBe(100);
    expect(await getScenario(t.db, { id: created.id, organisationId: tenant.organisation.id })).toEqual(
      created,
    );
    const versions = await versionRows(created.id);
    expect(versions.map((v) => [v.version, v.action])).toEqual([[1, "create"]]);
    expect(versions[0]?.summary).toEqual({ npv: 100, bcr: 1.5, paybackOffset: 3 });
    expect(await auditCount(created.id, "scenario.create")).toBe(1);
  });

  it("returns null for another organisation's scenario and for ids that are not uuids", async () => {
    const owner = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const scenario = await newScenario(owner);
    expect(await getScenario(t.db, { id: scenario.id, organisationId: other.organisation.id })).toBeNull();
    expect(await getScenario(t.db, { id: "not-a-uuid", organisationId: owner.organisation.id })).toBeNull();
    expect(
      await listScenarioVersions(t.db, { id: scenario.id, organisationId: other.organisation.id }),
    ).toBeNull();
    expect(
      await getScenarioVersion(t.db, { id: scenario.id, organisationId: other.organisation.id, version: 1 }),
    ).toBeNull();
  });

  it("refuses every write to another organisation's scenario with NotFoundError and changes nothing", async () => {
    const owner = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const scenario = await newScenario(owner);
    const ref = { id: scenario.id, organisationId: other.organisation.id, userId: other.planner.id };
    await expect(
      saveScenario(t.db, { ...ref, expectedVersion: 1, input: input("stolen"), summary: null }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(archiveScenario(t.db, ref)).rejects.toBeInstanceOf(NotFoundError);
    await expect(duplicateScenario(t.db, ref)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      restoreScenarioVersion(t.db, { ...ref, version: 1, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await getScenario(t.db, { id: scenario.id, organisationId: owner.organisation.id })).toEqual(
      scenario,
    );
    expect(await versionRows(scenario.id)).toHaveLength(1);
  });
});

describe("saveScenario", () => {
  it("increments the version, updates the cached summary and stores the version", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const saved = await saveScenario(t.db, {
      id: scenario.id,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
      input: input("Renamed", 40),
      summary: { npv: -5, bcr: null, paybackOffset: null },
      userId: tenant.planner.id,
      name: "Renamed",
    });
    expect(saved).toMatchObject({ version: 2, name: "Renamed", npv: -5, bcr: null, paybackOffset: null });
    expect(saved.updatedAt.getTime()).toBeGreaterThanOrEqual(scenario.updatedAt.getTime());
    const versions = await versionRows(scenario.id);
    expect(versions.map((v) => [v.version, v.action, v.savedBy])).toEqual([
      [1, "create", tenant.planner.id],
      [2, "save", tenant.planner.id],
    ]);
    expect(versions[1]?.input).toEqual(input("Renamed", 40));
    expect(await auditCount(scenario.id, "scenario.save")).toBe(1);
  });

  it("lost update: two saves with the same expected version, exactly one succeeds, the other gets CONFLICT", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const save = (participants: number) =>
      saveScenario(t.db, {
        id: scenario.id,
        organisationId: tenant.organisation.id,
        expectedVersion: 1,
        input: input("Servicetrainee", participants),
        summary: null,
        userId: tenant.planner.id,
      });
    const results = await Promise.allSettled([save(10), save(20)]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const error: unknown = rejected[0]?.reason;
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: "CONFLICT", expectedVersion: 1, currentVersion: 2 });

    const stored = await getScenario(t.db, { id: scenario.id, organisationId: tenant.organisation.id });
    expect(stored?.version).toBe(2);
    expect(await versionRows(scenario.id)).toHaveLength(2);
    expect(await auditCount(scenario.id, "scenario.save")).toBe(1);
  });

  it("50 concurrent saves with one expected version: one wins, 49 conflicts", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        saveScenario(t.db, {
          id: scenario.id,
          organisationId: tenant.organisation.id,
          expectedVersion: 1,
          input: input("Servicetrainee", i + 1),
          summary: null,
          userId: tenant.planner.id,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    }
    expect(await versionRows(scenario.id)).toHaveLength(2);
  });

  it("50 concurrent read-then-save clients: version = start + successes, one stored version per success", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const ref = { id: scenario.id, organisationId: tenant.organisation.id };
    const start = scenario.version;

    // Each client reloads and retries after a conflict, as the calculator does, up to three attempts.
    const client = async (i: number) => {
      const outcome = { saved: [] as number[], conflicts: 0 };
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const current = await getScenario(t.db, ref);
        if (!current) throw new Error("scenario vanished");
        try {
          const saved = await saveScenario(t.db, {
            ...ref,
            expectedVersion: current.version,
            input: input("Servicetrainee", i + 1),
            summary: { npv: i, bcr: null, paybackOffset: null },
            userId: tenant.planner.id,
          });
          outcome.saved.push(saved.version);
          return outcome;
        } catch (error) {
          if (!(error instanceof ConflictError)) throw error;
          outcome.conflicts += 1;
        }
      }
      return outcome;
    };
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => client(i)));
    const savedVersions = outcomes.flatMap((o) => o.saved).sort((a, b) => a - b);
    const successes = savedVersions.length;
    const conflicts = outcomes.reduce((sum, o) => sum + o.conflicts, 0);
    expect(successes).toBeGreaterThanOrEqual(1);
    // The clients really did collide.
    expect(conflicts).toBeGreaterThan(0);
    // Every success got a version of its own, with no gaps.
    expect(savedVersions).toEqual(Array.from({ length: successes }, (_, i) => start + 1 + i));

    const stored = await getScenario(t.db, ref);
    expect(stored?.version).toBe(start + successes);
    const versions = await t.db
      .select({ version: scenarioVersions.version, action: scenarioVersions.action })
      .from(scenarioVersions)
      .where(and(eq(scenarioVersions.scenarioId, scenario.id), gt(scenarioVersions.version, start)))
      .orderBy(scenarioVersions.version);
    expect(versions.map((v) => v.version)).toEqual(savedVersions);
    expect(versions.every((v) => v.action === "save")).toBe(true);
    expect(await auditCount(scenario.id, "scenario.save")).toBe(successes);
    // The stored input is the one of the last successful save.
    const last = await getScenarioVersion(t.db, { ...ref, version: start + successes });
    expect(stored?.input).toEqual(last?.input);
  });

  it("a failure in the middle of a save (after the update, at the audit row) leaves nothing behind", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    // Injected in the database, so the code under test is exactly the production code.
    await t.db.execute(
      sql.raw(`
        create function insats_test_fail_audit() returns trigger language plpgsql as $$
        begin
          raise exception 'injected failure';
        end $$`),
    );
    await t.db.execute(
      sql.raw(`
        create trigger insats_test_fail_audit before insert on audit_log for each row
          when (new.organisation_id = '${tenant.organisation.id}' and new.action = 'scenario.save')
          execute function insats_test_fail_audit()`),
    );
    try {
      await expect(
        saveScenario(t.db, {
          id: scenario.id,
          organisationId: tenant.organisation.id,
          expectedVersion: 1,
          input: input("Never stored", 99),
          summary: { npv: 1, bcr: 1, paybackOffset: 1 },
          userId: tenant.planner.id,
        }),
      ).rejects.toSatisfy((error) => causes(error).some((e) => /injected failure/.test(e.message)));
    } finally {
      await t.db.execute(sql.raw(`drop trigger insats_test_fail_audit on audit_log`));
      await t.db.execute(sql.raw(`drop function insats_test_fail_audit()`));
    }
    expect(await getScenario(t.db, { id: scenario.id, organisationId: tenant.organisation.id })).toEqual(
      scenario,
    );
    expect(await versionRows(scenario.id)).toHaveLength(1);
    expect(await auditCount(scenario.id, "scenario.save")).toBe(0);

    // And the scenario is still saveable at the version it had.
    const saved = await saveScenario(t.db, {
      id: scenario.id,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
      input: input("Stored"),
      summary: null,
      userId: tenant.planner.id,
    });
    expect(saved.version).toBe(2);
  });

  it("a failing version insert rolls back the version increment", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    // A stray row where the save will write version 2: its insert violates the primary key after the update.
    await t.db.insert(scenarioVersions).values({
      scenarioId: scenario.id,
      version: 2,
      action: "save",
      name: "stray",
      input: input("stray"),
    });
    await expect(
      saveScenario(t.db, {
        id: scenario.id,
        organisationId: tenant.organisation.id,
        expectedVersion: 1,
        input: input("Never stored"),
        summary: null,
        userId: tenant.planner.id,
      }),
    ).rejects.toThrow();
    expect(await getScenario(t.db, { id: scenario.id, organisationId: tenant.organisation.id })).toEqual(
      scenario,
    );
    expect((await versionRows(scenario.id)).map((v) => v.name)).toEqual(["Servicetrainee", "stray"]);
    expect(await auditCount(scenario.id, "scenario.save")).toBe(0);
  });

  it.each([
    ["Infinity", { npv: Number.POSITIVE_INFINITY, bcr: 1, paybackOffset: 2 }],
    ["NaN", { npv: Number.NaN, bcr: null, paybackOffset: null }],
    ["-Infinity", { npv: 1, bcr: Number.NEGATIVE_INFINITY, paybackOffset: null }],
  ])(
    "a summary with %s (an overflowed computation) is refused inside the transaction and stores nothing",
    async (_, summary) => {
      const tenant = await createTestTenant(t.db);
      const created = await newScenario(tenant);
      const save = saveScenario(t.db, {
        id: created.id,
        organisationId: tenant.organisation.id,
        expectedVersion: 1,
        name: "Overflowed",
        input: input("Overflowed", 1e308),
        summary,
        userId: tenant.planner.id,
      });
      await expect(save).rejects.toBeInstanceOf(ValidationError);
      await expect(save).rejects.toThrow(/not a finite number.*Nothing was saved/);
      const stored = await getScenario(t.db, { id: created.id, organisationId: tenant.organisation.id });
      expect(stored).toMatchObject({ version: 1, name: "Servicetrainee", npv: 100 });
      expect((await versionRows(created.id)).map((row) => row.version)).toEqual([1]);
      expect(await auditCount(created.id, "scenario.save")).toBe(0);

      const create = createScenario(t.db, {
        organisationId: tenant.organisation.id,
        ownerId: tenant.planner.id,
        name: "Overflowed",
        input: input("Overflowed", 1e308),
        summary,
      });
      await expect(create).rejects.toBeInstanceOf(ValidationError);
      const [rows] = await t.db
        .select({ n: count() })
        .from(scenarios)
        .where(eq(scenarios.organisationId, tenant.organisation.id));
      expect(rows?.n).toBe(1);
      const [audits] = await t.db
        .select({ n: count() })
        .from(auditLog)
        .where(
          and(eq(auditLog.organisationId, tenant.organisation.id), eq(auditLog.action, "scenario.create")),
        );
      expect(audits?.n).toBe(1);
    },
  );

  it("throws NotFoundError for a missing scenario", async () => {
    const tenant = await createTestTenant(t.db);
    await expect(
      saveScenario(t.db, {
        id: "00000000-0000-4000-8000-000000000000",
        organisationId: tenant.organisation.id,
        expectedVersion: 1,
        input: input("x"),
        summary: null,
        userId: tenant.planner.id,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("versions: archive, restore, duplicate", () => {
  it("archives and unarchives as versions, idempotently, honouring expectedVersion", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const ref = { id: scenario.id, organisationId: tenant.organisation.id, userId: tenant.admin.id };
    await expect(archiveScenario(t.db, { ...ref, expectedVersion: 7 })).rejects.toBeInstanceOf(ConflictError);
    const archived = await archiveScenario(t.db, { ...ref, expectedVersion: 1 });
    expect(archived.version).toBe(2);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect((await archiveScenario(t.db, ref)).version).toBe(2);
    const restored = await archiveScenario(t.db, { ...ref, archived: false });
    expect(restored).toMatchObject({ version: 3, archivedAt: null });
    expect((await versionRows(scenario.id)).map((v) => v.action)).toEqual(["create", "archive", "unarchive"]);
    expect(await auditCount(scenario.id, "scenario.archive")).toBe(1);
  });

  it("restores an earlier version as a new version and lists versions newest first", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const ref = { id: scenario.id, organisationId: tenant.organisation.id };
    await saveScenario(t.db, {
      ...ref,
      expectedVersion: 1,
      input: input("Second", 50),
      summary: { npv: 2, bcr: 2, paybackOffset: 2 },
      userId: tenant.planner.id,
      name: "Second",
    });
    await expect(
      restoreScenarioVersion(t.db, { ...ref, version: 1, expectedVersion: 1, userId: tenant.planner.id }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      restoreScenarioVersion(t.db, { ...ref, version: 9, expectedVersion: 2, userId: tenant.planner.id }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const restored = await restoreScenarioVersion(t.db, {
      ...ref,
      version: 1,
      expectedVersion: 2,
      userId: tenant.planner.id,
    });
    expect(restored).toMatchObject({
      version: 3,
      name: "Servicetrainee",
      npv: 100,
      bcr: 1.5,
      paybackOffset: 3,
    });
    expect(restored.input).toEqual(scenario.input);

    const page = await listScenarioVersions(t.db, { ...ref, limit: 2 });
    expect(page?.items.map((v) => [v.version, v.action, v.restoredFrom])).toEqual([
      [3, "restore", 1],
      [2, "save", null],
    ]);
    expect(page?.items[0]?.savedByName).toBe(tenant.planner.name);
    expect(page?.nextCursor).toBe("2");
    const next = await listScenarioVersions(t.db, {
      ...ref,
      limit: 2,
      cursor: page?.nextCursor ?? undefined,
    });
    expect(next?.items.map((v) => v.version)).toEqual([1]);
    expect(next?.nextCursor).toBeNull();
    await expect(listScenarioVersions(t.db, { ...ref, cursor: "x" })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });

  it("duplicates into a new scenario at version 1 owned by the caller", async () => {
    const tenant = await createTestTenant(t.db);
    const scenario = await newScenario(tenant);
    const copy = await duplicateScenario(t.db, {
      id: scenario.id,
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      name: "Kopia",
    });
    expect(copy).toMatchObject({ version: 1, name: "Kopia", ownerId: tenant.editor.id, npv: 100 });
    expect(copy.id).not.toBe(scenario.id);
    expect(copy.input).toEqual(scenario.input);
    expect(await versionRows(copy.id)).toHaveLength(1);
    expect(await auditCount(copy.id, "scenario.duplicate")).toBe(1);
  });
});

describe("listScenarios", () => {
  it("pages through an organisation's scenarios newest first, with search and archive filters", async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    await newScenario(other, "Other organisation");
    const names = ["Alfa", "Beta", "Gamma 100%", "Delta", "Epsilon"];
    const created: Scenario[] = [];
    for (const name of names) created.push(await newScenario(tenant, name));
    await archiveScenario(t.db, {
      id: created[3]!.id,
      organisationId: tenant.organisation.id,
      userId: tenant.admin.id,
    });

    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await listScenarios(t.db, { organisationId: tenant.organisation.id, cursor, limit: 2 });
      seen.push(...page.items.map((s) => s.name));
      expect(page.items.every((s) => s.ownerName === tenant.planner.name)).toBe(true);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    // Delta was archived last, so it is the most recently changed, but archived ones are left out.
    expect(seen).toEqual(["Epsilon", "Gamma 100%", "Beta", "Alfa"]);

    const all = await listScenarios(t.db, {
      organisationId: tenant.organisation.id,
      includeArchived: true,
      limit: 10,
    });
    expect(all.items.map((s) => s.name)).toEqual(["Delta", "Epsilon", "Gamma 100%", "Beta", "Alfa"]);
    expect(all.nextCursor).toBeNull();

    const search = await listScenarios(t.db, { organisationId: tenant.organisation.id, q: "0%", limit: 10 });
    expect(search.items.map((s) => s.name)).toEqual(["Gamma 100%"]);
    const noWildcard = await listScenarios(t.db, {
      organisationId: tenant.organisation.id,
      q: "%",
      limit: 10,
    });
    expect(noWildcard.items.map((s) => s.name)).toEqual(["Gamma 100%"]);
    const caseInsensitive = await listScenarios(t.db, {
      organisationId: tenant.organisation.id,
      q: "ALF",
      limit: 10,
    });
    expect(caseInsensitive.items.map((s) => s.name)).toEqual(["Alfa"]);

    await expect(
      listScenarios(t.db, { organisationId: tenant.organisation.id, cursor: "garbage", limit: 2 }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("lists scenarios whose stored startYear no int holds (saved before years were bounded)", async () => {
    const tenant = await createTestTenant(t.db);
    const stored = async (startYear: unknown) => {
      const row = await newScenario(tenant, `Year ${String(startYear)}`);
      await t.db
        .update(scenarios)
        .set({ input: { ...input(row.name), startYear } })
        .where(eq(scenarios.id, row.id));
    };
    for (const startYear of [2_147_483_648, -9_007_199_254_740_991, 2026, "2026x"]) await stored(startYear);
    const page = await listScenarios(t.db, { organisationId: tenant.organisation.id, limit: 10 });
    expect(page.items.map((item) => item.startYear).sort()).toEqual(
      [2_147_483_648, -9_007_199_254_740_991, 2026, null].sort(),
    );
  });

  it("maps numbers as numbers", async () => {
    const tenant = await createTestTenant(t.db);
    await newScenario(tenant);
    const [row] = await t.db
      .select({ n: count(), total: sql<number>`sum(${scenarios.npv})`.mapWith(Number) })
      .from(scenarios)
      .where(eq(scenarios.organisationId, tenant.organisation.id));
    expect(row).toEqual({ n: 1, total: 100 });
  });
});
