// Test support: LibreOffice Calc (Debian's libreoffice-calc-nogui) recalculates Excel workbooks, so that tests can
// read what a spreadsheet computes from the export's formulas. Used by the recalculation test and the end-to-end
// export test; the app itself never runs it.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A fresh profile that recalculates every formula of an Excel file on load, whatever values the file caches
 * (LibreOffice's default is to trust them, and it ignores the file's fullCalcOnLoad).
 */
const recalculateOnLoad = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Recalculates the .xlsx files in one LibreOffice run; returns the recalculated copies' paths in `outDir`. */
export async function recalculateWorkbooks(files: readonly string[], outDir: string): Promise<string[]> {
  const profile = await mkdtemp(join(tmpdir(), "insats-soffice-"));
  try {
    await mkdir(join(profile, "user"));
    await writeFile(join(profile, "user", "registrymodifications.xcu"), recalculateOnLoad);
    await run("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files], { timeout: 150_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui, as .ci/run does", { cause: error });
    }
    throw error;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((file) => join(outDir, basename(file)));
}
