// The committee report (web page and PDF): clean text in both languages, a headline that tells the base case from
// the simulation, the sources of the inputs, nothing clipped at 1280 px or on A4, and a summary of at most two
// printed pages before the appendices. And the comparison's simulation figures and price-year warning. Each test
// makes the scenario it reports on (fixtures.ts).
import { readFile } from "node:fs/promises";
import { createScenarioFromTemplate } from "@insats/domain";
import { type Page } from "@playwright/test";
import { artefactsIn } from "./artefacts";
import { expect, test } from "./fixtures";

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

test.use({ scenarioName: "E2E rapport" });

/** Elements of the report whose content is wider than their box: clipped, or scrolled sideways. */
async function overflowing(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll(".report section, .report table, .report .table-scroll, .report figure, .report dl, .report header")]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth} > ${element.clientWidth}`),
  );
}

for (const locale of ["sv", "en"] as const) {
  const prefix = locale === "sv" ? "" : "/en";
  const words =
    locale === "sv"
      ? { base: "Troligaste värden (grundkalkyl)", simulation: "Simulering", latest: "KPI november 2024, senaste tillgängliga", decision: "Beslutsunderlag", evaluation: "evidensnivå 4 av 5" }
      : { base: "Most likely values (base case)", simulation: "Simulation", latest: "CPI (KPI) November 2024, latest available", decision: "Decision brief", evaluation: "evidence level 4 of 5" };

  test(`the report's text is free of code words and float artefacts (${locale})`, async ({ planner: page, scenario }) => {
    await page.goto(`${prefix}/report/${scenario.id}`);
    const text = await page.locator("main").innerText();
    expect(artefactsIn(text)).toEqual([]);
    expect(text).toContain(locale === "sv" ? "3,5 %" : "3.5%");
  });

  test(`the headline states the base case and the simulation, each by name (${locale})`, async ({ planner: page, scenario }) => {
    await page.goto(`${prefix}/report/${scenario.id}`);
    const headline = page.getByTestId("headline");
    await expect(headline.getByRole("heading", { name: words.base })).toBeVisible();
    await expect(headline.getByRole("heading", { name: words.simulation, exact: true })).toBeVisible();
    await expect(page.getByTestId("npv")).toContainText(locale === "sv" ? "kr" : "SEK");
    await expect(page.getByTestId("npv-median")).toContainText(locale === "sv" ? "kr" : "SEK");
    await expect(page.getByTestId("npv-interval")).toContainText("–");
    await expect(page.getByTestId("probability-positive")).toHaveText(/^\d+\s?%$/);
    await expect(page.getByTestId("headline-sentence")).toBeVisible();
  });

  test(`the report names the price index, the sources and the decision (${locale})`, async ({ planner: page, scenario }) => {
    await page.goto(`${prefix}/report/${scenario.id}`);
    await expect(page.getByTestId("report-price-year")).toContainText(words.latest);
    await expect(page.getByTestId("report-facts")).toContainText(locale === "sv" ? "Norrköpings kommun" : "Norrköping");
    await expect(page.getByRole("heading", { name: words.decision })).toBeVisible();
    const sources = page.getByTestId("report-sources");
    // The unit cost: the library entries the template combined, with source, price year and geography.
    await expect(sources).toContainText(locale === "sv" ? "Ekonomiskt bistånd per hushåll och år" : "Social assistance per household and year");
    await expect(sources).toContainText(locale === "sv" ? "Geografi: Stockholm" : "Geography: Stockholm");
    // Each entry's note, in the reader's language: what the figure covers is part of its source.
    await expect(sources).toContainText(
      locale === "sv"
        ? "Anmärkning: Genomsnitt över alla hushåll som fick bistånd under året, även korta perioder"
        : "Note: Average over all households that received assistance during the year, short spells included",
    );
    await expect(sources).not.toContainText(locale === "sv" ? "Average over all households" : "Genomsnitt över alla hushåll");
    // The source's address is a link (in the PDF too).
    await expect(sources.getByRole("link", { name: "https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/" })).toHaveAttribute(
      "href",
      "https://www.regionfakta.com/sodermanlands-lan/befolkning-och-hushall/ekonomiskt-bistand/",
    );
    expect(artefactsIn(await sources.innerText())).toEqual([]);
    await expect(sources).toContainText(words.latest);
    // The effect: the showcase evaluation it was taken from.
    await expect(sources).toContainText("Servicetrainee");
    await expect(sources).toContainText(words.evaluation);
  });

  test(`nothing in the report is clipped at 1280 px nor on A4 (${locale})`, async ({ planner: page, scenario }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${prefix}/report/${scenario.id}`);
    expect(await overflowing(page)).toEqual([]);
    // A4 less the PDF's 16 mm side margins is 178 mm, 673 CSS pixels.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 673, height: 950 });
    expect(await overflowing(page)).toEqual([]);
  });
}

/**
 * Words of the sources table split across two lines ("Start/år", "Kalky/lränt/a" at 390 px, "Projektsamordnin/g"
 * on A4): a word that is not a web address gives more than one line box.
 */
async function splitWords(target: Page): Promise<string[]> {
  return target.getByTestId("report-sources").evaluate((table) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("a")) continue;
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/[^\s\u00a0/–-]{2,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
    return split;
  });
}

for (const locale of ["sv", "en"] as const) {
  test(`no word of the sources table is split across lines at 390 px nor on A4 (${locale})`, async ({ planner: page, scenario }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${locale === "sv" ? "" : "/en"}/report/${scenario.id}`);
    expect(await splitWords(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 673, height: 950 });
    expect(await splitWords(page)).toEqual([]);
  });
}

test("the PDF has a summary of at most two pages, then the appendices, and clean text", async ({ planner: page, scenario: _ }) => {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF-rapport för nämnden" }).click();
  const bytes = await readFile(await (await download).path());
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    pages.push((await (await document.getPage(number)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const firstAppendix = pages.findIndex((text) => text.includes("Bilaga A. År för år"));
  expect(firstAppendix).toBeGreaterThanOrEqual(1);
  expect(firstAppendix).toBeLessThanOrEqual(2);
  expect(pages.slice(0, firstAppendix).join(" ")).toContain("Beslutsunderlag");
  expect(document.numPages).toBeLessThanOrEqual(8);
  expect(artefactsIn(pages.join(" "))).toEqual([]);
});

test("the comparison shows P(NPV > 0) and the 90 % interval, and warns when price years differ", async ({ planner: page, scenario }) => {
  await page.goto("/scenarios/new");
  await page.getByRole("button", { name: "Använd mallen Färre hemtjänsttimmar" }).click();
  await expect(page).toHaveURL(/\/scenarios\/[0-9a-f-]{36}$/);
  const otherId = page.url().split("/").at(-1)!;
  await page.goto(`/compare?ids=${scenario.id}&ids=${otherId}`);
  const results = page.getByTestId("compare-results");
  await expect(results.getByRole("row", { name: /Sannolikhet för positivt nettonuvärde/ })).toContainText("%");
  await expect(results.getByRole("row", { name: /90\s%\sav utfallen/ })).toContainText("–");
  await expect(page.getByTestId("price-years-differ")).toHaveCount(0);

  await page.goto(`/scenarios/${otherId}`);
  await page.locator("#priceYear").fill("2020");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 2" })).toBeVisible();
  await page.goto(`/compare?ids=${scenario.id}&ids=${otherId}`);
  await expect(page.getByTestId("price-years-differ")).toContainText("2020, 2024");
  expect(artefactsIn(await page.locator("main").innerText())).toEqual([]);
});

test("the headline says when the base case lies outside the simulation's middle half", async ({ planner: page }) => {
  // The ekonomiskt-bistånd template as it was: the unit cost's most likely value at its maximum.
  const template = createScenarioFromTemplate("social-assistance", { startYear: 2026, priceYear: 2024, name: "E2E skev styckkostnad" });
  const welfare = template.outcomes[0]!;
  const range = welfare.unitCost as { min: number; max: number };
  const skewed = { ...template, outcomes: [{ ...welfare, unitCost: { dist: "triangular", min: range.min, mode: range.max, max: range.max } }] };
  await page.goto("/scenarios/new");
  await page.getByLabel("JSON-fil", { exact: true }).setInputFiles({ name: "skev.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(skewed)) });
  await expect(page.getByText("är giltig och kan importeras")).toBeVisible();
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E skev styckkostnad" })).toBeVisible();
  await page.goto(`/report/${page.url().split("/").at(-1)}`);
  await expect(page.getByTestId("base-outside-middle")).toContainText("över simuleringens mittersta hälft");
});
