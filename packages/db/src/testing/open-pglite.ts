// A second process for the lock test: `node --import tsx src/testing/open-pglite.ts <dir> [--exit]` opens the
// PGlite directory, prints "opened", closes it (or with --exit calls process.exit without closing) and exits 0;
// if the directory is locked it prints the error and exits 3.
import { createDb } from "../client.ts";
import { DatabaseLockedError } from "../data-directory-lock.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: open-pglite.ts <data directory>");
  process.exit(2);
}

try {
  const handle = await createDb({ pgliteDir: dir });
  console.info("opened");
  if (process.argv.includes("--exit")) process.exit(0);
  await handle.close();
} catch (error) {
  if (error instanceof DatabaseLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
