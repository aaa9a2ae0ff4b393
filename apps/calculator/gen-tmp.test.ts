import { scenarioTemplates } from "@insats/domain";
import { writeFile } from "node:fs/promises";
import { it } from "vitest";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";
import { buildScenarioWorkbook } from "./src/export/excel";
import { exportRecord, exportTranslator } from "./src/export/test-translations";
it("writes", async () => {
  for (const locale of ["sv", "en"] as const) {
    const t = scenarioTemplates[2]!;
    const { workbook } = buildScenarioWorkbook(exportRecord(t.input, t.id) as ScenarioRecord, locale, exportTranslator(locale) as never);
    await writeFile(`/tmp/xl/view-${locale}.xlsx`, Buffer.from(await workbook.xlsx.writeBuffer()));
  }
});
