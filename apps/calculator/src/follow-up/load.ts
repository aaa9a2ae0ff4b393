// Loading a scenario's decision and follow-up for a page: a scenario without a decision is null (the page then
// offers to record one); anything else the API refuses is the page's 404, as for scenarios.
import { cache } from "react";
import type { RouterOutputs } from "@insats/api/client";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";

export type FollowUp = RouterOutputs["followUp"]["byScenario"];
export type Fund = RouterOutputs["followUp"]["fund"];

export const loadFollowUp = cache(async (scenarioId: string): Promise<FollowUp | null> => {
  try {
    return await (await serverApi()).followUp.byScenario.query({ scenarioId });
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") return null;
    throw error;
  }
});

export const loadFund = cache(async (): Promise<Fund> =>
  (await serverApi()).followUp.fund.query({ limit: 200 }),
);
