// `pnpm bench` (the db package's part): the time of a full Kolada sync — 290 municipalities and the nation × 5 of
// the configured KPIs × 5 years — against the loopback stand-in, with the production defaults for rate and batching
// (2 requests in flight, 200 ms apart, 5 KPIs per request, 5 000 values a page), into a fresh PGlite in memory and,
// when TEST_DATABASE_URL is set, into PostgreSQL too. The stand-in answers at once, so the figure is the sync's own
// cost (pacing, parsing, one transaction); against Kolada the answers' time adds to it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { swedishMunicipalities } from "@insats/domain";

import { readEnv } from "../env.ts";
import { createTestDatabase } from "../testing/database.ts";
import { koladaUnitCostKpis } from "./kpis.ts";
import { generateStandInFigures, koladaKpiTitles, startKoladaStandIn } from "./stand-in.ts";
import { syncKoladaUnitCosts } from "./sync.ts";

const runs = 3;
const kpis = koladaUnitCostKpis.map((kpi) => kpi.id).slice(0, 5);
const years = [2020, 2021, 2022, 2023, 2024];
const codes = ["0000", ...swedishMunicipalities.map((municipality) => municipality.code)];
const kolada = await startKoladaStandIn({
  kpis: koladaKpiTitles,
  // Every 50th value missing, as Kolada lists some municipalities without a figure.
  figures: generateStandInFigures(codes, kpis, years, 50),
});

const results: {
  database: string;
  figures: number;
  requests: number;
  seconds: number[];
  medianSeconds: number;
}[] = [];
try {
  // createTestDatabase() takes PostgreSQL when TEST_DATABASE_URL is set, PGlite otherwise.
  const postgresUrl = readEnv().TEST_DATABASE_URL;
  for (const database of postgresUrl ? ["PGlite", "PostgreSQL"] : ["PGlite"]) {
    if (database === "PGlite") delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = postgresUrl;
    const seconds: number[] = [];
    let last = { figures: 0, requests: 0 };
    for (let run = 0; run < runs; run += 1) {
      const t = await createTestDatabase();
      try {
        const started = performance.now();
        const result = await syncKoladaUnitCosts(t.db, { baseUrl: kolada.baseUrl, kpis, years });
        seconds.push((performance.now() - started) / 1_000);
        last = result;
      } finally {
        await t.close();
      }
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    results.push({
      database,
      figures: last.figures,
      requests: last.requests,
      seconds,
      medianSeconds: sorted[Math.floor(runs / 2)] as number,
    });
  }
} finally {
  await kolada.close();
}

const out = join(fileURLToPath(new URL("../..", import.meta.url)), ".bench-results");
mkdirSync(out, { recursive: true });
const cells = codes.length * kpis.length * years.length;
writeFileSync(
  join(out, "kolada-sync.json"),
  JSON.stringify({ municipalities: codes.length, kpis, years, cells, runs, results }, null, 2),
);
const markdown = [
  `Full Kolada sync against the loopback stand-in: ${codes.length} codes (290 municipalities and the nation) × ${kpis.length} KPIs (${kpis.join(", ")}) × ${years.length} years = ${cells} figures asked, production pacing; median of ${runs} runs.`,
  "",
  "| database | figures written | requests | median | runs |",
  "|---|---:|---:|---:|---|",
  ...results.map(
    (r) =>
      `| ${r.database} | ${r.figures} | ${r.requests} | ${r.medianSeconds.toFixed(2)} s | ${r.seconds.map((s) => s.toFixed(2)).join(", ")} s |`,
  ),
  "",
].join("\n");
writeFileSync(join(out, "kolada-sync.md"), markdown);
console.info(markdown);
