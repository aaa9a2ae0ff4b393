// What both apps need to pass a browser's request on to the API (their /api/trpc, /api/auth and /api/v1 route
// handlers) and what the API needs to trust them: the body limit, counted as the bytes arrive; the client's
// address, carried in a header that only an app holding the shared secret can set; and the answer passed back
// without hop-by-hop headers. No Node built-ins and nothing of the server, so the apps may import it.

/** Bodies over this size are refused, by the apps and by the API; no procedure takes more. */
export const maxBodyBytes = 1024 * 1024;

/** Calls one HTTP request may batch: the HTTP server answers 400 beyond, and the apps' client never sends more. */
export const maxBatchCalls = 10;

/** The header an app uses to tell the API who its client is; trusted only with the secret beside it. */
export const clientAddressHeader = "x-insats-client-ip";
/** The shared secret (`INSATS_PROXY_SECRET`) that proves a request comes from one of the apps. */
export const proxySecretHeader = "x-insats-proxy-secret";

/**
 * Outside production both sides fall back to this public value, as they do for AUTH_SECRET, so that `pnpm start`
 * passes client addresses along without configuration. Production requires a secret of its own (env.ts of the API).
 */
export const developmentProxySecret = "insats-development-proxy-secret-not-for-production";

export const payloadTooLarge = (): Response =>
  Response.json(
    { error: { code: "PAYLOAD_TOO_LARGE", message: `Bodies are limited to ${maxBodyBytes} bytes` } },
    { status: 413, headers: { connection: "close" } },
  );

/**
 * The client's address from `X-Forwarded-For` behind `trustedHops` proxies that each append the address they saw:
 * the right-most entry that none of our own proxies wrote. The entries to its left are whatever the client sent
 * and prove nothing. Null when there is no such header.
 */
export function forwardedClientAddress(forwardedFor: string | null, trustedHops: number): string | null {
  if (!forwardedFor) return null;
  const hops = forwardedFor
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  return hops[Math.max(0, hops.length - Math.max(1, trustedHops))] ?? null;
}

/**
 * Reads a request body, refusing it as soon as more than `limit` bytes have arrived (a declared Content-Length
 * over the limit before reading anything), so that a chunked body of any size costs at most `limit` of memory.
 */
export async function readLimitedBody(
  request: Request,
  limit = maxBodyBytes,
): Promise<Uint8Array | "too-large"> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return "too-large";
  if (!request.body) return new Uint8Array(0);
  const reader: ReadableStreamDefaultReader<Uint8Array> = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return "too-large";
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** How an app identifies itself and its client to the API. */
export interface ProxyIdentity {
  /** INSATS_PROXY_SECRET, shared with the API; without it the API sees the app's own address for every user. */
  secret: string | undefined;
  /** Proxies in front of the app that append to X-Forwarded-For (Next.js itself counts as one when none does). */
  trustedHops: number;
}

/** An app's identity from its configuration; outside production a missing secret is the development one. */
export function proxyIdentity(config: {
  secret: string | undefined;
  trustedHops: number;
  production: boolean;
}): ProxyIdentity {
  return {
    secret: config.secret ?? (config.production ? undefined : developmentProxySecret),
    trustedHops: config.trustedHops,
  };
}

/**
 * The headers that tell the API who the client is. `incoming` is the browser's request to the app; without it the
 * call is the app's own (a server-rendered page's cached read), which the API does not count against any visitor.
 */
export function proxyHeaders(identity: ProxyIdentity, incoming?: Headers): Record<string, string> {
  if (!identity.secret) return {};
  const address = incoming
    ? forwardedClientAddress(incoming.get("x-forwarded-for"), identity.trustedHops)
    : null;
  return { [proxySecretHeader]: identity.secret, ...(address ? { [clientAddressHeader]: address } : {}) };
}

/** Hop-by-hop headers and those fetch recomputes; passing them on would corrupt the message. */
const hopByHopRequestHeaders = [
  "host",
  "connection",
  "content-length",
  "accept-encoding",
  "transfer-encoding",
];
/** Not content-encoding or content-length: fetch has already decoded the body. */
const hopByHopResponseHeaders = ["content-encoding", "content-length", "transfer-encoding", "connection"];

/**
 * What the showcase passes on of a visitor's request to the API, and of the answer back: content negotiation,
 * and the HTTP caching of open data (If-None-Match in, ETag and Cache-Control out, so a browser or CDN in front of
 * the showcase revalidates with a 304 as it would against the API).
 */
export const publicRequestHeaders = [
  "accept",
  "accept-language",
  "content-type",
  "user-agent",
  "if-none-match",
] as const;
export const publicResponseHeaders = [
  "content-type",
  "cache-control",
  "retry-after",
  "etag",
  "last-modified",
  "access-control-allow-origin",
] as const;

export interface ForwardOptions {
  /** The API address the request goes to, with path and query. */
  target: string;
  /** The headers the app passes on (hop-by-hop ones and any client-sent proxy headers are dropped here). */
  headers: Headers;
  identity: ProxyIdentity;
  /** The answer's headers passed back; every one but the hop-by-hop headers when absent. */
  responseHeaders?: readonly string[];
}

/**
 * Passes `request` on to the API and its answer back: 413 (and the rest of the body left unread) once the body
 * exceeds 1 MB, 503 when the API cannot be reached.
 */
export async function forwardToApi(request: Request, options: ForwardOptions): Promise<Response> {
  const headers = new Headers(options.headers);
  for (const name of [...hopByHopRequestHeaders, "x-forwarded-for", clientAddressHeader, proxySecretHeader]) {
    headers.delete(name);
  }
  for (const [name, value] of Object.entries(proxyHeaders(options.identity, request.headers)))
    headers.set(name, value);

  let body: Uint8Array | undefined;
  if (request.method !== "GET" && request.method !== "HEAD") {
    const read = await readLimitedBody(request);
    if (read === "too-large") return payloadTooLarge();
    body = read;
  }
  let upstream: Response;
  try {
    upstream = await fetch(options.target, {
      method: request.method,
      headers,
      body,
      redirect: "manual",
      // Next.js reads this (never cache an API answer); Node's own RequestInit type does not declare it.
      cache: "no-store",
    } as RequestInit);
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
  const responseHeaders = new Headers();
  const passed = options.responseHeaders;
  upstream.headers.forEach((value, name) => {
    if (name === "set-cookie") return;
    if (passed ? passed.includes(name) : !hopByHopResponseHeaders.includes(name))
      responseHeaders.set(name, value);
  });
  // Headers#forEach joins Set-Cookie lines, which breaks cookies whose expiry holds a comma.
  if (!passed || passed.includes("set-cookie")) {
    for (const setCookie of upstream.headers.getSetCookie()) responseHeaders.append("set-cookie", setCookie);
  }
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
