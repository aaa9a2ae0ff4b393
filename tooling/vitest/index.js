// Shared Vitest settings. Every package writes a JSON report to .test-results/ so that the root
// `pnpm test` can sum all suites into one closing line.
import { defineConfig, mergeConfig } from "vitest/config";

const include = ["src/**/*.test.ts", "test/**/*.test.ts"];
const databaseTests = ["src/**/*.db.test.ts", "test/**/*.db.test.ts"];

/**
 * @param {import("vitest/config").UserConfig} [overrides]
 * @param {{ databases?: boolean }} [options] `databases: true` runs every test on PGlite and, when
 *   TEST_DATABASE_URL is set, the `*.db.test.ts` files once more on that PostgreSQL server.
 */
export function defineTestConfig(overrides = {}, options = {}) {
  const postgresUrl = process.env.TEST_DATABASE_URL?.trim();
  const projects = options.databases
    ? [
        // A blank TEST_DATABASE_URL means PGlite to @insats/db's test harness.
        { extends: true, test: { name: "pglite", include, env: { TEST_DATABASE_URL: "" } } },
        ...(postgresUrl
          ? [{ extends: true, test: { name: "postgres", include: databaseTests, env: { TEST_DATABASE_URL: postgresUrl } } }]
          : []),
      ]
    : undefined;
  return mergeConfig(
    defineConfig({
      test: {
        include,
        reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
        // A fresh migrated database per file or test takes seconds; on two cores shared with the end-to-end
        // tests and drills (CI runs them side by side) many times more. Generous limits, not slower tests.
        testTimeout: 120_000,
        hookTimeout: 180_000,
        ...(projects ? { projects } : {}),
      },
    }),
    overrides,
  );
}
