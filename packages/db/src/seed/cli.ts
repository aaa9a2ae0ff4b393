// `pnpm --filter @insats/db seed`: opens the database as the API would (DATABASE_URL, else the embedded PGlite),
// migrates it, seeds what is missing and prints how many rows each content table holds.
import { createDb } from "../client.ts";
import { migrate } from "../migrate.ts";
import { seedDatabase } from "./seed.ts";

const handle = await createDb();
try {
  await migrate(handle.db);
  const counts = await seedDatabase(handle.db);
  console.info(
    `seeded ${handle.kind === "pglite" ? `PGlite in ${handle.dataDir ?? "memory"}` : "PostgreSQL"}: ` +
      `${counts.organisations} organisations, ${counts.initiatives} initiatives, ${counts.news} news items, ` +
      `${counts.unitCosts} unit costs`,
  );
} finally {
  await handle.close();
}
