import { describe, expect, it } from "vitest";
import { evaluationSchema, type EvaluationInput } from "./schema.ts";

const t = (sv: string, en = sv) => ({ sv, en });

/** The shape of the Servicetrainee evaluation (docs/calculation.md, "Effects from evaluations"). */
const servicetrainee: EvaluationInput = {
  key: "effektutvardering",
  designs: ["waitListControl", "stratifiedControl"],
  status: "completed",
  period: { start: "2012-09", end: "2014-01" },
  description: t(
    "Jämförelse med väntlista och stratifierad kontrollgrupp.",
    "Compared with a wait list and a stratified control group.",
  ),
  measures: [
    {
      key: "householdsOnAssistance",
      label: t("Hushåll med ekonomiskt bistånd", "Households on social assistance"),
    },
  ],
  groups: [
    { key: "project", label: t("Projektgrupp", "Project group"), kind: "treatment", size: 30 },
    { key: "waitList", label: t("Väntlistekontroll", "Wait-list control"), kind: "control" },
    { key: "stratified", label: t("Stratifierad kontroll", "Stratified control"), kind: "control" },
  ],
  results: [
    { measureKey: "householdsOnAssistance", groupKey: "project", change: -0.74 },
    { measureKey: "householdsOnAssistance", groupKey: "waitList", change: -0.2 },
    { measureKey: "householdsOnAssistance", groupKey: "stratified", change: -0.3 },
  ],
  effect: {
    measureKey: "householdsOnAssistance",
    low: 0.44,
    high: 0.54,
    central: 0.49,
    unit: "percentagePoints",
    basis: t("Kontroll minus projekt.", "Control minus project."),
  },
};

const messages = (value: unknown) =>
  evaluationSchema
    .safeParse(value)
    .error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("evaluationSchema", () => {
  it("accepts a completed evaluation whose effect follows from its results", () => {
    const evaluation = evaluationSchema.parse(servicetrainee);
    expect(evaluation.results).toHaveLength(3);
    expect(evaluation.effect).toMatchObject({ low: 0.44, high: 0.54, central: 0.49 });
  });

  it("fills in empty lists for a planned evaluation", () => {
    const planned = evaluationSchema.parse({
      key: "planerad",
      designs: ["historicalComparison", "beforeAfter"],
      status: "planned",
      description: t("Planerad."),
    });
    expect(planned).toMatchObject({ measures: [], groups: [], results: [] });
  });

  it("needs at least one design, each once", () => {
    expect(messages({ ...servicetrainee, designs: [] })).toEqual([
      "designs: An evaluation needs at least one design",
    ]);
    expect(messages({ ...servicetrainee, designs: ["waitListControl", "waitListControl"] })).toEqual([
      "designs: Design waitListControl is listed twice",
    ]);
    expect(messages({ ...servicetrainee, designs: ["astrology"] })).toHaveLength(1);
  });

  it("rejects results that point at no measure or group, or repeat one", () => {
    const results = [
      ...servicetrainee.results!,
      { measureKey: "income", groupKey: "ghost", change: 0.1 },
      { measureKey: "householdsOnAssistance", groupKey: "project", change: -0.5 },
    ];
    expect(messages({ ...servicetrainee, effect: undefined, results })).toEqual([
      "results.3.measureKey: No measure has the key income",
      "results.3.groupKey: No group has the key ghost",
      "results.4: A second result for measure householdsOnAssistance in group project",
    ]);
  });

  it("rejects duplicate measure and group keys", () => {
    expect(
      messages({ ...servicetrainee, measures: [...servicetrainee.measures!, ...servicetrainee.measures!] }),
    ).toEqual(["measures: Measure key householdsOnAssistance is used twice"]);
    expect(
      messages({ ...servicetrainee, groups: [...servicetrainee.groups!, servicetrainee.groups![0]] }),
    ).toEqual(["groups: Group key project is used twice"]);
  });

  it("rejects an effect that the results do not imply", () => {
    const effect = { ...servicetrainee.effect!, low: 0.4, central: 0.47 };
    expect(messages({ ...servicetrainee, effect })[0]).toMatch(
      /^effect: The results imply a reduction of 0\.440–0\.540 \(central 0\.490\)/,
    );
    expect(
      messages({ ...servicetrainee, effect: { ...servicetrainee.effect!, measureKey: "income" } }),
    ).toEqual(["effect.measureKey: No measure has the key income"]);
    expect(messages({ ...servicetrainee, effect: { ...servicetrainee.effect!, central: 0.6 } })).toContain(
      "effect.central: An effect estimate needs low ≤ central ≤ high",
    );
  });

  it("checks before, after and change against each other", () => {
    const results = [
      { measureKey: "householdsOnAssistance", groupKey: "project", before: 30, after: 8, change: -0.5 },
    ];
    expect(messages({ ...servicetrainee, effect: undefined, results })[0]).toMatch(
      /change -0.5 disagrees with before\/after, which imply -0.733/,
    );
    expect(
      messages({
        ...servicetrainee,
        effect: undefined,
        results: [{ measureKey: "householdsOnAssistance", groupKey: "project" }],
      }),
    ).toEqual(["results.0.change: A result needs at least one of before, after and change"]);
  });

  it("keeps results out of a planned evaluation", () => {
    expect(messages({ ...servicetrainee, status: "planned" })).toEqual([
      "status: A planned evaluation has no results or effect yet",
    ]);
  });

  it("takes an evaluator by organisation or by name", () => {
    expect(messages({ ...servicetrainee, evaluator: { scbCode: "0581" } })).toEqual([]);
    expect(
      messages({ ...servicetrainee, evaluator: { name: t("Extern utvärderare", "External evaluator") } }),
    ).toEqual([]);
    expect(messages({ ...servicetrainee, evaluator: { scbCode: "9999" } }).length).toBeGreaterThan(0);
  });
});

describe("evaluationSchema's numeric bounds (issue 13)", () => {
  it("refuses a group, a level, a change or an effect beyond the plausible", () => {
    const [project, ...controls] = servicetrainee.groups!;
    const [result, ...others] = servicetrainee.results!;
    expect(
      messages({
        ...servicetrainee,
        groups: [{ ...project, size: 1e9 }, ...controls],
        results: [{ ...result, change: undefined, before: 1e308, after: -1e300 }, ...others],
        effect: { ...servicetrainee.effect, low: -1e13 },
      }),
    ).toEqual([
      "groups.0.size: A group's size must be a whole number between 1 and 100000000",
      "results.0.before: before must be between -1000000000000 and 1000000000000",
      "results.0.after: after must be between -1000000000000 and 1000000000000",
      "effect.low: low must be between -1000000000000 and 1000000000000",
    ]);
    expect(messages({ ...servicetrainee, results: [{ ...result, change: 1e6 }, ...others] })).toContain(
      "results.0.change: change must be between -1000 and 1000",
    );
  });
});
