// Searching the showcase as a reader does: what an empty result offers, in both languages.
import { expect, test } from "@playwright/test";
import { pagesByLocale } from "./seeded.ts";

const { sv, en } = pagesByLocale;

test("a misspelt search that finds nothing offers “Menade du …?”, which runs the search it names", async ({ page }) => {
  await page.goto(sv.initiatives);
  await page.getByRole("searchbox", { name: "Sökord" }).fill("servistrainy");
  await page.getByRole("searchbox", { name: "Sökord" }).press("Enter");
  await expect(page.getByRole("status")).toHaveText("Inga insatser matchar");
  await expect(page.getByText("Menade du Servicetrainee?")).toBeVisible();
  await page.getByRole("link", { name: "Servicetrainee", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=Servicetrainee$/);
  await expect(page.getByRole("status")).toHaveText("1 insats");
  await expect(
    page.getByRole("list", { name: "Sökresultat" }).getByRole("link", { name: "Servicetrainee i Norrköping" }),
  ).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Sökord" })).toHaveValue("Servicetrainee");
});

test("the suggestion keeps the reader's filters and language, and all examples are a link away", async ({ page }) => {
  await page.goto(`${en.initiatives}?q=elderli&county=23`);
  await expect(page.getByRole("status")).toHaveText("No initiatives match");
  await page.getByRole("link", { name: "elderly", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/initiatives\?q=elderly&county=23$/);
  await expect(page.getByRole("status")).not.toHaveText("No initiatives match");
  await page.goto(`${sv.initiatives}?q=xyzzy`);
  await expect(page.getByText(/Menade du/)).toHaveCount(0);
  await page.getByRole("link", { name: "Visa alla insatser" }).click();
  await expect(page.getByRole("status")).toHaveText("8 insatser");
});

test("På gång is searchable, with accents left out, and an empty search offers a suggestion and the way back", async ({
  page,
}) => {
  await page.goto(sv.news);
  await page.getByRole("searchbox", { name: "Sök i På gång" }).fill("malmo");
  await page.getByRole("searchbox", { name: "Sök i På gång" }).press("Enter");
  await expect(page).toHaveURL(/\/pa-gang\?q=malmo$/);
  await expect(page.getByRole("status")).toHaveText("2 träffar för ”malmo”");
  const results = page.getByRole("list", { name: "Sökträffar i På gång" });
  await expect(results.getByRole("heading").first()).toHaveText(/bättre att förekomma än förekommas/);
  await expect(results.getByRole("link", { name: /PulsSmart/ })).toHaveCount(0);

  await page.goto(`${sv.news}?q=seminariumm%20xyzzy`);
  await expect(page.getByRole("status")).toHaveText("Inget i På gång matchar ”seminariumm xyzzy”");
  await page.getByRole("link", { name: "seminarium", exact: true }).click();
  await expect(page).toHaveURL(/\/pa-gang\?q=seminarium$/);
  await expect(page.getByRole("status")).toHaveText("2 träffar för ”seminarium”");
  await page.goto(`${sv.news}?q=xyzzy`);
  await page.getByRole("link", { name: "Visa allt som är på gång" }).click();
  await expect(page.getByRole("list", { name: "På gång" }).getByRole("listitem")).toHaveCount(3);
});

test("På gång from /en searches the English texts", async ({ page }) => {
  await page.goto(`${en.news}?q=healthy%20learning`);
  await expect(page.getByRole("status")).toHaveText("1 item for “healthy learning”");
  await expect(page.getByRole("link", { name: "PulsSmart – for healthy learning at school" })).toBeVisible();
});

test("one search from the menu finds examples and news, each under its heading with its count", async ({ page }) => {
  await page.goto(sv.home);
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Sök" }).click();
  await expect(page).toHaveURL(/\/sok$/);
  await page.getByRole("searchbox", { name: "Sök bland insatser och På gång" }).fill("pulssmart");
  await page.getByRole("searchbox", { name: "Sök bland insatser och På gång" }).press("Enter");
  await expect(page).toHaveURL(/\/sok\?q=pulssmart$/);
  await expect(page.getByRole("status")).toHaveText("1 insats och 1 sak på gång för ”pulssmart”");
  const initiatives = page.getByRole("list", { name: "Insatser (1)" });
  await expect(initiatives.getByRole("link", { name: /PulsSmart/ })).toBeVisible();
  const news = page.getByRole("list", { name: "På gång (1)" });
  await news.getByRole("link", { name: "PulsSmart – för ett friskt lärande i skolan" }).click();
  await expect(page).toHaveURL(/\/pa-gang\/pulssmart-projekt$/);
});

test("one search that finds nothing suggests a search that finds news, and leads to both lists", async ({ page }) => {
  await page.goto(`${sv.search}?q=seminariumm%20xyzzy`);
  await expect(page.getByRole("status")).toHaveText("Inga insatser och inget på gång för ”seminariumm xyzzy”");
  await page.getByRole("link", { name: "seminarium", exact: true }).click();
  await expect(page).toHaveURL(/\/sok\?q=seminarium$/);
  await expect(page.getByRole("status")).toHaveText("Inga insatser och 2 saker på gång för ”seminarium”");
  await expect(page.getByText("Inga insatser matchar.")).toBeVisible();
  await page.goto(`${en.search}?q=xyzzy`);
  await expect(page.getByRole("status")).toHaveText("No initiatives and nothing under way for “xyzzy”");
  await page.getByRole("link", { name: "Show all initiatives" }).click();
  await expect(page).toHaveURL(/\/en\/initiatives$/);
});

test("the examples' and news' empty searches lead on to the one search", async ({ page }) => {
  await page.goto(`${sv.initiatives}?q=seminarium`);
  await page.getByRole("link", { name: "Sök på ”seminarium” bland både insatser och På gång" }).click();
  await expect(page).toHaveURL(/\/sok\?q=seminarium$/);
  await expect(page.getByRole("list", { name: "På gång (2)" })).toBeVisible();
  await page.goto(`${en.news}?q=servicetrainee`);
  await page.getByRole("link", { name: "Search for “servicetrainee” in both initiatives and what is under way" }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=servicetrainee$/);
  await expect(page.getByRole("list", { name: "Initiatives (1)" })).toBeVisible();
});
