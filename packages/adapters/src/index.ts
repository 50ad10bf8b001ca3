/**
 * @sire/adapters — implementations of `@sire/core`'s ports (SQL on PGlite and PostgreSQL). Importing
 * it loads no database driver: the clients are entry points of their own,
 * `@sire/adapters/PgliteClient` (`@electric-sql/pglite`) and `@sire/adapters/PgPreparedPool`
 * (`pg`, `@effect/sql-pg`), and `SqlStorage.layerPglite` / `layerPostgres` load theirs when built.
 * The conformance testkit is its own entry point, `@sire/adapters/testkit` (it imports vitest).
 *
 * @since 0.1.0
 */
export * as CachedWorkflowStore from "./CachedWorkflowStore.js"
export * as SqlChanges from "./SqlChanges.js"
export * as SqlDeltaRelay from "./SqlDeltaRelay.js"
export * as SqlExecutionStore from "./SqlExecutionStore.js"
export * as SqlFailure from "./SqlFailure.js"
export * as SqlMigrations from "./SqlMigrations.js"
export * as SqlQuotaStore from "./SqlQuotaStore.js"
export * as SqlRateLimitStore from "./SqlRateLimitStore.js"
export * as SqlSharedRateLimitStore from "./SqlSharedRateLimitStore.js"
export * as SqlStartStore from "./SqlStartStore.js"
export * as SqlStorage from "./SqlStorage.js"
export * as SqlWorkflowStore from "./SqlWorkflowStore.js"
export * as SqlWorkQueue from "./SqlWorkQueue.js"
