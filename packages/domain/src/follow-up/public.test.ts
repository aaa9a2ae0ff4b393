import { describe, expect, it } from "vitest";
import { followUp } from "./follow-up.ts";
import { publicFollowUpOf, publicFollowUpSchema, realisedShare } from "./public.ts";
import { scenarioInputSchema } from "../scenario/schema.ts";
import { workedExampleFollowUp } from "./worked-example.ts";

const scenario = scenarioInputSchema.parse(workedExampleFollowUp.scenario);
const result = followUp(workedExampleFollowUp);
const decision = { decidedOn: "2026-03-12", body: { kind: "fundBoard" as const, name: "Fondens styrelse" } };

describe("publicFollowUpOf", () => {
  const published = publicFollowUpOf({ scenario, result, decision, publishedAt: "2026-11-02T10:00:00.000Z" });

  it("is valid in its published format", () => {
    expect(publicFollowUpSchema.parse(published)).toEqual(published);
  });

  it("carries the reported years, the realisation rate per outcome and the decision", () => {
    expect(published.yearsReported).toEqual([scenario.startYear, scenario.startYear + 1]);
    expect(published.outcomes).toEqual([
      {
        id: "welfare",
        label: "Households leaving social assistance",
        unit: "household-year",
        realisationRate: result.realisationRate.welfare,
        yearsMeasured: [scenario.startYear, scenario.startYear + 1],
      },
    ]);
    expect(published.decision).toEqual(decision);
    expect(published.totals.varianceNpv).toBeCloseTo(477.55, 2);
    expect(published.years).toHaveLength(scenario.horizonYears);
  });

  it("leaves out the scenario's name and the fund's books", () => {
    const text = JSON.stringify(published);
    expect(text).not.toContain(scenario.name);
    expect(Object.keys(published)).not.toContain("fund");
    expect(Object.keys(published.years[1] ?? {})).not.toContain("fund");
  });
});

describe("realisedShare", () => {
  it("is outturn ÷ forecast benefits over the reported years", () => {
    const reported = result.years.filter((year) => year.reported);
    const forecast = reported.reduce((sum, year) => sum + year.forecast.benefits, 0);
    const outturn = reported.reduce((sum, year) => sum + year.outturn.benefits, 0);
    expect(realisedShare(result)).toBeCloseTo(outturn / forecast, 12);
    expect(realisedShare(result)).not.toBe(1);
  });

  it("is null before any year is reported", () => {
    expect(realisedShare(followUp({ ...workedExampleFollowUp, actuals: [] }))).toBeNull();
  });
});
