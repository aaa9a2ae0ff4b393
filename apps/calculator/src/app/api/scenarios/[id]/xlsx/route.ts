import { scenarioWorkbook } from "@/export/excel";
import { attachment, exportFileName, exportLocale, scenarioForExport } from "@/export/scenario-for-export";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await scenarioForExport((await params).id);
  if ("response" in source) return source.response;
  const workbook = await scenarioWorkbook(source.scenario, exportLocale(request));
  return attachment(new Uint8Array(workbook), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exportFileName(source.scenario, "xlsx"));
}
