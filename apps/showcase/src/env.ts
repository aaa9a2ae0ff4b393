import { z } from "zod";
import { type ProxyIdentity, proxyIdentity } from "@insats/api/forward";

/**
 * The showcase's configuration, read at request time (never baked in at build, so one build serves every
 * environment). This is the only module of the app that reads `process.env`.
 */
const showcaseEnvSchema = z.object({
  /** The API server; the app reaches data only through it. */
  INSATS_API_URL: z.url().default("http://127.0.0.1:4000"),
  /** The planners' calculator, which "Räkna på en liknande insats" links to. */
  CALCULATOR_URL: z.url().default("http://localhost:3001"),
  /** Where this site is public: canonical, hreflang, Open Graph and sitemap addresses are absolute. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** Who publishes this site (the accessibility statement and the footer name them); unset on a demonstration. */
  SITE_PUBLISHER: z.string().trim().min(1).max(200).optional(),
  /** Where readers write to the publisher, also about accessibility. */
  SITE_CONTACT_EMAIL: z.email().optional(),
  /**
   * Shared with the API (its INSATS_PROXY_SECRET): proves that the client address this server passes on is its
   * own finding, and marks its own cached reads as nobody's. Outside production a development value.
   */
  INSATS_PROXY_SECRET: z.string().min(32).optional(),
  /** Proxies in front of this server that append to X-Forwarded-For (Next.js itself counts as one). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

export type ShowcaseEnv = z.infer<typeof showcaseEnvSchema>;

let parsed: ShowcaseEnv | undefined;

export function showcaseEnv(): ShowcaseEnv {
  parsed ??= showcaseEnvSchema.parse({
    INSATS_API_URL: process.env.INSATS_API_URL || undefined,
    CALCULATOR_URL: process.env.CALCULATOR_URL || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
    SITE_PUBLISHER: process.env.SITE_PUBLISHER || undefined,
    SITE_CONTACT_EMAIL: process.env.SITE_CONTACT_EMAIL || undefined,
    INSATS_PROXY_SECRET: process.env.INSATS_PROXY_SECRET || undefined,
    TRUST_PROXY_HOPS: process.env.TRUST_PROXY_HOPS || undefined,
    NODE_ENV: process.env.NODE_ENV || undefined,
  });
  return parsed;
}

/** An address without a trailing slash, so that paths can be appended. */
export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/** How this server identifies itself (and, forwarding, its clients) to the API. */
export function showcaseProxyIdentity(): ProxyIdentity {
  const env = showcaseEnv();
  return proxyIdentity({
    secret: env.INSATS_PROXY_SECRET,
    trustedHops: env.TRUST_PROXY_HOPS,
    production: env.NODE_ENV === "production",
  });
}
