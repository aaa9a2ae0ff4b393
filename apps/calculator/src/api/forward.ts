// The browser talks to one origin: /api/auth/* and /api/trpc/* are forwarded to the API server, so better-auth's
// session cookie is first-party. This is a route handler rather than a next.config rewrite because rewrites are
// fixed at build time, and the API's address (INSATS_API_URL) is known only where the app is started. The body
// limit, the client's address and the answer's headers are @insats/api/forward's, shared with the showcase.
import { type NextRequest } from "next/server";
import { forwardToApi as forward } from "@insats/api/forward";
import { calculatorEnv, calculatorProxyIdentity } from "@/env";
import { authCookieHeader, organisationCookie, organisationFromCookie } from "@/session/cookies";

export async function forwardToApi(request: NextRequest, apiPrefix: "/auth" | "/trpc"): Promise<Response> {
  const appPrefix = `/api${apiPrefix}`;
  const path = request.nextUrl.pathname.slice(appPrefix.length);
  const target = `${calculatorEnv().INSATS_API_URL}${apiPrefix}${path}${request.nextUrl.search}`;

  const headers = new Headers(request.headers);
  headers.delete("cookie");
  const cookie = authCookieHeader(request.cookies.getAll());
  if (cookie) headers.set("cookie", cookie);
  // The organisation chooser keeps its choice in a cookie; the API reads it from a header.
  const organisation = organisationFromCookie(request.cookies.get(organisationCookie)?.value);
  if (organisation && !headers.has("x-insats-organisation")) headers.set("x-insats-organisation", organisation);

  return forward(request, { target, headers, identity: calculatorProxyIdentity() });
}
