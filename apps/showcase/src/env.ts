import { z } from "zod";

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
  });
  return parsed;
}

/** An address without a trailing slash, so that paths can be appended. */
export function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
