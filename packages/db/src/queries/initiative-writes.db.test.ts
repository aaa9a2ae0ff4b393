// Editors' writes to initiatives: validation, ownership, versions, publication, atomicity and round trips.
import { type InitiativeInput, initiativeSchema } from "@insats/domain";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { auditLog } from "../schema/audit.ts";
import { evaluationResults, evaluations } from "../schema/evaluations.ts";
import { seedDatabase } from "../seed/seed.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { createTestTenant, type TestTenant } from "../testing/tenant.ts";
import {
  countInitiativeFacets,
  createInitiative,
  getInitiativeBySlug,
  listInitiatives,
  setInitiativePublished,
  updateInitiative,
} from "./initiatives.ts";
import { initiativeOfRecord, initiativeRecordSchema } from "./outputs.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});

afterAll(async () => {
  await t?.close();
});

const text = (sv: string, en = `${sv} (en)`) => ({ sv, en });

/** An initiative that uses every part of the model. */
function draft(tenant: TestTenant, slug: string): InitiativeInput {
  return {
    slug,
    title: text(`Läsfrämjande i ${tenant.organisation.nameSv}`),
    tagline: text("Böcker till alla barn"),
    summary: text("Alla barn i förskolan får böcker hem, och föräldrarna får stöd i högläsning."),
    background: text("Många barn har få böcker hemma."),
    aim: text("Att fler barn ska läsa."),
    method: text("Bokpåsar varje vecka.\n\nFöräldraträffar varje termin."),
    highlights: [text("Bokpåsar"), text("Föräldraträffar")],
    targetGroup: {
      description: text("Barn i förskoleklass till årskurs 2"),
      schoolYears: { from: 0, to: 2 },
    },
    participants: { min: 40, max: 60 },
    period: { start: "2024-08", end: "2025-06", description: text("Läsåret 2024/25") },
    status: "ongoing",
    scope: "regional",
    focusAreas: ["language", "school"],
    places: [
      { kind: "municipality", scbCode: "2184" },
      { kind: "region", countyCode: "21" },
      { kind: "site", name: "Björkbackens förskola", scbCode: "2132", description: text("En förskola") },
    ],
    organisations: [
      { organisation: { slug: tenant.organisation.slug }, role: "lead", note: text("Driver arbetet") },
      { organisation: { scbCode: "21" }, role: "funder" },
      { organisation: { slug: "kultur-gavleborg" }, role: "partner" },
    ],
    contacts: [
      { name: "Kim Kontakt", role: text("Projektledare"), organisation: { slug: tenant.organisation.slug } },
      { name: "Sam Samordnare", role: text("Samordnare") },
    ],
    quotes: [{ text: text("Nu läser vi varje kväll"), attribution: text("En förälder") }],
    priorEvidence: text("Liknande satsningar har ökat läsandet."),
    evaluations: [
      {
        key: "effekt",
        designs: ["randomisedControlledTrial", "beforeAfter"],
        status: "completed",
        period: { start: "2024-08", end: "2025-06" },
        evaluator: { slug: "kultur-gavleborg" },
        description: text("Lottning av förskolor."),
        measures: [{ key: "readingMinutes", label: text("Läsminuter per vecka"), unit: text("minuter") }],
        groups: [
          { key: "treated", label: text("Bokpåsar"), kind: "treatment", size: 40 },
          { key: "control", label: text("Kontroll"), kind: "control", description: text("Lottades bort") },
        ],
        results: [
          { measureKey: "readingMinutes", groupKey: "treated", before: 100, after: 150, change: 0.5 },
          {
            measureKey: "readingMinutes",
            groupKey: "control",
            before: 100,
            after: 110,
            change: 0.1,
            note: text("Ö"),
          },
        ],
        findings: text("Barnen läste mer."),
        effect: {
          measureKey: "readingMinutes",
          low: -0.4,
          high: -0.4,
          central: -0.4,
          unit: "share",
          basis: text("Skillnaden mellan grupperna"),
        },
      },
      {
        key: "uppfoljning",
        designs: ["qualitative"],
        status: "planned",
        evaluator: { name: text("Forskare vid ett universitet") },
        description: text("Intervjuer med föräldrar."),
      },
    ],
    sources: [
      { title: "Projektplan", publisher: "Kommunen", url: "https://example.org/plan", accessed: "2024-09" },
      { title: "Intern rapport", note: text("Ej publicerad") },
    ],
    showcaseGroup: "national",
  };
}

async function auditCount(action: string, entityId: string) {
  const [row] = await t.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
  return row?.n ?? 0;
}

describe("createInitiative", () => {
  it("stores an unpublished initiative owned by the editor's organisation that reads back as written", async () => {
    const tenant = await createTestTenant(t.db);
    const input = draft(tenant, `lasframjande-${tenant.organisation.slug}`);
    const record = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: input,
    });
    expect(record).toMatchObject({
      ownerOrganisationId: tenant.organisation.id,
      version: 1,
      published: false,
      publishedAt: null,
    });
    expect(initiativeRecordSchema.parse(record)).toEqual(record);
    expect(initiativeOfRecord(record)).toEqual(initiativeSchema.parse(input));
    expect(record.evaluations.map((evaluation) => evaluation.evidenceLevel)).toEqual([5, null]);
    expect(record.resolvedOrganisations[`slug:${tenant.organisation.slug}`]).toMatchObject({
      kind: "municipality",
      scbCode: null,
    });
    expect(
      await getInitiativeBySlug(t.db, {
        slug: record.slug,
        includeUnpublished: true,
        ownerOrganisationId: tenant.organisation.id,
      }),
    ).toEqual(record);
    expect(await auditCount("initiative.create", record.id)).toBe(1);

    // Unpublished: not public, not to another organisation's editors.
    expect(await getInitiativeBySlug(t.db, { slug: record.slug })).toBeNull();
    const other = await createTestTenant(t.db);
    expect(
      await getInitiativeBySlug(t.db, {
        slug: record.slug,
        includeUnpublished: true,
        ownerOrganisationId: other.organisation.id,
      }),
    ).toBeNull();
    expect((await listInitiatives(t.db, { q: "Bokpåsar" })).items).toEqual([]);
    const own = await listInitiatives(t.db, {
      includeUnpublished: true,
      ownerOrganisationId: tenant.organisation.id,
    });
    expect(own.items.map((item) => [item.slug, item.published])).toEqual([[record.slug, false]]);
    expect(own.items[0]).toMatchObject({
      targetAge: { min: 6, max: 8 },
      bestEvidenceLevel: 5,
      effect: { evaluationKey: "effekt", low: -0.4, unit: "share" },
      places: [
        { kind: "municipality", name: "Hudiksvall", countyCode: "21" },
        { kind: "region", name: "Region Gävleborg", countyCode: "21" },
        { kind: "site", name: "Björkbackens förskola", municipalityCode: "2132", countyCode: "21" },
      ],
    });
  });

  it("stores references in canonical form: municipalities and regions by SCB code", async () => {
    const tenant = await createTestTenant(t.db);
    const input = draft(tenant, `kanonisk-${tenant.organisation.slug}`);
    input.contacts = [{ name: "Ola", role: text("Rektor"), organisation: { slug: "hudiksvall-kommun" } }];
    input.organisations = [
      ...input.organisations,
      { organisation: { slug: "region-gavleborg" }, role: "partner" },
    ];
    const record = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: input,
    });
    expect(record.contacts[0]?.organisation).toEqual({ scbCode: "2184" });
    expect(record.organisations.at(-1)?.organisation).toEqual({ scbCode: "21" });
    expect(record.resolvedOrganisations["scb:2184"]?.name.sv).toBe("Hudiksvalls kommun");
  });

  it("rejects invalid content, unknown organisations and taken slugs, writing nothing", async () => {
    const tenant = await createTestTenant(t.db);
    const write = (initiative: InitiativeInput) =>
      createInitiative(t.db, {
        organisationId: tenant.organisation.id,
        userId: tenant.editor.id,
        initiative,
      });
    const base = draft(tenant, `avvisad-${tenant.organisation.slug}`);
    const issues = async (initiative: InitiativeInput) => {
      const error = await write(initiative).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues;
    };
    expect(await issues({ ...base, focusAreas: [] })).toEqual([
      { path: "focusAreas", message: "Give at least one focus area" },
    ]);
    expect(
      await issues({ ...base, organisations: [{ organisation: { slug: "no-such-org" }, role: "lead" }] }),
    ).toEqual([
      { path: "organisations.0.organisation", message: "No organisation slug:no-such-org is stored" },
    ]);
    expect(
      await issues({
        ...base,
        organisations: [
          { organisation: { scbCode: "2184" }, role: "lead" },
          { organisation: { slug: "hudiksvall-kommun" }, role: "lead" },
        ],
      }),
    ).toEqual([
      { path: "organisations.1", message: "Organisation slug:hudiksvall-kommun is listed twice as lead" },
    ]);
    expect(await issues({ ...base, slug: "servicetrainee" })).toEqual([
      { path: "slug", message: "Another initiative has the slug servicetrainee" },
    ]);
    expect(await getInitiativeBySlug(t.db, { slug: base.slug, includeUnpublished: true })).toBeNull();
    await expect(
      createInitiative(t.db, { organisationId: "not-a-uuid", userId: null, initiative: base }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("updateInitiative", () => {
  it("replaces the content as a new version, checking owner and version", async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const created = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: draft(tenant, `uppdatering-${tenant.organisation.slug}`),
    });
    const changed: InitiativeInput = {
      ...initiativeOfRecord(created),
      focusAreas: ["earlyChildhood"],
      evaluations: [],
      evaluationNote: text("Ingen utvärdering ännu."),
      participants: 25,
      targetGroup: { description: text("Barn 3–5 år"), ageMin: 3, ageMax: 5 },
      quotes: [],
    };
    const ref = { slug: created.slug, userId: tenant.editor.id, initiative: changed };
    await expect(
      updateInitiative(t.db, { ...ref, organisationId: other.organisation.id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateInitiative(t.db, {
        ...ref,
        slug: "no-such",
        organisationId: tenant.organisation.id,
        expectedVersion: 1,
      }),
    ).rejects.toBeInstanceOf(NotFoundError);

    const updated = await updateInitiative(t.db, {
      ...ref,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
    });
    expect(updated.version).toBe(2);
    expect(initiativeOfRecord(updated)).toEqual(initiativeSchema.parse(changed));
    expect(await t.db.select().from(evaluations).where(eq(evaluations.initiativeId, created.id))).toEqual([]);
    const conflict = await updateInitiative(t.db, {
      ...ref,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
    }).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    expect(await auditCount("initiative.update", created.id)).toBe(1);

    const [listed] = (
      await listInitiatives(t.db, { includeUnpublished: true, ownerOrganisationId: tenant.organisation.id })
    ).items;
    expect(listed).toMatchObject({
      targetAge: { min: 3, max: 5 },
      bestEvidenceLevel: null,
      effect: null,
      version: 2,
    });
  });

  it("renames, but not onto a slug in use", async () => {
    const tenant = await createTestTenant(t.db);
    const created = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: draft(tenant, `gammalt-${tenant.organisation.slug}`),
    });
    const params = { organisationId: tenant.organisation.id, userId: tenant.editor.id, expectedVersion: 1 };
    await expect(
      updateInitiative(t.db, {
        ...params,
        slug: created.slug,
        initiative: { ...initiativeOfRecord(created), slug: "las-pa-recept" },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    const renamed = await updateInitiative(t.db, {
      ...params,
      slug: created.slug,
      initiative: { ...initiativeOfRecord(created), slug: `nytt-${tenant.organisation.slug}` },
    });
    expect(renamed).toMatchObject({ id: created.id, slug: `nytt-${tenant.organisation.slug}`, version: 2 });
    expect(await getInitiativeBySlug(t.db, { slug: created.slug, includeUnpublished: true })).toBeNull();
  });

  it("lets exactly one of several concurrent updates of a version win", async () => {
    const tenant = await createTestTenant(t.db);
    const created = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: draft(tenant, `samtidig-${tenant.organisation.slug}`),
    });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        updateInitiative(t.db, {
          slug: created.slug,
          organisationId: tenant.organisation.id,
          userId: tenant.editor.id,
          expectedVersion: 1,
          initiative: { ...initiativeOfRecord(created), title: text(`Version ${i}`) },
        }),
      ),
    );
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect(outcome.reason).toBeInstanceOf(ConflictError);
    }
    const stored = await getInitiativeBySlug(t.db, { slug: created.slug, includeUnpublished: true });
    expect(stored?.version).toBe(2);
    expect(stored?.evaluations).toHaveLength(2);
  });

  it("a failure in the middle of an update (at the audit row) leaves the initiative as it was", async () => {
    const tenant = await createTestTenant(t.db);
    const created = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: draft(tenant, `misslyckad-${tenant.organisation.slug}`),
    });
    await t.db.execute(
      sql.raw(`
        create function insats_test_fail_initiative_audit() returns trigger language plpgsql as $$
        begin
          raise exception 'injected failure';
        end $$`),
    );
    await t.db.execute(
      sql.raw(`
        create trigger insats_test_fail_initiative_audit before insert on audit_log for each row
          when (new.organisation_id = '${tenant.organisation.id}' and new.action = 'initiative.update')
          execute function insats_test_fail_initiative_audit()`),
    );
    try {
      await expect(
        updateInitiative(t.db, {
          slug: created.slug,
          organisationId: tenant.organisation.id,
          userId: tenant.editor.id,
          expectedVersion: 1,
          initiative: {
            ...initiativeOfRecord(created),
            slug: `aldrig-${tenant.organisation.slug}`,
            evaluations: [],
            evaluationNote: text("x"),
          },
        }),
      ).rejects.toThrow();
    } finally {
      await t.db.execute(sql.raw(`drop trigger insats_test_fail_initiative_audit on audit_log`));
      await t.db.execute(sql.raw(`drop function insats_test_fail_initiative_audit()`));
    }
    expect(await getInitiativeBySlug(t.db, { slug: created.slug, includeUnpublished: true })).toEqual(
      created,
    );
    const results = await t.db
      .select({ n: count() })
      .from(evaluationResults)
      .innerJoin(evaluations, eq(evaluations.id, evaluationResults.evaluationId))
      .where(eq(evaluations.initiativeId, created.id));
    expect(results[0]?.n).toBe(2);
  });
});

describe("a draft's slug is its organisation's business (issue 13.10)", () => {
  it("another organisation may use it, learns nothing, and edits only its own", async () => {
    const [first, second] = [await createTestTenant(t.db), await createTestTenant(t.db)];
    const slug = `hemligt-utkast-${first.organisation.slug}`;
    const mine = await createInitiative(t.db, {
      organisationId: first.organisation.id,
      userId: first.editor.id,
      initiative: draft(first, slug),
    });
    await createInitiative(t.db, {
      organisationId: first.organisation.id,
      userId: first.editor.id,
      initiative: draft(first, `${slug}-b`),
    });
    // Before slugs were per organisation this answered "Another initiative has the slug …".
    const theirs = await createInitiative(t.db, {
      organisationId: second.organisation.id,
      userId: second.editor.id,
      initiative: { ...draft(second, slug), title: text("Deras utkast") },
    });
    expect(theirs.slug).toBe(slug);
    const renamedOnto = await createInitiative(t.db, {
      organisationId: second.organisation.id,
      userId: second.editor.id,
      initiative: draft(second, `annat-${second.organisation.slug}`),
    });
    await expect(
      updateInitiative(t.db, {
        slug: renamedOnto.slug,
        organisationId: second.organisation.id,
        userId: second.editor.id,
        expectedVersion: 1,
        initiative: { ...initiativeOfRecord(renamedOnto), slug: `${slug}-b` },
      }),
    ).resolves.toMatchObject({ version: 2 });

    // Each organisation reads and writes its own record under the shared slug.
    const own = (tenant: TestTenant) =>
      getInitiativeBySlug(t.db, {
        slug,
        includeUnpublished: true,
        ownerOrganisationId: tenant.organisation.id,
      });
    expect((await own(first))?.id).toBe(mine.id);
    expect((await own(second))?.title.sv).toBe("Deras utkast");
    const edited = await updateInitiative(t.db, {
      slug,
      organisationId: second.organisation.id,
      userId: second.editor.id,
      expectedVersion: theirs.version,
      initiative: { ...initiativeOfRecord(theirs), title: text("Deras nya titel") },
    });
    expect(edited.id).toBe(theirs.id);
    expect((await own(first))?.title).toEqual(mine.title);

    // The first to publish takes the public address; the second is told of a published page, which is public.
    await setInitiativePublished(t.db, {
      slug,
      organisationId: first.organisation.id,
      userId: first.editor.id,
      published: true,
      expectedVersion: mine.version,
    });
    const refused = await setInitiativePublished(t.db, {
      slug,
      organisationId: second.organisation.id,
      userId: second.editor.id,
      published: true,
      expectedVersion: edited.version,
    }).catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues).toEqual([
      { path: "slug", message: `A published initiative already has the slug ${slug}` },
    ]);
    expect((await getInitiativeBySlug(t.db, { slug }))?.id).toBe(mine.id);
    expect((await own(second))?.published).toBe(false);
  });
});

describe("setInitiativePublished", () => {
  it("publishes and hides as new versions, checking owner and version", async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const created = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: draft(tenant, `publicering-${tenant.organisation.slug}`),
    });
    const params = { slug: created.slug, userId: tenant.editor.id, published: true };
    const publicBefore = await countInitiativeFacets(t.db, { county: "21" });
    await expect(
      setInitiativePublished(t.db, { ...params, organisationId: other.organisation.id, expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      setInitiativePublished(t.db, { ...params, organisationId: tenant.organisation.id, expectedVersion: 3 }),
    ).rejects.toBeInstanceOf(ConflictError);

    const published = await setInitiativePublished(t.db, {
      ...params,
      organisationId: tenant.organisation.id,
      expectedVersion: 1,
    });
    expect(published).toMatchObject({ published: true, version: 2, publishedAt: expect.any(String) });
    expect(await getInitiativeBySlug(t.db, { slug: created.slug })).toEqual(published);
    expect((await listInitiatives(t.db, { q: "Bokpåsar" })).items.map((item) => item.slug)).toContain(
      created.slug,
    );
    expect((await countInitiativeFacets(t.db, { county: "21" })).total).toBe(publicBefore.total + 1);
    // Publishing again changes nothing.
    expect(
      await setInitiativePublished(t.db, {
        ...params,
        organisationId: tenant.organisation.id,
        expectedVersion: 2,
      }),
    ).toEqual(published);

    const hidden = await setInitiativePublished(t.db, {
      ...params,
      published: false,
      organisationId: tenant.organisation.id,
      expectedVersion: 2,
    });
    expect(hidden).toMatchObject({ published: false, version: 3, publishedAt: published.publishedAt });
    expect(await getInitiativeBySlug(t.db, { slug: created.slug })).toBeNull();
    expect(await auditCount("initiative.publish", created.id)).toBe(1);
    expect(await auditCount("initiative.unpublish", created.id)).toBe(1);
  });
});

describe("searches and facet counts", () => {
  it("see every write at once: a publish, an edit and a hide", async () => {
    const tenant = await createTestTenant(t.db);
    const search = async (q: string) => {
      const found = await listInitiatives(t.db, { q });
      expect((await countInitiativeFacets(t.db, { q })).total).toBe(found.total);
      return found.items.map((item) => item.slug);
    };
    const before = await search("bokpåsar");
    const created = await createInitiative(t.db, {
      organisationId: tenant.organisation.id,
      userId: tenant.editor.id,
      initiative: draft(tenant, `cachad-${tenant.organisation.slug}`),
    });
    const write = { slug: created.slug, organisationId: tenant.organisation.id, userId: tenant.editor.id };
    expect(await search("bokpåsar")).toEqual(before);
    await setInitiativePublished(t.db, { ...write, published: true, expectedVersion: 1 });
    const afterPublish = await search("bokpåsar");
    expect(afterPublish).toContain(created.slug);
    expect(afterPublish).toHaveLength(before.length + 1);
    expect(await search("lånekort")).not.toContain(created.slug);
    expect(await search("läsfrämjande")).toContain(created.slug);

    const edited = draft(tenant, created.slug);
    edited.title = text(`Lånekort i ${tenant.organisation.nameSv}`);
    edited.summary = text("Alla barn i förskolan får ett eget lånekort.");
    edited.tagline = text("Lånekort till alla barn");
    edited.highlights = [];
    await updateInitiative(t.db, { ...write, initiative: edited, expectedVersion: 2 });
    expect(await search("lånekort")).toContain(created.slug);
    expect(await search("läsfrämjande")).not.toContain(created.slug);

    await setInitiativePublished(t.db, { ...write, published: false, expectedVersion: 3 });
    expect(await search("lånekort")).not.toContain(created.slug);
  });
});
