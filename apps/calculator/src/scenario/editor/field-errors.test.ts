import { parseScenarioInput, scenarioRules, workedExampleScenario, type InputIssue } from "@insats/domain";
import { describe, expect, it } from "vitest";
import en from "../../../messages/en.json";
import sv from "../../../messages/sv.json";
import { describeIssue, issueMessageKeys, locateIssue, ruleMessages } from "./field-errors";

const catalogues = { sv: sv.validation as Record<string, string>, en: en.validation as Record<string, string> };

function issuesOf(json: unknown): InputIssue[] {
  const result = parseScenarioInput(json);
  if (result.success) throw new Error("expected the scenario to be invalid");
  return result.issues;
}

const cost = workedExampleScenario.costs[0]!;
const outcome = workedExampleScenario.outcomes[0]!;

describe("the messages of the domain's issues", () => {
  it.each(Object.entries(catalogues))("every rule of the domain has a message in %s", (_, messages) => {
    for (const rule of scenarioRules) expect(messages[ruleMessages[rule]], rule).toMatch(/\S/);
  });

  it.each(Object.entries(catalogues))("every message the mapping can give exists in %s", (_, messages) => {
    for (const key of issueMessageKeys) expect(messages[key], key).toMatch(/\S/);
  });

  it("says in the planner's words what each rule found, at the field", () => {
    const issues = issuesOf({
      ...workedExampleScenario,
      horizonYears: 51,
      discountRate: -0.01,
      costs: [
        { ...cost, payers: { municipality: 0.9 } },
        { id: cost.id, label: "Handledare", payers: cost.payers, kind: "annual", fromOffset: 3, toOffset: 1, amount: { dist: "uniform", min: 9, max: 2 } },
      ],
      outcomes: [{ ...outcome, effect: { dist: "pert", min: 0.1, mode: 0.6, max: 0.5 }, lagYears: -1, durationYears: 0 }],
    });
    const described = Object.fromEntries(
      issues.map((issue) => {
        const { key, values } = describeIssue(issue, "sv");
        const text = Object.entries(values ?? {}).reduce((message, [name, value]) => message.replace(`{${name}}`, value), catalogues.sv[key]!);
        return [locateIssue(issue.path).fieldId, text];
      }),
    );
    expect(described).toEqual({
      horizonYears: "Värdet ska vara högst 50.",
      discountRate: "Värdet ska vara minst 0\u00a0%.",
      "cost-0-payers": "Andelarna ska bli 100\u00a0% tillsammans.",
      "cost-1-label": "Raden har samma id som en annan rad. Ta bort den och lägg till den igen.",
      "cost-1-toOffset": "Sista året ligger före det första.",
      "cost-1-amount-min": "Lägsta värdet är större än högsta.",
      "outcome-0-effect-mode": "Det troligaste värdet ska ligga mellan lägsta och högsta.",
      "outcome-0-lag": "Värdet ska vara minst 0.",
      "outcome-0-duration": "Värdet ska vara minst 1.",
    });
  });

  it("writes a limit as the field shows it, in the user's language", () => {
    const [rate] = issuesOf({ ...workedExampleScenario, discountRate: 0.25 });
    expect(describeIssue(rate!, "sv")).toEqual({ key: "atMost", values: { max: "20\u00a0%" } });
    expect(describeIssue(rate!, "en")).toEqual({ key: "atMost", values: { max: "20%" } });
    const [participants] = issuesOf({ ...workedExampleScenario, cohorts: [{ startOffset: 0, participants: 0 }] });
    expect(describeIssue(participants!, "sv")).toEqual({ key: "moreThan", values: { min: "0" } });
  });

  it("asks for a whole number where the domain wants one", () => {
    const [lag] = issuesOf({ ...workedExampleScenario, outcomes: [{ ...outcome, lagYears: 1.5 }] });
    expect(lag?.path).toBe("outcomes.0.lagYears");
    expect(describeIssue(lag!, "en")).toEqual({ key: "wholeNumber" });
  });

  it("gives a custom issue without a known rule the general message rather than an English one", () => {
    expect(describeIssue({ path: "costs.0.amount", message: "x", code: "custom" }, "sv")).toEqual({ key: "invalidValue" });
  });
});

describe("locateIssue", () => {
  it.each([
    ["name", "scenario-name"],
    ["cohorts.1.participants", "cohort-1-participants"],
    ["costs.2.amount", "cost-2-amount-value"],
    ["costs.2.payers.region", "cost-2-payers-region"],
    ["outcomes.0.baselineUnitsPerParticipant.max", "outcome-0-baseline-max"],
    ["outcomes.0.unitCostGrowth", "outcome-0-growth"],
    ["outcomes.3.dropOff.sd", "outcome-3-dropOff-sd"],
    ["outcomes.0.payers", "outcome-0-payers"],
    ["cohorts", null],
    ["", null],
  ])("finds %j at the control %j", (path, fieldId) => {
    expect(locateIssue(path).fieldId).toBe(fieldId);
  });
});
