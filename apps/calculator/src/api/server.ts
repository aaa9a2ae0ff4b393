// The API as the calculator's server components and actions see it: the planner's own session cookie and chosen
// organisation go along, so the API authorises every call exactly as it would the browser's.
import { cookies, headers as requestHeaders } from "next/headers";
import { createApiClient } from "@insats/api/client";
import { proxyHeaders } from "@insats/api/forward";
import { calculatorEnv, calculatorProxyIdentity } from "@/env";
import { authCookieHeader, organisationCookie, organisationFromCookie } from "@/session/cookies";

export type ApiClient = ReturnType<typeof createApiClient>;

export async function serverApi(): Promise<ApiClient> {
  const store = await cookies();
  const cookie = authCookieHeader(store.getAll());
  const organisation = organisationFromCookie(store.get(organisationCookie)?.value);
  // The planner's address, so that the API counts this server's calls against the planner, not the server.
  const client = proxyHeaders(calculatorProxyIdentity(), await requestHeaders());
  return createApiClient({
    url: `${calculatorEnv().INSATS_API_URL}/trpc`,
    headers: () => ({
      ...client,
      ...(cookie ? { cookie } : {}),
      ...(organisation ? { "x-insats-organisation": organisation } : {}),
    }),
  });
}
