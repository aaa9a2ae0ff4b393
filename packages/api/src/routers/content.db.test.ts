import { setMemberRole } from "@insats/db";
import { createTestDatabase, createTestTenant, type TestDatabase, type TestTenant } from "@insats/db/testing";
import { type InitiativeInput, type NewsItemInput } from "@insats/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, outcomeOf, type Persona, personas } from "../../test/callers.ts";

let t: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let counter = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await createTestTenant(t.db, "content-a");
  b = await createTestTenant(t.db, "content-b");
});

afterAll(async () => {
  await t?.close();
});

function initiativeOf(tenant: TestTenant): InitiativeInput {
  counter += 1;
  return {
    slug: `lasframjande-${counter}`,
    title: { sv: `Läsfrämjande insats ${counter}`, en: `Reading initiative ${counter}` },
    summary: { sv: "Högläsning för barn i förskolan.", en: "Reading aloud to preschool children." },
    targetGroup: { description: { sv: "Barn 3–5 år", en: "Children aged 3–5" }, ageMin: 3, ageMax: 5 },
    period: { start: "2025-08" },
    status: "ongoing",
    scope: "local",
    focusAreas: ["language"],
    places: [{ kind: "municipality", scbCode: "0581" }],
    organisations: [{ organisation: { slug: tenant.organisation.slug }, role: "lead" }],
    evaluationNote: { sv: "Ingen utvärdering ännu.", en: "No evaluation yet." },
    sources: [{ title: "Egen uppgift", publisher: "Testkommun" }],
    showcaseGroup: "national",
  };
}

function newsItemOf(): NewsItemInput {
  counter += 1;
  return {
    slug: `seminarium-${counter}`,
    kind: "seminar",
    title: { sv: `Seminarium ${counter}`, en: `Seminar ${counter}` },
    summary: { sv: "Ett seminarium om sociala investeringar.", en: "A seminar on social investments." },
    eventDate: "2026-03-01",
    sources: [{ title: "Egen uppgift", publisher: "Testkommun" }],
  };
}

describe("content for editors", () => {
  it("an editor creates an unpublished initiative, publishes it, and the public sees it only then", async () => {
    const editor = callerFor(t.db, a, "editor");
    const anonymous = callerFor(t.db, a, "anonymous");
    const created = await editor.content.createInitiative({ initiative: initiativeOf(a) as never });
    expect(created.published).toBe(false);
    expect(await outcomeOf(() => anonymous.initiative.bySlug({ slug: created.slug }))).toBe("NOT_FOUND");

    const published = await editor.content.setInitiativePublished({ slug: created.slug, expectedVersion: created.version, published: true });
    expect(published.published).toBe(true);
    expect((await anonymous.initiative.bySlug({ slug: created.slug })).title.sv).toBe(created.title.sv);
  });

  it("a stale expected version is CONFLICT and leaves the record as it was", async () => {
    const editor = callerFor(t.db, a, "editor");
    const created = await editor.content.createInitiative({ initiative: initiativeOf(a) as never });
    const changed = { ...initiativeOf(a), slug: created.slug, title: { sv: "Nytt namn", en: "New name" } };
    await editor.content.updateInitiative({ slug: created.slug, expectedVersion: created.version, initiative: changed as never });
    const stale = { ...changed, title: { sv: "Gammalt", en: "Old" } };
    expect(
      await outcomeOf(() => editor.content.updateInitiative({ slug: created.slug, expectedVersion: created.version, initiative: stale as never })),
    ).toBe("CONFLICT");
    expect((await editor.content.initiative({ slug: created.slug })).title.sv).toBe("Nytt namn");
  });

  it("a planner cannot publish, and an editor cannot change roles", async () => {
    const created = await callerFor(t.db, a, "editor").content.createInitiative({ initiative: initiativeOf(a) as never });
    expect(
      await outcomeOf(() =>
        callerFor(t.db, a, "planner").content.setInitiativePublished({ slug: created.slug, expectedVersion: created.version, published: true }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await outcomeOf(() => callerFor(t.db, a, "editor").member.setRole({ userId: a.planner.id, role: "admin" })),
    ).toBe("FORBIDDEN");
    // Promote in a tenant of its own: the matrix below relies on A's planner staying a planner.
    const c = await createTestTenant(t.db, "content-c");
    expect(await outcomeOf(() => callerFor(t.db, c, "admin").member.setRole({ userId: c.planner.id, role: "editor" }))).toBe("OK");
  });
});

describe("authorisation matrix: organisation B against A's content", () => {
  type Target = { initiativeSlug: string; initiativeVersion: number; newsSlug: string; newsVersion: number };
  type Call = (caller: ReturnType<typeof callerFor>, target: Target) => Promise<unknown>;

  const procedures: Record<string, Call> = {
    "content.initiative": (caller, x) => caller.content.initiative({ slug: x.initiativeSlug }),
    "content.updateInitiative": (caller, x) =>
      caller.content.updateInitiative({
        slug: x.initiativeSlug,
        expectedVersion: x.initiativeVersion,
        initiative: { ...initiativeOf(a), slug: x.initiativeSlug } as never,
      }),
    "content.setInitiativePublished": (caller, x) =>
      caller.content.setInitiativePublished({ slug: x.initiativeSlug, expectedVersion: x.initiativeVersion, published: true }),
    "content.newsItem": (caller, x) => caller.content.newsItem({ slug: x.newsSlug }),
    "content.updateNewsItem": (caller, x) =>
      caller.content.updateNewsItem({ slug: x.newsSlug, expectedVersion: x.newsVersion, newsItem: { ...newsItemOf(), slug: x.newsSlug } as never }),
    "content.setNewsItemPublished": (caller, x) =>
      caller.content.setNewsItemPublished({ slug: x.newsSlug, expectedVersion: x.newsVersion, published: true }),
    "member.remove": (caller) => caller.member.remove({ userId: a.planner.id }),
  };

  // A role too low is refused before any record is looked up, so the answer says nothing about A's records.
  const editorLevel: Record<Persona, { own: string; other: string }> = {
    anonymous: { own: "UNAUTHORIZED", other: "UNAUTHORIZED" },
    planner: { own: "FORBIDDEN", other: "FORBIDDEN" },
    editor: { own: "OK", other: "NOT_FOUND" },
    admin: { own: "OK", other: "NOT_FOUND" },
  };
  const adminLevel: Record<Persona, { own: string; other: string }> = {
    ...editorLevel,
    editor: { own: "FORBIDDEN", other: "FORBIDDEN" },
  };

  async function freshTarget(): Promise<Target> {
    const editor = callerFor(t.db, a, "editor");
    const initiative = await editor.content.createInitiative({ initiative: initiativeOf(a) as never });
    const news = await editor.content.createNewsItem({ newsItem: newsItemOf() as never });
    return { initiativeSlug: initiative.slug, initiativeVersion: initiative.version, newsSlug: news.slug, newsVersion: news.version };
  }

  for (const [procedure, call] of Object.entries(procedures)) {
    const expected = procedure.startsWith("member.") ? adminLevel : editorLevel;
    for (const persona of personas) {
      it(`${procedure} as ${persona}: own ${expected[persona].own}, other organisation ${expected[persona].other}`, async () => {
        const target = await freshTarget();
        const before = await callerFor(t.db, a, "editor").content.initiative({ slug: target.initiativeSlug });
        expect(await outcomeOf(() => call(callerFor(t.db, b, persona), target))).toBe(expected[persona].other);
        expect(await callerFor(t.db, a, "editor").content.initiative({ slug: target.initiativeSlug })).toEqual(before);
        if (procedure === "member.remove" && expected[persona].own === "OK") {
          // Removing A's planner succeeds once; give the membership back for the next case.
          expect(await outcomeOf(() => call(callerFor(t.db, a, persona), target))).toBe("OK");
          await setMemberRole(t.db, { organisationId: a.organisation.id, userId: a.planner.id, role: "planner", actorUserId: null });
          return;
        }
        expect(await outcomeOf(() => call(callerFor(t.db, a, persona), target))).toBe(expected[persona].own);
      });
    }
  }
});
