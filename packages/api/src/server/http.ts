import { createHash, timingSafeEqual } from "node:crypto";
import { type Server } from "node:http";
import { createAdaptorServer, type HttpBindings } from "@hono/node-server";
import { trpcServer } from "@hono/trpc-server";
import { type Context as HonoContext, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import { secureHeaders } from "hono/secure-headers";
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { type Database, isDatabaseUnavailable, pingDatabase, type ReadReplicas } from "@insats/db";
import { type Auth, readSession } from "../auth/better-auth.ts";
import { type ComputePool, createComputePool } from "../compute/pool.ts";
import { createInnerContext } from "../context.ts";
import { type ApiEnv } from "../env.ts";
import {
  clientAddressHeader,
  developmentProxySecret,
  forwardedClientAddress,
  maxBatchCalls,
  maxBodyBytes,
  payloadTooLarge,
  proxySecretHeader,
} from "../forward.ts";
import { type Mailer } from "../mail/mailer.ts";
import { appRouter } from "../root.ts";
import { databaseUnavailable, databaseUnavailableMessage, pathOfNul } from "../trpc.ts";
import { createOpenApiDocument } from "./openapi.ts";
import { type RateLimiters, RateLimitedError } from "./rate-limit.ts";

export { maxBodyBytes } from "../forward.ts";

/**
 * How an open data answer may be reused by a browser or a CDN in front of the API: fresh for 15 s, then served
 * stale for up to 45 s more while it is fetched anew. Together they stay within the minute in which a published
 * change reaches the public (the showcase's promise); the ETag lets a cache revalidate with a 304 for the price
 * of the query without the transfer.
 */
export const openDataCacheControl = "public, max-age=15, stale-while-revalidate=45";

export interface ApiServerOptions {
  db: Database;
  databaseKind: string;
  auth: Auth;
  env: ApiEnv;
  rateLimiters: RateLimiters;
  /** The health check's read (the database handle's `ping`, which also checks PGlite's files); a read of `db` by default. */
  ping?: () => Promise<void>;
  /** Sends invitations (`createMailer(env)`); none: admins get the links to pass on. */
  mailer?: Mailer | null;
  /** Streaming standbys for public reads (`DATABASE_READ_URLS`); none: the primary answers them. */
  readReplicas?: ReadReplicas;
  /** Worker threads for computations; by default `COMPUTE_WORKERS` of them, stopped when the server closes. */
  compute?: ComputePool;
}

type ApiHono = { Bindings: HttpBindings };

/**
 * Who sent a request, as far as limits are concerned: an address, or `null` for one of the apps calling on its
 * own behalf (a server-rendered page's cached read serves every visitor, so it is nobody's to count).
 */
type ClientKey = string | null;

const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** Keeps megabytes of query parameters (in a failed query's message) out of the log. */
const maxLoggedCharacters = 2_000;
export function forLog(value: unknown): string {
  const text = value instanceof Error ? `${value.name}: ${value.message}` : String(value);
  return text.length > maxLoggedCharacters
    ? `${text.slice(0, maxLoggedCharacters)}… (${text.length - maxLoggedCharacters} more characters)`
    : text;
}

/**
 * The ETag's digest, computed synchronously: the default (WebCrypto's `subtle.digest`, a job on the thread pool)
 * took about 1.5 ms of CPU per /v1 answer in a profile of the list at 10 connections (20 000 initiatives).
 */
function sha1(body: Uint8Array): ArrayBuffer {
  const digest = createHash("sha1").update(body).digest();
  return digest.buffer.slice(digest.byteOffset, digest.byteOffset + digest.byteLength);
}

/** Constant-time comparison of two secrets of any length (hashed first, so lengths do not leak either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The API's one HTTP server (Hono on Node): tRPC at /trpc, auth at /auth, open data at /v1 (with its OpenAPI
 * document), and /health. Bodies are counted as they arrive and refused past 1 MB; every error answer is JSON
 * without a stack trace.
 */
export function createApiApp(options: ApiServerOptions & { compute: ComputePool }): Hono<ApiHono> {
  const { db, databaseKind, auth, env, rateLimiters, compute } = options;
  const proxySecret =
    env.INSATS_PROXY_SECRET ?? (env.NODE_ENV === "production" ? undefined : developmentProxySecret);

  const clientKey = (c: HonoContext<ApiHono>): ClientKey => {
    const headers = c.req.raw.headers;
    const presented = headers.get(proxySecretHeader);
    if (presented !== null && proxySecret && sameSecret(presented, proxySecret)) {
      // An address is at most 45 characters (IPv6 with an IPv4 tail); the cap keeps rate-limit keys small.
      return headers.get(clientAddressHeader)?.trim().slice(0, 64) || null;
    }
    if (env.TRUST_PROXY) {
      const forwarded = forwardedClientAddress(headers.get("x-forwarded-for"), env.TRUST_PROXY_HOPS);
      if (forwarded) return forwarded;
    }
    return c.env.incoming.socket.remoteAddress ?? "unknown";
  };

  const contextFor = async (
    c: HonoContext<ApiHono>,
    resHeaders: { set(name: string, value: string): void },
  ) => {
    const headers = c.req.raw.headers;
    const organisationHeader = headers.get("x-insats-organisation");
    return createInnerContext({
      db,
      readReplicas: options.readReplicas,
      // Every request reads its session first, so a lost database shows here before any procedure runs.
      session: await readSession(auth, headers).catch((error: unknown) => {
        throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
      }),
      organisationId:
        organisationHeader && /^[0-9a-f-]{36}$/i.test(organisationHeader) ? organisationHeader : null,
      rateLimiters,
      compute,
      clientKey: clientKey(c),
      onRateLimited: (seconds) => resHeaders.set("retry-after", String(seconds)),
      mailer: options.mailer ?? null,
      calculatorUrl: env.CALCULATOR_URL,
    });
  };

  const logUnexpected = ({
    error,
    path,
  }: {
    error: { code: string; cause?: unknown; message: string };
    path?: string;
  }) => {
    if (error.code === "INTERNAL_SERVER_ERROR")
      console.error(`[api] ${forLog(path ?? "?")}:`, forLog(error.cause ?? error.message));
  };

  const tooManyRequests = (c: HonoContext<ApiHono>, error: RateLimitedError) => {
    c.header("retry-after", String(error.retryAfterSeconds));
    return c.json(errorBody("TOO_MANY_REQUESTS", error.message), 429);
  };

  const app = new Hono<ApiHono>();

  app.use(
    secureHeaders({
      xFrameOptions: "DENY",
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginResourcePolicy: "same-site",
      // HSTS belongs to the load balancer that terminates TLS (docs/deployment.md); the API may be plain HTTP.
      strictTransportSecurity: false,
    }),
  );
  app.use(bodyLimit({ maxSize: maxBodyBytes, onError: () => payloadTooLarge() }));

  app.get("/health", async (c) => {
    const database = await (options.ping ?? (() => pingDatabase(db)))().then(
      () => "up",
      () => "down",
    );
    return c.json(
      {
        status: database === "up" ? "ok" : "degraded",
        database,
        databaseKind,
        // Standbys answering their health reads now; public reads go to the primary while this is 0.
        ...(options.readReplicas ? { readReplicas: options.readReplicas.status() } : {}),
      },
      database === "up" ? 200 : 503,
    );
  });

  const trpc = trpcServer({
    router: appRouter,
    endpoint: "/trpc",
    createContext: (options, c) => contextFor(c as HonoContext<ApiHono>, options.resHeaders),
    onError: logUnexpected,
  });
  app.all("/trpc/*", async (c, next) => {
    // One request may batch several calls; a cap keeps one request from holding the process for many.
    const calls = c.req.path.slice("/trpc/".length).split(",").length;
    if (calls > maxBatchCalls) {
      return c.json(
        errorBody("BAD_REQUEST", `A request may batch at most ${maxBatchCalls} calls, not ${calls}`),
        400,
      );
    }
    return trpc(c, next);
  });

  app.all("/auth/*", async (c) => {
    // Only attempts that could guess a password or create accounts spend the auth budget; signing out never does.
    if (c.req.method === "POST" && c.req.path !== "/auth/sign-out") {
      const body = await jsonOf(c.req.raw);
      // PostgreSQL cannot store a NUL character; better-auth would pass it on and fail with a 500.
      const nul = pathOfNul(body);
      if (nul) {
        return c.json(
          {
            error: {
              code: "BAD_REQUEST",
              message: "Text may not contain a NUL character",
              issues: [{ path: nul.join("."), message: "Text may not contain a NUL character" }],
            },
          },
          400,
        );
      }
      const client = clientKey(c);
      const account = c.req.path === "/auth/sign-in/email" ? emailOf(body) : null;
      try {
        await rateLimiters.consume("auth", `addr:${client ?? c.env.incoming.socket.remoteAddress}`);
        if (account) await rateLimiters.ensureAvailable("authFailures", `email:${account}`);
      } catch (error) {
        if (error instanceof RateLimitedError) return tooManyRequests(c, error);
        throw error;
      }
      const response = await auth.handler(c.req.raw);
      // A wrong password for this account: counted against the account, wherever it came from.
      if (account && response.status === 401) await rateLimiters.penalise("authFailures", `email:${account}`);
      return response;
    }
    return auth.handler(c.req.raw);
  });

  // Every successful open data read gets a strong ETag of its body (304 on a matching If-None-Match) and, unless
  // it has its own, the public Cache-Control above. Registered outside the cache header, so a 304 keeps it.
  app.use("/v1/*", etag({ generateDigest: sha1 }));
  app.use("/v1/*", async (c, next) => {
    await next();
    if (
      (c.req.method === "GET" || c.req.method === "HEAD") &&
      c.res.ok &&
      !c.res.headers.has("cache-control")
    ) {
      c.res.headers.set("cache-control", openDataCacheControl);
    }
  });

  let openApiJson: string | undefined;
  app.get("/v1/openapi.json", (c) => {
    openApiJson ??= JSON.stringify(createOpenApiDocument(env));
    return c.body(openApiJson, 200, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "public, max-age=300",
    });
  });

  app.use("/v1/*", cors({ origin: "*" }));
  // Each call spends the caller's open data budget in the procedure (openDataProcedure), as over /trpc.
  app.all("/v1/*", (c) =>
    createOpenApiFetchHandler({
      router: appRouter,
      // The adapter strips `endpoint` from the URL, while the procedures' paths (meta.openapi) include /v1.
      endpoint: "/v1",
      req: new Request(new URL(`/v1${c.req.path}${new URL(c.req.url).search}`, c.req.url), c.req.raw),
      // The adapter runs its Node handler underneath: createContext receives that handler's `res` (whose headers
      // become the answer's), not the `resHeaders` its type declares.
      createContext: (options) =>
        contextFor(c, {
          set: (name, value) =>
            (options as unknown as { res: { setHeader(name: string, value: string): void } }).res.setHeader(
              name,
              value,
            ),
        }),
      onError: logUnexpected,
    }),
  );

  app.notFound((c) => c.json(errorBody("NOT_FOUND", `No route for ${c.req.path}`), 404));

  app.onError((error, c) => {
    if (isDatabaseUnavailable(error)) {
      return c.json(errorBody("SERVICE_UNAVAILABLE", databaseUnavailableMessage), 503);
    }
    console.error("[api] unhandled:", forLog(error));
    return c.json(errorBody("INTERNAL_SERVER_ERROR", "Internal server error"), 500);
  });

  return app;
}

/** A JSON body (already bounded by the body limit), or null; the request's body stays readable for the handler. */
async function jsonOf(request: Request): Promise<unknown> {
  if (!request.headers.get("content-type")?.includes("json")) return null;
  return request
    .clone()
    .json()
    .catch(() => null);
}

/** The lower-cased email of a sign-in's body: the account its per-account budget is counted for. */
function emailOf(body: unknown): string | null {
  const email = (body as { email?: unknown } | null)?.email;
  return typeof email === "string" && email.length <= 320 ? email.trim().toLowerCase() : null;
}

export function createApiServer(options: ApiServerOptions): Server {
  const compute =
    options.compute ??
    createComputePool({ workers: options.env.COMPUTE_WORKERS, timeoutMs: options.env.COMPUTE_TIMEOUT_MS });
  const server = createAdaptorServer({ fetch: createApiApp({ ...options, compute }).fetch }) as Server;
  // A pool the caller handed in is the caller's to stop.
  if (!options.compute) server.on("close", () => void compute.close());
  return server;
}
