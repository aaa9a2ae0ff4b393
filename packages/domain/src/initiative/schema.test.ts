import { describe, expect, it } from "vitest";
import {
  initiativeListFilterSchema,
  initiativeSchema,
  placeSchema,
  targetAgeRange,
  type InitiativeInput,
} from "./schema.ts";
import {
  focusAreaLabels,
  focusAreas,
  hasReachedStatus,
  initiativeScopeLabels,
  initiativeScopes,
  initiativeStatusLabels,
  initiativeStatuses,
  organisationRoleLabels,
  organisationRoles,
  showcaseGroupLabels,
  showcaseGroups,
} from "./vocabulary.ts";

const t = (sv: string, en = sv) => ({ sv, en });

const minimal: InitiativeInput = {
  slug: "forenade-i-rorelse",
  title: t("Förenade i rörelse", "United in motion"),
  summary: t("Mer rörelse för barn i årskurs 3.", "More movement for children in year 3."),
  targetGroup: { description: t("Elever i årskurs 3", "Pupils in year 3"), schoolYears: { from: 3, to: 3 } },
  period: { description: t("Under ett år", "For one year") },
  status: "planned",
  scope: "regional",
  focusAreas: ["physicalActivity"],
  places: [{ kind: "site", name: "Iggesunds skola", scbCode: "2184" }],
  organisations: [{ organisation: { scbCode: "2184" }, role: "lead" }],
  evaluationNote: t("Ingen utvärdering beskrivs.", "No evaluation is described."),
  sources: [{ title: "Exempel på sociala investeringar" }],
  showcaseGroup: "gavleborg",
};

const messages = (value: unknown) =>
  initiativeSchema
    .safeParse(value)
    .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("initiativeSchema", () => {
  it("accepts a minimal initiative and fills in empty lists", () => {
    const initiative = initiativeSchema.parse(minimal);
    expect(initiative).toMatchObject({ highlights: [], contacts: [], quotes: [], evaluations: [] });
  });

  it("asks for a note when there is no evaluation", () => {
    expect(messages({ ...minimal, evaluationNote: undefined })).toEqual([
      "evaluationNote: Without an evaluation, say so in evaluationNote",
    ]);
  });

  it("needs a summary, a place, an organisation, a focus area and a source", () => {
    expect(messages({ ...minimal, summary: undefined })).toHaveLength(1);
    expect(messages({ ...minimal, places: [] })).toEqual(["places: Give at least one place"]);
    expect(messages({ ...minimal, organisations: [] })).toEqual([
      "organisations: Name at least one organisation",
    ]);
    expect(messages({ ...minimal, focusAreas: [] })).toEqual(["focusAreas: Give at least one focus area"]);
    expect(messages({ ...minimal, sources: [] })).toEqual(["sources: Cite at least one source"]);
  });

  it("rejects repeats and unknown fields", () => {
    expect(messages({ ...minimal, focusAreas: ["physicalActivity", "physicalActivity"] })).toEqual([
      "focusAreas: Focus area physicalActivity is listed twice",
    ]);
    const lead = { organisation: { scbCode: "2184" }, role: "lead" } as const;
    expect(messages({ ...minimal, organisations: [lead, lead] })).toEqual([
      "organisations: Organisation scb:2184 as lead is listed twice",
    ]);
    expect(messages({ ...minimal, organisations: [lead, { ...lead, role: "funder" }] })).toEqual([]);
    expect(messages({ ...minimal, budget: 100 })).toHaveLength(1);
  });

  it("checks ages, school years and participants", () => {
    const targetGroup = (extra: object) => ({ ...minimal, targetGroup: { description: t("x"), ...extra } });
    expect(messages(targetGroup({ ageMin: 14, ageMax: 7 }))).toEqual([
      "targetGroup.ageMax: ageMax must be at least ageMin",
    ]);
    expect(messages(targetGroup({ schoolYears: { from: 3, to: 0 } }))).toEqual([
      "targetGroup.schoolYears.to: The last school year must not come before the first",
    ]);
    expect(messages(targetGroup({ schoolYears: { from: 0, to: 10 } }))).toHaveLength(1);
    expect(messages({ ...minimal, participants: { min: 30, max: 40 } })).toEqual([]);
    expect(messages({ ...minimal, participants: 30 })).toEqual([]);
    expect(messages({ ...minimal, participants: { min: 40, max: 30 } }).length).toBeGreaterThan(0);
    expect(messages({ ...minimal, participants: 0 }).length).toBeGreaterThan(0);
  });

  it("rejects an evaluation key used twice", () => {
    const evaluation = {
      key: "plan",
      designs: ["beforeAfter"],
      status: "planned",
      description: t("x"),
    } as const;
    expect(messages({ ...minimal, evaluations: [evaluation, evaluation] })).toEqual([
      "evaluations: Evaluation key plan is used twice",
    ]);
  });
});

describe("placeSchema", () => {
  it("takes known municipalities, regions and named sites", () => {
    expect(placeSchema.safeParse({ kind: "municipality", scbCode: "1880" }).success).toBe(true);
    expect(placeSchema.safeParse({ kind: "region", countyCode: "21" }).success).toBe(true);
    expect(placeSchema.safeParse({ kind: "site", name: "Varberga", scbCode: "1880" }).success).toBe(true);
    expect(placeSchema.safeParse({ kind: "municipality", scbCode: "1889" }).error?.issues[0]?.message).toBe(
      "No Swedish municipality has the SCB code 1889",
    );
    expect(placeSchema.safeParse({ kind: "region", countyCode: "02" }).success).toBe(false);
    expect(placeSchema.safeParse({ kind: "site", name: " " }).success).toBe(false);
  });
});

describe("targetAgeRange", () => {
  it("uses stated ages first, then school years", () => {
    expect(targetAgeRange({ description: t("x"), ageMin: 7, ageMax: 14 })).toEqual({ min: 7, max: 14 });
    expect(targetAgeRange({ description: t("x"), ageMin: 80 })).toEqual({ min: 80, max: 120 });
    expect(targetAgeRange({ description: t("x"), schoolYears: { from: 0, to: 2 } })).toEqual({
      min: 6,
      max: 8,
    });
    expect(targetAgeRange({ description: t("x") })).toBeUndefined();
  });
});

describe("initiative vocabulary", () => {
  it("orders statuses so that scaled up implies implemented", () => {
    expect(hasReachedStatus("scaledUp", "implemented")).toBe(true);
    expect(hasReachedStatus("implemented", "implemented")).toBe(true);
    expect(hasReachedStatus("ongoing", "implemented")).toBe(false);
  });

  it("labels every value in both languages", () => {
    const pairs = [
      [focusAreas, focusAreaLabels],
      [initiativeStatuses, initiativeStatusLabels],
      [initiativeScopes, initiativeScopeLabels],
      [showcaseGroups, showcaseGroupLabels],
      [organisationRoles, organisationRoleLabels],
    ] as const;
    for (const [values, labels] of pairs) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const label of Object.values(labels)) expect(label.sv && label.en).toBeTruthy();
    }
    expect(focusAreaLabels.language.sv.toLowerCase()).toContain("språk");
  });
});

describe("initiativeListFilterSchema", () => {
  it("defaults the limit to 20 and accepts every filter", () => {
    expect(initiativeListFilterSchema.parse({})).toEqual({ limit: 20 });
    const filter = {
      county: "21",
      municipality: "2184",
      focusArea: "language",
      targetAge: 9,
      status: "scaledUp",
      evaluationDesign: "waitListControl",
      minEvidenceLevel: 4,
      showcaseGroup: "national",
      q: " språk ",
      cursor: "abc",
      limit: 100,
    };
    expect(initiativeListFilterSchema.parse(filter)).toEqual({ ...filter, q: "språk" });
  });

  it("rejects out-of-range values and unknown filters", () => {
    for (const bad of [
      { limit: 0 },
      { limit: 101 },
      { limit: 2.5 },
      { minEvidenceLevel: 6 },
      { minEvidenceLevel: -1 },
      { county: "2" },
      { municipality: "21" },
      { q: "" },
      { colour: "red" },
      { status: "done" },
    ]) {
      expect(initiativeListFilterSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(initiativeListFilterSchema.safeParse({ limit: 101 }).error?.issues[0]?.message).toBe(
      "limit is 1–100",
    );
  });
});

describe("initiativeSchema's numeric bounds (issue 13)", () => {
  it.each([2 ** 31, Number.MAX_SAFE_INTEGER, 1e8 + 1])("refuses %d participants", (count) => {
    expect(messages({ ...minimal, participants: count })).toEqual([
      "participants: The number of participants must be a whole number between 1 and 100000000",
    ]);
    expect(messages({ ...minimal, participants: { min: 1, max: count } })).toEqual([
      "participants.max: The number of participants must be a whole number between 1 and 100000000",
    ]);
  });

  it("refuses a period in a year no source means", () => {
    expect(messages({ ...minimal, period: { ...minimal.period, start: "0001-01" } })).toEqual([
      "period.start: The year must be between 1900 and 2200",
    ]);
  });
});
