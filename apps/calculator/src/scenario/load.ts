// Loading one scenario of the planner's organisation for a page: anything the API does not find (another
// organisation's scenario included) is this app's 404, exactly as the API intends.
import { notFound } from "next/navigation";
import { cache } from "react";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isScenarioId(id: string): boolean {
  return uuidPattern.test(id);
}

export const loadScenario = cache(async (id: string) => {
  if (!isScenarioId(id)) notFound();
  try {
    return await (await serverApi()).scenario.byId.query({ id });
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") notFound();
    throw error;
  }
});

/**
 * The planner's organisation's unit costs from Kolada for the picker. Without them (the API unreachable for that
 * call) the picker offers the library only, so the editor itself still opens.
 */
export const loadLocalUnitCosts = cache(async () => {
  try {
    return await (await serverApi()).unitCost.local.query();
  } catch (error) {
    console.error("unitCost.local failed; the unit-cost picker offers the library only", error);
    return null;
  }
});
