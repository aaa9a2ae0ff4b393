import { getTranslations } from "next-intl/server";
import { followUpWorkbook } from "@/export/follow-up-excel";
import { attachment, exportFileName, exportLocale, followUpForExport } from "@/export/scenario-for-export";

export const dynamic = "force-dynamic";

/** The follow-up of a decided scenario as an Excel workbook with live formulas. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await followUpForExport((await params).id);
  if ("response" in source) return source.response;
  const locale = exportLocale(request);
  const t = await getTranslations({ locale, namespace: "followUpWorkbook" });
  const workbook = await followUpWorkbook(source.followUp, locale);
  return attachment(
    new Uint8Array(workbook),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    exportFileName({ name: t("fileName", { name: source.followUp.decision.scenarioName }) }, "xlsx"),
  );
}
