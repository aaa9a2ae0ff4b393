// The saved scenario an export is made from, read with the planner's own session: what the API does not show
// them, they cannot export.
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import type { FollowUp, Fund } from "@/follow-up/load";
import { routing, type AppLocale } from "@/i18n/routing";
import { isScenarioId } from "@/scenario/load";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";

export type ExportSource = { scenario: ScenarioRecord } | { response: Response };
export type FollowUpExportSource = { followUp: FollowUp } | { response: Response };

const signInFirst = () => ({ response: Response.json({ error: { code: "UNAUTHORIZED", message: "Sign in first" } }, { status: 401 }) });

/** What the API answers with the planner's session, or the export's 401 or 404. */
async function readForExport<T>(id: string | null, what: string, read: () => Promise<T>): Promise<{ value: T } | { response: Response }> {
  const missing = { response: Response.json({ error: { code: "NOT_FOUND", message: `${what} not found` } }, { status: 404 }) };
  if (id !== null && !isScenarioId(id)) return missing;
  try {
    return { value: await read() };
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "UNAUTHORIZED") return signInFirst();
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return missing;
    throw error;
  }
}

export async function scenarioForExport(id: string): Promise<ExportSource> {
  const read = await readForExport(id, "Scenario", async () => (await serverApi()).scenario.byId.query({ id }));
  return "value" in read ? { scenario: read.value } : read;
}

/** The decision on a scenario with its follow-up; 404 for a scenario that was never decided. */
export async function followUpForExport(scenarioId: string): Promise<FollowUpExportSource> {
  const read = await readForExport(scenarioId, "Decision", async () => (await serverApi()).followUp.byScenario.query({ scenarioId }));
  return "value" in read ? { followUp: read.value } : read;
}

/** The organisation's fund: every decided investment with a fund rule (the fund page's figures). */
export async function fundForExport(): Promise<{ fund: Fund } | { response: Response }> {
  const read = await readForExport(null, "Fund", async () => (await serverApi()).followUp.fund.query({ limit: 500 }));
  return "value" in read ? { fund: read.value } : read;
}

export function exportLocale(request: Request): AppLocale {
  const requested = new URL(request.url).searchParams.get("locale");
  return routing.locales.find((locale) => locale === requested) ?? routing.defaultLocale;
}

/** A file name from the scenario's name: letters, digits and dashes only, so every system accepts it. */
export function exportFileName(scenario: { name: string }, extension: string): string {
  const base = scenario.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "kalkyl"}.${extension}`;
}

export function attachment(body: BodyInit, contentType: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "private, no-store",
    },
  });
}
