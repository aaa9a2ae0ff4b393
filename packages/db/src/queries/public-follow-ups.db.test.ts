// Publishing a decided scenario's follow-up on an initiative: ownership, withdrawal, audit, and a public read that
// answers only for a published initiative and a follow-up not withdrawn.
import { type InitiativeInput, workedExampleScenario } from "@insats/domain";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NotFoundError, ValidationError } from "../errors.ts";
import { auditLog } from "../schema/audit.ts";
import { initiativeFollowUps } from "../schema/public-follow-ups.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import { decideScenario } from "./follow-ups.ts";
import { createInitiative, setInitiativePublished } from "./initiatives.ts";
import {
  getFollowUpPublication,
  getPublishedFollowUp,
  listPublishableDecisions,
  publishFollowUp,
  unpublishFollowUp,
} from "./public-follow-ups.ts";
import { createScenario } from "./scenarios.ts";

let t: TestDatabase;
let owner: TestTenant;
let stranger: TestTenant;
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  owner = await createTestTenant(t.db, "fu-owner");
  stranger = await createTestTenant(t.db, "fu-stranger");
});

afterAll(async () => {
  await t?.close();
});

function initiativeOf(tenant: TestTenant): InitiativeInput {
  counter += 1;
  return {
    slug: `uppfoljd-insats-${counter}`,
    title: { sv: `Uppföljd insats ${counter}`, en: `Followed-up initiative ${counter}` },
    summary: { sv: "Arbete med stöd.", en: "Supported employment." },
    targetGroup: { description: { sv: "Unga vuxna", en: "Young adults" } },
    period: { start: "2025-08" },
    status: "ongoing",
    scope: "local",
    focusAreas: ["employment"],
    places: [{ kind: "municipality", scbCode: "0581" }],
    organisations: [{ organisation: { slug: tenant.organisation.slug }, role: "lead" }],
    evaluationNote: { sv: "Ingen utvärdering ännu.", en: "No evaluation yet." },
    sources: [{ title: "Egen uppgift", publisher: "Testkommun" }],
    showcaseGroup: "national",
  };
}

async function initiativeOfTenant(tenant: TestTenant, published = true) {
  const created = await createInitiative(t.db, {
    organisationId: tenant.organisation.id,
    userId: tenant.editor.id,
    initiative: initiativeOf(tenant),
  });
  if (!published) return created;
  return setInitiativePublished(t.db, {
    slug: created.slug,
    organisationId: tenant.organisation.id,
    userId: tenant.editor.id,
    published: true,
    expectedVersion: created.version,
  });
}

async function decisionOf(tenant: TestTenant, initiativeSlug?: string) {
  const scenario = await createScenario(t.db, {
    organisationId: tenant.organisation.id,
    ownerId: tenant.planner.id,
    name: "Intern arbetskalkyl",
    input: workedExampleScenario,
    summary: null,
    initiativeSlug,
  });
  await decideScenario(t.db, {
    scenarioId: scenario.id,
    organisationId: tenant.organisation.id,
    scenarioVersion: 1,
    decision: { decidedOn: "2026-03-12", body: { kind: "committee", name: "Socialnämnden" } },
    userId: tenant.planner.id,
  });
  return scenario.id;
}

function publish(tenant: TestTenant, initiativeSlug: string, scenarioId: string) {
  return publishFollowUp(t.db, {
    initiativeSlug,
    scenarioId,
    organisationId: tenant.organisation.id,
    userId: tenant.editor.id,
  });
}

async function auditCount(entityId: string, action: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
  return row?.n ?? 0;
}

describe("publishing a follow-up on an initiative", () => {
  it("makes the decision's follow-up public, with who and when, and an audit row", async () => {
    const initiative = await initiativeOfTenant(owner);
    const scenarioId = await decisionOf(owner);
    expect(await getPublishedFollowUp(t.db, { initiativeSlug: initiative.slug })).toBeNull();

    const publication = await publish(owner, initiative.slug, scenarioId);
    expect(publication).toMatchObject({
      initiativeId: initiative.id,
      scenarioId,
      scenarioName: "Intern arbetskalkyl",
      decidedOn: "2026-03-12",
      published: true,
      publishedByName: owner.editor.name,
      unpublishedAt: null,
    });
    const found = await getPublishedFollowUp(t.db, { initiativeSlug: initiative.slug });
    expect(found?.decision.scenarioId).toBe(scenarioId);
    expect(found?.decision.bodyName).toBe("Socialnämnden");
    expect(found?.publishedAt).toEqual(publication.publishedAt);
    expect(await auditCount(initiative.id, "initiative.publishFollowUp")).toBe(1);
  });

  it("withdrawn, it reaches the public no more; the editor still sees who withdrew it", async () => {
    const initiative = await initiativeOfTenant(owner);
    const scenarioId = await decisionOf(owner);
    await publish(owner, initiative.slug, scenarioId);
    const withdrawn = await unpublishFollowUp(t.db, {
      initiativeSlug: initiative.slug,
      organisationId: owner.organisation.id,
      userId: owner.admin.id,
    });
    expect(withdrawn).toMatchObject({ published: false, unpublishedByName: owner.admin.name });
    expect(await getPublishedFollowUp(t.db, { initiativeSlug: initiative.slug })).toBeNull();
    expect(await auditCount(initiative.id, "initiative.unpublishFollowUp")).toBe(1);

    // Withdrawing again changes and records nothing; publishing again makes it public again.
    await unpublishFollowUp(t.db, {
      initiativeSlug: initiative.slug,
      organisationId: owner.organisation.id,
      userId: owner.admin.id,
    });
    expect(await auditCount(initiative.id, "initiative.unpublishFollowUp")).toBe(1);
    await publish(owner, initiative.slug, scenarioId);
    expect((await getPublishedFollowUp(t.db, { initiativeSlug: initiative.slug }))?.decision.scenarioId).toBe(
      scenarioId,
    );
  });

  it("publishing another decision replaces the first: one follow-up per initiative", async () => {
    const initiative = await initiativeOfTenant(owner);
    const first = await decisionOf(owner);
    const second = await decisionOf(owner);
    await publish(owner, initiative.slug, first);
    await publish(owner, initiative.slug, second);
    const rows = await t.db
      .select()
      .from(initiativeFollowUps)
      .where(eq(initiativeFollowUps.initiativeId, initiative.id));
    expect(rows.map((row) => row.scenarioId)).toEqual([second]);
  });

  it("a follow-up on an unpublished initiative does not reach the public", async () => {
    const draft = await initiativeOfTenant(owner, false);
    await publish(owner, draft.slug, await decisionOf(owner));
    expect((await getFollowUpPublication(t.db, { initiativeSlug: draft.slug, organisationId: owner.organisation.id }))?.published).toBe(true);
    expect(await getPublishedFollowUp(t.db, { initiativeSlug: draft.slug })).toBeNull();
  });

  it("refuses another organisation's initiative (not found) and another's decision (at scenarioId), writing nothing", async () => {
    const own = await initiativeOfTenant(owner);
    const theirs = await initiativeOfTenant(stranger);
    const ownDecision = await decisionOf(owner);
    const theirDecision = await decisionOf(stranger);

    await expect(publish(stranger, own.slug, theirDecision)).rejects.toBeInstanceOf(NotFoundError);
    const refused = await publish(owner, own.slug, theirDecision).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((issue) => issue.path)).toEqual(["scenarioId"]);
    await expect(publish(owner, own.slug, "not-a-uuid")).rejects.toBeInstanceOf(ValidationError);
    // An undecided scenario is no follow-up either.
    const undecided = await createScenario(t.db, {
      organisationId: owner.organisation.id,
      ownerId: owner.planner.id,
      name: "Ej beslutad",
      input: workedExampleScenario,
      summary: null,
    });
    await expect(publish(owner, own.slug, undecided.id)).rejects.toBeInstanceOf(ValidationError);
    await expect(
      unpublishFollowUp(t.db, {
        initiativeSlug: theirs.slug,
        organisationId: owner.organisation.id,
        userId: owner.editor.id,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getFollowUpPublication(t.db, { initiativeSlug: theirs.slug, organisationId: owner.organisation.id }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const rows = await t.db
      .select()
      .from(initiativeFollowUps)
      .where(eq(initiativeFollowUps.initiativeId, own.id));
    expect(rows).toEqual([]);
    expect(await auditCount(own.id, "initiative.publishFollowUp")).toBe(0);
    expect(await getPublishedFollowUp(t.db, { initiativeSlug: own.slug })).toBeNull();
    // The owner's own decision is accepted.
    await publish(owner, own.slug, ownDecision);
    expect((await getPublishedFollowUp(t.db, { initiativeSlug: own.slug }))?.decision.scenarioId).toBe(ownDecision);
  });

  it("lists the organisation's decisions, those made from the initiative first, and none of another's", async () => {
    const tenant = await createTestTenant(t.db, "fu-list");
    const initiative = await initiativeOfTenant(tenant);
    const unlinked = await decisionOf(tenant);
    const linked = await decisionOf(tenant, initiative.slug);
    await decisionOf(stranger, initiative.slug);
    const listed = await listPublishableDecisions(t.db, {
      initiativeSlug: initiative.slug,
      organisationId: tenant.organisation.id,
      limit: 50,
    });
    expect(listed.map((decision) => [decision.scenarioId, decision.linked])).toEqual([
      [linked, true],
      [unlinked, false],
    ]);
  });
});
