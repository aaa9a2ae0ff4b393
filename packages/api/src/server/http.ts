import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { toNodeHandler } from "better-auth/node";
import { createOpenApiHttpHandler } from "trpc-to-openapi";
import {
  createShowcaseCaches,
  type Database,
  isDatabaseUnavailable,
  pingDatabase,
  type ShowcaseCaches,
} from "@insats/db";
import { type Auth, readSession } from "../auth/better-auth.ts";
import { type ComputePool, createComputePool } from "../compute/pool.ts";
import { createInnerContext } from "../context.ts";
import { type ApiEnv } from "../env.ts";
import { type Mailer } from "../mail/mailer.ts";
import { appRouter } from "../root.ts";
import { databaseUnavailable, databaseUnavailableMessage } from "../trpc.ts";
import { createOpenApiDocument } from "./openapi.ts";
import { type RateLimiters, RateLimitedError } from "./rate-limit.ts";

/** Bodies over this size are refused before they are read; no procedure takes more. */
export const maxBodyBytes = 1024 * 1024;

export interface ApiServerOptions {
  db: Database;
  databaseKind: string;
  auth: Auth;
  env: ApiEnv;
  rateLimiters: RateLimiters;
  /** Search matches and facet counts for this process; by default sized by `SEARCH_CACHE_IDS`. */
  showcaseCaches?: ShowcaseCaches;
  /** Sends invitations (`createMailer(env)`); none: admins get the links to pass on. */
  mailer?: Mailer | null;
  /** Worker threads for computations; by default `COMPUTE_WORKERS` of them, stopped when the server closes. */
  compute?: ComputePool;
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}) {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...extraHeaders });
  res.end(JSON.stringify(body));
}

const securityHeaders: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-site",
};

/**
 * The API's one HTTP server: tRPC at /trpc, auth at /auth, open data at /v1 (with its OpenAPI document),
 * and /health. Every error answer is JSON without a stack trace.
 */
export function createApiServer(options: ApiServerOptions): Server {
  const { db, databaseKind, auth, env, rateLimiters } = options;
  const compute =
    options.compute ?? createComputePool({ workers: env.COMPUTE_WORKERS, timeoutMs: env.COMPUTE_TIMEOUT_MS });
  const cacheOff = env.SEARCH_CACHE_IDS === 0;
  const showcaseCaches =
    options.showcaseCaches ??
    createShowcaseCaches({ searchMatches: env.SEARCH_CACHE_IDS, ...(cacheOff ? { facetCounts: 0 } : {}) });

  const clientAddress = (req: IncomingMessage): string => {
    if (env.TRUST_PROXY) {
      const forwarded = req.headers["x-forwarded-for"];
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
      if (first) return first;
    }
    return req.socket.remoteAddress ?? "unknown";
  };

  const contextFor = async (req: IncomingMessage, res: ServerResponse) => {
    const headers = headersOf(req);
    const organisationHeader = headers.get("x-insats-organisation");
    return createInnerContext({
      db,
      showcaseCaches,
      // Every request reads its session first, so a lost database shows here before any procedure runs.
      session: await readSession(auth, headers).catch((error: unknown) => {
        throw isDatabaseUnavailable(error) ? databaseUnavailable(error) : error;
      }),
      organisationId: organisationHeader && /^[0-9a-f-]{36}$/i.test(organisationHeader) ? organisationHeader : null,
      rateLimiters,
      compute,
      clientKey: clientAddress(req),
      onRateLimited: (seconds) => res.setHeader("retry-after", String(seconds)),
      mailer: options.mailer ?? null,
      calculatorUrl: env.CALCULATOR_URL,
    });
  };

  const logUnexpected = ({ error, path }: { error: { code: string; cause?: unknown; message: string }; path?: string }) => {
    if (error.code === "INTERNAL_SERVER_ERROR") {
      console.error(`[api] ${path ?? "?"}:`, error.cause ?? error.message);
    }
  };

  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: maxBodyBytes,
    createContext: ({ req, res }) => contextFor(req, res),
    onError: logUnexpected,
  });

  // The open data adapter hands createContext a fetch Request, not the Node request; the response object is
  // the same, so it leads back to the request (and the client's address).
  const requestOf = new WeakMap<ServerResponse, IncomingMessage>();
  const openApiHandler = createOpenApiHttpHandler({
    router: appRouter,
    createContext: ({ res }) => contextFor(requestOf.get(res)!, res),
    maxBodySize: maxBodyBytes,
    onError: logUnexpected,
  });

  const authHandler = toNodeHandler(auth);
  let openApiJson: string | undefined;

  const limit = async (bucket: "auth" | "openData", req: IncomingMessage, res: ServerResponse) => {
    try {
      await rateLimiters.consume(bucket, `addr:${clientAddress(req)}`);
      return true;
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      sendJson(res, 429, { error: { code: "TOO_MANY_REQUESTS", message: error.message } }, {
        "retry-after": String(error.retryAfterSeconds),
      });
      return false;
    }
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;

    const declaredLength = Number(req.headers["content-length"] ?? 0);
    if (declaredLength > maxBodyBytes) {
      res.setHeader("connection", "close");
      return sendJson(res, 413, { error: { code: "PAYLOAD_TOO_LARGE", message: `Bodies are limited to ${maxBodyBytes} bytes` } });
    }

    if (path === "/health") {
      const database = await pingDatabase(db).then(
        () => "up",
        () => "down",
      );
      return sendJson(res, database === "up" ? 200 : 503, {
        status: database === "up" ? "ok" : "degraded",
        database,
        databaseKind,
        // For monitoring: a low share served from memory with the caches full means SEARCH_CACHE_IDS is too small.
        caches: {
          searchMatches: showcaseCaches.searchMatches.stats(),
          facetCounts: showcaseCaches.facetCounts.stats(),
        },
      });
    }
    if (path.startsWith("/trpc/")) return trpcHandler(req, res);
    if (path === "/auth" || path.startsWith("/auth/")) {
      // Only attempts that could guess a password or create accounts spend the auth budget.
      if (req.method === "POST" && !(await limit("auth", req, res))) return;
      return authHandler(req, res);
    }
    if (path === "/v1/openapi.json") {
      openApiJson ??= JSON.stringify(createOpenApiDocument(env));
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=300" });
      return res.end(openApiJson);
    }
    if (path.startsWith("/v1/")) {
      if (!(await limit("openData", req, res))) return;
      res.setHeader("access-control-allow-origin", "*");
      requestOf.set(res, req);
      return openApiHandler(req, res);
    }
    return sendJson(res, 404, { error: { code: "NOT_FOUND", message: `No route for ${path}` } });
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) {
        return sendJson(res, 503, { error: { code: "SERVICE_UNAVAILABLE", message: databaseUnavailableMessage } });
      }
      console.error("[api] unhandled:", error);
      sendJson(res, 500, { error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    });
  });
  // A pool the caller handed in is the caller's to stop.
  if (!options.compute) server.on("close", () => void compute.close());
  return server;
}
