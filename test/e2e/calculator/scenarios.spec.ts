// The planner's path through the calculator: create, edit with live results, save, conflicts, compare, exports.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
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

test("the Excel export holds numbers and the npv on the screen", async () => {
  await page.goto(scenarioPath);
  const screenNpv = moneyFromText((await page.getByTestId("npv").textContent()) ?? "");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /^Excel/ }).click();
  const file = await (await download).path();
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(file);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const summary = workbook.getWorksheet("Sammanfattning")!;
  const npvRow = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(1).value === "Nettonuvärde (kr)")!;
  const npv = npvRow.getCell(2).value;
  expect(typeof npv).toBe("number");
  expect(Math.round(npv as number)).toBe(screenNpv);
  const years = workbook.getWorksheet("År för år")!;
  expect(typeof years.getRow(2).getCell(2).value).toBe("number");
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Sammanfattning", "Indata", "År för år", "Per kostnadsbärare", "Simulering"]);
});

test("the PDF report has extractable text and its language set", async () => {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF-rapport för nämnden" }).click();
  const bytes = await readFile(await (await download).path());
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const text = (await (await document.getPage(1)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" ");
  expect(text).toContain("E2E bistånd");
  expect(text).toContain("Nettonuvärde");
  const catalog = (await document.getMetadata()) as unknown;
  expect(catalog).toBeTruthy();
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
