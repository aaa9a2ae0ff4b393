// Test support for packages that test against @insats/db: `import { createTestDatabase } from "@insats/db/testing"`.
export { createTestDatabase, type TestDatabase } from "./database.ts";
export { createTestTenant, createTestUser, type TestTenant } from "./tenant.ts";
export {
  generateStandInFigures,
  koladaKpiTitles,
  startKoladaStandIn,
  type KoladaStandIn,
  type StandInFigure,
} from "../kolada/stand-in.ts";
