// Loading what sharing needs for a page: the shares of a scenario (its admins), the organisations one can share
// with, and what other organisations have shared with this one. A refused read is the page's 404, as for scenarios.
import { cache } from "react";
import { notFound } from "next/navigation";
import type { RouterOutputs } from "@insats/api/client";
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";

export type ScenarioShare = RouterOutputs["share"]["list"][number];
export type SharedScenarioItem = RouterOutputs["shared"]["list"][number];
export type PartnerOption = { id: string; name: string };

async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") notFound();
    throw error;
  }
}

export const loadShares = cache(async (scenarioId: string) =>
  orNotFound(async () => (await serverApi()).share.list.query({ scenarioId })),
);

/** Every organisation by Swedish name (some 320: four pages of the open list), the organisation's own left out. */
export const loadPartnerOptions = cache(
  async (locale: string, ownOrganisationId: string): Promise<PartnerOption[]> => {
    const api = await serverApi();
    const options: PartnerOption[] = [];
    let cursor: string | undefined;
    do {
      const page = await api.organisation.list.query({ limit: 100, cursor });
      for (const item of page.items) {
        if (item.id !== ownOrganisationId)
          options.push({ id: item.id, name: locale === "en" ? item.name.en : item.name.sv });
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return options;
  },
);

export const loadSharedWithUs = cache(async () => (await serverApi()).shared.list.query({ limit: 100 }));

export const loadSharedScenario = cache(async (scenarioId: string) =>
  orNotFound(async () => (await serverApi()).shared.scenario.query({ scenarioId })),
);

/** The follow-up of a shared scenario, or null while it is undecided. */
export const loadSharedFollowUp = cache(async (scenarioId: string) => {
  try {
    return await (await serverApi()).shared.followUp.query({ scenarioId });
  } catch (error) {
    if (apiErrorCode(error) === "NOT_FOUND") return null;
    throw error;
  }
});
