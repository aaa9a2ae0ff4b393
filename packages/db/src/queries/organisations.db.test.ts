import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";

import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { getOrganisationByScbCode, getOrganisationBySlug, upsertOrganisations } from "./organisations.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.close();
});

describe("organisations", () => {
  it("upserts by slug, counting inserts and updates, and finds by slug and SCB code", async () => {
    const suffix = randomUUID().slice(0, 8);
    const code = String(Math.floor(Math.random() * 9000) + 1000);
    const first = await upsertOrganisations(t.db, {
      organisations: [
        {
          slug: `orebro-${suffix}`,
          kind: "municipality",
          nameSv: "Örebro kommun",
          scbCode: `x${code}`,
          countyCode: "18",
        },
        {
          slug: `region-${suffix}`,
          kind: "region",
          nameSv: "Region Örebro län",
          nameEn: "Region Örebro County",
        },
      ],
    });
    expect(first).toEqual({ inserted: 2, updated: 0 });

    const second = await upsertOrganisations(t.db, {
      organisations: [
        {
          slug: `orebro-${suffix}`,
          kind: "municipality",
          nameSv: "Örebro kommun",
          nameEn: "Örebro Municipality",
          scbCode: `x${code}`,
          countyCode: "18",
          website: "https://www.orebro.se",
        },
        { slug: `forening-${suffix}`, kind: "association", nameSv: "En förening" },
      ],
    });
    expect(second).toEqual({ inserted: 1, updated: 1 });

    const orebro = await getOrganisationBySlug(t.db, { slug: `orebro-${suffix}` });
    expect(orebro).toMatchObject({
      name: { sv: "Örebro kommun", en: "Örebro Municipality" },
      website: "https://www.orebro.se",
      countyCode: "18",
    });
    expect(await getOrganisationByScbCode(t.db, { scbCode: `x${code}` })).toEqual(orebro);
    expect(await getOrganisationBySlug(t.db, { slug: "missing" })).toBeNull();
    expect(await upsertOrganisations(t.db, { organisations: [] })).toEqual({ inserted: 0, updated: 0 });
  });
});

describe("listOrganisations", () => {
  it("filters by kind, county and name, in Swedish alphabetical order, a page at a time", async () => {
    const { seedDatabase } = await import("../seed/seed.ts");
    const { organisationPageSchema } = await import("./outputs.ts");
    const { listOrganisations } = await import("./organisations.ts");
    await seedDatabase(t.db);

    const gavleborg = await listOrganisations(t.db, { county: "21", kind: "municipality", limit: 100 });
    expect(organisationPageSchema.parse(gavleborg)).toEqual(gavleborg);
    expect(gavleborg.total).toBe(10);
    expect(gavleborg.items.map((organisation) => organisation.name.sv)).toEqual([
      "Bollnäs kommun",
      "Gävle kommun",
      "Hofors kommun",
      "Hudiksvalls kommun",
      "Ljusdals kommun",
      "Nordanstigs kommun",
      "Ockelbo kommun",
      "Ovanåkers kommun",
      "Sandvikens kommun",
      "Söderhamns kommun",
    ]);
    // å, ä and ö come after z, as in Swedish.
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await listOrganisations(t.db, { kind: "municipality", limit: 100, cursor });
      // The 290 municipalities and the one the test above made.
      expect(page.total).toBe(290 + 1);
      seen.push(...page.items.map((organisation) => organisation.name.sv));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(291);
    // Swedish alphabetical order: å, ä and ö after z.
    expect(seen).toEqual([...seen].sort(new Intl.Collator("sv").compare));
    expect(seen.slice(-3)).toEqual(["Östra Göinge kommun", "Överkalix kommun", "Övertorneå kommun"]);
    const unit = await listOrganisations(t.db, { q: "logoped" });
    expect(unit.items).toEqual([
      expect.objectContaining({
        slug: "logopedenheten-gavle-sjukhus",
        parentSlug: "region-gavleborg",
        kind: "other",
      }),
    ]);
    expect((await listOrganisations(t.db, { q: "100%" })).items).toEqual([]);
    // The 21 regions and the one the test above made.
    expect((await listOrganisations(t.db, { kind: "region" })).total).toBe(21 + 1);
  });
});
