// The only place in @insats/db that reads process.env. Read lazily, so importing the package neither reads nor
// validates anything.
import { z } from "zod";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const postgresUrl = z.preprocess(
  blankToUndefined,
  z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }).optional(),
);

const envSchema = z.object({
  /** Set: PostgreSQL through postgres.js. Unset: embedded PGlite. */
  DATABASE_URL: postgresUrl,
  /**
   * Streaming standbys of DATABASE_URL's server for the public reads, comma-separated postgres:// URLs
   * (read-replicas.ts); unset: the primary serves every read.
   */
  DATABASE_READ_URLS: z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const urls = value
        .split(",")
        .map((url) => url.trim())
        .filter((url) => url !== "");
      return urls.length === 0 ? undefined : urls;
    },
    z
      .array(z.url({ protocol: /^postgres(ql)?$/, error: "must be postgres:// or postgresql:// URLs" }))
      .max(16)
      .optional(),
  ),
  /** PGlite's data directory; default `.data/pglite` in the repository root. */
  PGLITE_DIR: z.preprocess(blankToUndefined, z.string().optional()),
  /** Tests: an admin URL of a PostgreSQL server on which each test file creates and drops its own database. */
  TEST_DATABASE_URL: postgresUrl,
  /** Kolada's v3 API for `pnpm unit-costs:sync`; unset: https://api.kolada.se/v3 (tests use a loopback stand-in). */
  KOLADA_API_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  ),
});

export type DbEnv = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): DbEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment for @insats/db:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
