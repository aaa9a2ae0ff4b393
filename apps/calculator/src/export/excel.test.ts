import { createScenarioFromTemplate, unitCostAt, unitCostByKey } from "@insats/domain";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";
import { safeText, scenarioWorkbook } from "./excel";
import { exportRecord, exportTranslator } from "./test-translations";

// Outside a Next.js request there is no request config to read messages from.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "sv" | "en"; namespace?: string }) => exportTranslator(locale, namespace),
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
  input.outcomes = input.outcomes.map((outcome) => ({ ...outcome, label: "@Bistånd" }));
  const scenario = exportRecord(input, "social-assistance") as ScenarioRecord;

  async function load(locale: "sv" | "en" = "sv") {
    const workbook = new ExcelJS.Workbook();
    const bytes = await scenarioWorkbook(scenario, locale);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    return workbook;
  }

  /** Every cell of every sheet, as ExcelJS reads them back. */
  function cells(workbook: ExcelJS.Workbook) {
    const all: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => all.push(cell))));
    return all;
  }

  it("quotes the planner's text, in cells and in the year sheet's headers", async () => {
    const workbook = await load();
    const texts = cells(workbook).map((cell) => cell.value);
    expect(texts).toContain(`'${name}`);
    expect(texts).toContain("'+Lönestöd");
    expect(texts).not.toContain(name);
    expect(texts).not.toContain("+Lönestöd");
    // A label inside a longer header does not start the cell, so it needs no quote there.
    expect(texts).toContain("Kostnad: +Lönestöd (kr)");
    const strings = texts.filter((value): value is string => typeof value === "string");
    expect(strings.filter((text) => /^[=+\-@]/.test(text))).toEqual([]);
  });

  it("computes the year table and the key figures with formulas over named inputs", async () => {
    const workbook = await load();
    const formulas = cells(workbook).filter((cell) => cell.type === ExcelJS.ValueType.Formula);
    // Every cell of the year table but the offsets is a formula: 10 years × the columns after the first.
    const years = workbook.getWorksheet("År för år")!;
    const yearFormulas = formulas.filter((cell) => cell.worksheet === years && Number(cell.row) >= 2 && Number(cell.row) <= 11);
    expect(yearFormulas).toHaveLength(10 * (years.columnCount - 1));
    const named = (name: string) => {
      const [range] = workbook.definedNames.getRanges(name).ranges as [string];
      const [sheet, address] = range.split("!") as [string, string];
      return workbook.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, ""));
    };
    expect(named("Summa_Nettonuvarde").formula).toBe("Summa_NuvardeNyttor-Summa_NuvardeKostnader");
    expect(named("Summa_NuvardeKostnader").formula).toBe("SUM(Ar_NuvardeKostnader)");
    expect(years.getCell("B2").formula).toBe("Startar+$A2");
    expect(named("Kalkylranta").value).toBe(0.035);
    // The effect is uniform(0.44, 0.54): its base value is the midpoint of the cells beside it.
    expect(named("Utfall1_Effekt").formula).toMatch(/^\(E\d+\+G\d+\)\/2$/);
  });

  it("labels every input in the export's language, with no code words or placeholders", async () => {
    for (const locale of ["sv", "en"] as const) {
      const strings = cells(await load(locale))
        .map((cell) => cell.value)
        .filter((value): value is string => typeof value === "string");
      expect(strings.filter((text) => /perParticipant|oneOff|household-year|\{|fields\.|workbook\./.test(text))).toEqual([]);
      expect(strings).toContain(locale === "sv" ? "År (0 = 2025)" : "Year (0 = 2025)");
      expect(strings).toContain(locale === "sv" ? "Per deltagare och år" : "Per participant and year");
      expect(strings).toContain(locale === "sv" ? "kr per hushåll och år" : "SEK per household and year");
    }
  });

  it("names the sheets in the export's language and cites the template's sources", async () => {
    const workbook = await load("en");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Summary", "Inputs", "Year by year", "By payer", "Sensitivity", "Simulation", "Sources"]);
    const sources = workbook.getWorksheet("Sources")!.getColumn(2).values.filter((value) => typeof value === "string");
    expect(sources.some((text) => text.startsWith("Servicetrainee: households on assistance fell 74%"))).toBe(true);
  });

  it("gives the library's sources and notes in the workbook's language", async () => {
    const national = unitCostByKey("ekonomiskt_bistand_per_hushall_ar");
    for (const locale of ["sv", "en"] as const) {
      const sheet = (await load(locale)).getWorksheet(locale === "sv" ? "Källor" : "Sources")!;
      expect(sheet.getColumn(8).values, locale).toContain(national.source[locale]);
      expect(sheet.getColumn(9).values, locale).toContain(national.note?.[locale]);
      // The nation by its name in the workbook's language.
      expect(sheet.getColumn(7).values, locale).toContain(locale === "sv" ? "Sverige" : "Sweden");
      if (locale === "sv") expect(sheet.getColumn(7).values).not.toContain("Sweden");
    }
  });

  it("says a value kept as the template set it is the template's default, as the report does, and a changed one the planner's", async () => {
    const noteOf = (workbook: ExcelJS.Workbook, sheet: string, labelText: string) =>
      workbook.getWorksheet(sheet)!.getRows(1, workbook.getWorksheet(sheet)!.rowCount)!.find((row) => row.getCell(1).value === labelText)?.getCell(10).value;
    expect(noteOf(await load("sv"), "Indata", "Deltagare")).toBe("Mallens förval (”Minskat ekonomiskt bistånd”)");
    expect(noteOf(await load("en"), "Inputs", "Participants")).toBe("The template's default (“Reduced social assistance”)");
    const changed = { ...input, cohorts: input.cohorts.map((cohort) => ({ ...cohort, participants: 12 })) };
    const workbook = new ExcelJS.Workbook();
    const bytes = await scenarioWorkbook(exportRecord(changed, "social-assistance"), "sv");
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(noteOf(workbook, "Indata", "Deltagare")).toBe("Planerarens eget antagande");
  });

  it("cites a unit cost the planner chose from the library, on the inputs sheet and in the sources", async () => {
    const entry = unitCostByKey("ekonomiskt_bistand_per_hushall_ar_2024");
    const chosen = {
      ...input,
      outcomes: input.outcomes.map((outcome) => ({ ...outcome, unitCost: unitCostAt(entry, input.priceYear), unitCostKeys: [entry.key] })),
    };
    for (const locale of ["sv", "en"] as const) {
      const workbook = new ExcelJS.Workbook();
      const bytes = await scenarioWorkbook(exportRecord(chosen, "social-assistance"), locale);
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const note =
        locale === "sv"
          ? `Vald styckkostnad ur biblioteket: ${entry.label.sv}, KPI-justerad till scenariots prisår`
          : `Chosen unit cost from the library: ${entry.label.en}, indexed with CPI (KPI) to the scenario's price year`;
      // Not "the planner's own assumption": the workbook names the entry the report names.
      expect(workbook.getWorksheet(locale === "sv" ? "Indata" : "Inputs")!.getColumn(10).values).toContain(note);
      const rows: unknown[][] = [];
      workbook.getWorksheet(locale === "sv" ? "Källor" : "Sources")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows).toContainEqual([
        expect.stringContaining("@Bistånd"),
        note,
        entry.label[locale],
        entry.value,
        locale === "sv" ? "hushåll och år" : "household and year",
        entry.priceYear,
        locale === "sv" ? "Sverige" : "Sweden",
        entry.source[locale],
        entry.note?.[locale],
      ]);
    }
  });

  it("cites a unit cost picked from Kolada with its source, on the inputs sheet and in the sources", async () => {
    const cited = "Kolada, N31006 Utbetalt ekonomiskt bistånd per hushåll (exkl flyktinghushåll), kr/hushåll, 2023";
    const source = `${cited}; median av 13 kommuner i Östergötlands län`;
    const picked = {
      ...input,
      outcomes: input.outcomes.map(({ unitCostKeys: _, ...outcome }) => ({
        ...outcome,
        unitCost: 81_234,
        unitCostSource: {
          key: "kolada_n31006_0581_2023",
          label: { sv: "Utbetalt ekonomiskt bistånd per hushåll (exkl flyktinghushåll), kr/hushåll", en: "Social assistance paid per household and year (excluding refugee households)" },
          value: 79_000,
          unit: "household-year",
          priceYear: 2023,
          geography: "Norrköping",
          source: { sv: source, en: `${cited}; median of 13 municipalities in Östergötlands län` },
        },
      })),
    };
    const workbook = new ExcelJS.Workbook();
    const bytes = await scenarioWorkbook(exportRecord(picked, null), "sv");
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const note = `Vald styckkostnad: ${source}, KPI-justerad till scenariots prisår`;
    expect(workbook.getWorksheet("Indata")!.getColumn(10).values).toContain(note);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Källor")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual([expect.stringContaining("@Bistånd"), note, picked.outcomes[0]!.unitCostSource.label.sv, 79_000, "hushåll och år", 2023, "Norrköping", source]);
  });

  it("shows integers without a decimal part and shares as percentages", async () => {
    const inputs = (await load()).getWorksheet("Indata")!;
    const row = (labelText: string) => inputs.getRows(1, inputs.rowCount)!.find((candidate) => candidate.getCell(1).value === labelText)!;
    expect(row("Deltagare").getCell(2).numFmt).toBe("#,##0");
    expect(row("Kalkylränta").getCell(2).numFmt).toBe("0.0#%");
    expect(row("Effekt: andel som undviks").getCell(2).numFmt).toBe("0.0#%");
  });
});
