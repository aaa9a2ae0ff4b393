// End-to-end tests in Debian's Chromium against the built apps and a running API on a fresh embedded
// database. Ports differ from `pnpm start`'s so that a running product does not get in the way.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT_OFFSET moves all three (for several checkouts testing on one machine at once).
const portOffset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const ports = { api: 4010 + portOffset, showcase: 3010 + portOffset, calculator: 3011 + portOffset } as const;
const apiUrl = `http://127.0.0.1:${ports.api}`;
const root = join(import.meta.dirname, "..");
/** Shared by the API and the apps, as in a deployment: the apps vouch for each browser's address with it. */
const proxySecret = "e2e-proxy-secret-not-for-production-0123456789";
const pgliteDir = process.env.E2E_PGLITE_DIR ?? join(mkdtempSync(join(tmpdir(), "insats-e2e-")), "pglite");

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  },
};

/** A web server for an app, if the app exists in this checkout. */
function app(name: "showcase" | "calculator") {
  return {
    // No --hostname 127.0.0.1: Next 16 then treats its own proxy (middleware) rewrites as external and loops
    // with 307s on every default-locale page (vercel/next.js#94745). Bound to all interfaces it resolves them
    // internally, and 127.0.0.1 still reaches it.
    // Each run starts on a fresh database, so Next's data cache of an earlier run (kept on disk) must not answer.
    command: `rm -rf apps/${name}/.next/cache/fetch-cache && exec pnpm --filter @insats/${name} exec next start --port ${ports[name]}`,
    cwd: root,
    url: `http://127.0.0.1:${ports[name]}`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The calculator's content workspace opens its previews on the showcase under test.
    env: {
      INSATS_API_URL: apiUrl,
      NODE_ENV: "production",
      INSATS_PROXY_SECRET: proxySecret,
      SHOWCASE_URL: `http://127.0.0.1:${ports.showcase}`,
    },
  };
}

export default defineConfig({
  testDir: "e2e",
  outputDir: ".test-results/artifacts",
  // One worker by default: the API and both apps share the machine's cores with the browser. Every test makes the
  // data it needs (e2e/calculator/fixtures.ts, e2e/content/examples.ts), and files whose tests are independent say
  // so with `test.describe.configure({ mode: "parallel" })`, so `--workers 2` runs their tests at once.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: { trace: "retain-on-failure" },
  webServer: [
    {
      // Kolada's unit costs first, synced from a loopback stand-in into the fresh directory (e2e/seed-kolada.ts).
      command: "pnpm --filter @insats/test exec tsx e2e/seed-kolada.ts && pnpm --filter @insats/api start",
      cwd: root,
      url: `${apiUrl}/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(ports.api),
        PGLITE_DIR: pgliteDir,
        NODE_ENV: "test",
        SEED_DEMO_USERS: "true",
        // Invitation links point to the calculator under test (no SMTP_URL: the admin gets the link).
        CALCULATOR_URL: `http://127.0.0.1:${ports.calculator}`,
        INSATS_PROXY_SECRET: proxySecret,
      },
    },
    ...(["showcase", "calculator"] as const)
      .filter((name) => existsSync(join(root, "apps", name, "package.json")))
      .map(app),
  ],
  projects: [
    { name: "api", testMatch: "api/**/*.spec.ts", use: { ...chromium, baseURL: apiUrl } },
    { name: "showcase", testMatch: "showcase/**/*.spec.ts", use: { ...chromium, baseURL: `http://127.0.0.1:${ports.showcase}` } },
    { name: "calculator", testMatch: "calculator/**/*.spec.ts", use: { ...chromium, baseURL: `http://127.0.0.1:${ports.calculator}` } },
    // The editors' workspace in the calculator and what reaches the showcase.
    { name: "content", testMatch: /e2e\/content\/.+\.spec\.ts$/, use: { ...chromium, baseURL: `http://127.0.0.1:${ports.calculator}` } },
  ],
});
