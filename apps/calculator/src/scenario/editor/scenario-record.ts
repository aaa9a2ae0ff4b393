import type { ApiClient } from "@/api/server";

/** A scenario as the API returns it (`scenario.byId`, `save`, `restore` …). */
export type ScenarioRecord = Awaited<ReturnType<ApiClient["scenario"]["byId"]["query"]>>;
