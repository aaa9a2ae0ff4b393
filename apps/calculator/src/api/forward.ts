// The browser talks to one origin: /api/auth/* and /api/trpc/* are forwarded to the API server, so better-auth's
// session cookie is first-party. This is a route handler rather than a next.config rewrite because rewrites are
// fixed at build time, and the API's address (INSATS_API_URL) is known only where the app is started.
import { type NextRequest } from "next/server";
import { calculatorEnv } from "@/env";
import { authCookieHeader, organisationCookie, organisationFromCookie } from "@/session/cookies";

/** Hop-by-hop headers and those fetch recomputes; forwarding them would corrupt the message. */
const droppedRequestHeaders = ["host", "connection", "content-length", "accept-encoding", "cookie"];
const droppedResponseHeaders = ["content-encoding", "content-length", "transfer-encoding", "connection"];

export async function forwardToApi(request: NextRequest, apiPrefix: "/auth" | "/trpc"): Promise<Response> {
  const appPrefix = `/api${apiPrefix}`;
  const path = request.nextUrl.pathname.slice(appPrefix.length);
  const target = `${calculatorEnv().INSATS_API_URL}${apiPrefix}${path}${request.nextUrl.search}`;

  const headers = new Headers(request.headers);
  for (const name of droppedRequestHeaders) headers.delete(name);
  const cookies = request.cookies.getAll();
  const cookie = authCookieHeader(cookies);
  if (cookie) headers.set("cookie", cookie);
  // The organisation chooser keeps its choice in a cookie; the API reads it from a header.
  const organisation = organisationFromCookie(request.cookies.get(organisationCookie)?.value);
  if (organisation && !headers.has("x-insats-organisation")) headers.set("x-insats-organisation", organisation);

  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: "manual",
      cache: "no-store",
    });
  } catch {
    return Response.json({ error: { code: "BAD_GATEWAY", message: "The Insats API cannot be reached" } }, { status: 502 });
  }
  const responseHeaders = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!droppedResponseHeaders.includes(name) && name !== "set-cookie") responseHeaders.set(name, value);
  });
  // Headers#forEach joins Set-Cookie lines, which breaks cookies whose expiry holds a comma.
  for (const setCookie of upstream.headers.getSetCookie()) responseHeaders.append("set-cookie", setCookie);
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders });
}
