// Sharing a scenario with a partner organisation (issue 14): the partner reads exactly the shared scenario and its
// follow-up and nothing else of the owner, and writes nothing; a stranger sees nothing; a revoked share is gone.
import { createTestDatabase, createTestTenant, type TestDatabase, type TestTenant } from "@insats/db/testing";
import { workedExampleFollowUp, workedExampleScenario } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, outcomeOf, type Persona, personas } from "../../test/callers.ts";

let t: TestDatabase;
/** The owner, the partner it shares with, and a stranger. */
let a: TestTenant;
let p: TestTenant;
let s: TestTenant;
let shared: string;
let unshared: string;
let revoked: string;

const decision = {
  decidedOn: "2026-03-12",
  body: { kind: "fundBoard" as const, name: "Fonden för sociala investeringar" },
  fund: { grant: 5_000_000, repaymentShare: 0.5, payers: ["municipality" as const], fromOffset: 1 },
};

async function decidedScenarioOfA(name: string) {
  const planner = callerFor(t.db, a, "planner");
  const scenario = await planner.scenario.create({ name, input: workedExampleScenario });
  await planner.followUp.decide({ scenarioId: scenario.id, scenarioVersion: scenario.version, decision });
  await planner.followUp.saveActuals({
    scenarioId: scenario.id,
    expectedVersion: 1,
    actuals: workedExampleFollowUp.actuals ?? [],
  });
  return scenario.id;
}

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestTenant(t.db, "share-owner");
  p = await createTestTenant(t.db, "share-partner");
  s = await createTestTenant(t.db, "share-stranger");
  shared = await decidedScenarioOfA("Delad");
  unshared = await decidedScenarioOfA("Inte delad");
  revoked = await decidedScenarioOfA("Återkallad");
  const admin = callerFor(t.db, a, "admin");
  await admin.share.grant({ scenarioId: shared, partner: p.organisation.slug });
  await admin.share.grant({ scenarioId: revoked, partner: p.organisation.id });
  await admin.share.revoke({ scenarioId: revoked, partnerOrganisationId: p.organisation.id });
});

afterAll(async () => {
  await t?.close();
});

describe("share procedures", () => {
  it("the partner's follow-up is the owner's, computed the same way", async () => {
    const owner = await callerFor(t.db, a, "planner").followUp.byScenario({ scenarioId: shared });
    const partner = await callerFor(t.db, p, "planner").shared.followUp({ scenarioId: shared });
    expect(partner).toEqual({
      ...owner,
      owner: {
        id: a.organisation.id,
        slug: a.organisation.slug,
        name: { sv: a.organisation.nameSv, en: a.organisation.nameEn },
      },
    });
    expect(partner.result.totals.varianceNpv).toBeCloseTo(477.55, 2);
    const scenario = await callerFor(t.db, p, "planner").shared.scenario({ scenarioId: shared });
    expect(scenario.scenario).toEqual(await callerFor(t.db, a, "planner").scenario.byId({ id: shared }));
  });

  it("lists for the partner exactly what is shared with it, and nothing for anyone else", async () => {
    const ofPartner = await callerFor(t.db, p, "planner").shared.list();
    expect(ofPartner.map((item) => [item.scenarioId, item.name, item.decidedOn, item.owner.slug])).toEqual([
      [shared, "Delad", "2026-03-12", a.organisation.slug],
    ]);
    expect(await callerFor(t.db, s, "admin").shared.list()).toEqual([]);
    expect(await callerFor(t.db, a, "admin").shared.list()).toEqual([]);
    const shares = await callerFor(t.db, a, "admin").share.list({ scenarioId: shared });
    expect(shares.map((share) => [share.partner.id, share.grantedByName])).toEqual([
      [p.organisation.id, a.admin.name],
    ]);
  });

  it("grants once, refuses the organisation itself and an unknown partner, and revokes", async () => {
    const admin = callerFor(t.db, a, "admin");
    const scenario = await callerFor(t.db, a, "planner").scenario.create({
      name: "Ny",
      input: workedExampleScenario,
    });
    expect((await admin.share.grant({ scenarioId: scenario.id, partner: s.organisation.id })).created).toBe(
      true,
    );
    expect((await admin.share.grant({ scenarioId: scenario.id, partner: s.organisation.slug })).created).toBe(
      false,
    );
    expect(
      await outcomeOf(() => admin.share.grant({ scenarioId: scenario.id, partner: a.organisation.id })),
    ).toBe("BAD_REQUEST");
    expect(await outcomeOf(() => admin.share.grant({ scenarioId: scenario.id, partner: "finns-inte" }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await outcomeOf(() => admin.share.grant({ scenarioId: scenario.id, partner: "Ej en slug!" })),
    ).toBe("BAD_REQUEST");
    expect(
      (await callerFor(t.db, s, "planner").shared.scenario({ scenarioId: scenario.id })).scenario.id,
    ).toBe(scenario.id);
    // Undecided: the scenario is readable, its follow-up does not exist yet.
    expect(
      await outcomeOf(() => callerFor(t.db, s, "planner").shared.followUp({ scenarioId: scenario.id })),
    ).toBe("NOT_FOUND");
    await admin.share.revoke({ scenarioId: scenario.id, partnerOrganisationId: s.organisation.id });
    expect(
      await outcomeOf(() => callerFor(t.db, s, "planner").shared.scenario({ scenarioId: scenario.id })),
    ).toBe("NOT_FOUND");
    expect(
      await outcomeOf(() =>
        admin.share.revoke({ scenarioId: scenario.id, partnerOrganisationId: s.organisation.id }),
      ),
    ).toBe("NOT_FOUND");
  });
});

type Org = "A" | "P" | "S";
type Caller = ReturnType<typeof callerFor>;
type Row = Record<Persona, string>;

const members = (outcome: string): Row => ({
  anonymous: "UNAUTHORIZED",
  planner: outcome,
  editor: outcome,
  admin: outcome,
});
const admins = (outcome: string): Row => ({
  anonymous: "UNAUTHORIZED",
  planner: "FORBIDDEN",
  editor: "FORBIDDEN",
  admin: outcome,
});
const nothing = members("NOT_FOUND");

/** A list that shows nothing is as good as NOT_FOUND: the versions of a decision one cannot see. */
async function visible<T>(items: Promise<T[]>): Promise<T[]> {
  const list = await items;
  if (list.length === 0) throw Object.assign(new Error("nothing visible"), { code: "NOT_FOUND" });
  return list;
}

describe("authorisation matrix: owner A, partner P, stranger S", () => {
  const reads: Record<string, { call: (caller: Caller) => Promise<unknown>; expected: Record<Org, Row> }> = {
    "shared.scenario of the shared scenario": {
      call: (caller) => caller.shared.scenario({ scenarioId: shared }),
      expected: { A: nothing, P: members("OK"), S: nothing },
    },
    "shared.followUp of the shared scenario": {
      call: (caller) => caller.shared.followUp({ scenarioId: shared }),
      expected: { A: nothing, P: members("OK"), S: nothing },
    },
    "shared.scenario of another scenario of A": {
      call: (caller) => caller.shared.scenario({ scenarioId: unshared }),
      expected: { A: nothing, P: nothing, S: nothing },
    },
    "shared.followUp of another scenario of A": {
      call: (caller) => caller.shared.followUp({ scenarioId: unshared }),
      expected: { A: nothing, P: nothing, S: nothing },
    },
    "shared.scenario of a revoked share": {
      call: (caller) => caller.shared.scenario({ scenarioId: revoked }),
      expected: { A: nothing, P: nothing, S: nothing },
    },
    "shared.followUp of a revoked share": {
      call: (caller) => caller.shared.followUp({ scenarioId: revoked }),
      expected: { A: nothing, P: nothing, S: nothing },
    },
    "scenario.byId of the shared scenario": {
      call: (caller) => caller.scenario.byId({ id: shared }),
      expected: { A: members("OK"), P: nothing, S: nothing },
    },
    "scenario.versions of the shared scenario": {
      call: (caller) => caller.scenario.versions({ id: shared }),
      expected: { A: members("OK"), P: nothing, S: nothing },
    },
    "followUp.byScenario of the shared scenario": {
      call: (caller) => caller.followUp.byScenario({ scenarioId: shared }),
      expected: { A: members("OK"), P: nothing, S: nothing },
    },
    "followUp.versions of the shared scenario": {
      call: (caller) => visible(caller.followUp.versions({ scenarioId: shared })),
      expected: { A: members("OK"), P: nothing, S: nothing },
    },
    "share.list of the shared scenario": {
      call: (caller) => caller.share.list({ scenarioId: shared }),
      expected: { A: admins("OK"), P: admins("NOT_FOUND"), S: admins("NOT_FOUND") },
    },
  };

  const tenantOf = (org: Org) => ({ A: a, P: p, S: s })[org];

  for (const [name, { call, expected }] of Object.entries(reads)) {
    for (const org of ["A", "P", "S"] as const) {
      for (const persona of personas) {
        it(`${name} as ${org} ${persona}: ${expected[org][persona]}`, async () => {
          expect(await outcomeOf(() => call(callerFor(t.db, tenantOf(org), persona)))).toBe(
            expected[org][persona],
          );
        });
      }
    }
  }

  // Every write the partner might try on the scenario shared with it; the stranger the same. Each is checked to
  // leave A's scenario, its follow-up and its shares exactly as they were.
  const writes: Record<string, { call: (caller: Caller) => Promise<unknown>; expected: Row }> = {
    "scenario.save": {
      call: (caller) =>
        caller.scenario.save({ id: shared, expectedVersion: 1, input: workedExampleScenario }),
      expected: nothing,
    },
    "scenario.archive": { call: (caller) => caller.scenario.archive({ id: shared }), expected: nothing },
    "scenario.restore": {
      call: (caller) => caller.scenario.restore({ id: shared, version: 1, expectedVersion: 1 }),
      expected: nothing,
    },
    "scenario.duplicate": { call: (caller) => caller.scenario.duplicate({ id: shared }), expected: nothing },
    "followUp.decide": {
      call: (caller) => caller.followUp.decide({ scenarioId: unshared, scenarioVersion: 1, decision }),
      expected: nothing,
    },
    "followUp.saveActuals": {
      call: (caller) => caller.followUp.saveActuals({ scenarioId: shared, expectedVersion: 2, actuals: [] }),
      expected: nothing,
    },
    "share.grant to the stranger": {
      call: (caller) => caller.share.grant({ scenarioId: shared, partner: s.organisation.slug }),
      expected: admins("NOT_FOUND"),
    },
    "share.revoke of the partner's own share": {
      call: (caller) => caller.share.revoke({ scenarioId: shared, partnerOrganisationId: p.organisation.id }),
      expected: admins("NOT_FOUND"),
    },
  };

  async function stateOfA() {
    const admin = callerFor(t.db, a, "admin");
    return {
      scenario: await admin.scenario.byId({ id: shared }),
      followUp: await admin.followUp.byScenario({ scenarioId: shared }),
      shares: await admin.share.list({ scenarioId: shared }),
      unsharedShares: await admin.share.list({ scenarioId: unshared }),
      list: (await admin.scenario.list({})).items.map((item) => item.id),
    };
  }

  for (const [name, { call, expected }] of Object.entries(writes)) {
    for (const org of ["P", "S"] as const) {
      for (const persona of personas) {
        it(`${name} as ${org} ${persona}: ${expected[persona]}, and A's scenario unchanged`, async () => {
          const before = await stateOfA();
          expect(await outcomeOf(() => call(callerFor(t.db, tenantOf(org), persona)))).toBe(
            expected[persona],
          );
          expect(await stateOfA()).toEqual(before);
        });
      }
    }
  }
});
