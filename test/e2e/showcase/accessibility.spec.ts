// WCAG 2.1 AA on every page in both languages (axe), a keyboard-only path from home to an evaluation, and
// reflow at 320 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pagesByLocale, seededInitiatives, seededNews } from "./seeded.ts";

const everyPage = (["sv", "en"] as const).flatMap((locale) => {
  const pages = pagesByLocale[locale];
  return [
    pages.home,
    pages.initiatives,
    `${pages.initiatives}?county=21`,
    `${pages.initiatives}?q=zzzxq`,
    `${pages.initiatives}?q=servistrainy`,
    ...seededInitiatives.map((initiative) => pages.initiative(initiative.slug)),
    pages.news,
    `${pages.news}?q=seminariumm%20xyzzy`,
    ...seededNews.map((slug) => pages.newsItem(slug)),
    pages.about,
    pages.openData,
    pages.accessibility,
    `${pages.search}?q=pulssmart`,
    `${pages.search}?q=seminariumm%20xyzzy`,
    locale === "sv" ? "/insatser/finns-inte" : "/en/initiatives/does-not-exist",
  ];
});

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

for (const path of everyPage) {
  test(`axe finds no WCAG 2.1 A/AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Open the disclosures so that the tables inside them are checked too.
    for (const summary of await page.locator("details > summary").all()) await summary.click();
    expect(await violations(page)).toEqual([]);
  });
}

/** Presses Tab until the focused element matches, as a keyboard-only reader would. */
async function tabTo(
  page: Page,
  matches: (element: { tag: string; text: string; href: string | null }) => boolean,
  limit = 60,
) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        tag: element?.tagName ?? "",
        text: element?.textContent?.trim() ?? "",
        href: element?.getAttribute("href") ?? null,
      };
    });
    if (matches(focused)) {
      // Focus must be visible: the ring is drawn with an outline.
      const outline = await page.evaluate(
        () => getComputedStyle(document.activeElement as Element).outlineStyle,
      );
      expect(outline).not.toBe("none");
      return;
    }
  }
  throw new Error("The element was not reached with Tab");
}

test("keyboard only: from home through the skip link to an initiative's evaluation", async ({ page }) => {
  await page.goto(pagesByLocale.sv.home);
  await tabTo(page, (element) => element.text === "Hoppa till huvudinnehållet");
  await expect(page.getByRole("link", { name: "Hoppa till huvudinnehållet" })).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await tabTo(page, (element) => element.text === "Servicetrainee i Norrköping");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/insatser\/servicetrainee$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Servicetrainee i Norrköping");

  await tabTo(page, (element) => element.href === "#evaluation");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#evaluation$/);
  await expect(page.getByRole("heading", { name: "Effektskattning" })).toBeAttached();
  await expect(page.getByRole("heading", { name: /^Utvärdering$/ })).toBeInViewport();
  await tabTo(page, (element) => element.text === "Räkna på en liknande insats" && element.tag === "A");
});

test("keyboard only: the filters work without a mouse", async ({ page }) => {
  await page.goto(pagesByLocale.sv.initiatives);
  await page.getByRole("searchbox", { name: "Sökord" }).focus();
  await page.keyboard.type("språk");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]q=spr%C3%A5k/);
  await expect(
    page.getByRole("list", { name: "Sökresultat" }).getByRole("link", { name: "Läs på recept" }),
  ).toBeVisible();
  await page.getByLabel("Län", { exact: true }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/[?&]county=\d\d/);
});

for (const path of [
  pagesByLocale.sv.home,
  pagesByLocale.sv.initiatives,
  pagesByLocale.sv.initiative("servicetrainee"),
  `${pagesByLocale.sv.search}?q=pulssmart`,
]) {
  test(`${path} reflows at 320 px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("motion is reduced when the reader asks for it", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(pagesByLocale.sv.home);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});
