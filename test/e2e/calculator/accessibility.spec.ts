// WCAG 2.1 AA on the list, editor (with its live results) and compare pages in both languages, and the editor
// with the keyboard alone. Each test makes the scenarios it looks at (fixtures.ts).
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, type Scenario, test, uniqueName } from "./fixtures";
import { createFromShowcaseLink } from "./session";

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

test.use({ scenarioName: "Tillgänglighet" });

/** The ids of the test's scenario and of a second one, for the compare page. */
async function comparedIds(page: Page, scenario: Scenario): Promise<string[]> {
  const second = await createFromShowcaseLink(page, uniqueName("Tillgänglighet B"));
  return [scenario.id, second.split("/").at(-1) ?? ""];
}

async function expectNoViolations(target: Page) {
  const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of ["sv", "en"] as const) {
  const prefix = locale === "sv" ? "" : "/en";

  test(`the scenario list has no axe violations (${locale})`, async ({ planner: page, scenario: _ }) => {
    await page.goto(`${prefix}/`);
    await expectNoViolations(page);
  });

  test(`the editor and its results have no axe violations (${locale})`, async ({ planner: page, scenario }) => {
    await page.goto(`${prefix}${scenario.path}`);
    await expect(page.getByTestId("probability-positive")).not.toHaveText("…");
    await expectNoViolations(page);
    // The results with every chart's data table open.
    for (const summary of await page.locator(".chart__data summary").all()) await summary.click();
    await expectNoViolations(page);
  });

  test(`the compare page has no axe violations (${locale})`, async ({ planner: page, scenario }) => {
    const ids = await comparedIds(page, scenario);
    await page.goto(`${prefix}/compare?ids=${ids[0]}&ids=${ids[1]}`);
    await expect(page.getByTestId("compare-results")).toBeVisible();
    await expectNoViolations(page);
  });

  for (const width of [1280, 390]) {
    test(`the report has no axe violations at ${width} px (${locale})`, async ({ planner: page, scenario }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${prefix}/report/${scenario.id}`);
      await expect(page.getByTestId("headline")).toBeVisible();
      await expectNoViolations(page);
    });

    test(`the compare page has no axe violations at ${width} px (${locale})`, async ({ planner: page, scenario }) => {
      const ids = await comparedIds(page, scenario);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${prefix}/compare?ids=${ids[0]}&ids=${ids[1]}`);
      await expect(page.getByTestId("compare-results")).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test(`the new-scenario page has no axe violations (${locale})`, async ({ planner: page }) => {
    await page.goto(`${prefix}/scenarios/new?template=social-assistance&effectLow=0.44&effectHigh=0.54`);
    await expectNoViolations(page);
  });
}

test("the editor works with the keyboard alone", async ({ planner: page, scenario }) => {
  await page.goto(scenario.path);
  const before = await page.getByTestId("npv").textContent();
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? "");

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Hoppa till innehållet" })).toBeFocused();
  let reached = false;
  for (let step = 0; step < 80 && !reached; step++) {
    await page.keyboard.press("Tab");
    reached = (await focusedId()) === "cohort-0-participants";
  }
  expect(reached).toBe(true);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("75");
  await expect(page.getByTestId("npv")).not.toHaveText(before ?? "");

  let onSave = false;
  for (let step = 0; step < 80 && !onSave; step++) {
    await page.keyboard.press("Shift+Tab");
    onSave = await page.evaluate(() => document.activeElement?.textContent === "Spara");
  }
  expect(onSave).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 2" })).toBeVisible();
});
