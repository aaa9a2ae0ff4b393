import { workedExampleScenario } from "../scenario/worked-example.ts";
import type { FollowUpInputJson } from "./schema.ts";

/** The follow-up worked example of the calculation contract: two reported years and a fund rule. */
export const workedExampleFollowUp: FollowUpInputJson = {
  version: 1,
  scenario: workedExampleScenario,
  actuals: [
    { offset: 0, costs: { employment: 4_100_000, coordination: 430_000 }, unitsAvoided: { welfare: 12 } },
    { offset: 1, costs: { employment: 4_600_000 }, unitsAvoided: { welfare: 30 } },
  ],
  fund: { grant: 5_000_000, repaymentShare: 0.5, payers: ["municipality"], fromOffset: 1 },
};
