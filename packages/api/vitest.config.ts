import { defineTestConfig } from "@insats/vitest-config";

// Database tests run on PGlite, and again on PostgreSQL when TEST_DATABASE_URL is set (as in CI).
export default defineTestConfig({}, { databases: true });
