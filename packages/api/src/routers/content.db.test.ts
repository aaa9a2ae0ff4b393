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
    const created = await editor.content.createInitiative({ initiative: initiativeOf(a) });
    expect(created.published).toBe(false);
    expect(await outcomeOf(() => anonymous.initiative.bySlug({ slug: created.slug }))).toBe("NOT_FOUND");

    const published = await editor.content.setInitiativePublished({
      slug: created.slug,
      expectedVersion: created.version,
      published: true,
    });
    expect(published.published).toBe(true);
    expect((await anonymous.initiative.bySlug({ slug: created.slug })).title.sv).toBe(created.title.sv);
  });

  it("a stale expected version is CONFLICT and leaves the record as it was", async () => {
    const editor = callerFor(t.db, a, "editor");
    const created = await editor.content.createInitiative({ initiative: initiativeOf(a) });
    const changed = { ...initiativeOf(a), slug: created.slug, title: { sv: "Nytt namn", en: "New name" } };
    await editor.content.updateInitiative({
      slug: created.slug,
      expectedVersion: created.version,
      initiative: changed,
    });
    const stale = { ...changed, title: { sv: "Gammalt", en: "Old" } };
    expect(
      await outcomeOf(() =>
        editor.content.updateInitiative({
          slug: created.slug,
          expectedVersion: created.version,
          initiative: stale,
        }),
      ),
    ).toBe("CONFLICT");
    expect((await editor.content.initiative({ slug: created.slug })).title.sv).toBe("Nytt namn");
  });

  it("a planner cannot publish, and an editor cannot change roles", async () => {
    const created = await callerFor(t.db, a, "editor").content.createInitiative({
      initiative: initiativeOf(a),
    });
    expect(
      await outcomeOf(() =>
        callerFor(t.db, a, "planner").content.setInitiativePublished({
          slug: created.slug,
          expectedVersion: created.version,
          published: true,
        }),
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
        initiative: { ...initiativeOf(a), slug: x.initiativeSlug },
      }),
    "content.setInitiativePublished": (caller, x) =>
      caller.content.setInitiativePublished({
        slug: x.initiativeSlug,
        expectedVersion: x.initiativeVersion,
        published: true,
      }),
    "content.newsItem": (caller, x) => caller.content.newsItem({ slug: x.newsSlug }),
    "content.updateNewsItem": (caller, x) =>
      caller.content.updateNewsItem({
        slug: x.newsSlug,
        expectedVersion: x.newsVersion,
        newsItem: { ...newsItemOf(), slug: x.newsSlug },
      }),
    "content.setNewsItemPublished": (caller, x) =>
      caller.content.setNewsItemPublished({
        slug: x.newsSlug,
        expectedVersion: x.newsVersion,
        published: true,
      }),
    "content.versions": (caller, x) =>
      caller.content.versions({ kind: "initiative", slug: x.initiativeSlug }),
    "content.version": (caller, x) =>
      caller.content.version({ kind: "newsItem", slug: x.newsSlug, version: 1 }),
    "content.restore": (caller, x) =>
      caller.content.restore({
        kind: "initiative",
        slug: x.initiativeSlug,
        version: 1,
        expectedVersion: x.initiativeVersion,
      }),
    "content.previewToken": (caller, x) =>
      caller.content.previewToken({ kind: "newsItem", slug: x.newsSlug }),
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
    const initiative = await editor.content.createInitiative({ initiative: initiativeOf(a) });
    const news = await editor.content.createNewsItem({ newsItem: newsItemOf() });
    return {
      initiativeSlug: initiative.slug,
      initiativeVersion: initiative.version,
      newsSlug: news.slug,
      newsVersion: news.version,
    };
  }

  for (const [procedure, call] of Object.entries(procedures)) {
    const expected = procedure.startsWith("member.") ? adminLevel : editorLevel;
    for (const persona of personas) {
      it(`${procedure} as ${persona}: own ${expected[persona].own}, other organisation ${expected[persona].other}`, async () => {
        const target = await freshTarget();
        const before = await callerFor(t.db, a, "editor").content.initiative({ slug: target.initiativeSlug });
        expect(await outcomeOf(() => call(callerFor(t.db, b, persona), target))).toBe(
          expected[persona].other,
        );
        expect(
          await callerFor(t.db, a, "editor").content.initiative({ slug: target.initiativeSlug }),
        ).toEqual(before);
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

describe("content.entries: the editors' list", () => {
  it("lists the organisation's own drafts and published records, with who changed them, for editors and admins only", async () => {
    const editor = callerFor(t.db, a, "editor");
    const draft = await editor.content.createInitiative({ initiative: initiativeOf(a) });
    const news = await editor.content.createNewsItem({ newsItem: newsItemOf() });
    await callerFor(t.db, a, "admin").content.setNewsItemPublished({
      slug: news.slug,
      expectedVersion: news.version,
      published: true,
    });

    for (const persona of ["editor", "admin"] as const) {
      const entries = await callerFor(t.db, a, persona).content.entries({});
      expect(entries.find((entry) => entry.slug === draft.slug)).toMatchObject({
        kind: "initiative",
        published: false,
        version: 1,
        updatedBy: a.editor.name,
      });
      expect(entries.find((entry) => entry.slug === news.slug)).toMatchObject({
        kind: "newsItem",
        published: true,
        version: 2,
        updatedBy: a.admin.name,
      });
    }
    const searched = await editor.content.entries({ q: draft.title.sv });
    expect(searched.map((entry) => entry.slug)).toEqual([draft.slug]);

    for (const persona of ["editor", "admin"] as const) {
      const theirs = await callerFor(t.db, b, persona).content.entries({});
      expect(theirs.some((entry) => entry.slug === draft.slug || entry.slug === news.slug)).toBe(false);
    }
    expect(await outcomeOf(() => callerFor(t.db, a, "planner").content.entries({}))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => callerFor(t.db, b, "planner").content.entries({}))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => callerFor(t.db, a, "anonymous").content.entries({}))).toBe("UNAUTHORIZED");
  });
});

describe("history and restore", () => {
  it("restores an old version as a new one, and a stale restore is CONFLICT", async () => {
    const editor = callerFor(t.db, a, "editor");
    const created = await editor.content.createInitiative({ initiative: initiativeOf(a) });
    const changed = await editor.content.updateInitiative({
      slug: created.slug,
      expectedVersion: created.version,
      initiative: {
        ...initiativeOf(a),
        slug: created.slug,
        title: { sv: "Nytt namn", en: "New name" },
        reviewedOn: "2026-11-30",
      },
    });
    expect(changed.reviewedOn).toBe("2026-11-30");
    expect(
      await outcomeOf(() =>
        editor.content.restore({ kind: "initiative", slug: created.slug, version: 1, expectedVersion: 1 }),
      ),
    ).toBe("CONFLICT");
    const restored = await editor.content.restore({
      kind: "initiative",
      slug: created.slug,
      version: 1,
      expectedVersion: 2,
    });
    expect(restored.version).toBe(3);
    const record = await editor.content.initiative({ slug: created.slug });
    expect(record.title).toEqual(created.title);
    expect(record.reviewedOn).toBeUndefined();
    const history = await editor.content.versions({ kind: "initiative", slug: created.slug });
    expect(history.current).toBe(3);
    expect(history.versions.map((entry) => [entry.version, entry.verb, entry.restoredFrom])).toEqual([
      [3, "restore", 1],
      [2, "update", null],
      [1, "create", null],
    ]);
    expect(
      (await editor.content.version({ kind: "initiative", slug: created.slug, version: 2 })).content.title,
    ).toEqual({
      sv: "Nytt namn",
      en: "New name",
    });
    expect(
      await outcomeOf(() => editor.content.version({ kind: "initiative", slug: created.slug, version: 9 })),
    ).toBe("NOT_FOUND");
  });
});

describe("preview links", () => {
  it("show a draft to whoever holds the token, of that kind only, and nothing to a guessed token", async () => {
    const editor = callerFor(t.db, a, "editor");
    const anonymous = callerFor(t.db, b, "anonymous");
    const draft = await editor.content.createInitiative({ initiative: initiativeOf(a) });
    const news = await editor.content.createNewsItem({ newsItem: newsItemOf() });
    const { token } = await editor.content.previewToken({ kind: "initiative", slug: draft.slug });
    const previewed = await anonymous.preview.initiative({ token });
    expect(previewed).toMatchObject({ slug: draft.slug, published: false });
    expect(await outcomeOf(() => anonymous.preview.newsItem({ token }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => anonymous.preview.initiative({ token: `${token.slice(0, -2)}xx` }))).toBe(
      "NOT_FOUND",
    );
    const newsToken = await editor.content.previewToken({ kind: "newsItem", slug: news.slug });
    expect((await anonymous.preview.newsItem({ token: newsToken.token })).slug).toBe(news.slug);
    // The draft is still absent from everything public.
    expect(await outcomeOf(() => anonymous.initiative.bySlug({ slug: draft.slug }))).toBe("NOT_FOUND");
  });
});
