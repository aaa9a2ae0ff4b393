// The unit-cost picker with Kolada's figures (seeded by seed-kolada.ts from the stand-in): Norrköping's planner is
// offered Norrköping's own figure first, with its source and year, beside Östergötland's median and the nation's;
// the pick is indexed to the scenario's price year, recorded with its source and named in the report; keyboard,
// axe and 390 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { koladaFixture } from "../kolada-fixture";
import { norrkopingPlanner, signIn } from "./session";

const [own, ownEarlier, nation] = koladaFixture.figures;
const source = (year: number) => `Kolada, U21003 KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme, ${year}`;

async function homeCareScenario(page: Page) {
  await signIn(page, norrkopingPlanner);
  await page.goto("/scenarios/new");
  await page.getByRole("button", { name: "Använd mallen Färre hemtjänsttimmar" }).click();
  await expect(page.locator("#outcome-0-unit")).toHaveValue("timme");
  await page.getByText("Välj styckkostnad: kommunens egen, länets, rikets eller bibliotekets").click();
}

test("the picker offers Norrköping's own Kolada figure first, with its source, beside the county's median and the nation's", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await homeCareScenario(page);
  expect(ownEarlier.period).toBeLessThan(own.period);

  // Kolada first, on the key figure of the outcome's unit (an hour), on Norrköping's latest year.
  await expect(page.getByRole("radio", { name: /^Kolada: din kommuns egna siffror/ })).toBeChecked();
  await expect(page.locator("#outcome-0-library-kolada-select")).toHaveValue("U21003");
  const options = page.getByRole("group", { name: "Vems siffra" }).getByRole("radio");
  await expect(options).toHaveCount(3);
  await expect(options.nth(0)).toHaveAccessibleName(`Norrköping: ${own.value} kr per timme, ${own.period}`);
  await expect(options.nth(0)).toBeChecked();
  await expect(options.nth(1)).toHaveAccessibleName(new RegExp(`^median av 13 kommuner i Östergötlands län: [\\d\\s]+\\skr per timme, ${own.period}$`));
  await expect(options.nth(2)).toHaveAccessibleName(`Riket: ${nation.value} kr per timme, ${nation.period}`);
  await expect(page.getByTestId("unit-cost-source")).toHaveText(source(own.period));
  await expect(page.getByTestId("unit-cost-facts")).toContainText("Källa: Kolada");

  // The price year has no annual average of KPI yet: the latest index, named next to the amount.
  const priceYear = Number(await page.locator("#priceYear").inputValue());
  expect(priceYear).toBeGreaterThan(2023);
  await expect(page.getByTestId("unit-cost-basis")).toHaveText("KPI november 2024, senaste tillgängliga");

  // The keyboard moves between the three figures.
  await options.nth(0).focus();
  await page.keyboard.press("ArrowDown");
  await expect(options.nth(1)).toBeChecked();
  await expect(page.getByTestId("unit-cost-source")).toHaveText(new RegExp(`^${source(own.period)}; median av 13 kommuner`));
  await page.keyboard.press("ArrowUp");
  await expect(options.nth(0)).toBeChecked();

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);

  // Picked: the figure as the outcome's unit cost (2024 and the price year share the latest index), recorded with
  // its source, which the report names.
  await page.getByRole("button", { name: "Använd för utfallet" }).click();
  await expect(page.locator("#outcome-0-unitCost-form")).toHaveValue("fixed");
  await expect(page.locator("#outcome-0-unitCost-value")).toHaveValue(String(own.value));
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Sparad som version \d+/ })).toBeVisible();
  await page.goto(`/report/${new URL(page.url()).pathname.split("/").at(-1)}`);
  const sources = page.getByTestId("report-sources");
  await expect(sources).toContainText(`Källa: ${source(own.period)}`);
  await expect(sources).toContainText("Geografi: Norrköping");
  await page.context().close();
});

test("at 390 px the picker with Kolada's figures does not scroll sideways", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await homeCareScenario(page);
  await expect(page.getByTestId("unit-cost-source")).toHaveText(source(own.period));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // Nor with a library entry whose source ends in a long web address.
  await page.getByRole("radio", { name: "Det nationella biblioteket" }).check();
  await page.locator("#outcome-0-library-select").selectOption("hemtjanst_per_timme_2019");
  await expect(page.getByTestId("unit-cost-source").getByRole("link")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.context().close();
});

test("the library's entries show their source and note in the reader's language", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, norrkopingPlanner);
  for (const locale of ["sv", "en"] as const) {
    await page.goto(`${locale === "sv" ? "" : "/en"}/scenarios/new`);
    await page.getByRole("button", { name: locale === "sv" ? "Använd mallen Färre hemtjänsttimmar" : "Use the template Fewer home care hours" }).click();
    await page.getByText(locale === "sv" ? "Välj styckkostnad: kommunens egen, länets, rikets eller bibliotekets" : "Choose a unit cost: your municipality's, the county's, the nation's or the library's").click();
    // Kolada titles its key figures in Swedish only; the English citation says so.
    await expect(page.getByTestId("unit-cost-source")).toHaveText(
      locale === "sv" ? source(own.period) : `Kolada, U21003 “KPB - Kostnad hemtjänst, egen regi, kr/beviljad timme” (title in Swedish), ${own.period}`,
    );
    await page.getByRole("radio", { name: locale === "sv" ? "Det nationella biblioteket" : "The national library" }).check();
    await page.locator("#outcome-0-library-select").selectOption("sis_behandling_oppen_per_dygn");
    // The publisher and the title as published; what the figure is, in the reader's language.
    await expect(page.getByTestId("unit-cost-source")).toContainText(locale === "sv" ? "”Kraftigt sänkt avgift i SiS ungdomsvård” (2020)" : "“Kraftigt sänkt avgift i SiS ungdomsvård” (2020)");
    await expect(page.getByTestId("unit-cost-source")).toContainText(locale === "sv" ? "3 528 kr per dygn efter 28 % statlig subvention" : "SEK 3,528 per day after a 28% state subsidy");
    await expect(page.getByTestId("unit-cost-note")).toHaveText(
      locale === "sv" ? "Avgiften utan subvention: 3 528 kr / 0,72 = 4 900 kr; kommunen betalar SiS avgift per dygn" : "The fee without the subsidy: SEK 3,528 / 0.72 = SEK 4,900; the municipality pays SiS's fee per day",
    );
    // Each amount stays on one line ("3 528 kr" never wraps after "3"), as the app's own formats do; English groups
    // digits with commas, as the page's own "SEK 4,900" does.
    expect(await page.getByTestId("unit-cost-note").textContent()).toContain(locale === "sv" ? "3\u00a0528\u00a0kr" : "SEK\u00a03,528");
    // The nation by its name in the page's language (it read "Sweden" on the Swedish page), and the source's
    // address as a link.
    await expect(page.getByTestId("unit-cost-geography")).toHaveText(locale === "sv" ? "Riket" : "Sweden");
    await expect(page.getByTestId("unit-cost-source").getByRole("link")).toHaveAttribute("href", "https://www.stat-inst.se/press/pressmeddelanden-nyheter/2020/kraftigt-sankt-avgift-i-sis-ungdomsvard/");
  }
  await page.context().close();
});
