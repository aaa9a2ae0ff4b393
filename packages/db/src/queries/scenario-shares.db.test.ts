import { workedExampleScenario } from "@insats/domain";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NotFoundError, ValidationError } from "../errors.ts";
import { auditLog } from "../schema/audit.ts";
import { scenarioShares } from "../schema/scenario-shares.ts";
import { scenarios } from "../schema/scenarios.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import { decideScenario } from "./follow-ups.ts";
import {
  getSharedDecision,
  getSharedScenario,
  listScenarioShares,
  listScenariosSharedWith,
  shareScenario,
  unshareScenario,
} from "./scenario-shares.ts";
import { createScenario } from "./scenarios.ts";

let t: TestDatabase;
let owner: TestTenant;
let partner: TestTenant;
let stranger: TestTenant;

beforeAll(async () => {
  t = await createTestDatabase();
  owner = await createTestTenant(t.db, "owner");
  partner = await createTestTenant(t.db, "partner");
  stranger = await createTestTenant(t.db, "stranger");
});

afterAll(async () => {
  await t?.close();
});

async function scenarioOf(tenant: TestTenant, name = "Servicetrainee") {
  return createScenario(t.db, {
    organisationId: tenant.organisation.id,
    ownerId: tenant.planner.id,
    name,
    input: workedExampleScenario,
    summary: null,
  });
}

function share(scenarioId: string, partnerOrganisationId = partner.organisation.id) {
  return shareScenario(t.db, {
    scenarioId,
    organisationId: owner.organisation.id,
    partnerOrganisationId,
    userId: owner.admin.id,
  });
}

async function auditCount(scenarioId: string, action: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, scenarioId), eq(auditLog.action, action)));
  return row?.n ?? 0;
}

describe("sharing a scenario", () => {
  it("lets the partner read exactly that scenario and its decision, with an audit row per grant", async () => {
    const shared = await scenarioOf(owner);
    const other = await scenarioOf(owner, "Not shared");
    await decideScenario(t.db, {
      scenarioId: shared.id,
      organisationId: owner.organisation.id,
      scenarioVersion: 1,
      decision: { decidedOn: "2026-03-12", body: { kind: "committee", name: "Socialnämnden" } },
      userId: owner.planner.id,
    });
    const granted = await share(shared.id);
    expect(granted.created).toBe(true);
    expect(granted.share.partner).toEqual({
      id: partner.organisation.id,
      slug: partner.organisation.slug,
      name: { sv: partner.organisation.nameSv, en: partner.organisation.nameEn },
    });
    expect(granted.share.grantedByName).toBe(owner.admin.name);
    // A second grant is no change: no second row, no second audit entry.
    expect((await share(shared.id)).created).toBe(false);
    expect(await auditCount(shared.id, "scenario.share")).toBe(1);

    const read = await getSharedScenario(t.db, {
      scenarioId: shared.id,
      partnerOrganisationId: partner.organisation.id,
    });
    expect(read?.scenario.id).toBe(shared.id);
    expect(read?.owner.id).toBe(owner.organisation.id);
    const decision = await getSharedDecision(t.db, {
      scenarioId: shared.id,
      partnerOrganisationId: partner.organisation.id,
    });
    expect(decision?.bodyName).toBe("Socialnämnden");

    expect(
      await getSharedScenario(t.db, { scenarioId: other.id, partnerOrganisationId: partner.organisation.id }),
    ).toBeNull();
    expect(
      await getSharedScenario(t.db, {
        scenarioId: shared.id,
        partnerOrganisationId: stranger.organisation.id,
      }),
    ).toBeNull();
    expect(
      await getSharedDecision(t.db, {
        scenarioId: shared.id,
        partnerOrganisationId: stranger.organisation.id,
      }),
    ).toBeNull();

    const list = await listScenariosSharedWith(t.db, {
      partnerOrganisationId: partner.organisation.id,
      limit: 50,
    });
    expect(list.map((item) => [item.scenarioId, item.decidedOn, item.owner.slug])).toEqual([
      [shared.id, "2026-03-12", owner.organisation.slug],
    ]);
    expect(
      await listScenariosSharedWith(t.db, { partnerOrganisationId: stranger.organisation.id, limit: 50 }),
    ).toEqual([]);

    const shares = await listScenarioShares(t.db, {
      scenarioId: shared.id,
      organisationId: owner.organisation.id,
    });
    expect(shares?.map((item) => item.partner.id)).toEqual([partner.organisation.id]);
    // The partner cannot list who else a scenario is shared with: it is not its scenario.
    expect(
      await listScenarioShares(t.db, { scenarioId: shared.id, organisationId: partner.organisation.id }),
    ).toBeNull();
  });

  it("is withdrawn by a revoke, after which the partner reads nothing", async () => {
    const scenario = await scenarioOf(owner);
    await share(scenario.id);
    await unshareScenario(t.db, {
      scenarioId: scenario.id,
      organisationId: owner.organisation.id,
      partnerOrganisationId: partner.organisation.id,
      userId: owner.admin.id,
    });
    expect(await auditCount(scenario.id, "scenario.unshare")).toBe(1);
    expect(
      await getSharedScenario(t.db, {
        scenarioId: scenario.id,
        partnerOrganisationId: partner.organisation.id,
      }),
    ).toBeNull();
    await expect(
      unshareScenario(t.db, {
        scenarioId: scenario.id,
        organisationId: owner.organisation.id,
        partnerOrganisationId: partner.organisation.id,
        userId: owner.admin.id,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses another organisation's scenario, an unknown partner and the organisation itself, storing nothing", async () => {
    const foreign = await scenarioOf(stranger);
    await expect(share(foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    const own = await scenarioOf(owner);
    await expect(share(own.id, "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(share(own.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(share(own.id, owner.organisation.id)).rejects.toBeInstanceOf(ValidationError);
    // The partner cannot revoke a share of a scenario it does not own.
    await share(own.id);
    await expect(
      unshareScenario(t.db, {
        scenarioId: own.id,
        organisationId: partner.organisation.id,
        partnerOrganisationId: partner.organisation.id,
        userId: partner.admin.id,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const [rows] = await t.db
      .select({ n: count() })
      .from(scenarioShares)
      .where(eq(scenarioShares.scenarioId, own.id));
    expect(rows?.n).toBe(1);
    expect(await auditCount(foreign.id, "scenario.share")).toBe(0);
  });

  it("keeps the share when the revoke's audit row cannot be written (one transaction)", async () => {
    const scenario = await scenarioOf(owner);
    await share(scenario.id);
    // A trigger that refuses this scenario's unshare audit row, as a failing write in the middle would.
    await t.db.execute(
      sql.raw(`create function refuse_unshare_audit() returns trigger language plpgsql as $$
        begin
          if new.action = 'scenario.unshare' and new.entity_id = '${scenario.id}' then
            raise exception 'audit refused';
          end if;
          return new;
        end $$`),
    );
    await t.db.execute(
      sql.raw(`create trigger refuse_unshare_audit before insert on audit_log
        for each row execute function refuse_unshare_audit()`),
    );
    try {
      await expect(
        unshareScenario(t.db, {
          scenarioId: scenario.id,
          organisationId: owner.organisation.id,
          partnerOrganisationId: partner.organisation.id,
          userId: owner.admin.id,
        }),
      ).rejects.toThrow();
    } finally {
      await t.db.execute(sql.raw("drop trigger refuse_unshare_audit on audit_log"));
      await t.db.execute(sql.raw("drop function refuse_unshare_audit()"));
    }
    expect(
      (
        await getSharedScenario(t.db, {
          scenarioId: scenario.id,
          partnerOrganisationId: partner.organisation.id,
        })
      )?.scenario.id,
    ).toBe(scenario.id);
  });

  it("ends when the scenario moves out of the organisation that shared it", async () => {
    const scenario = await scenarioOf(owner);
    await share(scenario.id);
    await t.db
      .update(scenarios)
      .set({ organisationId: stranger.organisation.id })
      .where(eq(scenarios.id, scenario.id));
    expect(
      await getSharedScenario(t.db, {
        scenarioId: scenario.id,
        partnerOrganisationId: partner.organisation.id,
      }),
    ).toBeNull();
    const list = await listScenariosSharedWith(t.db, {
      partnerOrganisationId: partner.organisation.id,
      limit: 50,
    });
    expect(list.map((item) => item.scenarioId)).not.toContain(scenario.id);
  });
});
