// Issue 14, "Public": an editor publishes a decided scenario's follow-up on an initiative; the showcase page and
// /v1 show it (forecast against outturn, realisation rate, never the planners' notes) within a minute, and after
// unpublishing it is gone from both.
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { ports } from "../../playwright.config";
import { createFromShowcaseLink, norrkopingPlanner, signIn } from "../calculator/session";

test.describe.configure({ mode: "serial" });

const showcase = `http://127.0.0.1:${ports.showcase}`;
const editorEmail = "redaktor@norrkoping.demo.insats.se";
const runId = Date.now().toString(36);
const scenarioName = `Servicetrainee beslutad ${runId}`;
const internalNote = `Preliminär siffra enligt handläggare ${runId}`;
const slug = "servicetrainee";
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
  throw new Error(`not reached within ${publicWithin / 1000} s`);
}

async function publicPage(request: APIRequestContext) {
  const response = await request.get(`${showcase}/insatser/${slug}`, { maxRedirects: 5 });
  return response.text();
}

async function publicFollowUp(request: APIRequestContext) {
  const response = await request.get(`${showcase}/api/v1/initiatives/${slug}/follow-up`);
  return { status: response.status(), text: await response.text() };
}

let editor: Page;

async function editorPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, editorEmail);
  await page.goto(`/innehall/exempel/${slug}`);
  return page;
}

test.afterAll(async () => {
  // Leaves the seeded example as it was when a step above failed with the follow-up published.
  const unpublish = editor?.getByRole("button", { name: "Avpublicera uppföljningen" });
  if (unpublish && (await unpublish.count()) > 0) await unpublish.click();
  await editor?.context().close();
});

test("a planner decides a scenario made from the example and reports a year with an internal note", async ({ page }) => {
  await signIn(page, norrkopingPlanner);
  const scenario = await createFromShowcaseLink(page, scenarioName);
  await page.goto(`${scenario}/follow-up`);
  await page.getByLabel("Beslutsdatum").fill("2026-03-12");
  await page.getByLabel("Vem beslutade").selectOption("committee");
  await page.getByLabel("Namn på nämnden eller styrelsen").fill("Socialnämnden");
  await page.getByRole("button", { name: "Registrera beslutet" }).click();
  const startYear = Number((await page.locator("#years-caption + thead + tbody th").first().innerText()).trim());
  await page.getByLabel("År", { exact: true }).selectOption({ label: String(startYear) });
  const households = page.getByRole("group", { name: /^Uppmätt:/ });
  await households.getByLabel("Uppmätt antal").fill("5");
  await households.getByLabel("Kommentar").fill(internalNote);
  await households.getByLabel("Källa").fill("Verksamhetssystemet");
  await page.getByRole("button", { name: `Spara utfall för ${startYear}` }).click();
  await expect(page.getByText("Utfallet är sparat.")).toBeVisible();
});

test("unpublished, the follow-up is on neither the public page nor /v1", async ({ request }) => {
  expect((await publicFollowUp(request)).status).toBe(404);
  // Waited for rather than read once: a page the showcase kept from an earlier run on this checkout's build
  // is served once more while it regenerates.
  await secondsUntil(async () => !(await publicPage(request)).includes('id="follow-up-heading"'));
});

test("the editor chooses the decided scenario and publishes its follow-up, by keyboard; no choice is an error at the field", async ({ browser }) => {
  editor = await editorPage(browser);
  const section = editor.getByRole("region", { name: "Uppföljning på den publika sidan" });
  await expect(section.getByRole("status")).toHaveText(/Ingen uppföljning är publicerad\./);
  const choice = section.getByLabel("Beslutad kalkyl");
  await choice.selectOption({ label: "Välj en beslutad kalkyl" });
  await section.getByRole("button", { name: "Publicera uppföljningen" }).focus();
  await editor.keyboard.press("Enter");
  await expect(section.getByText("Välj en beslutad kalkyl i listan.")).toBeVisible();
  await expect(choice).toHaveAttribute("aria-invalid", "true");
  await expect(choice).toBeFocused();

  const option = choice.locator("option", { hasText: scenarioName });
  await expect(option).toHaveText(new RegExp(`^${scenarioName} – gjord från det här exemplet`));
  await choice.selectOption({ value: (await option.getAttribute("value")) ?? "" });
  await section.getByRole("button", { name: "Publicera uppföljningen" }).focus();
  await editor.keyboard.press("Enter");
  await expect(section.getByRole("status")).toContainText(`Publicerad: ${scenarioName}`);
  await expect(section.getByRole("status")).toContainText("Uppföljningen är publicerad.");
  await expectNoViolations(editor);
});

test("the showcase page shows the follow-up within a minute: sentence, chart, tables, no notes; axe clean at 390 px", async ({ browser, request }) => {
  const seconds = await secondsUntil(async () => (await publicPage(request)).includes('id="follow-up-heading"'));
  console.info(`publish follow-up → public page: ${seconds.toFixed(1)} s`);
  const rest = await publicFollowUp(request);
  expect(rest.status).toBe(200);
  for (const secret of [internalNote, scenarioName]) expect(rest.text).not.toContain(secret);
  expect(JSON.parse(rest.text).decision.body.name).toBe("Socialnämnden");

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${showcase}/insatser/${slug}`);
  const section = page.getByRole("region", { name: "Uppföljning", exact: true });
  await expect(section.getByTestId("public-follow-up-summary")).toHaveText(
    /^Hittills \d+(,\d)?\s%\sav prognosen; med samma takt blir nettonuvärdet −?[\d,]+\smnkr i stället för −?[\d,]+\smnkr\.$/,
  );
  await expect(section.getByRole("figure", { name: "Netto per år: prognos och utfall" })).toBeVisible();
  await expect(section.getByRole("table", { name: "Netto per år: prognos och utfall" }).locator("tbody tr", { hasText: "(utfall)" })).toHaveCount(1);
  await expect(section.getByRole("table", { name: "Hur stor del av prognosen som har uppnåtts, per effekt" })).toContainText(/\d+\s%/);
  await expect(section).toContainText("Socialnämnden");
  await expect(page.locator("body")).not.toContainText(internalNote);
  await expect(page.locator("body")).not.toContainText(scenarioName);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoViolations(page);

  await page.goto(`${showcase}/en/initiatives/${slug}`);
  await expect(page.getByRole("region", { name: "Follow-up", exact: true }).getByTestId("public-follow-up-summary")).toHaveText(/^So far \d+(\.\d)?% of the forecast; /);
  await expectNoViolations(page);
  await context.close();
});

test("unpublished again, the follow-up leaves the public page and /v1", async ({ request }) => {
  const section = editor.getByRole("region", { name: "Uppföljning på den publika sidan" });
  await section.getByRole("button", { name: "Avpublicera uppföljningen" }).click();
  await expect(section.getByRole("status")).toContainText("Uppföljningen är avpublicerad.");
  expect((await publicFollowUp(request)).status).toBe(404);
  const seconds = await secondsUntil(async () => !(await publicPage(request)).includes('id="follow-up-heading"'));
  console.info(`unpublish follow-up → gone from the public page: ${seconds.toFixed(1)} s`);
});
