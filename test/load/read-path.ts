// The read-path benchmark (`pnpm bench`): the showcase's public reads at a size the showcase can reach (20 000
// initiatives: more than every municipality and region of Sweden would publish), on PostgreSQL, with no cache in
// the API. Measures, with the aims beside them:
// - searches at one connection (a common word, a rare word, a typo, a word with synonyms, an English word on /en):
//   p95 < 30 ms;
// - the list at 50 connections against the bare postgres.js baseline (load/baseline.ts), alternating: ≥ 0.5×;
// - facet counts at one connection: p95 < 50 ms;
// - "Menade du …?" for a misspelt word at one connection, reported;
// - the showcase's list page (the built Next server, production caching) at 50 concurrent visitors, beside the
//   same server answering a static file.
// Every figure is taken through HTTP against the real servers, in one run, with the machine's load beside it.
//
//   tsx load/read-path.ts [--initiatives 20000] [--seconds 5] [--connections 50] [--skip-showcase] [--prepare-only]
//
// The PostgreSQL server is TEST_DATABASE_URL's (default postgres://postgres@127.0.0.1:55432/postgres); the run
// creates (and drops afterwards) a database of its own there. Writes test/.bench-results/read-path.{md,json}.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createDb, migrate, seedDatabase } from "@insats/db";
import { focusAreas, initiativeScopes, initiativeStatuses, evaluationDesigns } from "@insats/domain";
import { sql } from "drizzle-orm";
import { measure, type Target } from "./measure.ts";
import {
  freshDatabase,
  generousBudgets,
  repoRoot,
  spawnServer,
  startApi,
  startApp,
  stopAll,
} from "./services.ts";

// Ports of the read-path benchmark's own (5500–5599), clear of the e2e runs and the load report.
const ports = { api: 5540, baseline: 5541, showcase: 5542 } as const;

const { values } = parseArgs({
  options: {
    initiatives: { type: "string", default: "20000" },
    seconds: { type: "string", default: "5" },
    connections: { type: "string", default: "50" },
    "skip-showcase": { type: "boolean", default: false },
    /** Generate the database (bench_read_path) and leave it there, for looking at plans by hand. */
    "prepare-only": { type: "boolean", default: false },
    out: { type: "string", default: join(repoRoot, "test", ".bench-results") },
  },
});
const initiatives = Number(values.initiatives);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:55432/postgres";
const warmUpSeconds = 2;
const ratioRounds = 2;

/** Subjects of the synthetic titles, Swedish and English side by side; every thirteenth initiative has each. */
const subjects = [
  ["språkutveckling", "language development"],
  ["föräldraskap", "parenting"],
  ["hemtjänst", "home care"],
  ["fallprevention", "fall prevention"],
  ["skolnärvaro", "school attendance"],
  ["psykisk hälsa", "mental health"],
  ["trygga hem", "safe homes"],
  ["arbete och praktik", "work and internships"],
  ["rörelse i skolan", "movement at school"],
  ["läsfrämjande", "reading promotion"],
  ["unga vuxna", "young adults"],
  ["ensamkommande", "unaccompanied minors"],
  ["äldres hälsa", "health of older people"],
] as const;
const openings = [
  ["Tidiga insatser för", "Early support for"],
  ["Tillsammans för", "Together for"],
  ["Satsning på", "Investing in"],
  ["Mobilt team för", "Mobile team for"],
  ["Stöd för", "Support for"],
] as const;
/** In one initiative in 400: the rare word. */
const rareWord = "hippoterapi";

const searches = {
  "common word (språkutveckling, ~8 %)": "q=spr%C3%A5kutveckling",
  [`rare word (${rareWord}, 0.25 %)`]: `q=${rareWord}`,
  "typo (fallprevension)": "q=fallprevension",
  "synonyms (fallskada: also fall, fallolycka, benbrott …)": "q=fallskada",
  "English word (parenting, language=en)": "q=parenting&language=en",
} as const;

const textArray = (items: readonly string[]) =>
  sql.raw(`array[${items.map((item) => `'${item.replace(/'/g, "''")}'`).join(", ")}]`);

/**
 * Migrates and seeds the database, then adds the synthetic initiatives with their place, lead organisation, two
 * focus areas, a source and an evaluation: one INSERT … SELECT over generate_series per table, a few seconds.
 */
async function prepare(databaseUrl: string): Promise<number> {
  const started = performance.now();
  const handle = await createDb({ databaseUrl });
  try {
    await migrate(handle.db);
    await seedDatabase(handle.db);
    const db = handle.db;
    const n = sql.raw(String(initiatives - 1));
    await db.execute(sql`
      with municipalities as (
        select id, name_sv, row_number() over (order by scb_code) - 1 as position,
               count(*) over () as total
          from organisations where kind = 'municipality' and scb_code is not null
      )
      insert into initiatives (slug, owner_organisation_id, showcase_group, status, scope, title_sv, title_en,
        summary_sv, summary_en, target_description_sv, target_description_en, age_min, age_max, target_age_min,
        target_age_max, period_start, search_terms, published, published_at)
      select 'syntetisk-insats-' || i, m.id, 'national',
        (${textArray(initiativeStatuses)})[1 + i % ${sql.raw(String(initiativeStatuses.length))}]::initiative_status,
        (${textArray(initiativeScopes)})[1 + i % ${sql.raw(String(initiativeScopes.length))}]::initiative_scope,
        (${textArray(openings.map(([sv]) => sv))})[1 + i % ${sql.raw(String(openings.length))}] || ' ' ||
          (${textArray(subjects.map(([sv]) => sv))})[1 + i % ${sql.raw(String(subjects.length))}] || ' i ' || m.name_sv || ' ' || i,
        (${textArray(openings.map(([, en]) => en))})[1 + i % ${sql.raw(String(openings.length))}] || ' ' ||
          (${textArray(subjects.map(([, en]) => en))})[1 + i % ${sql.raw(String(subjects.length))}] || ' in ' || m.name_sv || ' ' || i,
        'Kommunen och regionen arbetar tillsammans med barn, unga och deras familjer. Deltagarna får stöd av en '
          || 'samordnare under hela perioden.' || case when i % 400 = 7 then ' Med ${sql.raw(rareWord)} för barn med funktionsnedsättning.' else '' end,
        'The municipality and the region work together with children, young people and their families.',
        'Barn och unga', 'Children and young people', i % 70, i % 70 + 10, i % 70, i % 70 + 10,
        (2010 + i % 15)::text, m.name_sv, true, now() - make_interval(mins => i)
      from generate_series(0, ${n}) as i
      join municipalities m on m.position = i % m.total`);
    // Each table is analysed once written, and the seeded ones before: the triggers that keep initiative_facets
    // look up every table an initiative's facets come from, and without statistics the planner scanned one of
    // them in full for every initiative (the evaluations' insert took 115 s of the 150 s of this preparation).
    await db.execute(sql`analyze`);
    const from = sql`from initiatives i join organisations o on o.id = i.owner_organisation_id`;
    const synthetic = sql`${from} where i.slug like 'syntetisk-insats-%'`;
    const index = sql`substring(i.slug from 18)::int`;
    await db.execute(sql`insert into initiative_places (initiative_id, position, kind, municipality_code, county_code, name)
      select i.id, 0, 'municipality', o.scb_code, o.county_code, o.name_sv ${synthetic}`);
    await db.execute(sql`analyze initiative_places`);
    await db.execute(sql`insert into initiative_organisations (initiative_id, position, organisation_id, role)
      select i.id, 0, o.id, 'lead' ${synthetic}`);
    await db.execute(sql`analyze initiative_organisations`);
    const areas = sql.raw(String(focusAreas.length));
    await db.execute(sql`insert into initiative_focus_areas (initiative_id, position, focus_area)
      select i.id, part, (${textArray(focusAreas)})[1 + (${index} + part * 3) % ${areas}]::focus_area
        ${from} cross join generate_series(0, 1) as part where i.slug like 'syntetisk-insats-%'`);
    await db.execute(sql`analyze initiative_focus_areas`);
    await db.execute(sql`insert into initiative_sources (initiative_id, position, title)
      select i.id, 0, 'Syntetiska testdata (test/load/read-path.ts)' ${synthetic}`);
    const designs = sql.raw(String(evaluationDesigns.length));
    await db.execute(sql`insert into evaluations (initiative_id, position, key, designs, status, evidence_level,
        description_sv, description_en)
      select i.id, 0, 'utvardering',
        array[(${textArray(evaluationDesigns)})[1 + ${index} % ${designs}]::evaluation_design],
        'completed', ${index} % 6, 'Syntetisk utvärdering.', 'Synthetic evaluation.' ${synthetic}`);
    await db.execute(sql`vacuum analyze`);
  } finally {
    await handle.close();
  }
  return (performance.now() - started) / 1000;
}

interface Figure {
  scenario: string;
  connections: number;
  okPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  ok: number;
  notOk: number;
  /** The 1-minute load average when the figure was taken (2 cores shared with everything else running). */
  load: number;
}

const figures: Figure[] = [];

async function record(scenario: string, target: Target, at: number): Promise<Figure> {
  await measure(target, { connections: at, seconds: warmUpSeconds });
  const result = await measure(target, { connections: at, seconds });
  const figure = {
    scenario,
    connections: at,
    okPerSecond: result.okPerSecond,
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    ok: result.ok,
    notOk: result.tooMany + result.conflicts + result.otherStatus + result.errors,
    load: Math.round(loadavg()[0]! * 10) / 10,
  };
  figures.push(figure);
  console.info(
    `  ${scenario} @${at}: ${figure.okPerSecond} ok/s, p50 ${figure.p50} ms, p95 ${figure.p95} ms (load ${figure.load})`,
  );
  return figure;
}

/** The secrets production requires of the API and the showcase, made up for this run. */
const productionSecrets = {
  NODE_ENV: "production",
  AUTH_SECRET: randomBytes(32).toString("base64"),
  INSATS_PROXY_SECRET: randomBytes(32).toString("base64"),
};

const verdict = (met: boolean) => (met ? "met" : "NOT met");

async function main() {
  const startedAt = new Date().toISOString();
  const databaseName = "bench_read_path";
  const databaseUrl = freshDatabase(serverUrl, databaseName);
  const aims: string[] = [];
  try {
    const generateSeconds = await prepare(databaseUrl);
    console.info(`${initiatives} initiatives generated in ${generateSeconds.toFixed(1)} s`);
    if (values["prepare-only"]) {
      console.info(databaseUrl);
      return;
    }
    // In production mode, as deployed: outside it the OpenAPI adapter validates the whole router again on every
    // /v1 request (trpc-to-openapi's createOpenApiNodeHttpHandler), some 20 ms of CPU each.
    const api = await startApi({
      port: ports.api,
      database: { url: databaseUrl },
      env: { ...generousBudgets, ...productionSecrets },
    });
    const baseline = await spawnServer({
      script: join(repoRoot, "test/load/baseline.ts"),
      args: ["--database-url", databaseUrl, "--port", String(ports.baseline)],
      port: ports.baseline,
      readyPath: "/v1/initiatives",
    });

    // Searches and facets one request at a time: what one reader waits for, with nothing cached in the API.
    for (const [name, query] of Object.entries(searches)) {
      const search = await record(`search, ${name}`, { url: `${api.url}/v1/initiatives?${query}` }, 1);
      aims.push(`Search p95 < 30 ms, ${name}: ${search.p95} ms (${verdict(search.p95 < 30)}).`);
    }
    // "Menade du …?" (reported, no aim of its own): a misspelt word that finds nothing, then the nearest words and
    // the check that they find something.
    const suggestion = await record(
      "suggestion, a misspelt word (fallskdor)",
      { url: `${api.url}/v1/search-suggestion?q=fallskdor` },
      1,
    );
    aims.push(`"Menade du …?" for a misspelt word (fallskdor): p95 ${suggestion.p95} ms (reported).`);
    for (const [name, query] of [
      ["all", ""],
      ["a county", "?county=05"],
      ["a search", "?q=hemtj%C3%A4nst"],
    ] as const) {
      const facets = await record(
        `facet counts, ${name}`,
        { url: `${api.url}/v1/initiative-facets${query}` },
        1,
      );
      aims.push(`Facet counts p95 < 50 ms, ${name}: ${facets.p95} ms (${verdict(facets.p95 < 50)}).`);
    }

    // The list against the baseline, alternating so that a drift of the shared machine weighs on both.
    const baselineRuns: Figure[] = [];
    const listRuns: Figure[] = [];
    for (let round = 1; round <= ratioRounds; round += 1) {
      baselineRuns.push(
        await record(
          "list, bare postgres.js baseline",
          { url: `${baseline.url}/v1/initiatives` },
          connections,
        ),
      );
      listRuns.push(
        await record("list, GET /v1/initiatives", { url: `${api.url}/v1/initiatives` }, connections),
      );
    }
    const sum = (runs: Figure[]) => runs.reduce((total, run) => total + run.okPerSecond, 0);
    const ratio = Math.round((sum(listRuns) / sum(baselineRuns)) * 100) / 100;
    aims.push(
      `List throughput ≥ 0.5× the bare postgres.js baseline at ${connections} connections (${ratioRounds} ` +
        `rounds each, alternating): ${ratio}× (${verdict(ratio >= 0.5)}).`,
    );
    await baseline.stop();

    if (!values["skip-showcase"]) {
      if (!existsSync(join(repoRoot, "apps/showcase/.next/BUILD_ID"))) {
        aims.push(
          "The showcase is not built (pnpm --filter @insats/showcase build): its list page was not measured.",
        );
      } else {
        const showcase = await startApp({
          app: "showcase",
          port: ports.showcase,
          apiUrl: api.url,
          env: { INSATS_PROXY_SECRET: productionSecrets.INSATS_PROXY_SECRET },
        });
        // The file first: a page run leaves renders queued that would slow whatever comes next. One page is
        // asked for before the run, so that it measures the page with Next's data cache filled, as visitors get it.
        const file = await record(
          "showcase static file /og-image.png (same server)",
          { url: `${showcase.url}/og-image.png` },
          connections,
        );
        await fetch(`${showcase.url}/insatser`);
        const page = await record(
          "showcase list page /insatser (Next, production caching)",
          { url: `${showcase.url}/insatser` },
          connections,
        );
        aims.push(
          `Showcase list page at ${connections} visitors: ${page.okPerSecond} pages/s, p95 ${page.p95} ms; the same ` +
            `server's static file: ${file.okPerSecond} /s, p95 ${file.p95} ms (the page at ` +
            `${(page.okPerSecond / file.okPerSecond).toPrecision(2)}× the file's throughput).`,
        );
        await showcase.stop();
      }
    }
    await api.stop();

    aims.push(
      `Load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores, shared by ` +
        "PostgreSQL, the API, the baseline, the showcase, autocannon and everything else running: each figure " +
        "carries the load at the time it was taken; compare figures within one run.",
    );
    const report = { startedAt, initiatives, seconds, connections, generateSeconds, figures, aims };
    const md = [
      `# Read path at ${initiatives} initiatives on PostgreSQL (${startedAt})`,
      "",
      `No application cache in the API. ${seconds} s per figure after ${warmUpSeconds} s of warm-up; latencies of the successful responses; loopback only.`,
      "",
      "| scenario | connections | ok req/s | p50 ms | p95 ms | p99 ms | ok | not ok | load |",
      "|---|---|---|---|---|---|---|---|---|",
      ...figures.map(
        (f) =>
          `| ${f.scenario} | ${f.connections} | ${f.okPerSecond} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.ok} | ${f.notOk} | ${f.load} |`,
      ),
      "",
      ...aims.map((aim) => `- ${aim}`),
      "",
    ].join("\n");
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, "read-path.md"), md);
    writeFileSync(join(values.out, "read-path.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.info(`\n${md}\nWritten to ${join(values.out, "read-path.{md,json}")}`);
  } finally {
    stopAll();
    if (!values["prepare-only"])
      execFileSync(
        "/usr/lib/postgresql/15/bin/psql",
        [serverUrl, "-qc", `drop database if exists ${databaseName} with (force)`],
        {
          stdio: "ignore",
        },
      );
  }
}

await main();
