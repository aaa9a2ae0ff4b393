// The browser sees one origin (ARCHITECTURE.md): /api/trpc/* and /api/v1/* are passed on to the API. A route
// handler rather than a next.config rewrite, because rewrites are fixed at build time and the API's address is
// only known when the app starts.
import "server-only";
import { showcaseEnv, withoutTrailingSlash } from "@/env";

const requestHeaders = ["accept", "accept-language", "content-type", "x-forwarded-for", "user-agent"];
// Not content-encoding or content-length: fetch has already decoded the body.
const responseHeaders = [
  "content-type",
  "cache-control",
  "retry-after",
  "etag",
  "last-modified",
  "access-control-allow-origin",
];

function pick(from: Headers, names: readonly string[]): Headers {
  const headers = new Headers();
  for (const name of names) {
    const value = from.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

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
  const apiPath = `${prefix}/${segments.join("/")}`;
  const incoming = new URL(request.url);
  const target = `${withoutTrailingSlash(showcaseEnv().INSATS_API_URL)}${apiPath}${incoming.search}`;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  try {
    const response = await fetch(target, {
      method: request.method,
      headers: pick(request.headers, requestHeaders),
      body: hasBody ? await request.arrayBuffer() : undefined,
      cache: "no-store",
      redirect: "manual",
    });
    return new Response(response.body, {
      status: response.status,
      headers: pick(response.headers, responseHeaders),
    });
  } catch {
    return Response.json(
      {
        error: {
          code: "SERVICE_UNAVAILABLE",
          message: "The API cannot be reached just now; try again shortly.",
        },
      },
      { status: 503, headers: { "retry-after": "30" } },
    );
  }
}
