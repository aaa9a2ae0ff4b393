import {
  estimateEffect,
  evidenceLevel,
  findCounty,
  findMunicipality,
  focusAreaLabels,
  initiativeSchema,
  newsItemSchema,
  organisationSchema,
  referenceOrganisations,
  resolveOrganisationRef,
  targetAgeRange,
  type Initiative,
} from "@insats/domain";
import { describe, expect, it } from "vitest";
import {
  contentInitiatives,
  contentNews,
  contentOrganisations,
  contentReferenceProblems,
  loadSeedContent,
} from "./index.ts";

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`) ?? [];

const content = loadSeedContent();
const initiative = (slug: string): Initiative => {
  const found = content.initiatives.find((item) => item.slug === slug);
  if (!found) throw new Error(`no initiative ${slug}`);
  return found;
};

describe("seed content validates with the domain schemas", () => {
  it.each(contentOrganisations.map((organisation) => [organisation.slug, organisation] as const))(
    "organisation %s",
    (_slug, organisation) => {
      expect(issues(organisationSchema.safeParse(organisation))).toEqual([]);
    },
  );

  it.each(contentInitiatives.map((item) => [item.slug, item] as const))("initiative %s", (_slug, item) => {
    expect(issues(initiativeSchema.safeParse(item))).toEqual([]);
  });

  it.each(contentNews.map((item) => [item.slug, item] as const))("news item %s", (_slug, item) => {
    expect(issues(newsItemSchema.safeParse(item))).toEqual([]);
  });

  it("loads with every reference resolved", () => {
    expect(contentReferenceProblems(content)).toEqual([]);
  });

  it("has no organisation slug that clashes with a municipality or region", () => {
    const reference = new Set(referenceOrganisations().map((organisation) => organisation.slug));
    for (const organisation of content.organisations)
      expect(reference.has(organisation.slug), organisation.slug).toBe(false);
  });
});

describe("initiatives", () => {
  it("are the eight of the source pages, with unique slugs", () => {
    expect(content.initiatives.map((item) => item.slug)).toEqual([
      "styrka-hela-livet",
      "las-pa-recept",
      "forenade-i-rorelse",
      "el-sistema-orebro",
      "servicetrainee",
      "skolfam-orebro",
      "halsoframjande-insatser-for-seniorer",
      "pulssmart",
    ]);
    expect(new Set(content.initiatives.map((item) => item.slug)).size).toBe(8);
  });

  it("keep the grouping of the source pages", () => {
    const group = (name: string) =>
      content.initiatives.filter((item) => item.showcaseGroup === name).map((item) => item.slug);
    expect(group("gavleborg")).toEqual(["styrka-hela-livet", "las-pa-recept", "forenade-i-rorelse"]);
    expect(group("national")).toEqual([
      "el-sistema-orebro",
      "servicetrainee",
      "skolfam-orebro",
      "halsoframjande-insatser-for-seniorer",
    ]);
    expect(group("pagang")).toEqual(["pulssmart"]);
  });

  it("name their municipalities and regions by the right SCB codes", () => {
    const codes = (slug: string) =>
      initiative(slug).organisations.map((link) =>
        "scbCode" in link.organisation ? link.organisation.scbCode : link.organisation.slug,
      );
    expect(codes("styrka-hela-livet")).toEqual(["2184"]);
    expect(codes("las-pa-recept")).toEqual(["21", "logopedenheten-gavle-sjukhus", "kultur-gavleborg"]);
    expect(codes("forenade-i-rorelse")).toEqual(["2184", "2132", "gavleborgs-idrottsforbund"]);
    expect(codes("el-sistema-orebro")).toEqual(["1880"]);
    expect(codes("servicetrainee")).toEqual(["0581"]);
    expect(codes("skolfam-orebro")).toEqual(["1880"]);
    expect(codes("halsoframjande-insatser-for-seniorer")).toEqual(["2380"]);
    expect(codes("pulssmart")).toEqual(["uppdrag-psykisk-halsa", "2281", "10", "1060", "1080"]);

    const names: Record<string, string> = {
      "2184": "Hudiksvall",
      "2132": "Nordanstig",
      "1880": "Örebro",
      "0581": "Norrköping",
      "2380": "Östersund",
      "2281": "Sundsvall",
      "1060": "Olofström",
      "1080": "Karlskrona",
    };
    for (const [code, name] of Object.entries(names)) expect(findMunicipality(code)?.name).toBe(name);
    expect(findCounty("21")?.regionName).toBe("Region Gävleborg");
    expect(findCounty("10")?.regionName).toBe("Region Blekinge");
    expect(
      resolveOrganisationRef({ slug: "logopedenheten-gavle-sjukhus" }, content.organisations)?.parent,
    ).toEqual({ scbCode: "21" });
  });

  it("place the schools and districts in their municipalities", () => {
    const sites = (slug: string) =>
      initiative(slug).places.flatMap((place) =>
        place.kind === "site" ? [`${place.name} (${place.scbCode})`] : [],
      );
    expect(sites("forenade-i-rorelse")).toEqual(["Iggesunds skola (2184)", "Gnarps skola (2132)"]);
    expect(sites("el-sistema-orebro")).toEqual(["Varberga (1880)", "Oxhagen (1880)"]);
  });

  it("keep ages, school years and participant counts", () => {
    expect(targetAgeRange(initiative("styrka-hela-livet").targetGroup)).toEqual({ min: 80, max: 90 });
    expect(initiative("forenade-i-rorelse").targetGroup.schoolYears).toEqual({ from: 3, to: 3 });
    expect(initiative("el-sistema-orebro").targetGroup.schoolYears).toEqual({ from: 0, to: 2 });
    expect(initiative("skolfam-orebro").targetGroup).toMatchObject({ ageMin: 7, ageMax: 14 });
    expect(initiative("skolfam-orebro").participants).toEqual({ min: 30, max: 40 });
    expect(initiative("servicetrainee").participants).toBe(30);
    expect(initiative("pulssmart").period).toMatchObject({ start: "2019-08", end: "2022-06" });
    // The source dates Servicetrainee's results, not the project: the dates stay on the evaluation.
    expect(initiative("servicetrainee").period.start).toBeUndefined();
    expect(initiative("servicetrainee").evaluations[0]?.period).toMatchObject({
      start: "2012-09",
      end: "2014-01",
    });
    // "Förskoleåldern" without ages in the source: no ages are invented.
    expect(targetAgeRange(initiative("las-pa-recept").targetGroup)).toBeUndefined();
  });

  it("show a project whose planned period has ended as ended (PulsSmart ran to the spring term of 2022)", () => {
    expect(initiative("pulssmart").status).toBe("completed");
  });

  it("record the furthest stage: El Sistema and Servicetrainee are implemented and scaled up", () => {
    expect(initiative("el-sistema-orebro").status).toBe("scaledUp");
    expect(initiative("servicetrainee").status).toBe("scaledUp");
    expect(initiative("halsoframjande-insatser-for-seniorer").status).toBe("ongoing");
  });

  it("keep Jan's quote", () => {
    expect(initiative("styrka-hela-livet").quotes).toEqual([
      expect.objectContaining({
        text: expect.objectContaining({ sv: "Jag har fått lite bättre balans, och har lättare att gå" }),
        attribution: expect.objectContaining({ sv: "Jan, 85 år" }),
      }),
    ]);
  });

  it("make Läs på recept findable by searching for 'språk'", () => {
    const haystack = (item: Initiative) =>
      [
        item.title.sv,
        item.tagline?.sv,
        item.summary.sv,
        ...item.focusAreas.map((area) => focusAreaLabels[area].sv),
      ]
        .join(" ")
        .toLowerCase();
    expect(
      content.initiatives.filter((item) => haystack(item).includes("språk")).map((item) => item.slug),
    ).toContain("las-pa-recept");
  });

  it("say so when there is no evaluation, and report numbers only where the source does", () => {
    for (const slug of ["styrka-hela-livet", "las-pa-recept", "forenade-i-rorelse"]) {
      expect(initiative(slug).evaluations).toEqual([]);
      expect(initiative(slug).evaluationNote).toBeDefined();
    }
    const withNumbers = content.initiatives.filter((item) =>
      item.evaluations.some((evaluation) => evaluation.results.length > 0 || evaluation.effect),
    );
    expect(withNumbers.map((item) => item.slug)).toEqual(["servicetrainee"]);
  });

  it("give the planned evaluations of Skolfam, Östersund and PulsSmart their designs and no evidence level yet", () => {
    const designs = (slug: string) =>
      initiative(slug).evaluations.map((evaluation) => [evaluation.status, evaluation.designs]);
    expect(designs("skolfam-orebro")).toEqual([["planned", ["historicalComparison", "beforeAfter"]]]);
    expect(designs("halsoframjande-insatser-for-seniorer")).toEqual([["planned", ["historicalComparison"]]]);
    expect(designs("pulssmart")).toEqual([
      ["planned", ["historicalComparison", "contemporaneousComparison"]],
    ]);
    for (const slug of ["skolfam-orebro", "halsoframjande-insatser-for-seniorer", "pulssmart"]) {
      for (const evaluation of initiative(slug).evaluations)
        expect(evidenceLevel({ designs: evaluation.designs, status: evaluation.status })).toBeNull();
    }
  });
});

describe("Servicetrainee's evaluation", () => {
  const evaluation = initiative("servicetrainee").evaluations[0]!;

  it("implies a reduction of 0.44–0.54 (central 0.49), as estimateEffect computes it", () => {
    const change = (groupKey: string) =>
      evaluation.results.find((result) => result.groupKey === groupKey)!.change!;
    const estimate = estimateEffect({
      treatmentChange: change("project"),
      controls: [
        { label: "waitList", change: change("waitList") },
        { label: "stratified", change: change("stratified") },
      ],
    });
    expect(change("project")).toBe(-0.74);
    expect(estimate.low).toBeCloseTo(0.44, 10);
    expect(estimate.high).toBeCloseTo(0.54, 10);
    expect(estimate.central).toBeCloseTo(0.49, 10);
    expect(evaluation.effect).toMatchObject({
      low: 0.44,
      high: 0.54,
      central: 0.49,
      unit: "percentagePoints",
    });
    expect(evaluation.effect!.low).toBeCloseTo(estimate.low, 10);
    expect(evaluation.effect!.high).toBeCloseTo(estimate.high, 10);
  });

  it("has wait-list and stratified controls: evidence level 4", () => {
    expect(evaluation.designs).toEqual(["waitListControl", "stratifiedControl"]);
    expect(evaluation.status).toBe("completed");
    expect(evidenceLevel(evaluation.designs)).toBe(4);
    expect(evidenceLevel({ designs: evaluation.designs, status: evaluation.status })).toBe(4);
  });
});

describe("På gång", () => {
  it("has the ESO report, its seminar and the PulsSmart project", () => {
    expect(content.news.map((item) => [item.kind, item.slug])).toEqual([
      ["report", "eso-rapport-med-framtiden-for-sig"],
      ["seminar", "seminarium-sociala-investeringar-battre-att-forekomma"],
      ["project", "pulssmart-projekt"],
    ]);
    const [report, seminar, project] = content.news;
    expect(report).toMatchObject({
      reportNumber: "ESO 2020:1",
      authors: ["Balkfors", "Bokström", "Salonen"],
    });
    expect(report!.summary.sv).toMatch(/hälften/);
    expect(report!.summary.sv).toMatch(/åttiotal kommuner och fem regioner/);
    expect(seminar).toMatchObject({ eventDate: "2020-01-20", place: "Malmö", durationMinutes: 120 });
    expect(seminar!.highlights).toHaveLength(3);
    expect(project!.relatedInitiativeSlug).toBe("pulssmart");
  });
});
