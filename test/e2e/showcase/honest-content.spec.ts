// What a visitor reads is what the sources say, once, dated where they are dated — and the site says who
// publishes it, under which licence, and how accessible it is.
import { expect, test, type Page } from "@playwright/test";
import { pagesByLocale, seededInitiatives, seededNews } from "./seeded.ts";

const sv = pagesByLocale.sv;
const en = pagesByLocale.en;

/** The facts box's value for a term ("Målgrupp", "Period", …). */
async function fact(page: Page, term: string): Promise<string> {
  const row = page.locator("#facts dl > div").filter({ has: page.locator("dt", { hasText: term }) });
  return (await row.locator("dd").innerText()).trim();
}

test("no public page carries an internal note or a code word", async ({ page }) => {
  const paths = [
    sv.home,
    sv.initiatives,
    ...seededInitiatives.map((initiative) => sv.initiative(initiative.slug)),
    ...seededNews.map((slug) => sv.newsItem(slug)),
    ...seededInitiatives.map((initiative) => en.initiative(initiative.slug)),
    ...seededNews.map((slug) => en.newsItem(slug)),
  ];
  for (const path of paths) {
    await page.goto(path);
    const text = await page.locator("body").innerText();
    expect(text, path).not.toMatch(
      /shared\/reference|referensanteckning|reference notes|framgår inte av källtexten|text gives no/i,
    );
    expect(text, path).not.toMatch(/\(se listan\)|de tre i listan|see the list|the three listed/i);
  }
});

test("ages, periods and places are said once", async ({ page }) => {
  await page.goto(sv.initiative("styrka-hela-livet"));
  expect(await fact(page, "Målgrupp")).toBe("Äldre i Hudiksvalls kommun i åldern 80–90 år");
  await page.goto(sv.initiative("forenade-i-rorelse"));
  expect(await fact(page, "Målgrupp")).not.toMatch(/\d+–\d+ år/);
  await page.goto(sv.initiative("las-pa-recept"));
  expect(await fact(page, "Målgrupp")).not.toMatch(/1–5/);
  await page.goto(sv.initiative("servicetrainee"));
  const period = await fact(page, "Period");
  expect(period.match(/2012/g)).toHaveLength(1);
  await page.goto(sv.initiative("pulssmart"));
  expect(await fact(page, "Period")).toBe("augusti 2019 – juni 2022");
  await page.goto(sv.initiative("el-sistema-orebro"));
  expect(await fact(page, "Platser")).toBe(
    "Varberga (bostadsområde i Örebro) och Oxhagen (bostadsområde i Örebro)",
  );
});

test("statuses follow the facts: an ended period is ended, an undated source is named as such", async ({
  page,
}) => {
  await page.goto(sv.initiative("pulssmart"));
  expect(await fact(page, "Status")).toBe("Avslutad");
  await page.goto(sv.initiative("las-pa-recept"));
  expect(await fact(page, "Status")).toBe("Planerad (enligt den odaterade källan)");
  await page.goto(en.initiative("styrka-hela-livet"));
  expect(await fact(page, "Status")).toBe("Ongoing (according to the undated source)");
});

test("one spelling of the wait-list design on the Servicetrainee card, and the range is not a confidence interval", async ({
  page,
}) => {
  await page.goto(sv.initiative("servicetrainee"));
  const evaluation = page.locator("#evaluation");
  await expect(evaluation).not.toContainText("Väntelistekontroll");
  await expect(evaluation).toContainText("Väntlistekontroll");
  await expect(evaluation).toContainText(
    "Intervallet är spannet mellan skattningarna mot de två jämförelsegrupperna, inte ett konfidensintervall; projektgruppen hade 30 deltagare.",
  );
});

test("evidence level 0 does not look like “no level yet”", async ({ page }) => {
  await page.goto(sv.initiatives);
  const zero = page.locator(".card", { hasText: "El Sistema i Örebro" }).locator(".evidence-scale");
  const none = page.locator(".card", { hasText: "Styrka hela livet" }).locator(".evidence-scale");
  await expect(zero).toContainText("Evidensnivå 0 av 5");
  await expect(zero.locator(".evidence-scale__step")).toHaveCount(5);
  await expect(none).toContainText("Ingen evidensnivå ännu");
  await expect(none.locator(".evidence-scale__step")).toHaveCount(0);
});

test("the tagline promises no more than the content holds", async ({ page }) => {
  await page.goto(sv.home);
  await expect(page.locator(".site-header__tagline")).toHaveText(
    "Sociala investeringar och vad utvärderingarna visar",
  );
  await expect(page.locator("body")).not.toContainText("som fungerar");
});

test("the footer names the publisher, the content licence and the accessibility statement", async ({
  page,
}) => {
  for (const locale of ["sv", "en"] as const) {
    await page.goto(pagesByLocale[locale].home);
    const footer = page.locator("footer");
    await expect(footer.locator('a[rel="license"]')).toHaveText("CC BY 4.0");
    await footer.getByRole("link", { name: locale === "sv" ? "Tillgänglighet" : "Accessibility" }).click();
    await expect(page).toHaveURL(new RegExp(`${pagesByLocale[locale].accessibility}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      locale === "sv" ? "Tillgänglighetsredogörelse" : "Accessibility statement",
    );
    await expect(page.locator("main")).toContainText("2018:1937");
    await expect(page.locator("main")).toContainText("Digg");
  }
});

test("the open data files state their licence", async ({ request }) => {
  for (const path of ["/data/initiatives.csv", "/data/initiatives.json"]) {
    const response = await request.get(path);
    expect(response.headers()["link"]).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
  }
  const json = await (await request.get("/data/initiatives.json")).json();
  expect(json.licence).toEqual({ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
});
