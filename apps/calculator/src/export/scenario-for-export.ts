// The saved scenario an export is made from, read with the planner's own session: what the API does not show
// them, they cannot export.
import { apiErrorCode } from "@/api/errors";
import { serverApi } from "@/api/server";
import { routing, type AppLocale } from "@/i18n/routing";
import { isScenarioId } from "@/scenario/load";
import type { ScenarioRecord } from "@/scenario/editor/scenario-record";

export type ExportSource = { scenario: ScenarioRecord } | { response: Response };

export async function scenarioForExport(id: string): Promise<ExportSource> {
  const missing = { response: Response.json({ error: { code: "NOT_FOUND", message: "Scenario not found" } }, { status: 404 }) };
  if (!isScenarioId(id)) return missing;
  try {
    return { scenario: await (await serverApi()).scenario.byId.query({ id }) };
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "UNAUTHORIZED") return { response: Response.json({ error: { code, message: "Sign in first" } }, { status: 401 }) };
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") return missing;
    throw error;
  }
}

export function exportLocale(request: Request): AppLocale {
  const requested = new URL(request.url).searchParams.get("locale");
  return routing.locales.find((locale) => locale === requested) ?? routing.defaultLocale;
}

/** A file name from the scenario's name: letters, digits and dashes only, so every system accepts it. */
export function exportFileName(scenario: ScenarioRecord, extension: string): string {
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
