// Sharing with a partner (issue 14): Norrköping's admin shares a decided scenario with Örebro, whose planner reads it
// and its follow-up under Delat med oss, read-only; after the admin stops sharing, it is gone.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createFromShowcaseLink, orebroPlanner, signIn } from "./session.ts";

const norrkopingAdmin = "admin@norrkoping.demo.insats.se";

async function expectNoAxeViolations(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);
}

test("an admin shares a follow-up with another organisation, which reads it and cannot change it", async ({
  page,
  browser,
}) => {
  const name = `Delad uppföljning ${Date.now()}`;
  await signIn(page, norrkopingAdmin);
  const editor = await createFromShowcaseLink(page, name);
  const scenarioId = editor.split("/").at(-1) ?? "";
  await page.goto(`${editor}/follow-up`);
  await page.getByLabel("Beslutsdatum").fill("2026-03-12");
  await page.getByLabel("Namn på nämnden eller styrelsen").fill("Socialnämnden");
  await page.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(page.getByTestId("follow-up-summary")).toBeVisible();

  const panel = page.getByRole("region", { name: "Dela med en annan organisation" });
  await expect(panel).toContainText("Kalkylen är inte delad med någon annan organisation.");
  await panel.getByRole("button", { name: "Dela", exact: true }).click();
  await expect(panel.getByText("Välj den organisation du vill dela med.")).toBeVisible();
  // By keyboard: the picker and the button are reached and used without a pointer.
  await panel.getByLabel("Organisation").focus();
  await panel.getByLabel("Organisation").selectOption({ label: "Örebro kommun" });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("listitem")).toHaveText(/^Örebro kommun, delad .+ Sluta dela Örebro kommun$/);
  await expectNoAxeViolations(page);

  // axe needs a page of an explicit context.
  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  await signIn(partner, orebroPlanner);
  await partner.getByRole("link", { name: "Delat med oss" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: "Delat med oss" })).toBeVisible();
  const table = partner.getByRole("table", { name: "Kalkyler delade med oss" });
  await expect(table.getByRole("row", { name: new RegExp(name) })).toContainText("Norrköpings kommun");
  await expectNoAxeViolations(partner);
  await table.getByRole("link", { name }).click();
  await expect(partner.getByText("Delad av Norrköpings kommun. Du kan läsa men inte ändra.")).toBeVisible();
  await expect(partner.getByTestId("follow-up-summary")).toHaveText(/^Inga utfall är rapporterade ännu;/);
  // Nothing to fill in or press: no form and no button in the page itself.
  await expect(partner.getByRole("main").getByRole("button")).toHaveCount(0);
  await expect(partner.getByRole("main").getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(partner);
  // The owner's own pages stay closed to the partner.
  expect((await partner.goto(editor))?.status()).toBe(404);
  expect((await partner.goto(`${editor}/follow-up`))?.status()).toBe(404);

  await panel.getByRole("button", { name: "Sluta dela Örebro kommun" }).click();
  await expect(panel).toContainText("Kalkylen är inte delad med någon annan organisation.");
  expect((await partner.goto(`/shared/${scenarioId}`))?.status()).toBe(404);
  await partner.goto("/shared");
  await expect(partner.getByRole("link", { name })).toHaveCount(0);
  await partnerContext.close();
});
