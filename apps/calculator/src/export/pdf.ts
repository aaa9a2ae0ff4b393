// The committee report as PDF: Debian's Chromium prints the app's own report page with the planner's session, so
// the PDF shows exactly what the planner may see. Chromium tags the PDF (headings, tables, the page language) so
// that it stays readable with assistive technology and its text can be extracted.
import { chromium } from "playwright-core";
import { calculatorEnv } from "@/env";
import { getPathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { isAuthCookie, organisationCookie } from "@/session/cookies";

export interface ReportPdfRequest {
  scenarioId: string;
  locale: AppLocale;
  /** The request's own address: the app reaches its report page there unless CALCULATOR_INTERNAL_URL says otherwise. */
  requestUrl: string;
  cookies: readonly { name: string; value: string }[];
}

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export async function renderReportPdf({ scenarioId, locale, requestUrl, cookies }: ReportPdfRequest): Promise<Buffer> {
  const env = calculatorEnv();
  const origin = (env.CALCULATOR_INTERNAL_URL ?? new URL(requestUrl).origin).replace(/\/+$/, "");
  const browser = await chromium.launch({ executablePath: env.CHROMIUM_PATH, args: chromiumArgs });
  try {
    const context = await browser.newContext({ locale: locale === "sv" ? "sv-SE" : "en-GB", javaScriptEnabled: false });
    await context.addCookies(
      cookies
        .filter((cookie) => isAuthCookie(cookie.name) || cookie.name === organisationCookie)
        .map((cookie) => ({ name: cookie.name, value: cookie.value, url: origin, secure: cookie.name.startsWith("__Secure-") })),
    );
    const page = await context.newPage();
    const response = await page.goto(`${origin}${getPathname({ locale, href: `/report/${scenarioId}` })}`, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`The report page answered ${response?.status() ?? "nothing"}`);
    return await page.pdf({
      format: "A4",
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
  } finally {
    await browser.close();
  }
}
