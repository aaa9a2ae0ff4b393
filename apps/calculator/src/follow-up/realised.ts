import type { FollowUp } from "./load.ts";

/** Benefits outturn ÷ forecast over the reported years: "so far 85 % of the forecast". Null before any report. */
export function realisedShare(followUp: Pick<FollowUp, "result">): number | null {
  const reported = followUp.result.years.filter((year) => year.reported);
  const forecast = reported.reduce((sum, year) => sum + year.forecast.benefits, 0);
  if (reported.length === 0 || forecast === 0) return null;
  return reported.reduce((sum, year) => sum + year.outturn.benefits, 0) / forecast;
}
