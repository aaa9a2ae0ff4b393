// The planner's path through the calculator: create, edit with live results, save, conflicts, compare, exports.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { recalculateWorkbooks } from "../../../apps/calculator/src/export/libreoffice-recalc";
import { createFromShowcaseLink, moneyFromText, norrkopingPlanner, orebroPlanner, signIn } from "./session";

test.describe.configure({ mode: "serial" });

let scenarioPath = "";
let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
  await signIn(page, norrkopingPlanner);
  scenarioPath = await createFromShowcaseLink(page, "E2E bistånd");
});

test.afterAll(async () => {
  await page.close();
});

test("the showcase link prefills the effect range as a uniform distribution", async () => {
  await expect(page.locator("#outcome-0-effect-form")).toHaveValue("uniform");
  await expect(page.locator("#outcome-0-effect-min")).toHaveValue("44");
  await expect(page.locator("#outcome-0-effect-max")).toHaveValue("54");
});

test("changing participants changes the npv without a reload", async () => {
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same page"));
  const before = await page.getByTestId("npv").textContent();
  await page.locator("#cohort-0-participants").fill("45");
  await expect(page.getByTestId("npv")).not.toHaveText(before ?? "");
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same page");
  await expect(page.getByTestId("probability-positive")).not.toHaveText("…");
});

test("saving stores a new version", async () => {
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 2" })).toBeVisible();
});

test("a second editor saving the same version gets the conflict dialog", async ({ browser }) => {
  const other = await browser.newPage();
  await signIn(other, norrkopingPlanner);
  await other.goto(scenarioPath);
  await page.locator("#cohort-0-participants").fill("50");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sparad som version 3" })).toBeVisible();

  await other.locator("#cohort-0-participants").fill("20");
  await other.getByRole("button", { name: "Spara", exact: true }).click();
  const dialog = other.getByRole("dialog", { name: "Kalkylen har ändrats av någon annan" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("table")).toContainText("Deltagare");
  await dialog.getByRole("button", { name: "Spara mina ändringar som kopia" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "E2E bistånd (kopia)" })).toBeVisible();
  await other.close();
});

test("two scenarios compare side by side", async () => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: "Jämför E2E bistånd", exact: true }).check();
  await page.getByRole("checkbox", { name: "Jämför E2E bistånd (kopia)", exact: true }).check();
  await page.getByRole("button", { name: "Jämför valda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jämför kalkyler" })).toBeVisible();
  const results = page.getByTestId("compare-results");
  await expect(results.getByRole("columnheader")).toHaveCount(2);
  await expect(page.getByText("skiljer sig").first()).toBeVisible();
});

test("the Excel export, recalculated by LibreOffice, shows the npv on the screen", async () => {
  // LibreOffice takes a few seconds to start.
  test.setTimeout(120_000);
  await page.goto(scenarioPath);
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

test("the PDF report is a PDF of several pages, each with text, in Swedish and tagged", async () => {
  // Chromium starts on the first export, and the report is printed twice here.
  test.setTimeout(120_000);
  await page.goto(scenarioPath);
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
  expect(pageTexts[0]).toContain("E2E bistånd");
  expect(pageTexts[0]).toContain("Nettonuvärde");
  expect(bytes.toString("latin1")).toMatch(/\/Lang \((sv|sv-SE)\)/);
  const markInfo = await document.getMarkInfo();
  expect(markInfo?.Marked).toBe(true);
});

test("the JSON export imports again to an identical result", async () => {
  await page.goto(scenarioPath);
  const npv = await page.getByTestId("npv").textContent();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Öppen JSON/ }).click();
  const json = await readFile(await (await download).path(), "utf8");
  await page.goto("/scenarios/new");
  await page.getByLabel("JSON-fil", { exact: true }).setInputFiles({ name: "kalkyl.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await expect(page.getByText("är giltig och kan importeras")).toBeVisible();
  await page.getByRole("button", { name: "Importera", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E bistånd" })).toBeVisible();
  expect(new URL(page.url()).pathname).not.toBe(scenarioPath);
  await expect(page.getByTestId("npv")).toHaveText(npv ?? "");
  const reexport = await page.request.get(`/api/scenarios/${new URL(page.url()).pathname.split("/").at(-1)}/json`);
  expect(JSON.parse(await reexport.text())).toEqual(JSON.parse(json));
});

test("a planner of another organisation cannot open the scenario", async ({ browser }) => {
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, orebroPlanner);
  const response = await other.goto(scenarioPath);
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { level: 1, name: "Sidan finns inte" })).toBeVisible();
  const exported = await other.request.get(`/api/scenarios/${scenarioPath.split("/").at(-1)}/json`);
  expect(exported.status()).toBe(404);
  await context.close();
});

test("the name and description are edited in the editor and saved with the scenario", async () => {
  await page.goto(scenarioPath);
  await page.locator("#scenario-name").fill("E2E bistånd, omdöpt");
  await page.getByLabel("Beskrivning", { exact: true }).fill("Underlag till socialnämnden.\nEffekt enligt Servicetrainee.");
  await expect(page.getByRole("status").filter({ hasText: "Osparade ändringar" })).toBeVisible();
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Sparad som version \d+/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "E2E bistånd, omdöpt" })).toBeVisible();
  await expect(page.getByLabel("Beskrivning", { exact: true })).toHaveValue("Underlag till socialnämnden.\nEffekt enligt Servicetrainee.");
  await expect(page.getByRole("status").filter({ hasText: /^Version \d+$/ })).toBeVisible();
});

test("a scenario is created from the ekonomiskt-bistånd template in the template list, with results at once", async ({
  browser,
}) => {
  const fresh = await browser.newPage();
  await signIn(fresh, norrkopingPlanner);
  await fresh.goto("/scenarios/new");
  await fresh.getByRole("button", { name: "Använd mallen Minskat ekonomiskt bistånd" }).click();
  await expect(fresh).toHaveURL(/\/scenarios\/[0-9a-f-]{36}$/);
  await expect(fresh.locator("#cohort-0-participants")).toBeVisible();
  await expect(fresh.getByTestId("npv")).toContainText("kr");
  await fresh.close();
});
