// Typo tolerance's table of words: kept by the writing statement itself, with the words of published texts only.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listInitiatives } from "../queries/initiatives.ts";
import { listNews } from "../queries/news.ts";
import { executeRows } from "../queries/raw.ts";
import { seedDatabase } from "../seed/seed.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";
import { similarWords } from "./similar.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});

afterAll(async () => {
  await t?.close();
});

const hasWord = async (word: string) =>
  (await executeRows<{ n: number }>(t.db, sql`select count(*)::int as n from search_words where word = ${word}`))[0]
    ?.n === 1;

const slugsFound = async (q: string) =>
  (await listInitiatives(t.db, { q, limit: 10 })).items.map((item) => item.slug);

describe("the words typo tolerance looks through", () => {
  it("holds the seeded texts' words, folded, and what each typo is like", async () => {
    expect(await hasWord("fallprevention")).toBe(true);
    expect(await hasWord("halsoframjande")).toBe(true);
    expect(await similarWords(t.db, "fallprevension hälsofrämjade")).toEqual({
      similarTo: [expect.arrayContaining(["fallprevention"]), expect.arrayContaining(["halsoframjande"])],
    });
  });

  it("gains a published text's new words in the statement that writes them", async () => {
    expect(await hasWord("zebrafinkar")).toBe(false);
    await t.db.execute(sql`update initiatives set search_terms = 'zebrafinkar' where slug = 'servicetrainee'`);
    expect(await hasWord("zebrafinkar")).toBe(true);
    expect(await slugsFound("zebrafinkr")).toEqual(["servicetrainee"]);
    await t.db.execute(sql`update news_items set summary_sv = summary_sv || ' Kolibrimöte.'
      where slug = 'pulssmart-projekt'`);
    expect(await hasWord("kolibrimote")).toBe(true);
    expect((await listNews(t.db, { q: "kolibrimöt" })).items.map((item) => item.slug)).toEqual([
      "pulssmart-projekt",
    ]);
  });

  it("never holds the words of a text that is not published", async () => {
    await t.db.execute(sql`update initiatives set published = false, search_terms = 'kvastfeningar'
      where slug = 'pulssmart'`);
    expect(await hasWord("kvastfeningar")).toBe(false);
    expect(await slugsFound("kvastfeningr")).toEqual([]);
  });

  it("leaves a word whose text was unpublished, and a search for it then finds nothing", async () => {
    await t.db.execute(sql`update initiatives set search_terms = 'hackspettar' where slug = 'skolfam-orebro'`);
    expect(await slugsFound("hackspetar")).toEqual(["skolfam-orebro"]);
    await t.db.execute(sql`update initiatives set published = false where slug = 'skolfam-orebro'`);
    expect(await hasWord("hackspettar")).toBe(true);
    expect(await slugsFound("hackspetar")).toEqual([]);
  });
});
