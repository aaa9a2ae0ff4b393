import { defineConfig } from "drizzle-kit";

// `pnpm db:generate` writes SQL migrations into migrations/, which are committed and applied at start-up by the
// driver's migrator (src/migrate.ts). There is no `push`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
  strict: true,
});
