// A decided scenario's follow-up published on an initiative (issue 14, "Public"): only the owning organisation's
// editors and admins publish it, only a decision of the same organisation, and nothing unpublished — or withdrawn,
// or on an unpublished initiative — reaches the public tRPC read or /v1. What is public carries no notes.
import { publicFollowUpSchema, workedExampleFollowUp, workedExampleScenario, type InitiativeInput } from "@insats/domain";
import { createTestTenant, type TestTenant } from "@insats/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, outcomeOf, type Persona, personas } from "../../test/callers.ts";
import { type RunningApi, startTestApi } from "../../test/server.ts";

let api: RunningApi;
let a: TestTenant;
let b: TestTenant;
let counter = 0;

const internalNote = "Intern anteckning: siffran är preliminär enligt Eva";
const internalSource = "Ekonomisystemet, rapport 4711 (intern)";
const scenarioName = "Arbetsnamn kalkyl version Kalle";

beforeAll(async () => {
  api = await startTestApi();
  a = await createTestTenant(api.database.db, "pub-fu-a");
  b = await createTestTenant(api.database.db, "pub-fu-b");
});

afterAll(async () => {
  await api?.close();
});

function initiativeOf(tenant: TestTenant): InitiativeInput {
  counter += 1;
  return {
    slug: `servicetrainee-uppfoljd-${counter}`,
    title: { sv: `Servicetrainee ${counter}`, en: `Service trainee ${counter}` },
    summary: { sv: "Anställning med stöd.", en: "Supported employment." },
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

async function publishedInitiativeOf(tenant: TestTenant, published = true) {
  const editor = callerFor(api.database.db, tenant, "editor");
  const created = await editor.content.createInitiative({ initiative: initiativeOf(tenant) });
  if (!published) return created.slug;
  await editor.content.setInitiativePublished({ slug: created.slug, expectedVersion: created.version, published: true });
  return created.slug;
}

/** A decided scenario with two reported years, each figure with an internal note and source. */
async function decisionOf(tenant: TestTenant) {
  const planner = callerFor(api.database.db, tenant, "planner");
  const scenario = await planner.scenario.create({ name: scenarioName, input: workedExampleScenario });
  await planner.followUp.decide({
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    decision: { decidedOn: "2026-03-12", body: { kind: "committee", name: "Socialnämnden" } },
  });
  await planner.followUp.saveActuals({
    scenarioId: scenario.id,
    expectedVersion: 1,
    actuals: (workedExampleFollowUp.actuals ?? []).map((entry) => ({
      ...entry,
      notes: { "unitsAvoided.welfare": { note: internalNote, source: internalSource } },
    })),
  });
  return scenario.id;
}

async function v1(slug: string) {
  const response = await fetch(`${api.url}/v1/initiatives/${slug}/follow-up`);
  return { status: response.status, text: await response.text() };
}

const anonymous = () => callerFor(api.database.db, a, "anonymous");

describe("a follow-up published on an initiative", () => {
  it("reaches the public read and /v1 only while published, in the published format and without notes", async () => {
    const slug = await publishedInitiativeOf(a);
    const scenarioId = await decisionOf(a);
    const editor = callerFor(api.database.db, a, "editor");

    expect(await outcomeOf(() => anonymous().initiative.followUp({ slug }))).toBe("NOT_FOUND");
    expect((await v1(slug)).status).toBe(404);

    const publication = await editor.content.publishFollowUp({ slug, scenarioId });
    expect(publication).toMatchObject({ scenarioId, published: true, publishedByName: a.editor.name });

    const shown = await anonymous().initiative.followUp({ slug });
    expect(publicFollowUpSchema.parse(shown)).toEqual(shown);
    expect(shown.yearsReported).toEqual([workedExampleScenario.startYear, workedExampleScenario.startYear + 1]);
    expect(shown.outcomes.map((outcome) => outcome.id)).toEqual(["welfare"]);
    expect(shown.outcomes[0]?.realisationRate).toBeCloseTo(0.985222, 6);
    expect(shown.decision).toEqual({ decidedOn: "2026-03-12", body: { kind: "committee", name: "Socialnämnden" } });
    expect(shown.publishedAt).toBe(publication.publishedAt);

    const rest = await v1(slug);
    expect(rest.status).toBe(200);
    expect(JSON.parse(rest.text)).toEqual(shown);
    for (const secret of [internalNote, internalSource, scenarioName, scenarioId]) expect(rest.text).not.toContain(secret);

    const withdrawn = await editor.content.unpublishFollowUp({ slug });
    expect(withdrawn?.published).toBe(false);
    expect(await outcomeOf(() => anonymous().initiative.followUp({ slug }))).toBe("NOT_FOUND");
    expect((await v1(slug)).status).toBe(404);
  });

  it("on an unpublished initiative reaches neither the public read nor /v1", async () => {
    const slug = await publishedInitiativeOf(a, false);
    await callerFor(api.database.db, a, "editor").content.publishFollowUp({ slug, scenarioId: await decisionOf(a) });
    expect(await outcomeOf(() => anonymous().initiative.followUp({ slug }))).toBe("NOT_FOUND");
    expect((await v1(slug)).status).toBe(404);
  });

  it("is described in the OpenAPI document", async () => {
    const document = (await (await fetch(`${api.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get?: { responses?: Record<string, unknown> } }>;
    };
    const path = document.paths["/v1/initiatives/{slug}/follow-up"];
    expect(Object.keys(path?.get?.responses ?? {})).toContain("200");
    expect(JSON.stringify(path)).toContain("realisationRate");
  });
});

describe("who may publish", () => {
  it("editors and admins of the owning organisation; not planners, not the public", async () => {
    const slug = await publishedInitiativeOf(a);
    const scenarioId = await decisionOf(a);
    const expected: Record<Persona, string> = { anonymous: "UNAUTHORIZED", planner: "FORBIDDEN", editor: "OK", admin: "OK" };
    const outcomes: Record<string, Record<string, string>> = {};
    for (const persona of personas) {
      const caller = callerFor(api.database.db, a, persona);
      outcomes[persona] = {
        followUpPublication: await outcomeOf(() => caller.content.followUpPublication({ slug })),
        publishFollowUp: await outcomeOf(() => caller.content.publishFollowUp({ slug, scenarioId })),
        unpublishFollowUp: await outcomeOf(() => caller.content.unpublishFollowUp({ slug })),
      };
    }
    expect(outcomes).toEqual(
      Object.fromEntries(
        personas.map((persona) => [
          persona,
          { followUpPublication: expected[persona], publishFollowUp: expected[persona], unpublishFollowUp: expected[persona] },
        ]),
      ),
    );
  });

  it("another organisation can neither publish, withdraw nor read the publication, and its decision is refused", async () => {
    const slug = await publishedInitiativeOf(a);
    const ours = await decisionOf(a);
    const theirs = await decisionOf(b);
    const stranger = callerFor(api.database.db, b, "editor");
    expect(await outcomeOf(() => stranger.content.publishFollowUp({ slug, scenarioId: ours }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => stranger.content.publishFollowUp({ slug, scenarioId: theirs }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => stranger.content.followUpPublication({ slug }))).toBe("NOT_FOUND");

    const editor = callerFor(api.database.db, a, "editor");
    const refused = await editor.content.publishFollowUp({ slug, scenarioId: theirs }).catch((error: unknown) => error);
    expect((refused as { code?: string }).code).toBe("BAD_REQUEST");
    expect(await outcomeOf(() => anonymous().initiative.followUp({ slug }))).toBe("NOT_FOUND");

    // The owner's editor lists its own decisions only.
    const { decisions } = await editor.content.followUpPublication({ slug });
    expect(decisions.map((decision) => decision.scenarioId)).toContain(ours);
    expect(decisions.map((decision) => decision.scenarioId)).not.toContain(theirs);

    await editor.content.publishFollowUp({ slug, scenarioId: ours });
    expect(await outcomeOf(() => stranger.content.unpublishFollowUp({ slug }))).toBe("NOT_FOUND");
    expect((await v1(slug)).status).toBe(200);
  });
});
