// Before the end-to-end API starts: Kolada's unit costs synced into its fresh PGlite directory, as an operator's
// `pnpm unit-costs:sync` would, but from a loopback stand-in (no machine here reaches Kolada). Every municipality
// and the nation get generated figures for the configured KPIs and the last five years; Norrköping (0581) and two
// more of Östergötland's municipalities get the fixed ones the picker's test reads (unit-costs.spec.ts).
import { createDb, koladaUnitCostKpis, migrate, syncKoladaUnitCosts } from "@insats/db";
import { generateStandInFigures, koladaKpiTitles, startKoladaStandIn, type StandInFigure } from "@insats/db/testing";
import { swedishMunicipalities } from "@insats/domain";

import { koladaFixture } from "./kolada-fixture";

const pgliteDir = process.env.PGLITE_DIR;
if (!pgliteDir) throw new Error("seed-kolada: set PGLITE_DIR to the end-to-end API's directory");

const kpis = koladaUnitCostKpis.map((kpi) => kpi.id);
const fixed = new Map(koladaFixture.figures.map((figure) => [`${figure.kpi}|${figure.municipality}|${figure.period}`, figure]));
const figures: StandInFigure[] = generateStandInFigures(
  ["0000", ...swedishMunicipalities.map((municipality) => municipality.code)],
  kpis,
  koladaFixture.years,
).map((figure) => fixed.get(`${figure.kpi}|${figure.municipality}|${figure.period}`) ?? figure);

const kolada = await startKoladaStandIn({ kpis: koladaKpiTitles, figures });
const handle = await createDb({ pgliteDir });
try {
  await migrate(handle.db);
  const result = await syncKoladaUnitCosts(handle.db, { baseUrl: kolada.baseUrl, kpis, years: koladaFixture.years, delayMs: 0 });
  console.info(`seed-kolada: ${result.figures} Kolada figures from the stand-in into ${pgliteDir}`);
} finally {
  await handle.close();
  await kolada.close();
}
