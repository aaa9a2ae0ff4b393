// Issue 14, "Public": an editor publishes a decided scenario's follow-up on an initiative; the showcase page and
// /v1 show it (forecast against outturn, realisation rate, never the planners' notes) within a minute, and after
// unpublishing it is gone from both. Each test has an example of its own, published over the API (examples.ts),
// and a scenario decided on it, so no test waits for another's publication nor leaves one behind.
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { ports } from "../../playwright.config";
import { uniqueId } from "../calculator/fixtures";
import { createFromShowcaseLink } from "../calculator/session";
import { trpcMutation } from "../trpc";
import { createExample, type Example, test as base } from "./examples";

const showcase = `http://127.0.0.1:${ports.showcase}`;
const publicWithin = 60_000;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
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

async function publicPage(request: APIRequestContext, slug: string) {
  const response = await request.get(`${showcase}/insatser/${slug}`, { maxRedirects: 5 });
  return response.text();
}

async function publicFollowUp(request: APIRequestContext, slug: string) {
  const response = await request.get(`${showcase}/api/v1/initiatives/${slug}/follow-up`);
  return { status: response.status(), text: await response.text() };
}

interface Decision {
  scenarioId: string;
  scenarioName: string;
  /** The planners' note on the reported figure, which the public must never see. */
  internalNote: string;
}

/**
 * As Norrköping's planner on `page`: makes a scenario from the example's link, decides it in a committee and
 * reports its first year with an internal note.
 */
async function decideAndReportAYear(page: Page, example: Example): Promise<Decision> {
  const id = uniqueId();
  const decision = { scenarioName: `Språkstöd beslutad ${id}`, internalNote: `Preliminär siffra enligt handläggare ${id}` };
  const scenario = await createFromShowcaseLink(page, decision.scenarioName, example.slug);
  await page.goto(`${scenario}/follow-up`);
  await page.getByLabel("Beslutsdatum").fill("2026-03-12");
  await page.getByLabel("Vem beslutade").selectOption("committee");
  await page.getByLabel("Namn på nämnden eller styrelsen").fill("Socialnämnden");
  await page.getByRole("button", { name: "Registrera beslutet" }).click();
  const startYear = Number(
    (await page.locator("#years-caption + thead + tbody th").first().innerText()).trim(),
  );
  await page.getByLabel("År", { exact: true }).selectOption({ label: String(startYear) });
  const households = page.getByRole("group", { name: /^Uppmätt:/ });
  await households.getByLabel("Uppmätt antal").fill("5");
  await households.getByLabel("Kommentar").fill(decision.internalNote);
  await households.getByLabel("Källa").fill("Verksamhetssystemet");
  await page.getByRole("button", { name: `Spara utfall för ${startYear}` }).click();
  await expect(page.getByText("Utfallet är sparat.")).toBeVisible();
  return { ...decision, scenarioId: scenario.split("/").at(-1) ?? "" };
}

const test = base.extend<{ example: Example; decision: Decision; published: Decision }>({
  /** A published example of Norrköping's, made by the demo editor. */
  example: async ({ editor }, use) => {
    await use(await createExample(editor.request, { published: true }));
  },
  /** A scenario made from `example`, decided, with a year reported. */
  decision: async ({ planner, example }, use) => {
    await use(await decideAndReportAYear(planner, example));
  },
  /** `decision`'s follow-up published on `example` by the editor, over the API. */
  published: async ({ editor, example, decision }, use) => {
    await trpcMutation(editor.request, "content.publishFollowUp", { slug: example.slug, scenarioId: decision.scenarioId });
    await use(decision);
  },
});

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

test("a planner decides a scenario made from the example and reports a year with an internal note", async ({
  planner,
  example,
}) => {
  await decideAndReportAYear(planner, example);
});

test("unpublished, the follow-up is on neither the public page nor /v1", async ({ request, example, decision: _ }) => {
  expect((await publicFollowUp(request, example.slug)).status).toBe(404);
  // The example's page, once it is public, without the follow-up.
  await secondsUntil(async () => {
    const text = await publicPage(request, example.slug);
    return text.includes(example.title) && !text.includes('id="follow-up-heading"');
  });
});

test("the editor chooses the decided scenario and publishes its follow-up, by keyboard; no choice is an error at the field", async ({
  editor,
  example,
  decision,
}) => {
  const { scenarioName } = decision;
  await editor.goto(`/innehall/exempel/${example.slug}`);
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

test("the showcase page shows the follow-up within a minute: sentence, chart, tables, no notes; axe clean at 390 px", async ({
  browser,
  request,
  example,
  published,
}) => {
  // Each language's page may take the promised minute.
  test.setTimeout(180_000);
  const { slug } = example;
  const { internalNote, scenarioName } = published;
  const seconds = await secondsUntil(async () =>
    (await publicPage(request, slug)).includes('id="follow-up-heading"'),
  );
  console.info(`publish follow-up → public page: ${seconds.toFixed(1)} s`);
  const rest = await publicFollowUp(request, slug);
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
  await expect(
    section
      .getByRole("table", { name: "Netto per år: prognos och utfall" })
      .locator("tbody tr", { hasText: "(utfall)" }),
  ).toHaveCount(1);
  await expect(
    section.getByRole("table", { name: "Hur stor del av prognosen som har uppnåtts, per effekt" }),
  ).toContainText(/\d+\s%/);
  await expect(section).toContainText("Socialnämnden");
  await expect(page.locator("body")).not.toContainText(internalNote);
  await expect(page.locator("body")).not.toContainText(scenarioName);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoViolations(page);

  // The English page is cached on its own: it too has the minute the showcase promises.
  await expect
    .poll(async () => (await request.get(`${showcase}/en/initiatives/${slug}`)).text(), {
      timeout: 60_000,
      intervals: [500],
    })
    .toContain('id="follow-up-heading"');
  await page.goto(`${showcase}/en/initiatives/${slug}`);
  await expect(
    page.getByRole("region", { name: "Follow-up", exact: true }).getByTestId("public-follow-up-summary"),
  ).toHaveText(/^So far \d+(\.\d)?% of the forecast; /);
  await expectNoViolations(page);
  await context.close();
});

test("unpublished again, the follow-up leaves the public page and /v1", async ({ editor, request, example, published: _ }) => {
  const { slug } = example;
  // Public first, as an editor would have seen it.
  expect((await publicFollowUp(request, slug)).status).toBe(200);
  await secondsUntil(async () => (await publicPage(request, slug)).includes('id="follow-up-heading"'));
  await editor.goto(`/innehall/exempel/${slug}`);
  const section = editor.getByRole("region", { name: "Uppföljning på den publika sidan" });
  await section.getByRole("button", { name: "Avpublicera uppföljningen" }).click();
  await expect(section.getByRole("status")).toContainText("Uppföljningen är avpublicerad.");
  expect((await publicFollowUp(request, slug)).status).toBe(404);
  const seconds = await secondsUntil(
    async () => !(await publicPage(request, slug)).includes('id="follow-up-heading"'),
  );
  console.info(`unpublish follow-up → gone from the public page: ${seconds.toFixed(1)} s`);
});
