// The published format of a follow-up: what the showcase and open data (`/v1`) show of a decided scenario once an
// editor has published it on an initiative. Computed from the follow-up's result; it carries the figures and the
// decision, never the planners' notes and sources on reported figures, the scenario's name or the fund's books.
import { z } from "zod";
import type { ScenarioInput } from "../scenario/schema.ts";
import { isoDateSchema } from "../text/date.ts";
import { decisionBodyKindSchema, type Decision, type FollowUpResult } from "./schema.ts";

const money = z.number().describe("SEK in the scenario's price year");
const flow = z.object({ costs: money, benefits: money, net: money });

export const publicFollowUpYearSchema = z.object({
  year: z.int(),
  /** The year has reported figures (an outturn); otherwise its outturn is the re-forecast at the measured pace. */
  reported: z.boolean(),
  forecast: flow,
  outturn: flow,
  /** Units avoided per outcome id (see `outcomes`). */
  unitsAvoided: z.record(
    z.string(),
    z.object({ forecast: z.number(), outturn: z.number(), measured: z.boolean() }),
  ),
});
export type PublicFollowUpYear = z.infer<typeof publicFollowUpYearSchema>;

export const publicFollowUpOutcomeSchema = z.object({
  id: z.string(),
  /** The outcome as the scenario names it ("Hushåll med ekonomiskt bistånd"). */
  label: z.string(),
  /** What one unit is ("hushåll", "timmar"). */
  unit: z.string(),
  /** Measured ÷ forecast units over the years measured; 1 when nothing was measured. */
  realisationRate: z.number(),
  /** The calendar years with a measured figure. */
  yearsMeasured: z.array(z.int()),
});
export type PublicFollowUpOutcome = z.infer<typeof publicFollowUpOutcomeSchema>;

export const publicFollowUpSchema = z.object({
  decision: z.object({
    decidedOn: isoDateSchema,
    body: z.object({ kind: decisionBodyKindSchema, name: z.string() }),
  }),
  startYear: z.int(),
  priceYear: z.int(),
  /** The calendar years with reported figures, in order. */
  yearsReported: z.array(z.int()),
  /**
   * Outturn ÷ forecast benefits over the reported years ("so far 85 % of the forecast"); null before any year is
   * reported or when nothing was forecast for them.
   */
  realisedShare: z.number().nullable(),
  totals: z.object({
    forecastNpv: money,
    /** The net present value with the reported years and the rest re-forecast at the measured pace. */
    outturnNpv: money,
    varianceNpv: money,
  }),
  years: z.array(publicFollowUpYearSchema),
  outcomes: z.array(publicFollowUpOutcomeSchema),
  /** When the editor published it (ISO 8601). */
  publishedAt: z.iso.datetime(),
});
export type PublicFollowUp = z.infer<typeof publicFollowUpSchema>;

/** Outturn ÷ forecast benefits over the reported years; null before any report or with nothing forecast. */
export function realisedShare(result: Pick<FollowUpResult, "years">): number | null {
  let forecast = 0;
  let outturn = 0;
  let reported = 0;
  for (const year of result.years) {
    if (!year.reported) continue;
    reported += 1;
    forecast += year.forecast.benefits;
    outturn += year.outturn.benefits;
  }
  if (reported === 0 || forecast === 0) return null;
  const share = outturn / forecast;
  return Number.isFinite(share) ? share : null;
}

/**
 * The published follow-up of a decision: its figures per year and outcome, the realisation rates and the
 * decision's date and body. `publishedAt` is the publication's time, given by the caller (the domain has no clock).
 */
export function publicFollowUpOf(params: {
  scenario: Pick<ScenarioInput, "startYear" | "priceYear" | "outcomes">;
  result: FollowUpResult;
  decision: Pick<Decision, "decidedOn" | "body">;
  publishedAt: string;
}): PublicFollowUp {
  const { scenario, result, decision } = params;
  const years = result.years.map((year) => ({
    year: year.year,
    reported: year.reported,
    forecast: { ...year.forecast },
    outturn: { ...year.outturn },
    unitsAvoided: Object.fromEntries(
      Object.entries(year.unitsAvoided).map(([id, units]) => [id, { ...units }]),
    ),
  }));
  return {
    decision: { decidedOn: decision.decidedOn, body: { kind: decision.body.kind, name: decision.body.name } },
    startYear: scenario.startYear,
    priceYear: scenario.priceYear,
    yearsReported: years.filter((year) => year.reported).map((year) => year.year),
    realisedShare: realisedShare(result),
    totals: {
      forecastNpv: result.totals.forecast.npv,
      outturnNpv: result.totals.outturn.npv,
      varianceNpv: result.totals.varianceNpv,
    },
    years,
    outcomes: scenario.outcomes.map((outcome) => ({
      id: outcome.id,
      label: outcome.label,
      unit: outcome.unit,
      realisationRate: result.realisationRate[outcome.id] ?? 1,
      yearsMeasured: years.filter((year) => year.unitsAvoided[outcome.id]?.measured).map((year) => year.year),
    })),
    publishedAt: params.publishedAt,
  };
}
