// The planner's path through the calculator: create, edit with live results, save, conflicts, compare, exports.
// Each test makes its own scenario (fixtures.ts), so none depends on another having run.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { recalculateWorkbooks } from "../../../apps/calculator/src/export/libreoffice-recalc";
import { expect, test, uniqueName } from "./fixtures";
import { createFromShowcaseLink, moneyFromText, norrkopingPlanner, orebroPlanner, signIn } from "./session";

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

test.use({ scenarioName: "E2E bistånd" });

test("the showcase link prefills the effect range as a uniform distribution", async ({ planner: page }) => {
  await createFromShowcaseLink(page, uniqueName("E2E bistånd"));
  await expect(page.locator("#outcome-0-effect-form")).toHaveValue("uniform");
  await expect(page.locator("#outcome-0-effect-min")).toHaveValue("44");
  await expect(page.locator("#outcome-0-effect-max")).toHaveValue("54");
});

test("changing participants changes the npv without a reload", async ({ planner: page, scenario: _ }) => {
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));
  const before = await page.getByTestId("npv").textContent();
  await page.locator("#cohort-0-participants").fill("45");
  await expect(page.getByTestId("npv")).not.toHaveText(before ?? "");
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");
  await expect(page.getByTestId("probability-positive")).not.toHaveText("…");
});

test("saving stores a new version", async ({ planner: page, scenario: _ }) => {
  await page.locator("#cohort-0-participants").fill("45");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 2" })).toBeVisible();
});

test("a second editor saving the same version gets the conflict dialog", async ({ browser, planner: page, scenario }) => {
  const other = await browser.newPage();
  await signIn(other, norrkopingPlanner);
  await other.goto(scenario.path);
  await page.locator("#cohort-0-participants").fill("50");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 2" })).toBeVisible();

  await other.locator("#cohort-0-participants").fill("20");
  await other.getByRole("button", { name: "Spara", exact: true }).click();
  const dialog = other.getByRole("dialog", { name: "Kalkylen har ändrats av någon annan" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("table")).toContainText("Deltagare");
  await dialog.getByRole("button", { name: "Spara mina ändringar som kopia" }).click();
  await expect(other.getByRole("heading", { level: 1, name: `${scenario.name} (kopia)` })).toBeVisible();
  await other.close();
});

test("two scenarios compare side by side", async ({ planner: page, scenario }) => {
  // A second scenario with fewer participants, so that the two differ.
  const other = uniqueName("E2E bistånd, färre deltagare");
  await createFromShowcaseLink(page, other);
  await page.locator("#cohort-0-participants").fill("20");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 2" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("checkbox", { name: `Jämför ${scenario.name}`, exact: true }).check();
  await page.getByRole("checkbox", { name: `Jämför ${other}`, exact: true }).check();
  await page.getByRole("button", { name: "Jämför valda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jämför kalkyler" })).toBeVisible();
  const results = page.getByTestId("compare-results");
  await expect(results.getByRole("columnheader")).toHaveCount(2);
  await expect(page.getByText("skiljer sig").first()).toBeVisible();
});

test("the Excel export, recalculated by LibreOffice, shows the npv on the screen", async ({ planner: page, scenario: _ }) => {
  // LibreOffice takes a few seconds to start.
  test.setTimeout(120_000);
  const screenNpv = moneyFromText((await page.getByTestId("npv").textContent()) ?? "");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Excel/ }).click();
  const dir = await mkdtemp(join(tmpdir(), "insats-e2e-xlsx-"));
  const file = join(dir, "kalkyl.xlsx");
  await (await download).saveAs(file);
  // The workbook holds formulas, not their results: a spreadsheet engine computes them.
  const [recalculated] = await recalculateWorkbooks([file], join(dir, "out"));
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(recalculated!);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  await rm(dir, { recursive: true, force: true });
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Sammanfattning", "Indata", "År för år", "Per kostnadsbärare", "Känslighet", "Simulering", "Källor"]);
  const [range] = workbook.definedNames.getRanges("Summa_Nettonuvarde").ranges as [string];
  const npvCell = workbook.getWorksheet("Sammanfattning")!.getCell(range.split("!")[1]!.replace(/\$/g, ""));
  expect(npvCell.formula).toBe("Summa_NuvardeNyttor-Summa_NuvardeKostnader");
  expect(Math.round(npvCell.result as number)).toBe(screenNpv);
});

test("the PDF report is a PDF of several pages, each with text, in Swedish and tagged", async ({ planner: page, scenario }) => {
  // Chromium starts on the first export, and the report is printed twice here.
  test.setTimeout(120_000);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF-rapport för nämnden" }).click();
  const bytes = await readFile(await (await download).path());
  // A download's answer is not a page's response: the same address again, for its headers.
  const response = await page.request.get((await download).url());
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["x-pdf-concurrent"]).toBe("1");
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pageTexts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    pageTexts.push((await (await document.getPage(number)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  // A summary and its appendices (year table, payers, sensitivity, simulation): more than one A4 page, and no blank one.
  expect(document.numPages).toBeGreaterThanOrEqual(2);
  expect(document.numPages).toBeLessThanOrEqual(12);
  expect(pageTexts.filter((text) => text.trim() === "")).toEqual([]);
  expect(pageTexts[0]).toContain(scenario.name);
  expect(pageTexts[0]).toContain("Nettonuvärde");
  expect(bytes.toString("latin1")).toMatch(/\/Lang \((sv|sv-SE)\)/);
  const markInfo = await document.getMarkInfo();
  expect(markInfo?.Marked).toBe(true);
});

test("the JSON export imports again to an identical result", async ({ planner: page, scenario }) => {
  const npv = await page.getByTestId("npv").textContent();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Öppen JSON/ }).click();
  const json = await readFile(await (await download).path(), "utf8");
  await page.goto("/scenarios/new");
  await page.getByLabel("JSON-fil", { exact: true }).setInputFiles({ name: "kalkyl.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await expect(page.getByText("är giltig och kan importeras")).toBeVisible();
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: scenario.name })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe(scenario.path);
  await expect(page.getByTestId("npv")).toHaveText(npv ?? "");
  const reexport = await page.request.get(`/api/scenarios/${new URL(page.url()).pathname.split("/").at(-1)}/json`);
  expect(JSON.parse(await reexport.text())).toEqual(JSON.parse(json));
});

test("a planner of another organisation cannot open the scenario", async ({ browser, scenario }) => {
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, orebroPlanner);
  const response = await other.goto(scenario.path);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { level: 1, name: "Sidan finns inte" })).toBeVisible();
  const exported = await other.request.get(`/api/scenarios/${scenario.id}/json`);
  expect(exported.status()).toBe(404);
  await context.close();
});

test("the name and description are edited in the editor and saved with the scenario", async ({ planner: page, scenario }) => {
  const renamed = `${scenario.name}, omdöpt`;
  await page.locator("#scenario-name").fill(renamed);
  await page.getByLabel("Beskrivning", { exact: true }).fill("Underlag till socialnämnden.\nEffekt enligt Servicetrainee.");
  await expect(page.getByRole("status").filter({ hasText: "Osparade ändringar" })).toBeVisible();
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Sparad som version \d+/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByLabel("Beskrivning", { exact: true })).toHaveValue("Underlag till socialnämnden.\nEffekt enligt Servicetrainee.");
  await expect(page.getByRole("status").filter({ hasText: /^Version \d+$/ })).toBeVisible();
});

test("a scenario is created from the ekonomiskt-bistånd template in the template list, with results at once", async ({
  planner: fresh,
}) => {
  await fresh.goto("/scenarios/new");
  await fresh.getByRole("button", { name: "Använd mallen Minskat ekonomiskt bistånd" }).click();
  await expect(fresh).toHaveURL(/\/scenarios\/[0-9a-f-]{36}$/);
  await expect(fresh.locator("#cohort-0-participants")).toBeVisible();
  await expect(fresh.getByTestId("npv")).toContainText("kr");
});
