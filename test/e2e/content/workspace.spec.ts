// The editors' workspace: an editor writes an example with an evaluation, previews it on the showcase, publishes
// it and edits it; the public sees it within 60 seconds and never sees the draft. Planners cannot get in. One test
// writes an example through the form; the others start from one made over the API (examples.ts) in the state
// they are about: a draft, published, published and edited.
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { ports } from "../../playwright.config";
import { uniqueId } from "../calculator/fixtures";
import { norrkopingPlanner, signIn } from "../calculator/session";
import { trpcQuery } from "../trpc";
import { createExample, exampleInput, test, updateExample } from "./examples";

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

const showcase = `http://127.0.0.1:${ports.showcase}`;
const publicWithin = 60_000;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Seconds until `check` holds, asking every two seconds; fails after a minute. */
async function secondsUntil(check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < publicWithin) {
    if (await check()) return (Date.now() - start) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  throw new Error(`not public within ${publicWithin / 1000} s`);
}

async function publicText(request: APIRequestContext, path: string): Promise<{ status: number; text: string }> {
  const response = await request.get(`${showcase}${path}`, { maxRedirects: 5 });
  return { status: response.status(), text: await response.text() };
}

/** Whether the public list shows the example on any of its pages (twelve a page, by title; tests add many). */
async function inPublicList(request: APIRequestContext, slug: string): Promise<boolean> {
  for (let page = 1; ; page++) {
    const { text } = await publicText(request, page === 1 ? "/insatser" : `/insatser?page=${page}`);
    if (text.includes(`/insatser/${slug}"`)) return true;
    if (!text.includes(`/insatser?page=${page + 1}"`)) return false;
  }
}

test("a planner has no link to the workspace and is refused at its address", async ({ browser }) => {
  const context = await browser.newContext();
  const planner = await context.newPage();
  await signIn(planner, norrkopingPlanner);
  await expect(planner.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Innehåll" })).toHaveCount(0);
  await planner.goto("/innehall");
  await expect(planner.getByRole("heading", { level: 1, name: "Ingen behörighet" })).toBeVisible();
  await planner.goto("/en/content/examples/new");
  await expect(planner.getByRole("heading", { level: 1, name: "Not permitted" })).toBeVisible();
  await context.close();
});

test("an editor finds the workspace in the header; an empty form cannot be saved and says why at each field", async ({ editor: page }) => {
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Innehåll" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Innehåll" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Servicetrainee i Norrköping");
  await page.getByRole("link", { name: "Nytt inspirationsexempel" }).click();
  await expect(page).toHaveURL(/\/innehall\/exempel\/ny$/);
  // The keyboard alone: into the Swedish title, then Enter submits.
  await page.getByRole("group", { name: "Titel" }).getByLabel("Svenska").focus();
  await page.keyboard.press("Enter");
  const summary = page.locator(".notice--error");
  await expect(summary).toContainText("behöver rättas");
  await expect(summary).toBeFocused();
  await expect(page.getByRole("group", { name: "Titel" })).toContainText("Fyll i fältet.");
  await expect(page.getByRole("group", { name: "Platser" })).toContainText("Lägg till minst en.");
});

test("the editor writes an example with an evaluation, in Swedish only, and saves a draft", async ({ editor: page }) => {
  const id = uniqueId();
  const title = `Språkstöd i förskolan ${id}`;
  const slug = `sprakstod-i-forskolan-${id}`;
  await page.goto("/innehall/exempel/ny");
  const group = (name: string) => page.getByRole("group", { name, exact: true });
  await group("Titel").getByLabel("Svenska").fill(title);
  await expect(page.getByLabel("Webbadress", { exact: false }).first()).toHaveValue(slug);
  await group("Sammanfattning").getByLabel("Svenska").fill("Språkstöd för barn i förskolan, med föräldrar.");
  await group("Målgrupp").getByLabel("Svenska").fill("Barn i förskolan");
  await page.getByLabel("Lägsta ålder").fill("3");
  await page.getByLabel("Högsta ålder").fill("5");
  await page.getByLabel("Start", { exact: true }).fill("2026-01");
  await page.getByLabel("Språkutveckling").check();
  await page.getByRole("button", { name: "Lägg till plats" }).click();
  await page.getByRole("combobox", { name: /^Kommun/ }).selectOption({ label: "Norrköping" });
  await page.getByRole("button", { name: "Lägg till organisation" }).click();
  await page.getByRole("combobox", { name: /^Organisation \(/ }).selectOption({ label: "Norrköpings kommun" });
  await page.getByRole("button", { name: "Lägg till utvärdering" }).click();
  await page.getByLabel("Före- och eftermätning").check();
  await group("Hur utvärderingen görs").getByLabel("Svenska").fill("Språktest före och efter ett år.");
  await page.getByRole("button", { name: "Lägg till mått" }).click();
  await group("Benämning").first().getByLabel("Svenska").fill("Barn med språkförsening");
  await page.getByRole("button", { name: "Lägg till grupp" }).click();
  await page.getByRole("group", { name: "Grupper som jämförs" }).getByRole("group", { name: "Benämning" }).getByLabel("Svenska").fill("Barn i insatsen");
  await page.getByRole("button", { name: "Lägg till resultat" }).click();
  await page.getByLabel("Före", { exact: true }).fill("40");
  await page.getByLabel("Efter", { exact: true }).fill("20");
  await page.getByRole("button", { name: "Lägg till källa" }).click();
  await page.getByRole("group", { name: "Källor" }).getByLabel("Titel").fill("Verksamhetsberättelse 2026");
  await page.getByRole("button", { name: "Spara", exact: true }).first().click();
  await expect(page.getByRole("status").first()).toContainText("Sparad som version 1.");
  await expect(page).toHaveURL(new RegExp(`/innehall/exempel/${slug}$`));
  // Stored as the other tests make their examples over the API.
  expect(await trpcQuery(page.request, "content.initiative", { slug })).toMatchObject({ ...exampleInput(id), version: 1, published: false });
});

test("the draft appears nowhere public: page, list, search, sitemap, CSV and /v1", async ({ editor, request }) => {
  const { slug, title } = await createExample(editor.request);
  expect((await publicText(request, `/insatser/${slug}`)).status).toBe(404);
  expect((await publicText(request, `/insatser?q=${encodeURIComponent(title)}`)).text).not.toContain(slug);
  expect(await inPublicList(request, slug)).toBe(false);
  expect((await publicText(request, "/sitemap.xml")).text).not.toContain(slug);
  expect((await publicText(request, "/data/initiatives.csv")).text).not.toContain(slug);
  expect((await publicText(request, `/api/v1/initiatives/${slug}`)).status).toBe(404);
  expect((await publicText(request, `/api/v1/initiatives?q=${encodeURIComponent(title)}`)).text).not.toContain(slug);
});

test("the preview is the showcase page, with the evaluation card, before publishing", async ({ editor: page }) => {
  const { slug, title } = await createExample(page.request);
  await page.goto(`/innehall/exempel/${slug}`);
  const [preview] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("button", { name: "Förhandsgranska" }).click()]);
  await preview.waitForLoadState();
  await expect(preview).toHaveURL(new RegExp(`/insatser/${slug}$`));
  await expect(preview.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(preview.getByRole("note")).toContainText("Förhandsgranskning");
  await expect(preview.locator("#evaluation")).toContainText("Språktest före och efter ett år.");
  await expect(preview.locator("#evaluation")).toContainText("Barn med språkförsening");
  await preview.getByRole("link", { name: "Avsluta förhandsgranskningen" }).click();
  await preview.close();
});

test("published, the example is on the public page, list, sitemap, CSV and /v1 within 60 s", async ({ editor: page, request }) => {
  const { slug, title } = await createExample(page.request);
  await page.goto(`/innehall/exempel/${slug}`);
  await page.getByRole("button", { name: "Publicera", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText("Publicerad.");
  const seconds = await secondsUntil(async () => {
    const detail = await publicText(request, `/insatser/${slug}`);
    return detail.status === 200 && detail.text.includes(title);
  });
  console.info(`publish → public detail page: ${seconds.toFixed(1)} s`);
  const everywhere = await secondsUntil(async () => {
    const [listed, sitemap, csv, v1] = await Promise.all([
      inPublicList(request, slug),
      publicText(request, "/sitemap.xml"),
      publicText(request, "/data/initiatives.csv"),
      publicText(request, `/api/v1/initiatives/${slug}`),
    ]);
    return listed && sitemap.text.includes(slug) && csv.text.includes(slug) && v1.status === 200;
  });
  console.info(`publish → list, sitemap, CSV, /v1: ${(seconds + everywhere).toFixed(1)} s`);
  // English was left empty: the English page shows the Swedish text and says it is not translated.
  const english = await publicText(request, `/en/initiatives/${slug}`);
  expect(english.text).toContain(title);
  expect(english.text).toContain("not been translated into English");
});

test("an edit reaches the public page within 60 s, and the history shows it field by field", async ({ editor: page, request }) => {
  // Created and published: versions 1 and 2.
  const { slug } = await createExample(page.request, { published: true });
  await page.goto(`/innehall/exempel/${slug}`);
  const summary = page.getByRole("group", { name: "Sammanfattning", exact: true }).getByLabel("Svenska");
  await summary.fill("Språkstöd för barn i förskolan, tillsammans med föräldrarna.");
  await page.getByLabel("Senast granskad").fill("2026-11-30");
  await page.getByRole("button", { name: "Spara", exact: true }).first().click();
  await expect(page.getByRole("status").first()).toContainText("Sparad som version 3.");
  const seconds = await secondsUntil(async () => (await publicText(request, `/insatser/${slug}`)).text.includes("tillsammans med föräldrarna"));
  console.info(`edit → public detail page: ${seconds.toFixed(1)} s`);
  expect((await publicText(request, `/insatser/${slug}`)).text).toContain("Senast granskad");

  await page.getByRole("link", { name: "Historik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versioner" })).toBeVisible();
  const versions = page.getByRole("table").first();
  await expect(versions).toContainText("Skapad");
  await expect(versions).toContainText("Publicerad");
  await expect(versions).toContainText("Ändrad");
  await expect(versions).toContainText("Redaktör");
  const diff = page.getByRole("region", { name: /skiljer mellan version 2 och 3/ });
  await expect(diff).toContainText("Sammanfattning (svenska)");
  await expect(diff).toContainText("tillsammans med föräldrarna");
  await expect(diff).toContainText("Senast granskad");
});

test("unpublished, the example leaves the public page within 60 s", async ({ editor: page, request }) => {
  const { slug } = await createExample(page.request, { published: true });
  await secondsUntil(async () => (await publicText(request, `/insatser/${slug}`)).status === 200);
  await page.goto(`/innehall/exempel/${slug}`);
  await page.getByRole("button", { name: "Avpublicera", exact: true }).click();
  await expect(page.getByRole("status").first()).toContainText("Avpublicerad.");
  const seconds = await secondsUntil(async () => (await publicText(request, `/insatser/${slug}`)).status === 404);
  console.info(`unpublish → gone from the public detail page: ${seconds.toFixed(1)} s`);
});

test("a På gång item is written, saved and previewed with the same editor", async ({ editor: page }) => {
  const runId = uniqueId();
  await page.goto("/innehall/pa-gang/ny");
  await page.getByRole("group", { name: "Titel", exact: true }).getByLabel("Svenska").fill(`Seminarium om språk ${runId}`);
  await page.getByRole("group", { name: "Sammanfattning", exact: true }).getByLabel("Svenska").fill("Ett seminarium om språkstöd i förskolan.");
  await page.getByLabel("Datum för evenemanget").fill("2027-03-14");
  await page.getByRole("button", { name: "Lägg till källa" }).click();
  await page.getByRole("group", { name: "Källor" }).getByLabel("Titel").fill("Inbjudan");
  await page.getByRole("button", { name: "Spara", exact: true }).first().click();
  await expect(page.getByRole("status").first()).toContainText("Sparad som version 1.");
  const [preview] = await Promise.all([page.context().waitForEvent("page"), page.getByRole("button", { name: "Förhandsgranska" }).click()]);
  await expect(preview.getByRole("heading", { level: 1, name: `Seminarium om språk ${runId}` })).toBeVisible();
  await expect(preview.getByRole("note")).toContainText("Förhandsgranskning");
  await preview.close();
});

for (const locale of ["sv", "en"] as const) {
  test(`the workspace's pages have no axe violations (${locale})`, async ({ editor: page }) => {
    // Three versions, so that the history has a difference to show.
    const published = await createExample(page.request, { published: true });
    const { slug } = await updateExample(page.request, published, (initiative) => ({ ...initiative, reviewedOn: "2026-11-30" }));
    const root = locale === "sv" ? "/innehall" : "/en/content";
    const kind = locale === "sv" ? "exempel" : "examples";
    for (const path of [root, `${root}/${kind}/${slug}`, `${root}/${kind}/${slug}/${locale === "sv" ? "historik" : "history"}`, `${root}/${locale === "sv" ? "pa-gang/ny" : "news/new"}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page);
    }
  });
}
