// What both apps' end-to-end tests check about security headers and the content security policy.
import { expect, type Page } from "@playwright/test";

/** A page's or an API request's response: only its headers are read. */
interface Answer {
  headers(): Record<string, string>;
}

/** The headers every answer of both apps carries (NODE_ENV=production in the e2e servers, so HSTS too). */
export function expectSecurityHeaders(response: Answer | null) {
  const headers = response?.headers() ?? {};
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
}

/** The page's policy as directive → sources. */
export function policyOf(response: Answer | null): Map<string, string[]> {
  const policy = response?.headers()["content-security-policy"] ?? "";
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/**
 * Collects what the content security policy refused on a page and any error the console reports, from the first
 * script on. Call before the page's first navigation.
 */
export async function watchForPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const list = ((window as unknown as { __violations?: string[] }).__violations ??= []);
      list.push(
        `${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])),
  ];
}

/**
 * A page of another origin on this machine (port 4651, served by Playwright itself; a public address would be
 * stopped by Chromium's private network rules before any header is read) that shows `url` in a frame. Returns
 * whether the frame shows the app's page.
 */
export async function framedByAnotherSite(page: Page, url: string): Promise<boolean> {
  const stranger = "http://127.0.0.1:4651/";
  await page.route(stranger, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>x</title><iframe src="${url}"></iframe>`,
    }),
  );
  await page.goto(stranger);
  await page.waitForLoadState("load");
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame || frame.url() !== url) return false;
  return (await frame.locator("main").count()) > 0;
}
