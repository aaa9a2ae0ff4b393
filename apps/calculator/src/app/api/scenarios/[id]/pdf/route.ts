import { cookies } from "next/headers";
import { renderReportPdf } from "@/export/pdf";
import { attachment, exportFileName, exportLocale, scenarioForExport } from "@/export/scenario-for-export";

export const dynamic = "force-dynamic";
// Chromium needs Node; a report takes a second or two to print, longer when others are in line before it.
export const runtime = "nodejs";
export const maxDuration = 60;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await scenarioForExport((await params).id);
  if ("response" in source) return source.response;
  const rendered = await renderReportPdf({
    scenarioId: source.scenario.id,
    locale: exportLocale(request),
    requestUrl: request.url,
    cookies: (await cookies()).getAll(),
  });
  const response = attachment(new Uint8Array(rendered.pdf), "application/pdf", exportFileName(source.scenario, "pdf"));
  // For monitoring and the PDF drill: time in line and in Chromium, and how many reports the browser printed at once.
  response.headers.set("server-timing", `pdf-queue;dur=${rendered.queuedMs.toFixed(0)}, pdf-render;dur=${rendered.renderMs.toFixed(0)}`);
  response.headers.set("x-pdf-concurrent", String(rendered.concurrent));
  return response;
}
