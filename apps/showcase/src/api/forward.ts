// The browser sees one origin (docs/architecture.md): /api/trpc/* and /api/v1/* are passed on to the API. A route
// handler rather than a next.config rewrite, because rewrites are fixed at build time and the API's address is
// only known when the app starts. The body limit, the client's address and the answer are @insats/api/forward's,
// shared with the calculator.
import "server-only";
import { forwardToApi as forward, publicRequestHeaders, publicResponseHeaders } from "@insats/api/forward";
import { showcaseEnv, showcaseProxyIdentity, withoutTrailingSlash } from "@/env";

/** Procedure names ("initiative.list,news.list") and slugs; never "." or "..", which would climb out. */
const safeSegment = /^(?!\.{1,2}$)[\w.,-]+$/;

/** Passes a request on to `prefix` + the path segments on the API, with its query. */
export async function forwardToApi(
  request: Request,
  prefix: "/trpc" | "/v1",
  segments: readonly string[],
): Promise<Response> {
  if (!segments.every((segment) => safeSegment.test(segment))) {
    return Response.json({ error: { code: "NOT_FOUND", message: "No such API path" } }, { status: 404 });
  }
  const incoming = new URL(request.url);
  const target = `${withoutTrailingSlash(showcaseEnv().INSATS_API_URL)}${prefix}/${segments.join("/")}${incoming.search}`;
  const headers = new Headers();
  for (const name of publicRequestHeaders) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return forward(request, {
    target,
    headers,
    identity: showcaseProxyIdentity(),
    responseHeaders: publicResponseHeaders,
  });
}
