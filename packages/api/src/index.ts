// Server-side entry of @insats/api: the router, its context, auth and the HTTP server.
// Apps import only types and `@insats/api/client`.
export { appRouter, createCaller, type AppRouter } from "./root.ts";
export { createInnerContext, type Context, type InnerContextOptions, type Membership, type SessionUser } from "./context.ts";
export { createAuth, readSession, type Auth } from "./auth/better-auth.ts";
export { demoUsers, seedDemoUsers, type DemoUser } from "./auth/demo-users.ts";
export { roles, roleAtLeast, type Role } from "./auth/roles.ts";
export { readApiEnv, apiEnvSchema, type ApiEnv } from "./env.ts";
export { createApiServer, maxBodyBytes, type ApiServerOptions } from "./server/http.ts";
export { createOpenApiDocument } from "./server/openapi.ts";
export { createRateLimiters, defaultBudgets, unlimited, type RateLimiters, type RateLimitBucket } from "./server/rate-limit.ts";
export { createComputePool, inlineCompute, ComputeUnavailableError, type ComputePool } from "./compute/pool.ts";
