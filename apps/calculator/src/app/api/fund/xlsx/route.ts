import { getTranslations } from "next-intl/server";
import { fundWorkbook } from "@/export/fund-excel";
import { attachment, exportFileName, exportLocale, fundForExport } from "@/export/scenario-for-export";
import { currentUser } from "@/session/current";

export const dynamic = "force-dynamic";

/** The fund page's books as an Excel workbook: investments, expected repayments per year and the ledger. */
export async function GET(request: Request) {
  const source = await fundForExport();
  if ("response" in source) return source.response;
  const locale = exportLocale(request);
  const user = await currentUser();
  const organisation = user?.memberships.find((membership) => membership.organisationId === user.activeOrganisationId)?.organisationName ?? "";
  const t = await getTranslations({ locale, namespace: "fundWorkbook" });
  const workbook = await fundWorkbook(source.fund, organisation, locale);
  return attachment(new Uint8Array(workbook), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", exportFileName({ name: t("fileName", { organisation }) }, "xlsx"));
}
