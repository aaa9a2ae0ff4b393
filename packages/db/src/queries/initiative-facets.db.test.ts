// The facet rows follow every write to the tables they come from, in the same transaction: after each change
// below, every facet count is what the list finds (as initiatives.db.test.ts checks on the seeded content).
import {
  evaluationDesigns,
  focusAreas,
  initiativeStatuses,
  showcaseGroups,
  swedishCounties,
} from "@insats/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedDatabase } from "../seed/seed.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { countInitiativeFacets, listInitiatives } from "./initiatives.ts";
import { executeRows } from "./raw.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});

afterAll(async () => {
  await t?.close();
});

const values = {
  county: swedishCounties.map((county) => county.code),
  municipality: ["2184", "2132", "1880", "0581", "2380", "2281", "1060", "1080", "2180", "0114", "0180"],
  focusArea: [...focusAreas],
  status: [...initiativeStatuses],
  evaluationDesign: [...evaluationDesigns],
  minEvidenceLevel: [0, 1, 2, 3, 4, 5],
  showcaseGroup: [...showcaseGroups],
} as const;

/** Every facet value's count beside the list's total for it, as `key=value: count/total` where they differ. */
async function disagreements(): Promise<string[]> {
  const facets = await countInitiativeFacets(t.db, {});
  const differing: string[] = [];
  const total = (await listInitiatives(t.db, { limit: 1 })).total;
  if (facets.total !== total) differing.push(`total: ${facets.total}/${total}`);
  for (const key of Object.keys(values) as (keyof typeof values)[]) {
    for (const value of values[key]) {
      const listed = (await listInitiatives(t.db, { [key]: value, limit: 1 })).total;
      const counted =
        (facets[key] as { value: unknown; count: number }[]).find((entry) => entry.value === value)?.count ??
        0;
      if (counted !== listed) differing.push(`${key}=${value}: ${counted}/${listed}`);
    }
  }
  return differing;
}

const initiativeId = sql`(select id from initiatives where slug = 'servicetrainee')`;

describe("initiative facet rows", () => {
  it("agree with the list after places, organisations, focus areas and evaluations change", async () => {
    await t.db.execute(sql`update initiative_places set municipality_code = '0180', county_code = '01'
      where initiative_id = ${initiativeId}`);
    await t.db.execute(sql`delete from initiative_focus_areas where initiative_id = ${initiativeId}`);
    await t.db.execute(sql`insert into initiative_focus_areas (initiative_id, position, focus_area)
      values (${initiativeId}, 0, 'school')`);
    await t.db
      .execute(sql`update evaluations set evidence_level = 1, designs = array['beforeAfter', 'qualitative']::evaluation_design[]
      where initiative_id = ${initiativeId}`);
    expect((await countInitiativeFacets(t.db, { county: "01" })).total).toBeGreaterThan(0);
    expect(await disagreements()).toEqual([]);
  });

  it("agree after an initiative's status, group and publication change, and after it is deleted", async () => {
    await t.db.execute(sql`update initiatives set status = 'completed', showcase_group = 'national'
      where slug = 'pulssmart'`);
    expect(await disagreements()).toEqual([]);
    const before = (await countInitiativeFacets(t.db, {})).total;
    await t.db.execute(sql`update initiatives set published = false where slug = 'skolfam-orebro'`);
    expect((await countInitiativeFacets(t.db, {})).total).toBe(before - 1);
    await t.db.execute(sql`delete from initiatives where slug = 'el-sistema-orebro'`);
    expect((await countInitiativeFacets(t.db, {})).total).toBe(before - 2);
    expect(await disagreements()).toEqual([]);
  });

  it("agree after one statement writes the parts of several initiatives at once", async () => {
    const moved = await executeRows<{ n: number }>(
      t.db,
      sql`with moved as (
        update initiative_focus_areas set focus_area = 'employment' where focus_area = 'physicalActivity' returning 1)
      select count(*)::int as n from moved`,
    );
    expect(Number(moved[0]?.n)).toBeGreaterThan(1);
    await t.db.execute(sql`update initiatives set showcase_group = 'national' where status = 'ongoing'`);
    expect(await disagreements()).toEqual([]);
  });

  it("hold codes that stand for exactly their own values", async () => {
    // insats_facet_of is the inverse of the encoding insats_refresh_initiative_facets writes (migration 0017).
    const rows = await executeRows<{ slug: string; decoded: string[]; expected: string[] }>(
      t.db,
      sql`
      select i.slug,
        array(select d.facet || '=' || d.value from unnest(f.codes) as c, insats_facet_of(c) as d order by 1)
          as decoded,
        array(select v from (
          select 'status=' || f.status as v
          union all select 'showcaseGroup=' || f.showcase_group
          union all select 'focusArea=' || x from unnest(f.focus_areas) as x
          union all select 'county=' || x from unnest(f.counties) as x
          union all select 'municipality=' || x from unnest(f.municipalities) as x
          union all select 'evaluationDesign=' || x from unnest(f.designs) as x
          union all select 'bestEvidenceLevel=' || f.best_evidence_level where f.best_evidence_level is not null
        ) as own order by 1) as expected
      from initiative_facets as f join initiatives as i on i.id = f.initiative_id`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.decoded, row.slug).toEqual(row.expected);
  });

  it("agree after an organisation taking part moves to another county", async () => {
    await t.db.execute(sql`update organisations set county_code = '25'
      where id in (select organisation_id from initiative_organisations where initiative_id = ${initiativeId})
        and kind = 'region'`);
    expect(await disagreements()).toEqual([]);
  });

  it("roll back with the transaction that wrote them", async () => {
    const before = await countInitiativeFacets(t.db, {});
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`delete from initiative_places where initiative_id = ${initiativeId}`);
        throw new Error("abandoned");
      }),
    ).rejects.toThrow("abandoned");
    expect(await countInitiativeFacets(t.db, {})).toEqual(before);
  });
});
