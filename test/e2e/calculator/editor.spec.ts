// The editor's inputs cannot go wrong: every domain rule is reported at its field in the user's language, nothing is
// saved while a field is invalid, what is saved is what the fields show, unsaved changes are not lost silently,
// focus has a place after a removal, the unit-cost picker asks before it changes more than the unit cost, and the
// editor works at 390 px. Each test edits a scenario of its own (fixtures.ts).
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { artefactsIn } from "./artefacts";
import { expect, test } from "./fixtures";
import { norrkopingPlanner, signIn } from "./session";

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

test.use({ scenarioName: "E2E redigering" });

async function expectNoViolations(target: Page) {
  const results = await new AxeBuilder({ page: target }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

const save = (page: Page) => page.getByRole("button", { name: "Spara", exact: true });

test("a rule of the domain is reported at its field in Swedish, and Save waits until it is corrected", async ({ planner: page, scenario: _ }) => {
  const min = page.locator("#outcome-0-effect-min");
  await min.fill("60");
  await expect(page.locator("#outcome-0-effect-min-error")).toHaveText("Lägsta värdet är större än högsta.");
  await expect(min).toHaveAttribute("aria-invalid", "true");
  await expect(min).toHaveAttribute("aria-describedby", /outcome-0-effect-min-error/);
  await expect(save(page)).toBeDisabled();
  await expect(page.locator("#save-blocked")).toHaveText("Rätta felen innan du sparar. Gå till första felet");
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Kalkylen har 1 fel.");
  await expect(summary.getByRole("link")).toHaveText(/Effekt: andel som undviks – Lägst: Lägsta värdet är större än högsta\./);
  await expectNoViolations(page);

  // The link beside the disabled button takes the planner to the field.
  await page.locator("#scenario-name").focus();
  await page.getByRole("link", { name: "Gå till första felet" }).click();
  await expect(min).toBeFocused();

  await min.fill("40");
  await expect(page.locator("#outcome-0-effect-min-error")).toHaveCount(0);
  await expect(summary).toHaveCount(0);
  await expect(save(page)).toBeEnabled();
});

test("a range limit is said the way the field shows it", async ({ planner: page, scenario: _ }) => {
  await page.locator("#discountRate").fill("25");
  await expect(page.locator("#discountRate-error")).toHaveText("Värdet ska vara högst 20 %.");
  await expect(save(page)).toBeDisabled();
  await page.locator("#discountRate").fill("3,5");
  await expect(page.locator("#discountRate-error")).toHaveCount(0);
});

test("text that is not a number blocks saving instead of saving the previous value", async ({ planner: page, scenario: _ }) => {
  // Two more fields changed from the template's values, to see that each is saved as it shows.
  await page.locator("#outcome-0-effect-min").fill("40");
  await page.locator("#discountRate").fill("3,5");
  const participants = page.locator("#cohort-0-participants");
  await participants.fill("12 st");
  await expect(page.locator("#cohort-0-participants-error")).toHaveText("Skriv ett tal, till exempel 1 234,5.");
  await expect(save(page)).toBeDisabled();
  await participants.fill("1.234,5");
  await expect(page.locator("#cohort-0-participants-error")).toHaveCount(0);
  await participants.blur();
  // Shown as the number it was read as.
  await expect(participants).toHaveValue("1234,5");
  await participants.fill("1 234,5");
  await save(page).click();
  await expect(page.getByRole("status").filter({ hasText: /Sparad som version \d+/ })).toBeVisible();
  await page.reload();
  await expect(page.locator("#cohort-0-participants")).toHaveValue("1234,5");
  await expect(page.locator("#discountRate")).toHaveValue("3,5");
  await expect(page.locator("#outcome-0-effect-min")).toHaveValue("40");
});

test("field errors are in English on /en", async ({ planner: page, scenario }) => {
  await page.goto(`/en${scenario.path}`);
  await page.locator("#outcome-0-effect-min").fill("60");
  await expect(page.locator("#outcome-0-effect-min-error")).toHaveText("The lowest value is greater than the highest.");
  await page.locator("#cohort-0-participants").fill("0");
  await expect(page.locator("#cohort-0-participants-error")).toHaveText("The value must be more than 0.");
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  await expect(page.locator("#save-blocked")).toContainText("Correct the errors before saving.");
  await expectNoViolations(page);
});

test("leaving with unsaved changes asks first, in the app and when the tab closes", async ({ planner: other, scenario: _ }) => {
  await other.locator("#cohort-0-participants").fill("77");

  const questions: string[] = [];
  other.once("dialog", async (dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await other.getByRole("navigation").getByRole("link", { name: "Kalkyler" }).click();
  await expect.poll(() => questions).toEqual(["confirm: Du har osparade ändringar. Vill du lämna sidan utan att spara dem?"]);
  await expect(other.locator("#cohort-0-participants")).toHaveValue("77");

  other.once("dialog", (dialog) => dialog.accept());
  await other.getByRole("navigation").getByRole("link", { name: "Kalkyler" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Kalkyler" })).toBeVisible();

  // Closing the tab: the browser's own question (beforeunload).
  await other.goBack();
  await other.locator("#cohort-0-participants").fill("78");
  const unload = other.waitForEvent("dialog");
  await other.close({ runBeforeUnload: true });
  const dialog = await unload;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
});

test("removing a cost moves focus to the next cost, and removing the last to the add button", async ({ planner: page, scenario: _ }) => {
  const costs = page.locator("#section-costs ~ ol > li");
  const before = await costs.count();
  await page.getByRole("button", { name: "Lägg till kostnad" }).click();
  await expect(costs).toHaveCount(before + 1);
  await costs.first().getByRole("button", { name: /^Ta bort/ }).click();
  await expect(costs).toHaveCount(before);
  await expect(page.locator("#cost-0-label")).toBeFocused();
  await costs.last().getByRole("button", { name: /^Ta bort/ }).click();
  await expect(page.getByRole("button", { name: "Lägg till kostnad" })).toBeFocused();

  const outcomes = page.locator("#section-outcomes ~ ol > li");
  await page.getByRole("button", { name: "Lägg till utfall" }).click();
  await outcomes.last().getByRole("button", { name: /^Ta bort/ }).click();
  await expect(page.getByRole("button", { name: "Lägg till utfall" })).toBeFocused();
});

test("the unit-cost picker opens on the outcome's unit and changes unit and payers only when asked", async ({ planner: fresh }) => {
  await fresh.goto("/scenarios/new");
  await fresh.getByRole("button", { name: "Använd mallen Färre hemtjänsttimmar" }).click();
  await expect(fresh.locator("#outcome-0-unit")).toHaveValue("timme");
  await fresh.getByText("Välj styckkostnad: kommunens egen, länets, rikets eller bibliotekets").click();
  // The organisation's own Kolada figures come first (unit-costs.spec.ts); here the national library.
  await fresh.getByRole("radio", { name: "Det nationella biblioteket" }).check();
  const picker = fresh.locator("#outcome-0-library-select");
  await expect(picker).toHaveValue("hemtjanst_per_timme");

  const unitCostBefore = await fresh.locator("#outcome-0-unitCost-form").inputValue();
  await picker.selectOption("fallskada_65_per_vardad");
  const alsoUnit = fresh.getByRole("checkbox", { name: /Byt även utfallets enhet/ });
  const alsoPayers = fresh.getByRole("checkbox", { name: /Byt även vem som får besparingen/ });
  await expect(alsoUnit).not.toBeChecked();
  await expect(alsoPayers).not.toBeChecked();
  await fresh.getByRole("button", { name: "Använd för utfallet" }).click();
  await expect(fresh.locator("#outcome-0-unit")).toHaveValue("timme");
  await expect(fresh.locator("#outcome-0-payers-municipality")).toHaveValue("100");
  // The unit cost itself did change: the home-care hour's range became the fall injury's single figure.
  expect(unitCostBefore).toBe("triangular");
  await expect(fresh.locator("#outcome-0-unitCost-form")).toHaveValue("fixed");

  await alsoUnit.check();
  await alsoPayers.check();
  await fresh.getByRole("button", { name: "Använd för utfallet" }).click();
  await expect(fresh.locator("#outcome-0-unit")).toHaveValue("fallskada");
  await expect(fresh.locator("#outcome-0-payers-region")).toHaveValue("41");
});

test("the charts never draw a label twice, and the tornado names each input in Swedish", async ({ planner: page, scenario: _ }) => {
  await expect(page.getByTestId("probability-positive")).not.toHaveText("…");
  const drawings = page.locator(".chart__drawing");
  await expect(drawings).toHaveCount(5);
  for (const drawing of await drawings.all()) {
    const labels = await drawing.locator("text.tick, .tornado__tick").allTextContents();
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.filter((label, index) => labels.indexOf(label) !== index)).toEqual([]);
  }
  const tornado = page.locator(".tornado");
  // Each input by its Swedish field name and the line it belongs to: "Styckkostnad (Hushåll som …)".
  await expect(tornado).toContainText("Styckkostnad (");
  await expect(tornado).toContainText("Effekt: andel som undviks (");
  await expect(page.getByTestId("simulation")).not.toContainText(/: (unit cost|effect|amount)\b/);
});

for (const locale of ["sv", "en"] as const) {
  test(`the editor shows no code words, placeholders or float artefacts (${locale})`, async ({ planner: page, scenario }) => {
    await page.goto(`${locale === "sv" ? "" : "/en"}${scenario.path}`);
    // What the fields hold is read too: an indexed amount showed as "154848,897696", the unit as "household-year".
    const values = await page.locator("main input[type=text]").evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(artefactsIn([await page.locator("main").innerText(), ...values].join("\n"))).toEqual([]);
    const startYear = new Date().getFullYear();
    await expect(page.getByLabel(locale === "sv" ? `År (0 = ${startYear})` : `Year (0 = ${startYear})`)).toHaveValue("0");
    await expect(page.locator("#cost-0-amount-value")).toHaveValue(/^\d+$/);
    await expect(page.locator('label[for="cost-0-amount-value"]')).toHaveText(locale === "sv" ? "Värde (kr)" : "Value (SEK)");
    // The unit by its name in the page's language; typed by that name it stays the unit the picker knows.
    const unit = page.locator("#outcome-0-unit");
    await expect(unit).toHaveValue(locale === "sv" ? "hushåll och år" : "household and year");
    await unit.fill(locale === "sv" ? "timme" : "hour");
    await page.getByText(locale === "sv" ? "Välj styckkostnad: kommunens egen, länets, rikets eller bibliotekets" : "Choose a unit cost: your municipality's, the county's, the nation's or the library's").click();
    await page.getByRole("radio", { name: locale === "sv" ? "Det nationella biblioteket" : "The national library" }).check();
    // The library's home-care hour is then of the outcome's own unit: the picker offers no change of unit.
    await page.locator("#outcome-0-library-select").selectOption("hemtjanst_per_timme");
    await expect(page.getByTestId("unit-cost-facts")).toContainText(locale === "sv" ? "377 kr / timme" : "SEK 377 / hour");
    await expect(page.getByRole("checkbox", { name: locale === "sv" ? /Byt även utfallets enhet/ : /Also change the outcome's unit/ })).toHaveCount(0);
    await unit.fill(locale === "sv" ? "besök" : "visit");
    await expect(unit).toHaveValue(locale === "sv" ? "besök" : "visit");
  });

  test(`at 390 px the page does not scroll sideways and the npv stays in view while editing (${locale})`, async ({ browser, scenario }) => {
    const narrow = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signIn(narrow, norrkopingPlanner, locale);
    await narrow.goto(`${locale === "sv" ? "" : "/en"}${scenario.path}`);
    await expect(narrow.getByTestId("probability-positive")).not.toHaveText("…");
    const sticky = narrow.getByTestId("sticky-npv");
    const field = narrow.locator("#outcome-0-duration");
    await field.scrollIntoViewIfNeeded();
    await expect(sticky).toBeInViewport();
    const before = await sticky.textContent();
    await field.fill("5");
    await expect(sticky).not.toHaveText(before ?? "");
    await expect(sticky).toBeInViewport();
    // With an error shown too.
    await narrow.locator("#outcome-0-effect-min").fill("60");
    await expect(narrow.locator("#outcome-0-effect-min-error")).toBeVisible();
    expect(await narrow.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoViolations(narrow);
    await narrow.context().close();
  });
}
