// The baseline the load report divides by: the first page of the public initiative list (GET /v1/initiatives with
// no filter) answered with the same SQL as listInitiatives — one statement with the page, its focus areas, places,
// lead organisations and evaluations as JSON, and the total — but with bare postgres.js and node:http: no tRPC,
// OpenAPI adapter, zod, Drizzle, sessions or rate limiting. What remains between the two is our overhead.
//
//   tsx load/baseline.ts --database-url postgres://… --port 4610
import { createServer, type Server } from "node:http";
import { parseArgs } from "node:util";
import postgres, { type Sql } from "postgres";

const pageSize = 20;

async function firstPage(sql: Sql) {
  const rows = await sql`
    select i.id, i.slug, i.title_sv, i.title_en, i.tagline_sv, i.tagline_en, i.summary_sv, i.summary_en, i.status,
           i.scope, i.showcase_group, i.period_start, i.period_end, i.period_description_sv, i.period_description_en,
           i.target_age_min, i.target_age_max, i.published, i.version, i.updated_at, i.title_sort,
           coalesce((select json_agg(f.focus_area order by f.position) from initiative_focus_areas f
                      where f.initiative_id = i.id), '[]'::json) as focus_areas,
           coalesce((select json_agg(json_build_object('kind', p.kind, 'name', p.name,
                       'municipalityCode', p.municipality_code, 'countyCode', p.county_code) order by p.position)
                       from initiative_places p where p.initiative_id = i.id), '[]'::json) as places,
           coalesce((select json_agg(json_build_object('role', l.role, 'organisation', json_build_object(
                       'id', o.id, 'slug', o.slug, 'kind', o.kind, 'nameSv', o.name_sv, 'nameEn', o.name_en,
                       'scbCode', o.scb_code, 'countyCode', o.county_code)) order by l.position)
                       from initiative_organisations l join organisations o on o.id = l.organisation_id
                      where l.initiative_id = i.id and l.role in ('lead', 'partner')), '[]'::json) as organisations,
           coalesce((select json_agg(json_build_object('key', e.key, 'evidenceLevel', e.evidence_level,
                       'effectLow', e.effect_low, 'effectHigh', e.effect_high, 'effectCentral', e.effect_central,
                       'effectUnit', e.effect_unit) order by e.position)
                       from evaluations e where e.initiative_id = i.id), '[]'::json) as evaluations,
           (select count(*)::int from initiatives where published) as total
      from initiatives i
     where i.published
     order by i.title_sort collate "C", i.id
     limit ${pageSize + 1}`;
  const page = rows.slice(0, pageSize);
  return {
    items: page.map(({ total: _total, ...row }) => row),
    nextCursor: rows.length > pageSize ? String(page.at(-1)?.id) : null,
    total: (rows[0]?.total as number | undefined) ?? 0,
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
