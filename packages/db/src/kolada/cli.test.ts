// `pnpm unit-costs:sync` as an operator runs it: into a PGlite directory from the stand-in, and refused while
// another process (the API) holds that directory.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDb } from "../client.ts";
import { acquireDataDirectoryLock } from "../data-directory-lock.ts";
import { koladaUnitCosts } from "../schema/kolada-unit-costs.ts";
import { koladaUnitCostKpis } from "./kpis.ts";
import {
  generateStandInFigures,
  koladaKpiTitles,
  type KoladaStandIn,
  startKoladaStandIn,
} from "./stand-in.ts";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

let kolada: KoladaStandIn;
let scratch: string;

beforeAll(async () => {
  const now = new Date().getUTCFullYear();
  kolada = await startKoladaStandIn({
    kpis: koladaKpiTitles,
    figures: generateStandInFigures(
      ["0000", "0581"],
      koladaUnitCostKpis.map((kpi) => kpi.id),
      [now - 2, now - 1],
    ),
    port: 4684,
  });
  scratch = mkdtempSync(join(tmpdir(), "insats-kolada-cli-"));
});

afterAll(async () => {
  await kolada?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const sync = (pgliteDir: string) =>
  run("pnpm", ["exec", "tsx", "src/kolada/cli.ts"], {
    cwd: packageDir,
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: pgliteDir, KOLADA_API_URL: kolada.baseUrl },
  });

describe("pnpm unit-costs:sync", () => {
  it("writes the configured KPIs' figures into the PGlite directory and says what it did", async () => {
    const dir = join(scratch, "pglite");
    const { stdout } = await sync(dir);
    const expected = koladaUnitCostKpis.length * 2 * 2;
    expect(stdout).toContain(`unit-costs:sync: ${expected} figures from ${kolada.baseUrl}`);
    for (const kpi of koladaUnitCostKpis) expect(stdout).toContain(`${kpi.id} ${koladaKpiTitles[kpi.id]}`);
    const handle = await createDb({ pgliteDir: dir });
    try {
      expect(await handle.db.$count(koladaUnitCosts)).toBe(expected);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it("refuses, exit code 2, while another process holds the PGlite directory", async () => {
    const dir = join(scratch, "held");
    const lock = acquireDataDirectoryLock(dir);
    const requestsBefore = kolada.requests.length;
    try {
      const failure = (await sync(dir).then(
        () => undefined,
        (error: unknown) => error,
      )) as { code?: number; stderr?: string } | undefined;
      expect(failure?.code).toBe(2);
      expect(failure?.stderr).toMatch(/not run\. The PGlite data directory .*held is in use by process \d+/);
      expect(kolada.requests).toHaveLength(requestsBefore); // it asked Kolada nothing
    } finally {
      lock.release();
    }
  }, 120_000);
});
