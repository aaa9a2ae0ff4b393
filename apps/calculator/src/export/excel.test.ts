import { createScenarioFromTemplate } from "@insats/domain";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import messages from "../../messages/sv.json";
import { analyseScenario } from "@/scenario/analysis";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";
import { safeText, scenarioWorkbook } from "./excel";

// Outside a Next.js request there is no request config to read messages from; the workbook is always Swedish.
// A message that cannot be formatted throws here, where next-intl would print its key into the workbook.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace: string }) =>
    createTranslator({
      locale,
      messages,
      namespace: namespace as never,
      onError: (error) => {
        throw error;
      },
    }),
}));

describe("text cells that Excel could take for a formula", () => {
  it.each(["=SUM(A1:A9)", "+46 11 15 00 00", "-1", "@SUM(A1)", "\t=1", "\r=1"])("quotes %j", (text) => {
    expect(safeText(text)).toBe(`'${text}`);
  });

  it.each(["Bistånd 2025", "", "1 + 1 = 2", "'citat", " =1"])("leaves %j as it is", (text) => {
    expect(safeText(text)).toBe(text);
  });
});

describe("the workbook", () => {
  const name = '=HYPERLINK("https://example.org","Klicka")';
  const input = { ...createScenarioFromTemplate("social-assistance", { startYear: 2025 }), name };
  input.costs = input.costs.map((cost, index) => (index === 0 ? { ...cost, label: "+Lönestöd" } : cost));
  const scenario: ScenarioRecord = {
    id: "00000000-0000-4000-8000-000000000001",
    organisationId: "00000000-0000-4000-8000-000000000002",
    ownerId: null,
    name,
    description: "",
    input,
    templateId: "social-assistance",
    initiativeSlug: null,
    summary: { npv: null, bcr: null, paybackOffset: null },
    version: 3,
    archivedAt: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
  };

  async function load() {
    const workbook = new ExcelJS.Workbook();
    const bytes = await scenarioWorkbook(scenario);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return workbook;
  }

  /** Every cell of every sheet, as ExcelJS reads them back. */
  function cells(workbook: ExcelJS.Workbook) {
    const all: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => all.push(cell))));
    return all;
  }

  it("holds no formula, and the planner's text is quoted", async () => {
    const workbook = await load();
    expect(cells(workbook).filter((cell) => cell.type === ExcelJS.ValueType.Formula)).toEqual([]);
    const texts = cells(workbook).map((cell) => cell.value);
    expect(texts).toContain(`'${name}`);
    expect(texts).toContain("'+Lönestöd");
    expect(texts).not.toContain(name);
  });

  it("labels every input, offsets with the start year", async () => {
    const inputs = (await load()).getWorksheet("Indata")!;
    const labels = inputs.getColumn(1).values.filter((value) => typeof value === "string");
    expect(labels).toContain("År (0 = 2025)");
    expect(labels.filter((label) => label.includes("{") || label.startsWith("fields."))).toEqual([]);
  });

  it("holds the figures as numbers", async () => {
    const summary = (await load()).getWorksheet("Sammanfattning")!;
    const npvRow = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(1).value === "Nettonuvärde (kr)")!;
    expect(npvRow.getCell(2).value).toBeCloseTo(analyseScenario(input).result.totals.npv, 6);
  });
});
