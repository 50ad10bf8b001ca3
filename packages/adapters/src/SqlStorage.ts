/**
 * Every storage port of `@sire/core` on SQL, with the migrations run first: the layer to give
 * `Sire.layerWith` or `SireClient.make({ storage })`. On PGlite (embedded, files under a data
 * directory) or PostgreSQL (`@effect/sql-pg`). Each driver loads only when its layer is built, so an
 * app installs only the one it uses.
 *
 * @example
 * import { SireClient } from "@sire/core"
 * import { SqlStorage } from "@sire/adapters"
 *
 * const sire = await SireClient.make({ storage: SqlStorage.layerPglite({ dataDir: "./.sire/db" }) })
 *
 * @since 0.1.0
 */
import type * as Migrator from "@effect/sql/Migrator"
import type * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import type { PgClient } from "@effect/sql-pg"
import type { ExecutionStore } from "@sire/core/ExecutionStore"
import type { StartStore } from "@sire/core/StartStore"
import type { WorkflowStore } from "@sire/core/WorkflowStore"
import { JobsEndWithExecutions, type WorkQueue } from "@sire/core/WorkQueue"
import { Effect, Layer } from "effect"
import type * as PgliteClient from "./PgliteClient.js"
import * as SqlExecutionStore from "./SqlExecutionStore.js"
import * as SqlMigrations from "./SqlMigrations.js"
import * as SqlStartStore from "./SqlStartStore.js"
import * as SqlWorkflowStore from "./SqlWorkflowStore.js"
import * as SqlWorkQueue from "./SqlWorkQueue.js"

/** The storage ports (the start store writes a start in one statement). */
export type Storage = ExecutionStore | WorkflowStore | WorkQueue | StartStore | JobsEndWithExecutions

/** The storage ports over a `SqlClient` the caller provides, after migrating it, with queue settings. */
export const layerWith = (
  options: SqlWorkQueue.Options
): Layer.Layer<Storage, Migrator.MigrationError | SqlError, SqlClient.SqlClient> =>
  SqlStartStore.layerWith(options).pipe(
    Layer.provideMerge(Layer.mergeAll(
      SqlExecutionStore.layer,
      SqlWorkflowStore.layer,
      SqlWorkQueue.layerWith(options),
      // the execution store's final commit removes the job of the queue beside it
      Layer.succeed(JobsEndWithExecutions, true)
    )),
    Layer.provideMerge(SqlMigrations.layer)
  )

/** The storage ports over a `SqlClient` the caller provides, after migrating it. */
export const layer: Layer.Layer<Storage, Migrator.MigrationError | SqlError, SqlClient.SqlClient> = layerWith({})

/** The storage ports on PGlite: in memory, or in files under `dataDir` (`@electric-sql/pglite`, loaded when the layer is built). */
export const layerPglite = (
  config: PgliteClient.PgliteClientConfig
): Layer.Layer<Storage, Migrator.MigrationError | SqlError> =>
  Layer.unwrapEffect(Effect.map(Effect.promise(() => import("./PgliteClient.js")), (driver) =>
    layer.pipe(Layer.provide(driver.layer(config)))))

/**
 * The storage ports on PostgreSQL, shared by every process on it: leases run on the database's
 * clock, and statements run often are prepared on each connection (`PgPreparedPool`).
 */
export const layerPostgres = (config: PgClient.PgClientConfig): Layer.Layer<Storage, Migrator.MigrationError | SqlError> =>
  Layer.unwrapEffect(Effect.map(Effect.promise(() => import("./PgPreparedPool.js")), (driver) =>
    layerWith({ leaseClock: "database" }).pipe(Layer.provide(driver.layer(config)))))
