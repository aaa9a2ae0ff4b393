// The baseline the load report divides by: the first page of the public initiative list (GET /v1/initiatives with
// no filter) answered with the same SQL work as listInitiatives — the page, the count, and the focus areas,
// places, lead organisations and evaluations of its items — but with bare postgres.js and node:http: no tRPC,
// OpenAPI adapter, zod, Drizzle, sessions or rate limiting. What remains between the two is our overhead.
//
//   tsx load/baseline.ts --database-url postgres://… --port 4610
import { createServer, type Server } from "node:http";
import { parseArgs } from "node:util";
import postgres, { type Sql } from "postgres";

const pageSize = 20;

/** A row of one of the page's parts (focus areas, places, organisations, evaluations). */
type PartRow = { initiative_id: string } & Record<string, unknown>;

async function firstPage(sql: Sql) {
  const [rows, [counted]] = await Promise.all([
    sql`select id, slug, title_sv, title_en, tagline_sv, tagline_en, summary_sv, summary_en, status, scope,
               showcase_group, period_start, period_end, target_age_min, target_age_max, published, version,
               updated_at, title_sort
          from initiatives where published
         order by title_sort collate "C", id
         limit ${pageSize + 1}`,
    sql<{ total: number }[]>`select count(*)::int as total from initiatives where published`,
  ]);
  const page = rows.slice(0, pageSize);
  const ids = page.map((row) => row.id as string);
  const [areas, places, links, evaluationRows] = await Promise.all([
    sql<
      PartRow[]
    >`select initiative_id, focus_area from initiative_focus_areas where initiative_id in ${sql(ids)} order by position`,
    sql<PartRow[]>`select initiative_id, kind, name, municipality_code, county_code from initiative_places
         where initiative_id in ${sql(ids)} order by position`,
    sql<
      PartRow[]
    >`select l.initiative_id, l.role, o.id, o.slug, o.name_sv, o.name_en, o.scb_code from initiative_organisations l
          join organisations o on o.id = l.organisation_id
         where l.initiative_id in ${sql(ids)} and l.role in ('lead', 'partner') order by l.position`,
    sql<
      PartRow[]
    >`select initiative_id, key, evidence_level, effect_low, effect_high, effect_central, effect_unit
          from evaluations where initiative_id in ${sql(ids)} order by position`,
  ]);
  const own = (list: readonly PartRow[], id: string) => list.filter((item) => item.initiative_id === id);
  return {
    items: page.map((row) => ({
      ...row,
      focusAreas: own(areas, row.id),
      places: own(places, row.id),
      leadOrganisations: own(links, row.id),
      evaluations: own(evaluationRows, row.id),
    })),
    nextCursor: rows.length > pageSize ? String(page.at(-1)?.id) : null,
    total: counted?.total ?? 0,
  };
}

/** Serves `GET /v1/initiatives` (first page only) on `port`; everything else is 404. */
export function createBaselineServer(sql: Sql): Server {
  return createServer((req, res) => {
    if (req.method !== "GET" || !req.url?.startsWith("/v1/initiatives")) {
      res.writeHead(404).end();
      return;
    }
    firstPage(sql).then(
      (body) => {
        res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      },
      (error: unknown) => {
        console.error("[baseline]", error);
        res.writeHead(500, { "content-type": "application/json" }).end('{"error":"internal"}');
      },
    );
  });
}

/** Same pool size as the API's default (@insats/db's createDb), so neither side has more connections. */
export const baselinePoolSize = 10;

async function main() {
  const { values } = parseArgs({
    options: { "database-url": { type: "string" }, port: { type: "string", default: "4610" } },
  });
  if (!values["database-url"]) throw new Error("--database-url is required");
  const sql = postgres(values["database-url"], { max: baselinePoolSize, onnotice: () => {} });
  const server = createBaselineServer(sql);
  server.listen(Number(values.port), "127.0.0.1", () =>
    console.info(`[baseline] http://127.0.0.1:${values.port}/v1/initiatives`),
  );
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void sql.end({ timeout: 2 }).finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
