import { attachment, exportFileName, scenarioForExport } from "@/export/scenario-for-export";

export const dynamic = "force-dynamic";

/** The scenario's open JSON (version 1 of the format), exactly what the import accepts. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await scenarioForExport((await params).id);
  if ("response" in source) return source.response;
  const { scenario } = source;
  return attachment(`${JSON.stringify(scenario.input, null, 2)}\n`, "application/json; charset=utf-8", exportFileName(scenario, "json"));
}
