// The public showcase against the built app and the API on the seeded embedded database.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { gavleborgTitles, pagesByLocale, parseCsv, seededInitiatives, seededNews } from "./seeded.ts";

const sv = pagesByLocale.sv;

test("the home page explains social investment, with the ESO figures, featured initiatives and På gång", async ({
  page,
}) => {
  await page.goto(sv.home);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sociala investeringar");
  const facts = page.getByRole("list", { name: "Sociala investeringar i Sverige 2020" });
  await expect(facts.getByText("Ungefär hälften")).toBeVisible();
  await expect(facts.getByText("Cirka 80")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Utvalda insatser" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Servicetrainee i Norrköping" })).toBeVisible();
  await expect(page.getByText(/Diagrammet visar hur många av de 8 insatserna/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Med framtiden för sig/ }).first()).toBeVisible();
});

test("the list holds every seeded initiative, and each one opens", async ({ page }) => {
  await page.goto(sv.initiatives);
  await expect(page.getByRole("status")).toHaveText("8 insatser");
  const results = page.getByRole("list", { name: "Sökresultat" });
  for (const initiative of seededInitiatives) {
    await expect(results.getByRole("link", { name: initiative.sv, exact: true })).toBeVisible();
  }
  for (const initiative of seededInitiatives) {
    await page.goto(sv.initiatives);
    await results.getByRole("link", { name: initiative.sv, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/insatser/${initiative.slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(initiative.sv);
    await expect(page.getByRole("heading", { name: "Insatsen i korthet" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Organisationer och roller" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Källor" })).toBeVisible();
  }
});

test("filtering by county Gävleborg gives the three Gävleborg examples, and the address keeps them", async ({
  page,
}) => {
  await page.goto(sv.initiatives);
  await page.getByLabel("Län", { exact: true }).selectOption({ label: "Gävleborgs län (3)" });
  await expect(page).toHaveURL(/[?&]county=21\b/);
  await expect(page.getByRole("status")).toHaveText("3 insatser");
  const titles = await page.getByRole("list", { name: "Sökresultat" }).getByRole("heading").allTextContents();
  expect(titles.sort()).toEqual([...gavleborgTitles].sort());
  await expect(page.getByRole("link", { name: /Län: Gävleborgs län/ })).toBeVisible();

  // The address is the state: opening it afresh gives the same list.
  await page.goto(page.url());
  await expect(page.getByRole("status")).toHaveText("3 insatser");
  await expect(page.getByLabel("Län", { exact: true })).toHaveValue("21");

  // A search is a step back returns from; the list's values on the page follow the address.
  await page.getByRole("searchbox", { name: "Sökord" }).fill("språk");
  await page.getByRole("searchbox", { name: "Sökord" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=spr%C3%A5k/);
  await page.goBack();
  await expect(page).toHaveURL(/\/insatser\?county=21$/);
  await expect(page.getByRole("status")).toHaveText("3 insatser");
  await expect(page.getByRole("searchbox", { name: "Sökord" })).toHaveValue("");
  await expect(page.getByLabel("Län", { exact: true })).toHaveValue("21");
});

test("searching “språk” finds Läs på recept", async ({ page }) => {
  await page.goto(sv.initiatives);
  await page.getByRole("searchbox", { name: "Sökord" }).fill("språk");
  await page.getByRole("searchbox", { name: "Sökord" }).press("Enter");
  await expect(page).toHaveURL(/[?&]q=spr%C3%A5k/);
  await expect(
    page.getByRole("list", { name: "Sökresultat" }).getByRole("link", { name: "Läs på recept" }),
  ).toBeVisible();
});

test("a search without matches says so and offers ways on", async ({ page }) => {
  await page.goto(`${sv.initiatives}?q=zzzxq&county=21`);
  await expect(page.getByRole("status")).toHaveText("Inga insatser matchar");
  await expect(page.getByRole("heading", { name: "Inga insatser matchar sökningen" })).toBeVisible();
  await page.getByRole("link", { name: "Visa alla insatser" }).click();
  await expect(page.getByRole("status")).toHaveText("8 insatser");
});

test("a page number past the end of the list leads to its last page", async ({ page }) => {
  await page.goto(`${sv.initiatives}?county=21&page=4`);
  await expect(page).toHaveURL(/\/insatser\?county=21$/);
  await expect(page.getByRole("status")).toHaveText("3 insatser");
});

test("switching language on an initiative keeps the initiative", async ({ page }) => {
  await page.goto(sv.initiative("servicetrainee"));
  await page.getByRole("link", { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/initiatives\/servicetrainee$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Servicetrainee in Norrköping");
  await page.getByRole("link", { name: /Svenska/ }).click();
  await expect(page).toHaveURL(/\/insatser\/servicetrainee$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Servicetrainee i Norrköping");
});

test("the evaluation card shows design, evidence level, groups, a chart with its table and the effect range", async ({
  page,
}) => {
  await page.goto(sv.initiative("servicetrainee"));
  const evaluation = page.locator("#evaluation");
  await expect(evaluation.getByText("Evidensnivå 4 av 5")).toBeVisible();
  await expect(evaluation.getByText(/Väntlistekontroll, stratifierad kontrollgrupp/).first()).toBeVisible();
  await expect(evaluation.getByRole("heading", { name: "Grupper som jämförs" })).toBeVisible();
  await expect(
    evaluation.getByText(/Diagrammet visar hur hushåll beroende av ekonomiskt bistånd förändrades/),
  ).toBeVisible();
  const table = evaluation.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /Projektgruppen/ })).toContainText("−74 %");
  await expect(evaluation.getByText("44–54 procentenheter", { exact: true })).toBeVisible();
});

test("the calculator link carries the template and the effect range", async ({ page }) => {
  await page.goto(sv.initiative("servicetrainee"));
  const href = await page
    .getByRole("link", { name: "Räkna på en liknande insats" })
    .last()
    .getAttribute("href");
  const url = new URL(href ?? "");
  expect(url.pathname).toBe("/sv/scenarios/new");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    template: "social-assistance",
    initiative: "servicetrainee",
    effectLow: "0.44",
    effectHigh: "0.54",
  });

  await page.goto(pagesByLocale.en.initiative("styrka-hela-livet"));
  const fallPrevention = new URL(
    (await page.getByRole("link", { name: "Calculate a similar initiative" }).last().getAttribute("href")) ??
      "",
  );
  expect(fallPrevention.pathname).toBe("/en/scenarios/new");
  expect(Object.fromEntries(fallPrevention.searchParams)).toEqual({
    template: "fall-prevention",
    initiative: "styrka-hela-livet",
  });
});

test("the open data CSV downloads and parses", async ({ page }) => {
  await page.goto(sv.openData);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Alla insatser som CSV" }).click(),
  ]);
  const text = (await readFile((await download.path()) ?? "", "utf8")).replace(/^\uFEFF/, "");
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(
    expect.arrayContaining(["slug", "title_sv", "evidence_level", "effect_low", "effect_high"]),
  );
  expect(rows).toHaveLength(seededInitiatives.length);
  const column = (name: string) => header!.indexOf(name);
  const servicetrainee = rows.find((row) => row[column("slug")] === "servicetrainee")!;
  expect(servicetrainee[column("title_sv")]).toBe("Servicetrainee i Norrköping");
  expect(servicetrainee[column("evidence_level")]).toBe("4");
  expect(Number(servicetrainee[column("effect_low")])).toBe(0.44);
  expect(Number(servicetrainee[column("effect_high")])).toBe(0.54);

  const json = await (await page.request.get("/data/initiatives.json")).json();
  expect(json.items).toHaveLength(seededInitiatives.length);
  const filtered = parseCsv(
    (await (await page.request.get("/data/initiatives.csv?county=21")).text()).replace(/^\uFEFF/, ""),
  );
  expect(filtered).toHaveLength(1 + gavleborgTitles.length);
});

test("the REST API and its OpenAPI document are reachable on the site's own origin", async ({ request }) => {
  const list = await (await request.get("/api/v1/initiatives?limit=100")).json();
  expect(list.items).toHaveLength(seededInitiatives.length);
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(Object.keys(document.paths)).toContain("/v1/initiatives");
});

test("open data on the site's origin can be cached: Cache-Control, a strong ETag, and 304 on If-None-Match", async ({
  request,
}) => {
  const first = await request.get("/api/v1/initiatives?county=21");
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toBe("public, max-age=15, stale-while-revalidate=45");
  const tag = first.headers()["etag"];
  expect(tag).toMatch(/^"[^"]+"$/);
  const revalidated = await request.get("/api/v1/initiatives?county=21", {
    headers: { "if-none-match": tag! },
  });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()["etag"]).toBe(tag);
  expect(await revalidated.body()).toHaveLength(0);
});

test("På gång lists the news and each item opens", async ({ page }) => {
  await page.goto(sv.news);
  for (const slug of seededNews) {
    await page.goto(sv.newsItem(slug));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.goto(sv.newsItem("pulssmart-projekt"));
  await page.getByRole("link", { name: "Läs mer om insatsen" }).click();
  await expect(page).toHaveURL(/\/insatser\/pulssmart$/);
});

test("a missing page answers 404 with a way on", async ({ page }) => {
  for (const path of ["/insatser/finns-inte", "/finns-inte-heller"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
    await expect(page.getByRole("search")).toBeVisible();
  }
  const english = await page.goto("/en/initiatives/does-not-exist");
  expect(english?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("pages carry canonical, hreflang and Open Graph metadata; sitemap and robots list them", async ({
  page,
  request,
}) => {
  await page.goto(sv.initiative("servicetrainee"));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/insatser\/servicetrainee$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    /\/en\/initiatives\/servicetrainee$/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="sv"]')).toHaveAttribute(
    "href",
    /\/insatser\/servicetrainee$/,
  );
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Servicetrainee i Norrköping",
  );
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "sv_SE");
  await expect(page).toHaveTitle("Servicetrainee i Norrköping – Insats");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect((await request.get(new URL(image ?? "").pathname)).headers()["content-type"]).toBe("image/png");

  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const initiative of seededInitiatives) {
    expect(sitemap).toContain(`/insatser/${initiative.slug}</loc>`);
    expect(sitemap).toContain(`/en/initiatives/${initiative.slug}</loc>`);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("visitors arriving at once each get the list they asked for", async ({ request }) => {
  // The showcase's server keeps one API client for everyone: batched, the calls of concurrent renders went out
  // as one request over the API's cap on batched calls, and visitors got the error page.
  const visits = [1, 2, 3].flatMap((round) =>
    seededInitiatives.flatMap((initiative) => [
      { path: `${sv.initiatives}?q=${encodeURIComponent(initiative.sv)}&r=${round}`, title: initiative.sv },
      {
        path: `${pagesByLocale.en.initiatives}?q=${encodeURIComponent(initiative.en)}&r=${round}`,
        title: initiative.en,
      },
    ]),
  );
  const answers = await Promise.all(
    visits.map(async ({ path, title }) => {
      const response = await request.get(path);
      return { path, status: response.status(), showsTitle: (await response.text()).includes(title) };
    }),
  );
  expect(answers.filter((answer) => answer.status !== 200 || !answer.showsTitle)).toEqual([]);
});
