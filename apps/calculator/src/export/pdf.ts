// The committee report as PDF: Debian's Chromium prints the app's own report page with the planner's session, so
// the PDF shows exactly what the planner may see. Chromium tags the PDF (headings, tables, the page language) so
// that it stays readable with assistive technology and its text can be extracted.
//
// One Chromium serves every export (a launch costs about a second and 100 MB); each render gets its own browser
// context (cookies of its planner only), and at most PDF_CONCURRENCY render at once, the rest wait in line, so ten
// exports at once neither start ten browsers nor slow the first in line down tenfold.
import pLimit, { type LimitFunction } from "p-limit";
import { chromium, type Browser } from "playwright-core";
import { calculatorEnv } from "@/env";
import { getPathname } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { isAuthCookie, organisationCookie } from "@/session/cookies";

export interface ReportPdfRequest {
  scenarioId: string;
  /** Which print page: the committee report (default) or the scenario's follow-up. */
  page?: "report" | "followUp";
  locale: AppLocale;
  /** The request's own address: the app reaches its report page there unless CALCULATOR_INTERNAL_URL says otherwise. */
  requestUrl: string;
  cookies: readonly { name: string; value: string }[];
}

export interface RenderedPdf {
  pdf: Buffer;
  /** How long the export waited for its turn and how long Chromium took, in milliseconds. */
  queuedMs: number;
  renderMs: number;
  /** Reports open in the shared browser while this one printed (itself included): never above PDF_CONCURRENCY. */
  concurrent: number;
}

const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

let queue: LimitFunction | undefined;
let shared: Promise<Browser> | undefined;

/** The shared browser, launched on first use and again after it has died (crash, out of memory, killed). */
function sharedBrowser(): Promise<Browser> {
  if (shared) return shared;
  const launching = chromium.launch({ executablePath: calculatorEnv().CHROMIUM_PATH, args: chromiumArgs });
  shared = launching;
  const forget = () => {
    if (shared === launching) shared = undefined;
  };
  launching.then((browser) => browser.on("disconnected", forget), forget);
  return launching;
}

async function connectedBrowser(): Promise<Browser> {
  const browser = await sharedBrowser();
  if (browser.isConnected()) return browser;
  shared = undefined;
  return sharedBrowser();
}

/** The page the PDF is printed from: on CALCULATOR_INTERNAL_URL when set (behind a TLS-terminating proxy), else the request's origin. */
export function reportUrl({ scenarioId, page = "report", locale, requestUrl }: Pick<ReportPdfRequest, "scenarioId" | "page" | "locale" | "requestUrl">): string {
  const origin = (calculatorEnv().CALCULATOR_INTERNAL_URL ?? new URL(requestUrl).origin).replace(/\/+$/, "");
  const path = page === "followUp" ? `/report/${scenarioId}/follow-up` : `/report/${scenarioId}`;
  return `${origin}${getPathname({ locale, href: path })}`;
}

async function render(request: ReportPdfRequest, browser: Browser): Promise<{ pdf: Buffer; concurrent: number }> {
  const url = reportUrl(request);
  const { origin } = new URL(url);
  const context = await browser.newContext({ locale: request.locale === "sv" ? "sv-SE" : "en-GB", javaScriptEnabled: false });
  // Counted in the browser itself, not in this module's bookkeeping: one context per report being printed.
  let concurrent = browser.contexts().length;
  try {
    await context.addCookies(
      request.cookies
        .filter((cookie) => isAuthCookie(cookie.name) || cookie.name === organisationCookie)
        .map((cookie) => ({ name: cookie.name, value: cookie.value, url: origin, secure: cookie.name.startsWith("__Secure-") })),
    );
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    if (!response?.ok()) throw new Error(`The report page answered ${response?.status() ?? "nothing"}`);
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      tagged: true,
      outline: true,
      margin: { top: "18mm", bottom: "18mm", left: "16mm", right: "16mm" },
    });
    concurrent = Math.max(concurrent, browser.contexts().length);
    return { pdf, concurrent };
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function renderReportPdf(request: ReportPdfRequest): Promise<RenderedPdf> {
  queue ??= pLimit(calculatorEnv().PDF_CONCURRENCY);
  const queued = performance.now();
  return queue(async () => {
    const started = performance.now();
    const browser = await connectedBrowser();
    let rendered: { pdf: Buffer; concurrent: number };
    try {
      rendered = await render(request, browser);
    } catch (error) {
      // The browser died under this report (the others in line will get a new one): once more, on a new browser.
      if (browser.isConnected()) throw error;
      rendered = await render(request, await connectedBrowser());
    }
    return { ...rendered, queuedMs: started - queued, renderMs: performance.now() - started };
  });
}
