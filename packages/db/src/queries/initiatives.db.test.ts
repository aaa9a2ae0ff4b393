// The showcase list over the seeded content: search, filters, facets, pagination and one initiative by slug.
import {
  evaluationDesigns,
  focusAreas,
  initiativeStatuses,
  showcaseGroups,
  swedishCounties,
} from "@insats/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { InvalidCursorError, ValidationError } from "../errors.ts";
import { seedDatabase } from "../seed/seed.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import {
  countInitiativeFacets,
  getInitiativeBySlug,
  type InitiativeListParams,
  listInitiatives,
} from "./initiatives.ts";
import { initiativeFacetsSchema, initiativePageSchema, initiativeRecordSchema } from "./outputs.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});

afterAll(async () => {
  await t?.close();
});

const slugs = async (params: InitiativeListParams) =>
  (await listInitiatives(t.db, { limit: 100, ...params })).items.map((item) => item.slug);

const alphabetical = [
  "el-sistema-orebro",
  "forenade-i-rorelse",
  "halsoframjande-insatser-for-seniorer",
  "las-pa-recept",
  "pulssmart",
  "servicetrainee",
  "skolfam-orebro",
  "styrka-hela-livet",
];
const gavleborg = ["forenade-i-rorelse", "las-pa-recept", "styrka-hela-livet"];

describe("search", () => {
  it('finds Läs på recept first for "språk", through its compounds (språkstörning, språkutveckling)', async () => {
    const found = await slugs({ q: "språk" });
    expect(found[0]).toBe("las-pa-recept");
    expect(found).toContain("el-sistema-orebro");
    expect(await slugs({ q: "Språk" })).toEqual(found);
    expect((await slugs({ q: "språkstö" }))[0]).toBe("las-pa-recept");
  });

  it("finds words inside compounds, phrases, English text, place and organisation names", async () => {
    expect(await slugs({ q: "störning" })).toEqual(["las-pa-recept"]);
    expect(await slugs({ q: '"läs på recept"' })).toEqual(["las-pa-recept"]);
    expect(await slugs({ q: "prescription" })).toEqual(["las-pa-recept"]);
    expect((await slugs({ q: "Gävleborg" })).sort()).toEqual(gavleborg);
    expect(await slugs({ q: "Norrköping" })).toEqual(["servicetrainee"]);
    expect(await slugs({ q: "Fallprevention" })).toEqual(["styrka-hela-livet"]);
    expect(await slugs({ q: "ekonomiskt bistånd" })).toEqual(["servicetrainee"]);
    expect(await slugs({ q: "hemtjänst -seniorträffar" })).toEqual([]);
    expect(await slugs({ q: "xyzzy" })).toEqual([]);
  });

  it("combines with filters", async () => {
    expect(await slugs({ q: "språk", county: "21" })).toEqual(["las-pa-recept"]);
    expect(await slugs({ q: "språk", showcaseGroup: "national" })).not.toContain("las-pa-recept");
    expect(await slugs({ q: "språk", minEvidenceLevel: 0 })).toContain("el-sistema-orebro");
    expect(await slugs({ q: "skola", status: "planned" })).toEqual(["forenade-i-rorelse"]);
  });
});

describe("filters", () => {
  it("lists every published initiative alphabetically by Swedish title", async () => {
    const page = await listInitiatives(t.db, {});
    expect(page.items.map((item) => item.slug)).toEqual(alphabetical);
    expect(page).toMatchObject({ total: 8, nextCursor: null });
    expect(initiativePageSchema.parse(page)).toEqual(page);
  });

  it("by county: a place or an organisation there (Gävleborg has exactly the three examples)", async () => {
    expect(await slugs({ county: "21" })).toEqual(gavleborg);
    expect(await slugs({ county: "18" })).toEqual(["el-sistema-orebro", "skolfam-orebro"]);
    expect(await slugs({ county: "10" })).toEqual(["pulssmart"]);
    expect(await slugs({ county: "01" })).toEqual([]);
  });

  it("by municipality, also through sites in it", async () => {
    expect(await slugs({ municipality: "2184" })).toEqual(["forenade-i-rorelse", "styrka-hela-livet"]);
    expect(await slugs({ municipality: "2180" })).toEqual(["las-pa-recept"]);
    expect(await slugs({ municipality: "2132" })).toEqual(["forenade-i-rorelse"]);
    expect(await slugs({ municipality: "1880" })).toEqual(["el-sistema-orebro", "skolfam-orebro"]);
  });

  it("by focus area, target age, status, evaluation design, evidence level and showcase group", async () => {
    expect(await slugs({ focusArea: "language" })).toEqual(["las-pa-recept"]);
    expect(await slugs({ focusArea: "physicalActivity" })).toEqual([
      "forenade-i-rorelse",
      "halsoframjande-insatser-for-seniorer",
      "pulssmart",
      "styrka-hela-livet",
    ]);
    expect(await slugs({ targetAge: 85 })).toEqual(["styrka-hela-livet"]);
    // Läs på recept's source says "förskoleåldern" without ages, so no age finds it.
    expect(await slugs({ targetAge: 3 })).toEqual([]);
    expect(await slugs({ targetAge: 80 })).toEqual(["styrka-hela-livet"]);
    expect(await slugs({ targetAge: 7 })).toEqual(["el-sistema-orebro", "skolfam-orebro"]);
    expect(await slugs({ targetAge: 9 })).toEqual(["forenade-i-rorelse", "skolfam-orebro"]);
    expect(await slugs({ targetAge: 11 })).toEqual(["pulssmart", "skolfam-orebro"]);
    expect(await slugs({ status: "scaledUp" })).toEqual(["el-sistema-orebro", "servicetrainee"]);
    expect(await slugs({ status: "completed" })).toEqual(["pulssmart"]);
    expect(await slugs({ evaluationDesign: "waitListControl" })).toEqual(["servicetrainee"]);
    expect(await slugs({ evaluationDesign: "historicalComparison" })).toEqual([
      "halsoframjande-insatser-for-seniorer",
      "pulssmart",
      "skolfam-orebro",
    ]);
    expect(await slugs({ minEvidenceLevel: 4 })).toEqual(["servicetrainee"]);
    expect(await slugs({ minEvidenceLevel: 0 })).toEqual(["el-sistema-orebro", "servicetrainee"]);
    expect(await slugs({ minEvidenceLevel: 5 })).toEqual([]);
    expect(await slugs({ showcaseGroup: "pagang" })).toEqual(["pulssmart"]);
    expect(await slugs({ showcaseGroup: "gavleborg" })).toEqual(gavleborg);
    expect(await slugs({ county: "21", focusArea: "physicalActivity", status: "ongoing" })).toEqual([
      "styrka-hela-livet",
    ]);
  });

  it("summarises each initiative for the list", async () => {
    const { items } = await listInitiatives(t.db, { q: "Servicetrainee" });
    expect(items[0]).toMatchObject({
      slug: "servicetrainee",
      title: { sv: "Servicetrainee i Norrköping" },
      status: "scaledUp",
      scope: "local",
      showcaseGroup: "national",
      focusAreas: ["employment", "integration"],
      places: [{ kind: "municipality", name: "Norrköping", municipalityCode: "0581", countyCode: "05" }],
      leadOrganisations: [{ slug: "norrkoping-kommun", kind: "municipality", scbCode: "0581" }],
      period: { description: { sv: expect.stringContaining("Ettåriga anställningar") } },
      targetAge: null,
      bestEvidenceLevel: 4,
      effect: {
        evaluationKey: "effektutvardering",
        evidenceLevel: 4,
        low: 0.44,
        high: 0.54,
        central: 0.49,
        unit: "percentagePoints",
      },
      published: true,
      version: 1,
    });
    const [styrka] = (await listInitiatives(t.db, { targetAge: 85 })).items;
    expect(styrka).toMatchObject({ targetAge: { min: 80, max: 90 }, bestEvidenceLevel: null, effect: null });
    const [pulssmart] = (await listInitiatives(t.db, { showcaseGroup: "pagang" })).items;
    // No organisation is the lead: the partners are shown.
    expect(pulssmart?.leadOrganisations.map((organisation) => organisation.slug)).toEqual([
      "uppdrag-psykisk-halsa",
      "sundsvall-kommun",
      "region-blekinge",
      "olofstrom-kommun",
      "karlskrona-kommun",
    ]);
  });
});

describe("pagination", () => {
  it("visits every initiative exactly once, a page at a time, in either ordering", async () => {
    for (const params of [{}, { q: "och" }, { q: "a" }, { county: "21" }] as InitiativeListParams[]) {
      const all = await listInitiatives(t.db, { ...params, limit: 100 });
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 20; pages += 1) {
        const page = await listInitiatives(t.db, { ...params, limit: 3, cursor });
        expect(page.total).toBe(all.total);
        seen.push(...page.items.map((item) => item.slug));
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(all.items.map((item) => item.slug));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it("gives a numbered page without walking the cursors before it, in every ordering", async () => {
    for (const params of [
      {},
      { q: "och" },
      { county: "21" },
      { sort: "evidence" },
      { q: "och", sort: "title" },
    ] as InitiativeListParams[]) {
      const all = await listInitiatives(t.db, { ...params, limit: 100 });
      const byPage: string[] = [];
      for (let page = 1; page <= 4; page += 1) {
        const numbered = await listInitiatives(t.db, { ...params, limit: 3, page });
        expect(numbered.total, JSON.stringify(params)).toBe(all.total);
        byPage.push(...numbered.items.map((item) => item.slug));
        // The numbered page's cursor continues where it ends.
        if (numbered.nextCursor !== null) {
          const next = await listInitiatives(t.db, { ...params, limit: 3, cursor: numbered.nextCursor });
          const following = await listInitiatives(t.db, { ...params, limit: 3, page: page + 1 });
          expect(next.items.map((item) => item.slug)).toEqual(following.items.map((item) => item.slug));
        }
      }
      expect(byPage, JSON.stringify(params)).toEqual(all.items.map((item) => item.slug));
    }
    // Past the end: no items, and still the total.
    expect(await listInitiatives(t.db, { limit: 3, page: 50 })).toEqual({
      items: [],
      nextCursor: null,
      total: 8,
    });
  });

  it("puts the best-evidenced first in evidence order, then the most recently published", async () => {
    const { items } = await listInitiatives(t.db, { sort: "evidence", limit: 100 });
    const levels = items.map((item) => item.bestEvidenceLevel ?? -1);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
    expect(levels[0]).toBe(4);
    expect(items.map((item) => item.slug).sort()).toEqual(alphabetical);
    const top = await listInitiatives(t.db, { sort: "evidence", limit: 3 });
    expect(top.items.map((item) => item.slug)).toEqual(items.slice(0, 3).map((item) => item.slug));
    expect(top.items.map((item) => item.slug)).toContain("servicetrainee");
  });

  it("refuses a page together with a cursor, and a page out of range", async () => {
    const titled = await listInitiatives(t.db, { limit: 2 });
    await expect(listInitiatives(t.db, { page: 2, cursor: titled.nextCursor! })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(listInitiatives(t.db, { page: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(
      listInitiatives(t.db, { sort: "evidence", cursor: titled.nextCursor! }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it("rejects a cursor that is not one, or one of the other ordering", async () => {
    const titled = await listInitiatives(t.db, { limit: 2 });
    const ranked = await listInitiatives(t.db, { q: "och", limit: 2 });
    await expect(listInitiatives(t.db, { cursor: "garbage" })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listInitiatives(t.db, { q: "och", cursor: titled.nextCursor! })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(listInitiatives(t.db, { cursor: ranked.nextCursor! })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});

describe("facets", () => {
  it("counts each facet with the other filters applied", async () => {
    const facets = await countInitiativeFacets(t.db, { county: "21" });
    expect(initiativeFacetsSchema.parse(facets)).toEqual(facets);
    const counts = (list: { value: string | number; count: number }[]) =>
      Object.fromEntries(list.filter((entry) => entry.count > 0).map((entry) => [entry.value, entry.count]));
    expect(facets.total).toBe(3);
    // The county facet ignores the county filter itself.
    expect(counts(facets.county)).toEqual({ "05": 1, "10": 1, "18": 2, "21": 3, "22": 1, "23": 1 });
    expect(facets.county).toHaveLength(21);
    expect(counts(facets.status)).toEqual({ planned: 2, ongoing: 1 });
    expect(counts(facets.showcaseGroup)).toEqual({ gavleborg: 3 });
    expect(counts(facets.municipality)).toMatchObject({ "2184": 2, "2132": 1, "2180": 1 });
    expect(counts(facets.focusArea)).toMatchObject({ physicalActivity: 2, language: 1, fallPrevention: 1 });
    expect(counts(facets.minEvidenceLevel)).toEqual({});
    expect(facets.focusArea.map((entry) => entry.value)).toEqual([...focusAreas]);

    const all = await countInitiativeFacets(t.db, {});
    expect(all.total).toBe(8);
    expect(counts(all.minEvidenceLevel)).toEqual({ 0: 2, 1: 1, 2: 1, 3: 1, 4: 1 });
    expect(counts(all.evaluationDesign)).toMatchObject({ waitListControl: 1, historicalComparison: 3 });
  });

  it("match what the list returns when each value is chosen", async () => {
    const values = {
      county: swedishCounties.map((county) => county.code),
      // The municipalities of the seeded content, and one without an initiative (Upplands Väsby).
      municipality: ["2184", "2132", "1880", "0581", "2380", "2281", "1060", "1080", "2180", "0114"],
      focusArea: [...focusAreas],
      status: [...initiativeStatuses],
      evaluationDesign: [...evaluationDesigns],
      minEvidenceLevel: [0, 1, 2, 3, 4, 5],
      showcaseGroup: [...showcaseGroups],
    } as const;
    for (const base of [
      {},
      { county: "21" },
      { municipality: "2184" },
      { q: "språk" },
      { status: "ongoing", focusArea: "school" },
    ] as const) {
      const facets = await countInitiativeFacets(t.db, base);
      expect(facets.total).toBe((await listInitiatives(t.db, { ...base, limit: 1 })).total);
      for (const key of Object.keys(values) as (keyof typeof values)[]) {
        for (const value of values[key]) {
          const listed = await listInitiatives(t.db, { ...base, [key]: value, limit: 1 });
          const counted = (facets[key] as { value: unknown; count: number }[]).find(
            (entry) => entry.value === value,
          );
          // The municipality facet lists only municipalities with an initiative: a missing one counts 0.
          expect(counted?.count ?? 0, `${JSON.stringify(base)} ${key}=${value}`).toBe(listed.total);
        }
      }
    }
  });
});

describe("getInitiativeBySlug", () => {
  it("returns Servicetrainee with its effect range 0.44–0.54 and evidence level 4", async () => {
    const record = await getInitiativeBySlug(t.db, { slug: "servicetrainee" });
    expect(initiativeRecordSchema.parse(record)).toEqual(record);
    const evaluation = record?.evaluations[0];
    expect(evaluation?.evidenceLevel).toBe(4);
    expect(evaluation?.effect).toMatchObject({
      low: 0.44,
      high: 0.54,
      central: 0.49,
      unit: "percentagePoints",
    });
    expect(evaluation?.results.map((result) => result.change)).toEqual([-0.74, -0.2, -0.3]);
    expect(record?.resolvedOrganisations["scb:0581"]).toEqual({
      slug: "norrkoping-kommun",
      name: { sv: "Norrköpings kommun", en: "Norrköping Municipality" },
      kind: "municipality",
      scbCode: "0581",
    });
    expect(record).toMatchObject({ published: true, version: 1, publishedAt: expect.any(String) });
  });

  it("resolves contacts' and links' organisations and returns null for an unknown slug", async () => {
    const record = await getInitiativeBySlug(t.db, { slug: "pulssmart" });
    expect(Object.keys(record?.resolvedOrganisations ?? {}).sort()).toEqual([
      "scb:10",
      "scb:1060",
      "scb:1080",
      "scb:2281",
      "slug:uppdrag-psykisk-halsa",
    ]);
    expect(await getInitiativeBySlug(t.db, { slug: "no-such-initiative" })).toBeNull();
    expect(
      await getInitiativeBySlug(t.db, { slug: "servicetrainee", ownerOrganisationId: "nope" }),
    ).toBeNull();
  });
});

describe("arbitrary filters", () => {
  const searchText = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.stringMatching(/^[-a-zåäö "':*&|!()<>\\%_]{1,30}$/),
    fc.constantFrom(
      "språk",
      "'",
      "''",
      "\\",
      "a:*",
      "!(",
      "<->",
      "-",
      '"',
      "%_",
      "\u0000x",
      " or ",
      "-språk",
      "och",
    ),
  );
  const validFilter = fc.record(
    {
      county: fc.constantFrom(...swedishCounties.map((county) => county.code)),
      municipality: fc.constantFrom("2184", "1880", "0581", "0114"),
      focusArea: fc.constantFrom(...focusAreas),
      targetAge: fc.integer({ min: 0, max: 120 }),
      status: fc.constantFrom(...initiativeStatuses),
      evaluationDesign: fc.constantFrom(...evaluationDesigns),
      minEvidenceLevel: fc.integer({ min: 0, max: 5 }),
      showcaseGroup: fc.constantFrom(...showcaseGroups),
      // Blank text is a validation error (the domain schema wants none or some).
      q: searchText.filter((text) => text.trim() !== "" && text.length <= 200),
      limit: fc.integer({ min: 1, max: 100 }),
      page: fc.integer({ min: 1, max: 12 }),
      sort: fc.constantFrom("title", "evidence"),
      includeUnpublished: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const anyFilter = fc.record(
    {
      county: fc.oneof(fc.stringMatching(/^\d{2}$/), fc.string({ maxLength: 4 })),
      municipality: fc.oneof(fc.stringMatching(/^\d{4}$/), fc.string({ maxLength: 6 })),
      focusArea: fc.oneof(fc.constantFrom(...focusAreas), fc.string()),
      targetAge: fc.oneof(fc.integer({ min: -5, max: 130 }), fc.double()),
      status: fc.string(),
      evaluationDesign: fc.string(),
      minEvidenceLevel: fc.integer({ min: -2, max: 7 }),
      showcaseGroup: fc.string(),
      q: fc.oneof(searchText, fc.string({ minLength: 195, maxLength: 210 }), fc.constant("")),
      cursor: fc.oneof(fc.string({ maxLength: 40 }), fc.base64String({ maxLength: 60 })),
      limit: fc.oneof(fc.integer({ min: -1, max: 120 }), fc.double()),
      page: fc.oneof(fc.integer({ min: -1, max: 20_000 }), fc.double()),
      sort: fc.oneof(fc.constantFrom("title", "evidence", "rank"), fc.string()),
      unknown: fc.string(),
    },
    { requiredKeys: [] },
  );
  const attempt = async (params: object) => {
    const input = params as InitiativeListParams;
    const outcomes: unknown[] = [];
    for (const run of [() => listInitiatives(t.db, input), () => countInitiativeFacets(t.db, input)]) {
      try {
        outcomes.push(await run());
      } catch (error) {
        if (!(error instanceof ValidationError || error instanceof InvalidCursorError)) throw error;
        outcomes.push(error);
      }
    }
    return outcomes;
  };

  it("valid filters with any search text always answer, with output the schemas accept", async () => {
    await fc.assert(
      fc.asyncProperty(validFilter, async (params) => {
        const [page, facets] = await attempt(params);
        initiativePageSchema.parse(page);
        initiativeFacetsSchema.parse(facets);
        // The facets' total is the list's.
        expect((facets as { total: number }).total).toBe((page as { total: number }).total);
      }),
      { numRuns: 40 },
    );
  });

  it("arbitrary input never fails except with a validation or cursor error", async () => {
    await fc.assert(
      fc.asyncProperty(anyFilter, async (params) => {
        await attempt(params);
      }),
      { numRuns: 60 },
    );
  });
});
