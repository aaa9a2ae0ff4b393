// The calculator server's configuration. This is the only module of the app that reads `process.env`; it is read
// on first use, at request time, so that `next build` needs none of it.
import { z } from "zod";

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
   * The API's OpenID Connect provider id (its OIDC_PROVIDER_ID) when single sign-on is configured there; the login
   * page then offers it.
   */
  OIDC_PROVIDER_ID: z.string().regex(/^[a-z0-9-]+$/).optional(),
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
    OIDC_PROVIDER_ID: process.env.OIDC_PROVIDER_ID || undefined,
    SHOWCASE_URL: process.env.SHOWCASE_URL || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid calculator configuration:\n${problems}`);
  }
  cached = { ...parsed.data, INSATS_API_URL: parsed.data.INSATS_API_URL.replace(/\/+$/, "") };
  return cached;
}
