// Reader queries over the seeded showcase and the example each must find first: one row per kind of query
// (accents, synonyms, typos, compounds, whole words), so a change that breaks one kind fails its rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { countInitiativeFacets, listInitiatives } from "../queries/initiatives.ts";
import { listNews } from "../queries/news.ts";
import { seedDatabase } from "../seed/seed.ts";
import { searchShowcase } from "./showcase.ts";
import { suggestInitiativeSearch, suggestNewsSearch } from "./suggest.ts";
import { createTestDatabase, type TestDatabase } from "../testing/database.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDatabase(t.db);
});

afterAll(async () => {
  await t?.close();
});

const found = async (q: string, language?: "sv" | "en") =>
  (await listInitiatives(t.db, { q, limit: 100, language })).items.map((item) => item.slug);

const swedishQueries: [kind: string, q: string, first: string][] = [
  ["as written", "äldre", "halsoframjande-insatser-for-seniorer"],
  ["accents left out", "aldre", "halsoframjande-insatser-for-seniorer"],
  ["accents left out", "orebro", "el-sistema-orebro"],
  ["accents left out", "hemtjanst", "halsoframjande-insatser-for-seniorer"],
  ["accent added", "servicetrainé", "servicetrainee"],
  ["synonym", "fallskador", "styrka-hela-livet"],
  ["synonym", "benbrott", "styrka-hela-livet"],
  ["synonym", "fosterhem", "skolfam-orebro"],
  ["synonym, inflected", "pensionärer", "halsoframjande-insatser-for-seniorer"],
  ["synonym", "seniorer", "halsoframjande-insatser-for-seniorer"],
  ["synonym", "jobb", "servicetrainee"],
  ["synonym", "sysselsättning", "servicetrainee"],
  ["synonym of two words", "socialbidrag", "servicetrainee"],
  ["two words with synonyms", "ekonomiskt bistånd", "servicetrainee"],
  ["typo", "servicetrane", "servicetrainee"],
  ["typo", "fallprevenshon", "styrka-hela-livet"],
  ["typo", "pulsmart", "pulssmart"],
  ["compound part", "störning", "las-pa-recept"],
  ["prefix of a compound", "språk", "las-pa-recept"],
  ["accents left out, a part of a compound", "lasning", "las-pa-recept"],
  ["as written, capitalised", "Örebro", "el-sistema-orebro"],
  ["synonym, inflected", "familjehemmen", "skolfam-orebro"],
  ["synonym", "försörjningsstöd", "servicetrainee"],
  ["synonym", "hemhjälp", "halsoframjande-insatser-for-seniorer"],
  ["synonym, inflected compound", "ålderspensionärer", "halsoframjande-insatser-for-seniorer"],
  ["typo", "hälsofrämjade", "halsoframjande-insatser-for-seniorer"],
  ["phrase", '"hela livet"', "styrka-hela-livet"],
  ["whole word before a part of a longer word", "arbete", "servicetrainee"],
];

describe("reader queries in Swedish", () => {
  it.each(swedishQueries)("%s: %s finds %s first", async (_kind, q, first) => {
    expect((await found(q))[0]).toBe(first);
  });

  it("finds the same with and without accents", async () => {
    expect(await found("aldre")).toEqual(await found("äldre"));
    expect(await found("orebro")).toEqual(await found("Örebro"));
    expect(await found("hemtjanst")).toEqual(await found("hemtjänst"));
  });

  it("brings a synonym's examples without losing what the word itself finds", async () => {
    expect(await found("fosterhem")).toEqual(await found("familjehem"));
    expect(await found("jobb")).toEqual(await found("arbete"));
  });

  it("ranks a text that only has the word inside a longer one after the whole word", async () => {
    const arbete = await found("arbete");
    const samarbete = await found("samarbete");
    // Läs på recept says "samarbete" and not "arbete": it is found, but after Servicetrainee.
    expect(samarbete).toContain("las-pa-recept");
    expect(arbete.indexOf("las-pa-recept")).toBeGreaterThan(arbete.indexOf("servicetrainee"));
  });

  it("keeps exclusions, also when similar words stand in for a typo", async () => {
    expect(await found("hemtjänst -seniorträffar")).toEqual([]);
    expect(await found("servicetrane -norrköping")).toEqual([]);
  });

  it("counts facets over what a typo finds, as the list does", async () => {
    const facets = await countInitiativeFacets(t.db, { q: "servicetrane" });
    const listed = await listInitiatives(t.db, { q: "servicetrane" });
    expect(facets.status.reduce((sum, { count }) => sum + count, 0)).toBe(listed.total);
    expect(listed.total).toBe(1);
  });

  it("finds nothing for words like nothing in the texts", async () => {
    expect(await found("xyzzy")).toEqual([]);
  });
});

const englishQueries: [kind: string, q: string, first: string][] = [
  ["English word", "elderly", "halsoframjande-insatser-for-seniorer"],
  ["English synonym", "older people", "halsoframjande-insatser-for-seniorer"],
  ["English word", "employment", "servicetrainee"],
  ["English phrase", "heart rate", "pulssmart"],
  ["English synonym", "foster care", "skolfam-orebro"],
  ["English, stemmed", "falls", "styrka-hela-livet"],
  ["English focus area label", "children in care", "skolfam-orebro"],
  ["English synonym, stemmed", "jobs", "servicetrainee"],
  ["English synonym, stemmed", "pensioners", "halsoframjande-insatser-for-seniorer"],
  ["English synonym", "fractures", "styrka-hela-livet"],
  ["English word", "orchestra", "el-sistema-orebro"],
  ["English words", "school results", "pulssmart"],
  ["English typo", "prescripton", "las-pa-recept"],
  ["Swedish place from /en, accents left out", "Orebro", "el-sistema-orebro"],
  ["Swedish name from /en", "läs på recept", "las-pa-recept"],
  ["Swedish word from /en, accents left out", "aldre", "halsoframjande-insatser-for-seniorer"],
];

describe("reader queries from the English showcase", () => {
  it.each(englishQueries)("%s: %s finds %s first", async (_kind, q, first) => {
    expect((await found(q, "en"))[0]).toBe(first);
  });

  it("offers the English label's word for a typo in it, which typo tolerance leaves to the suggestion", async () => {
    // "Employment and self-sufficiency" is a focus-area label, not a word of the texts typos are compared with.
    expect(await found("employmnt", "en")).toEqual([]);
    expect(await suggestInitiativeSearch(t.db, { q: "employmnt", language: "en" })).toBe("employment");
  });

  it("searches the English texts and labels with English stemming, beyond what Swedish search finds", async () => {
    // Förenade i rörelse and Styrka hela livet have the focus area Physical activity; their Swedish texts say
    // "fysisk aktivitet" in other words, so only the English document finds them.
    const english = await found("physical activity", "en");
    expect(english).toEqual(expect.arrayContaining(["forenade-i-rorelse", "styrka-hela-livet"]));
    expect(await found("physical activity")).not.toContain("forenade-i-rorelse");
    expect(await found("employment", "en")).toEqual(
      expect.arrayContaining(["servicetrainee", "skolfam-orebro"]),
    );
    expect(await found("employment")).toEqual(["servicetrainee"]);
  });
});

describe("Menade du …? when a search finds nothing", () => {
  const suggestions: [kind: string, q: string, language: "sv" | "en", suggestion: string, first: string][] = [
    ["a word misspelt beyond typo tolerance", "servistrainy", "sv", "Servicetrainee", "servicetrainee"],
    ["a misspelt synonym", "fallskdor", "sv", "fallskada", "styrka-hela-livet"],
    [
      "a misspelt word beside one like nothing",
      "hälsofrämjnde xyzzy",
      "sv",
      "Hälsofrämjande",
      "halsoframjande-insatser-for-seniorer",
    ],
    ["English, misspelt", "elderli", "en", "elderly", "halsoframjande-insatser-for-seniorer"],
    // The synonym list also holds "hemtjanst", for readers who type no accents; the suggestion shows them.
    [
      "misspelt without its accents, offered with them",
      "hemtjnst",
      "sv",
      "hemtjänst",
      "halsoframjande-insatser-for-seniorer",
    ],
  ];

  it.each(suggestions)(
    "%s: %s (%s) suggests %s, which finds %s",
    async (_kind, q, language, suggestion, first) => {
      expect(await found(q, language)).toEqual([]);
      expect(await suggestInitiativeSearch(t.db, { q, language })).toBe(suggestion);
      expect((await found(suggestion, language))[0]).toBe(first);
    },
  );

  it("suggests in the reader's language", async () => {
    // "elderli" is near the English "elderly", which the Swedish texts do not use.
    expect(await suggestInitiativeSearch(t.db, { q: "elderli" })).toBeNull();
  });

  it("suggests nothing for words near no word of the showcase, or when the filters find nothing", async () => {
    expect(await suggestInitiativeSearch(t.db, { q: "xyzzy" })).toBeNull();
    // Servicetrainee is in Östergötland (05), not in Gävleborg (21).
    expect(await suggestInitiativeSearch(t.db, { q: "servistrainy", county: "05" })).toBe("Servicetrainee");
    expect(await suggestInitiativeSearch(t.db, { q: "servistrainy", county: "21" })).toBeNull();
  });

  it("keeps phrases and excluded words as typed", async () => {
    expect(await suggestInitiativeSearch(t.db, { q: 'servistrainy -"läs på recept"' })).toBe(
      'Servicetrainee -"läs på recept"',
    );
  });
});

const foundNews = async (q: string, language?: "sv" | "en") =>
  (await listNews(t.db, { q, limit: 100, language })).items.map((item) => item.slug);

const eso = "eso-rapport-med-framtiden-for-sig";
const seminar = "seminarium-sociala-investeringar-battre-att-forekomma";
const pulsSmart = "pulssmart-projekt";

const newsQueries: [kind: string, q: string, language: "sv" | "en", first: string][] = [
  ["title word", "seminarium", "sv", seminar],
  ["accents left out", "malmo", "sv", seminar],
  ["accents left out, in a title", "forekomma", "sv", seminar],
  ["stemmed", "skolan", "sv", pulsSmart],
  ["synonym", "jobb", "sv", eso],
  ["typo", "karlskona", "sv", pulsSmart],
  ["typo, accents left out", "framtidn", "sv", eso],
  ["compound part", "prestationer", "sv", pulsSmart],
  ["whole word before a part of a longer word", "arbete", "sv", eso],
  ["English word", "healthy learning", "en", pulsSmart],
  ["English, stemmed", "pupil", "en", pulsSmart],
  ["English, stemmed", "collaborating", "en", pulsSmart],
  ["English synonym", "job", "en", eso],
  ["Swedish title from /en", "bättre att förekomma", "en", seminar],
];

describe("reader queries of På gång", () => {
  it.each(newsQueries)("%s: %s (%s) finds %s first", async (_kind, q, language, first) => {
    expect((await foundNews(q, language))[0]).toBe(first);
  });

  it("ranks a text with only a part of a longer word after the whole word, and finds both", async () => {
    // PulsSmart says "samarbete" and "utvecklingsarbete"; the ESO report says "arbetade".
    expect(await foundNews("arbete")).toEqual([eso, pulsSmart]);
  });

  it("keeps exclusions and the kind filter", async () => {
    expect(await foundNews("malmö -förekomma")).toEqual([eso]);
    expect((await listNews(t.db, { q: "malmö", kind: "report" })).items.map((item) => item.slug)).toEqual([
      eso,
    ]);
  });

  it("pages through a search with its cursor, and the total counts every match", async () => {
    const all = await foundNews("sociala investeringar");
    expect(all.length).toBeGreaterThan(1);
    const first = await listNews(t.db, { q: "sociala investeringar", limit: 1 });
    expect(first.total).toBe(all.length);
    const second = await listNews(t.db, { q: "sociala investeringar", limit: 1, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((item) => item.slug)).toEqual(all.slice(0, 2));
    await expect(listNews(t.db, { q: "malmö", cursor: first.nextCursor! })).resolves.toMatchObject({
      total: 2,
    });
    await expect(listNews(t.db, { cursor: first.nextCursor! })).rejects.toThrow(/cursor/i);
  });

  it("refuses a search text longer than 200 characters", async () => {
    await expect(listNews(t.db, { q: "a".repeat(201) })).rejects.toThrow(/200/);
  });

  it("offers “Menade du …?” for news from the news items' words", async () => {
    expect(await foundNews("seminariumm xyzzy")).toEqual([]);
    expect(await suggestNewsSearch(t.db, { q: "seminariumm xyzzy" })).toBe("seminarium");
    expect(await suggestNewsSearch(t.db, { q: "xyzzy" })).toBeNull();
  });
});

describe("one search of examples and news", () => {
  const slugs = (page: { items: { slug: string }[] }) => page.items.map((item) => item.slug);

  it("finds examples and news items for one query, with their totals", async () => {
    const found = await searchShowcase(t.db, { q: "pulssmart" });
    expect(slugs(found.initiatives)).toEqual(["pulssmart"]);
    expect(slugs(found.news)).toEqual([pulsSmart]);
    expect(found.suggestion).toBeNull();
    const limited = await searchShowcase(t.db, { q: "sociala investeringar", limit: 1 });
    expect(limited.news.items).toHaveLength(1);
    expect(limited.news.total).toBe((await foundNews("sociala investeringar")).length);
  });

  it("searches with the reader's language", async () => {
    const english = await searchShowcase(t.db, { q: "healthy learning", language: "en" });
    expect(slugs(english.news)).toEqual([pulsSmart]);
  });

  it("suggests from both when neither finds anything", async () => {
    const nothing = await searchShowcase(t.db, { q: "seminariumm xyzzy" });
    expect([nothing.initiatives.total, nothing.news.total]).toEqual([0, 0]);
    // Only news items say "seminarium": a suggestion that finds news and no example is offered.
    expect(nothing.suggestion).toBe("seminarium");
    expect((await searchShowcase(t.db, { q: "seminarium" })).initiatives.total).toBe(0);
    expect((await searchShowcase(t.db, { q: "servistrainy" })).suggestion).toBe("Servicetrainee");
    expect((await searchShowcase(t.db, { q: "xyzzy" })).suggestion).toBeNull();
  });
});
