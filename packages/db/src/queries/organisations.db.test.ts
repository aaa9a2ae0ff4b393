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
      nameEn: "Örebro Municipality",
      website: "https://www.orebro.se",
      countyCode: "18",
    });
    expect(await getOrganisationByScbCode(t.db, { scbCode: `x${code}` })).toEqual(orebro);
    expect(await getOrganisationBySlug(t.db, { slug: "missing" })).toBeNull();
    expect(await upsertOrganisations(t.db, { organisations: [] })).toEqual({ inserted: 0, updated: 0 });
  });
});
