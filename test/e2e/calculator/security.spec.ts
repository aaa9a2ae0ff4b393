// The calculator's edge: where login may lead, its security headers and content security policy, and that a
// page under that policy still works (hydration, the simulation's Web Worker), and long names.
import { expect, test, type Page } from "@playwright/test";
import {
  expectSecurityHeaders,
  framedByAnotherSite,
  policyOf,
  watchForPolicyViolations,
} from "../security-headers.ts";
import { createFromShowcaseLink, demoPassword, norrkopingPlanner, signIn } from "./session";

const stranger = "127.0.0.1:8999";

/** Signs in on the login page the browser shows. */
async function signInHere(page: Page, locale: "sv" | "en" = "sv") {
  await page.getByLabel(locale === "sv" ? "E-postadress" : "Email address").fill(norrkopingPlanner);
  await page.getByLabel(locale === "sv" ? "Lösenord" : "Password").fill(demoPassword);
  await page.getByRole("button", { name: locale === "sv" ? "Logga in" : "Sign in", exact: true }).click();
}

for (const returnTo of [
  "%2F%09%2F127.0.0.1:8999%2Fpwned",
  "%2F%0A%2F127.0.0.1:8999%2Fpwned",
  "%2F%0D%0A%2F127.0.0.1:8999%2Fpwned",
  "%2F%5C127.0.0.1:8999%2Fpwned",
  "%2F.%2F%2F127.0.0.1:8999%2Fpwned",
  "http:%2F%2F127.0.0.1:8999%2Fpwned",
]) {
  test(`after login with returnTo=${returnTo} the planner stays on the calculator`, async ({
    page,
    baseURL,
  }) => {
    const hosts = new Set<string>();
    page.on("request", (request) => hosts.add(new URL(request.url()).host));
    await page.goto(`/login?returnTo=${returnTo}`);
    await signInHere(page);
    await expect(page.getByRole("heading", { level: 1, name: "Kalkyler" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect([...hosts]).not.toContain(stranger);
  });
}

test("choosing an organisation with a returnTo of another origin stays on the calculator", async ({
  page,
  baseURL,
}) => {
  const hosts = new Set<string>();
  page.on("request", (request) => hosts.add(new URL(request.url()).host));
  await signIn(page, norrkopingPlanner);
  await page.goto("/organisation?returnTo=%2F%09%2F127.0.0.1:8999%2Fpwned");
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalkyler" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect([...hosts]).not.toContain(stranger);
});

test("a planner sent from the showcase's English page is told which example they will calculate on, in English", async ({
  page,
}) => {
  await page.goto(
    "/en/scenarios/new?template=social-assistance&initiative=servicetrainee&effectLow=0.44&effectHigh=0.54",
  );
  await expect(page).toHaveURL(/\/en\/login\?returnTo=/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("login-initiative")).toHaveText(
    "You are about to calculate on an initiative like “Servicetrainee in Norrköping”. Sign in and the calculator opens with it.",
  );
  await signInHere(page, "en");
  await expect(page).toHaveURL(/\/en\/scenarios\/new\?.*initiative=servicetrainee/);
  await expect(page.getByRole("heading", { level: 1, name: "New scenario" })).toBeVisible();
});

test("the Swedish login page names the example too, and an unknown one not at all", async ({ page }) => {
  await page.goto("/scenarios/new?template=social-assistance&initiative=servicetrainee");
  await expect(page.getByTestId("login-initiative")).toContainText("”Servicetrainee i Norrköping”");
  await page.goto("/scenarios/new?template=social-assistance&initiative=finns-inte");
  await expect(page.getByRole("heading", { level: 1, name: "Logga in" })).toBeVisible();
  await expect(page.getByTestId("login-initiative")).toHaveCount(0);
});

test("pages carry the security headers and a content security policy with a nonce of their own", async ({
  page,
  request,
}) => {
  const first = await page.goto("/login");
  expectSecurityHeaders(first);
  const policy = policyOf(first);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  const scriptSources = policy.get("script-src") ?? [];
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  const nonce = scriptSources.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  // Next put the nonce on the scripts it rendered.
  const scripts = await page
    .locator("script")
    .evaluateAll((elements) => elements.map((element) => element.nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));

  const second = policyOf(await page.goto("/login")).get("script-src") ?? [];
  expect(second.find((source) => source.startsWith("'nonce-"))).not.toBe(`'nonce-${nonce}'`);

  // The API proxy and the exports: the same headers (no page, so no policy).
  expectSecurityHeaders(await request.get("/api/auth/get-session"));
  expectSecurityHeaders(await request.get("/api/trpc/me.get"));
});

test("another site cannot show the calculator in a frame", async ({ page, baseURL }) => {
  expect(await framedByAnotherSite(page, `${baseURL}/login`)).toBe(false);
});

test("under the policy the editor hydrates, the simulation's worker runs and nothing is refused", async ({
  page,
}) => {
  const problems = await watchForPolicyViolations(page);
  await signIn(page, norrkopingPlanner);
  const editor = await createFromShowcaseLink(page, "Säkerhetshuvuden");
  await page.goto(editor);
  // The probability comes from the Web Worker's simulation.
  await expect(page.getByTestId("probability-positive")).not.toHaveText("…");
  const before = await page.getByTestId("npv").textContent();
  await page.locator("#cohort-0-participants").fill("75");
  await expect(page.getByTestId("npv")).not.toHaveText(before ?? "");
  await page.goto("/");
  await page.goto("/compare");
  const missing = await page.goto("/finns-inte");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  expect((await problems()).filter((problem) => !problem.includes("404 (Not Found)"))).toEqual([]);
});

test("an unbroken 100-character name does not widen the page at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, norrkopingPlanner);
  const name = "Långtnamnutanmellanslag".repeat(4);
  const editor = await createFromShowcaseLink(page, name);
  for (const path of [editor, "/"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
