// Public API of @insats/db. Importing it opens nothing: call createDb() for a connection.
export {
  createDb,
  DataDirectoryError,
  defaultPgliteDir,
  drizzleOptions,
  type CreateDbOptions,
  type Database,
  type DbHandle,
  type DbKind,
  type PgliteDbHandle,
  type PostgresDbHandle,
  type Schema,
  type Transaction,
} from "./client.ts";
export { DatabaseLockedError } from "./data-directory-lock.ts";
export { openReadReplicas, type ReadReplicaOptions, type ReadReplicas } from "./read-replicas.ts";
export { readEnv, type DbEnv } from "./env.ts";
export {
  AlreadyDecidedError,
  ConflictError,
  InvalidCursorError,
  InvitationRefusedError,
  isDatabaseUnavailable,
  LastAdminError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from "./errors.ts";
export { migrate, migrationsFolder } from "./migrate.ts";
export * from "./queries/index.ts";
export * as schema from "./schema/index.ts";
export { seedDatabase, type SeedCounts } from "./seed/seed.ts";
export {
  searchShowcase,
  type ShowcaseSearch,
  type ShowcaseSearchParams,
} from "./search/showcase.ts";
export { suggestInitiativeSearch, suggestNewsSearch } from "./search/suggest.ts";
export { loadSeedContent, type SeedContent } from "./seed/content/index.ts";
export * from "./schema/index.ts";
export { koladaKpi, koladaUnitCostKpis, type KoladaUnitCostKpi } from "./kolada/kpis.ts";
export {
  defaultKoladaApiUrl,
  KoladaSyncError,
  syncKoladaUnitCosts,
  type SyncKoladaOptions,
  type SyncKoladaResult,
} from "./kolada/sync.ts";
