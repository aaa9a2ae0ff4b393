import { availableParallelism } from "node:os";
import { z } from "zod";

const commaList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .transform((value) => value === "true" || value === "1");

/**
 * The API server's configuration. This is the only module of the package that reads `process.env`;
 * `DATABASE_URL` and `PGLITE_DIR` are read by @insats/db.
 */
export const apiEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    HOST: z.string().min(1).default("127.0.0.1"),
    PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
    /** The address browsers use to reach the API's /auth routes (the apps proxy it). */
    AUTH_URL: z.url().optional(),
    /** Signs session cookies. Required in production; development uses a fixed, public value. */
    AUTH_SECRET: z.string().min(32).optional(),
    /** Origins allowed to send cookies and credentials (the two apps). */
    TRUSTED_ORIGINS: commaList.default(["http://localhost:3000", "http://localhost:3001"]),
    /** Generic OpenID Connect provider for municipal single sign-on; enabled when all three are set. */
    OIDC_DISCOVERY_URL: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_PROVIDER_ID: z.string().regex(/^[a-z0-9-]+$/).default("sso"),
    OIDC_SCOPES: commaList.default(["openid", "email", "profile"]),
    /** Trust X-Forwarded-For for client addresses (only behind a load balancer that sets it). */
    TRUST_PROXY: booleanFlag.default(false),
    /** With TRUST_PROXY: how many proxies in front of the API append to X-Forwarded-For (the client is the next). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    /**
     * Shared with the apps: a request carrying it in `x-insats-proxy-secret` comes from an app, and its
     * `x-insats-client-ip` is the browser's address. Required in production; development uses a fixed, public value.
     */
    INSATS_PROXY_SECRET: z.string().min(32).optional(),
    /**
     * Budgets per minute: sign-in attempts per address, failed sign-ins per account, writes per user, open data
     * requests (REST and public tRPC reads) per address.
     */
    RATE_LIMIT_AUTH_PER_MINUTE: z.coerce.number().int().positive().default(20),
    RATE_LIMIT_AUTH_FAILURES_PER_ACCOUNT_PER_MINUTE: z.coerce.number().int().positive().default(10),
    RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(120),
    RATE_LIMIT_OPEN_DATA_PER_MINUTE: z.coerce.number().int().positive().default(1200),
    /**
     * scenario.compute calls per user and minute. The largest allowed computation (20 000 draws of the largest
     * scenario, with sensitivity) takes about a second of one core.
     */
    RATE_LIMIT_COMPUTE_PER_MINUTE: z.coerce.number().int().positive().default(30),
    /** Worker threads for simulations and sensitivity, off the event loop; by default one core is left to it. */
    COMPUTE_WORKERS: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .default(Math.max(1, availableParallelism() - 1)),
    /** A computation still unanswered after this long (queue included) is stopped and answered with 503. */
    COMPUTE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
    /**
     * Where invitations are mailed from: an SMTP server (`smtp://user:password@host:587`, `smtps://…:465`) and the
     * sender. Without SMTP_URL no mail is sent and the admin gets the invitation link to pass on.
     */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "Expected an smtp:// or smtps:// URL" })
      .optional(),
    MAIL_FROM: z.string().min(3).max(200).optional(),
    /** The calculator's public address, which invitation links point to. */
    CALCULATOR_URL: z.url().default("http://localhost:3001"),
    /** Seed demo users in the embedded database (never in production). */
    SEED_DEMO_USERS: booleanFlag.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production" });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "MAIL_FROM is required with SMTP_URL" });
    }
    if (env.NODE_ENV === "production" && !env.INSATS_PROXY_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["INSATS_PROXY_SECRET"],
        message: "INSATS_PROXY_SECRET is required in production (the same value as the apps'), so that sign-in limits see each client's address",
      });
    }
    const oidc = [env.OIDC_DISCOVERY_URL, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_DISCOVERY_URL"],
        message: "Set OIDC_DISCOVERY_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together",
      });
    }
  });

export type ApiEnv = z.infer<typeof apiEnvSchema>;

export function readApiEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  const parsed = apiEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid API configuration:\n${problems}`);
  }
  return parsed.data;
}
