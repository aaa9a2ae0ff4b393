// Follow-up and the fund: a planner records a decision with a fund rule, reports two years and reads the variance
// and the fund's ledger; another organisation sees none of it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createFromShowcaseLink, norrkopingPlanner, orebroPlanner, signIn } from "./session.ts";

async function reportYear(page: Page, year: number, measured: string, source: string) {
  await page.getByLabel("År", { exact: true }).selectOption({ label: String(year) });
  const households = page.getByRole("group", { name: /^Uppmätt:/ });
  await households.getByLabel("Uppmätt antal").fill(measured);
  await households.getByLabel("Källa").fill(source);
  await page.getByRole("button", { name: `Spara utfall för ${year}` }).click();
  await expect(page.getByText("Utfallet är sparat.")).toBeVisible();
}

test("decide with a fund rule, report two years, read the variance and the ledger", async ({
  page,
  browser,
}) => {
  await signIn(page, norrkopingPlanner);
  const editor = await createFromShowcaseLink(page, `Uppföljning ${Date.now()}`);
  const followUp = `${editor}/follow-up`;
  await page.goto(followUp);
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);

  await page.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(page.getByText("Ange beslutsdatum.")).toBeVisible();
  await expect(page.getByLabel("Beslutsdatum")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Beslutsdatum").fill("2026-03-12");
  await page.getByLabel("Vem beslutade").selectOption("fundBoard");
  await page.getByLabel("Namn på nämnden eller styrelsen").fill("Fonden för sociala investeringar");
  await page.getByLabel("Insatsen finansieras av en fond för sociala investeringar").check();
  await page.getByLabel("Beviljade medel (kr)").fill("2 000 000");
  await page.getByLabel("Andel av besparingen som återförs (%)").fill("50");
  await page.getByRole("button", { name: "Registrera beslutet" }).click();

  const summary = page.getByTestId("follow-up-summary");
  await expect(summary).toHaveText(/^Inga utfall är rapporterade ännu; nettonuvärdet följer prognosen, /);
  const startYear = Number(
    (await page.locator("#years-caption + thead + tbody th").first().innerText()).trim(),
  );
  await reportYear(page, startYear, "5", "Verksamhetssystemet");
  await reportYear(page, startYear + 1, "12", "Verksamhetssystemet");

  await expect(summary).toHaveText(
    /^Hittills \d+\s%\sav prognosen; med samma takt blir nettonuvärdet −?[\d,]+\smnkr i stället för −?[\d,]+\smnkr\.$/,
  );
  await expect(page.getByTestId("fund-summary")).toContainText("Återfört till fonden hittills:");
  const reportedRows = page
    .getByRole("table", { name: "Prognos och utfall per år (kronor, kalkylens prisår)" })
    .locator("tbody tr", { hasText: "rapporterat" });
  await expect(reportedRows).toHaveCount(2);
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);

  await page.getByRole("link", { name: "Fonden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fonden" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Investeringar med fondmedel" })).toContainText("2 000 000");
  await page
    .getByText(/^Reskontra: Uppföljning/)
    .first()
    .click();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);

  // Another organisation's planner finds neither the follow-up nor the investment.
  const stranger = await browser.newPage();
  await signIn(stranger, orebroPlanner);
  const response = await stranger.goto(followUp);
  expect(response?.status()).toBe(404);
  await stranger.goto("/fund");
  await expect(stranger.getByRole("table", { name: "Investeringar med fondmedel" })).toHaveCount(0);
  await stranger.close();
});
