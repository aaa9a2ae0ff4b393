// The calculator server's configuration. This is the only module of the app that reads `process.env`; it is read
// on first use, at request time, so that `next build` needs none of it.
import { z } from "zod";
import { type ProxyIdentity, proxyIdentity } from "@insats/api/forward";

const calculatorEnvSchema = z.object({
  /** The API server (tRPC at /trpc, auth at /auth, open data at /v1). */
  INSATS_API_URL: z.url().default("http://127.0.0.1:4000"),
  /** Debian's Chromium, which renders the PDF report. */
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  /**
   * Where this server reaches its own pages for the PDF report; the request's own origin when unset. Set it when
   * the app runs behind a proxy whose public address the server cannot reach.
   */
  CALCULATOR_INTERNAL_URL: z.url().optional(),
  /**
   * How many PDF reports the shared Chromium prints at once; further exports wait in line. Each print takes a CPU
   * core for about a second, so more than the server's cores only makes every export slower.
   */
  PDF_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /**
   * The API's OpenID Connect provider id (its OIDC_PROVIDER_ID) when single sign-on is configured there; the login
   * page then offers it.
   */
  OIDC_PROVIDER_ID: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /**
   * Shared with the API (its INSATS_PROXY_SECRET): proves that the client address this server passes on is its
   * own finding, so that sign-in limits count each browser, not this server. Outside production a development value.
   */
  INSATS_PROXY_SECRET: z.string().min(32).optional(),
  /** Proxies in front of this server that append to X-Forwarded-For (Next.js itself counts as one). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** The public showcase, where the content workspace opens its previews (its /api/preview). */
  SHOWCASE_URL: z.url().default("http://localhost:3000"),
});

export type CalculatorEnv = z.infer<typeof calculatorEnvSchema>;

let cached: CalculatorEnv | undefined;

export function calculatorEnv(): CalculatorEnv {
  if (cached) return cached;
  const parsed = calculatorEnvSchema.safeParse({
    INSATS_API_URL: process.env.INSATS_API_URL || undefined,
    CHROMIUM_PATH: process.env.CHROMIUM_PATH || undefined,
    CALCULATOR_INTERNAL_URL: process.env.CALCULATOR_INTERNAL_URL || undefined,
    PDF_CONCURRENCY: process.env.PDF_CONCURRENCY || undefined,
    OIDC_PROVIDER_ID: process.env.OIDC_PROVIDER_ID || undefined,
    INSATS_PROXY_SECRET: process.env.INSATS_PROXY_SECRET || undefined,
    TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
    SHOWCASE_URL: process.env.SHOWCASE_URL || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid calculator configuration:\n${problems}`);
  }
  cached = { ...parsed.data, INSATS_API_URL: parsed.data.INSATS_API_URL.replace(/\/+$/, "") };
  return cached;
}

/** How this server identifies itself and its clients to the API. */
export function calculatorProxyIdentity(): ProxyIdentity {
  const env = calculatorEnv();
  return proxyIdentity({
    secret: env.INSATS_PROXY_SECRET,
    trustedHops: env.TRUST_PROXY_HOPS,
    production: env.NODE_ENV === "production",
  });
}
