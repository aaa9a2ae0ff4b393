// The API as the calculator's server components and actions see it: the planner's own session cookie and chosen
// organisation go along, so the API authorises every call exactly as it would the browser's.
import { cookies } from "next/headers";
import { createApiClient } from "@insats/api/client";
import { calculatorEnv } from "@/env";
import { authCookieHeader, organisationCookie, organisationFromCookie } from "@/session/cookies";

export type ApiClient = ReturnType<typeof createApiClient>;

export async function serverApi(): Promise<ApiClient> {
  const store = await cookies();
  const cookie = authCookieHeader(store.getAll());
  const organisation = organisationFromCookie(store.get(organisationCookie)?.value);
  return createApiClient({
    url: `${calculatorEnv().INSATS_API_URL}/trpc`,
    headers: () => ({
      ...(cookie ? { cookie } : {}),
      ...(organisation ? { "x-insats-organisation": organisation } : {}),
    }),
  });
}
