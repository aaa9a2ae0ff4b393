import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { renderReportPdf } from "@/export/pdf";
import { attachment, exportFileName, exportLocale, followUpForExport } from "@/export/scenario-for-export";

export const dynamic = "force-dynamic";
// Chromium needs Node; the follow-up waits in the same line as the committee reports (PDF_CONCURRENCY).
export const runtime = "nodejs";
export const maxDuration = 60;

/** The follow-up view printed to PDF by the shared Chromium, with the planner's session. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await followUpForExport((await params).id);
  if ("response" in source) return source.response;
  const locale = exportLocale(request);
  const rendered = await renderReportPdf({
    scenarioId: source.followUp.decision.scenarioId,
    page: "followUp",
    locale,
    requestUrl: request.url,
    cookies: (await cookies()).getAll(),
  });
  const t = await getTranslations({ locale, namespace: "followUpWorkbook" });
  const response = attachment(new Uint8Array(rendered.pdf), "application/pdf", exportFileName({ name: t("fileName", { name: source.followUp.decision.scenarioName }) }, "pdf"));
  response.headers.set("server-timing", `pdf-queue;dur=${rendered.queuedMs.toFixed(0)}, pdf-render;dur=${rendered.renderMs.toFixed(0)}`);
  response.headers.set("x-pdf-concurrent", String(rendered.concurrent));
  return response;
}
