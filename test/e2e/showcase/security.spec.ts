// The showcase's edge: security headers and content security policy on pages, the API proxy and the open data;
// pages still work under the policy; malformed addresses are 404; an editor's text cannot widen or turn a page.
import { expect, test } from "@playwright/test";
import { ports } from "../../playwright.config.ts";
import {
  expectSecurityHeaders,
  framedByAnotherSite,
  policyOf,
  watchForPolicyViolations,
} from "../security-headers.ts";
import { pagesByLocale } from "./seeded.ts";

const sv = pagesByLocale.sv;

test("pages, the API proxy and the open data carry the security headers; pages a policy that forbids framing", async ({
  page,
  request,
}) => {
  for (const path of [sv.home, sv.initiatives, sv.initiative("servicetrainee"), pagesByLocale.en.news]) {
    const response = await page.goto(path);
    expectSecurityHeaders(response);
    const policy = policyOf(response);
    expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(policy.get("default-src"), path).toEqual(["'self'"]);
    expect(policy.get("object-src"), path).toEqual(["'none'"]);
    expect(policy.get("script-src"), path).not.toContain("'unsafe-eval'");
  }
  for (const path of ["/api/v1/initiatives", "/data/initiatives.csv", "/sitemap.xml"]) {
    expectSecurityHeaders(await request.get(path));
  }
});

test("another site cannot show the showcase in a frame", async ({ page, baseURL }) => {
  expect(await framedByAnotherSite(page, `${baseURL}${sv.initiatives}`)).toBe(false);
});

test("under the policy the pages hydrate and nothing is refused", async ({ page }) => {
  const problems = await watchForPolicyViolations(page);
  await page.goto(sv.home);
  await page.goto(sv.initiatives);
  // Choosing in a list applies without a reload only when the page has hydrated.
  await page.getByLabel("Län", { exact: true }).selectOption({ label: "Gävleborgs län (3)" });
  await expect(page.getByRole("status")).toHaveText("3 insatser");
  await page.goto(sv.initiative("servicetrainee"));
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Servicetrainee in Norrköping");
  await page.goto(sv.newsItem("pulssmart-projekt"));
  await page.goto(sv.openData);
  expect(await problems()).toEqual([]);
});

for (const path of [
  "/insatser/ABC",
  "/insatser/a_b",
  `/insatser/${"a".repeat(150)}`,
  "/en/initiatives/Servicetrainee",
  "/pa-gang/ABC",
  "/pa-gang/a_b",
  `/en/news/${"b".repeat(150)}`,
]) {
  test(`a slug no page can have is 404: ${path.slice(0, 40)}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      path.startsWith("/en") ? "Page not found" : "Sidan finns inte",
    );
  });
}

test("on a phone the filters start folded so that results are on the first screen, and open with the keyboard", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(sv.initiatives);
  const toggle = page.getByRole("button", { name: "Visa sök och filter" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("search")).toBeHidden();
  await expect(page.getByRole("list", { name: "Sökresultat" }).getByRole("link").first()).toBeInViewport();

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Dölj sök och filter" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(page.getByRole("searchbox", { name: "Sökord" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("searchbox", { name: "Sökord" })).toBeFocused();

  // Wide screens show the form beside the results, with no button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(sv.initiatives);
  await expect(page.getByRole("search")).toBeVisible();
  await expect(page.getByRole("button", { name: "Visa sök och filter" })).toBeHidden();
});

test("choosing in the filter lists adds no history entry; back leaves the list", async ({ page }) => {
  await page.goto(sv.home);
  await page.goto(sv.initiatives);
  const entries = await page.evaluate(() => history.length);
  await page.getByLabel("Län", { exact: true }).selectOption({ label: "Gävleborgs län (3)" });
  await expect(page).toHaveURL(/[?&]county=21\b/);
  await expect(page.getByRole("status")).toHaveText("3 insatser");
  await page.getByLabel("Fokusområde", { exact: true }).selectOption({ index: 1 });
  await expect(page).toHaveURL(/[?&]focusArea=/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test("an editor's unbroken 19 000-character word and right-to-left override neither widen nor turn the page", async ({
  page,
  playwright,
}) => {
  const api = await playwright.request.newContext({
    baseURL: `http://127.0.0.1:${ports.api}`,
    extraHTTPHeaders: { origin: "http://localhost:3001" },
  });
  const signIn = await api.post("/auth/sign-in/email", {
    data: { email: "redaktor@norrkoping.demo.insats.se", password: "insats-demo-2026" },
  });
  expect(signIn.status()).toBe(200);
  const slug = "langt-ord-och-riktning";
  const word = "Socialinvesteringsfondsutvärdering".repeat(560).slice(0, 19_000);
  const created = await api.post("/trpc/content.createNewsItem", {
    data: {
      newsItem: {
        slug,
        kind: "seminar",
        title: { sv: "Seminarium \u202Eotsäkerhet", en: "Seminar \u202Eytiruces" },
        summary: { sv: word, en: word },
        // Oldest of all, so that no other page's newest items change.
        eventDate: "2001-01-01",
        sources: [{ title: "Egen uppgift", publisher: "Norrköpings kommun" }],
      },
    },
  });
  expect(created.status()).toBe(200);
  const { version } = (await created.json()).result.data as { version: number };
  const published = await api.post("/trpc/content.setNewsItemPublished", {
    data: { slug, expectedVersion: version, published: true },
  });
  expect(published.status()).toBe(200);
  await api.dispose();

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of [sv.newsItem(slug), pagesByLocale.en.newsItem(slug)]) {
    await page.goto(path);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(path.startsWith("/en") ? "Seminar ytiruces" : "Seminarium otsäkerhet");
    await expect(page.getByText(word.slice(0, 40)).first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
