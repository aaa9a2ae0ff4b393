import { cookies } from "next/headers";
import { renderReportPdf } from "@/export/pdf";
import { attachment, exportFileName, exportLocale, scenarioForExport } from "@/export/scenario-for-export";

export const dynamic = "force-dynamic";
// Chromium needs Node; a report takes a second or two to print.
export const runtime = "nodejs";
export const maxDuration = 60;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await scenarioForExport((await params).id);
  if ("response" in source) return source.response;
  const pdf = await renderReportPdf({
    scenarioId: source.scenario.id,
    locale: exportLocale(request),
    requestUrl: request.url,
    cookies: (await cookies()).getAll(),
  });
  return attachment(new Uint8Array(pdf), "application/pdf", exportFileName(source.scenario, "pdf"));
}
