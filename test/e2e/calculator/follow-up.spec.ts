// Follow-up and the fund: a planner records a decision with a fund rule, reports two years, reads the variance
// and the fund's ledger and exports both (the workbooks recalculated by LibreOffice give the figures on the
// screen; the PDF is the follow-up's text); another organisation sees none of it.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { recalculateWorkbooks } from "../../../apps/calculator/src/export/libreoffice-recalc";
import { createFromShowcaseLink, moneyFromText, norrkopingPlanner, orebroPlanner, signIn } from "./session.ts";

/** Clicks a download link and reads the file back, recalculated by LibreOffice (the file holds formulas only). */
async function recalculatedDownload(page: Page, link: RegExp): Promise<ExcelJS.Workbook> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const dir = await mkdtemp(join(tmpdir(), "insats-e2e-follow-up-"));
  const file = join(dir, "export.xlsx");
  await (await download).saveAs(file);
  const [recalculated] = await recalculateWorkbooks([file], join(dir, "out"));
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(recalculated!);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  await rm(dir, { recursive: true, force: true });
  return workbook;
}

/** What the formula behind a defined name computed. */
function named(workbook: ExcelJS.Workbook, name: string): unknown {
  const [range] = workbook.definedNames.getRanges(name).ranges as [string];
  const [sheet, address] = range.split("!") as [string, string];
  return workbook.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, "")).result;
}

/** The page is no wider than a 390 px phone: nothing scrolls the whole page sideways. */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  // The elements that reach past the right edge (not inside a scrolling table region), to say what is too wide.
  const tooWide = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((element) => element.getBoundingClientRect().right > 391 && !element.closest(".table-scroll"))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`)
      .slice(0, 5),
  );
  expect(tooWide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function reportYear(page: Page, year: number, measured: string, source: string) {
  await page.getByLabel("År", { exact: true }).selectOption({ label: String(year) });
  const households = page.getByRole("group", { name: /^Uppmätt:/ });
  await households.getByLabel("Uppmätt antal").fill(measured);
  await households.getByLabel("Källa").fill(source);
  await page.getByRole("button", { name: `Spara utfall för ${year}` }).click();
  await expect(page.getByText("Utfallet är sparat.")).toBeVisible();
}

test("decide with a fund rule, report two years, read the variance and the ledger, export both", async ({
  page,
  browser,
}) => {
  // LibreOffice recalculates two workbooks and Chromium prints a PDF.
  test.setTimeout(240_000);
  await signIn(page, norrkopingPlanner);
  const editor = await createFromShowcaseLink(page, `Uppföljning ${Date.now()}`);
  const followUp = `${editor}/follow-up`;
  await page.goto(followUp);
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);

  await page.getByRole("button", { name: "Registrera beslutet" }).click();
  await expect(page.getByText("Ange beslutsdatum.")).toBeVisible();
  await expect(page.getByLabel("Beslutsdatum")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Beslutsdatum").fill("2026-03-12");
  await page.getByLabel("Vem beslutade").selectOption("fundBoard");
  await page.getByLabel("Namn på nämnden eller styrelsen").fill("Fonden för sociala investeringar");
  await page.getByLabel("Insatsen finansieras av en fond för sociala investeringar").check();
  await page.getByLabel("Beviljade medel (kr)").fill("2 000 000");
  await page.getByLabel("Andel av besparingen som återförs (%)").fill("50");
  await page.getByRole("button", { name: "Registrera beslutet" }).click();

  const summary = page.getByTestId("follow-up-summary");
  await expect(summary).toHaveText(/^Inga utfall är rapporterade ännu; nettonuvärdet följer prognosen, /);
  const startYear = Number(
    (await page.locator("#years-caption + thead + tbody th").first().innerText()).trim(),
  );
  await reportYear(page, startYear, "5", "Verksamhetssystemet");
  await reportYear(page, startYear + 1, "12", "Verksamhetssystemet");

  await expect(summary).toHaveText(
    /^Hittills \d+\s%\sav prognosen; med samma takt blir nettonuvärdet −?[\d,]+\smnkr i stället för −?[\d,]+\smnkr\.$/,
  );
  await expect(page.getByTestId("fund-summary")).toContainText("Återfört till fonden hittills:");
  const reportedRows = page
    .getByRole("table", { name: "Prognos och utfall per år (kronor, kalkylens prisår)" })
    .locator("tbody tr", { hasText: "rapporterat" });
  await expect(reportedRows).toHaveCount(2);
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);
  await fitsPhone(page);

  // The variance on the screen, and the same figures from the workbook's formulas.
  const figure = async (term: string) =>
    moneyFromText(await page.locator("dt", { hasText: term }).locator("+ dd").innerText());
  const [outturnNpv, variance] = [await figure("Nettonuvärde med utfallet"), await figure("Skillnad")];
  expect(variance).not.toBe(0);
  const workbook = await recalculatedDownload(page, /^Excel \(prognos och utfall/);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "Sammanfattning",
    "Indata",
    "År för år",
    "Kostnader",
    "Effekter",
    "Reskontra",
    "Kommentarer och källor",
  ]);
  expect(Math.round(named(workbook, "Summa_UtfallNettonuvarde") as number)).toBe(outturnNpv);
  expect(Math.round(named(workbook, "Summa_Skillnad") as number)).toBe(variance);
  const fundSummary = await page.getByTestId("fund-summary").innerText();
  const repaidSoFar = moneyFromText(/hittills: ([^.]+)\./.exec(fundSummary)![1]!);
  expect(Math.round(named(workbook, "Fond_AterfortHittills") as number)).toBe(repaidSoFar);
  // Both reported years, with their source, on the notes sheet.
  const notes = workbook.getWorksheet("Kommentarer och källor")!;
  expect(notes.getColumn(5).values.filter((value) => value === "Verksamhetssystemet")).toHaveLength(2);

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF av uppföljningen" }).click();
  const pdf = await readFile((await (await pdfDownload).path()));
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdfDocument = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = "";
  for (let number = 1; number <= pdfDocument.numPages; number++) {
    text += (await (await pdfDocument.getPage(number)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" ");
  }
  expect(text).toContain("Hittills");
  expect(text).toContain("Fondens saldo");
  // The print page has no forms: nothing to report in the PDF.
  expect(text).not.toContain("Rapportera utfall");
  // Nothing on the print page is wider than its column at 1280 px, nor than A4 less the PDF's margins (673 CSS
  // pixels): no table is cut off.
  await page.goto(`/report/${editor.split("/").at(-1)}/follow-up`);
  const clipped = () =>
    page.evaluate(() =>
      [...document.querySelectorAll(".report table, .report .table-scroll, .report section, .report dl")]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth} > ${element.clientWidth}`),
    );
  expect(await clipped()).toEqual([]);
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 673, height: 950 });
  expect(await clipped()).toEqual([]);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(followUp);

  await page.getByRole("link", { name: "Fonden", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fonden" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Investeringar med fondmedel" })).toContainText("2 000 000");
  await page
    .getByText(/^Reskontra: Uppföljning/)
    .first()
    .click();
  expect(
    (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze())
      .violations,
  ).toEqual([]);
  await fitsPhone(page);

  // The fund's workbook: this investment's grant, what it has repaid and what is outstanding, from the ledger.
  const fund = await recalculatedDownload(page, /^Exportera till Excel/);
  expect(fund.worksheets.map((sheet) => sheet.name)).toEqual(["Investeringar", "Reskontra"]);
  const investments = fund.getWorksheet("Investeringar")!;
  const row = investments.getRows(1, investments.rowCount)!.find((candidate) => candidate.getCell(2).text.startsWith("Uppföljning") && candidate.getCell(5).value === 2_000_000);
  expect(row, "the investment's row").not.toBeUndefined();
  expect(Math.round(row!.getCell(6).result as number)).toBe(repaidSoFar);
  expect(Math.round(row!.getCell(7).result as number)).toBe(2_000_000 - repaidSoFar);
  const ledger = fund.getWorksheet("Reskontra")!;
  const ledgerRows = ledger.getRows(2, ledger.rowCount - 1)!.filter((candidate) => candidate.getCell(1).value === row!.getCell(1).value);
  expect(ledgerRows.filter((candidate) => candidate.getCell(4).value === "utfall")).toHaveLength(2);

  // Another organisation's planner finds neither the follow-up nor the investment.
  const stranger = await browser.newPage();
  await signIn(stranger, orebroPlanner);
  const response = await stranger.goto(followUp);
  expect(response?.status()).toBe(404);
  await stranger.goto("/fund");
  await expect(stranger.getByRole("table", { name: "Investeringar med fondmedel" })).toHaveCount(0);
  await stranger.close();
});
