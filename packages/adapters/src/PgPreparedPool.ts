/**
 * A `pg` connection pool whose connections prepare the statements they run often, and the
 * `PgClient` over it. `@effect/sql-pg` sends every statement unnamed, so PostgreSQL parses and
 * plans it on every call; Sire runs a few statements thousands of times (a commit per node), and
 * planning is ≈ 1/5 of a commit. Like JDBC's `prepareThreshold`, a statement text seen
 * `threshold` times becomes a named prepared statement on each connection that runs it again.
 *
 * @since 0.1.0
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { PgClient } from "@effect/sql-pg"
import { Context, Duration, Effect, Layer, Redacted, type Scope } from "effect"
import pg from "pg"
import { PreparedNames } from "./internal/preparedNames.js"

/** How statements get prepared. */
export interface PrepareOptions {
  /** Runs of one statement text (in this process) before it is prepared (default 5). */
  readonly threshold?: number
  /** Most distinct statement texts prepared (default 256); others always run unnamed. */
  readonly maxStatements?: number
}

/** A pool whose clients send often-run statement texts as named (prepared) statements. */
export const makePool = (config: pg.PoolConfig, options: PrepareOptions = {}): pg.Pool => {
  const registry = new PreparedNames(options)
  class PreparingClient extends pg.Client {
    override query(...args: Array<any>): any {
      const [text, values, callback] = args
      if (typeof text === "string" && Array.isArray(values) && values.length > 0) {
        const name = registry.nameOf(text)
        if (name !== undefined) return super.query({ name, text, values } as any, callback)
      }
      return (super.query as (...a: Array<any>) => any)(...args)
    }
  }
  return new pg.Pool({ ...config, Client: PreparingClient })
}

/** The `pg` pool settings `PgClient.make` would derive from `config`. */
const poolConfig = (config: PgClient.PgClientConfig): pg.PoolConfig => ({
  ...(config.url !== undefined ? { connectionString: Redacted.value(config.url) } : {}),
  ...(config.username !== undefined ? { user: config.username } : {}),
  ...(config.host !== undefined ? { host: config.host } : {}),
  ...(config.database !== undefined ? { database: config.database } : {}),
  ...(config.password !== undefined ? { password: Redacted.value(config.password) } : {}),
  ...(config.ssl !== undefined ? { ssl: config.ssl } : {}),
  ...(config.port !== undefined ? { port: config.port } : {}),
  ...(config.connectTimeout !== undefined ? { connectionTimeoutMillis: Duration.toMillis(config.connectTimeout) } : {}),
  ...(config.idleTimeout !== undefined ? { idleTimeoutMillis: Duration.toMillis(config.idleTimeout) } : {}),
  ...(config.maxConnections !== undefined ? { max: config.maxConnections } : {}),
  ...(config.minConnections !== undefined ? { min: config.minConnections } : {}),
  ...(config.connectionTTL !== undefined ? { maxLifetimeSeconds: Duration.toSeconds(config.connectionTTL) } : {}),
  application_name: config.applicationName ?? "@effect/sql-pg",
  ...(config.types !== undefined ? { types: config.types } : {})
})

/** A `PgClient` (as `PgClient.make(config)` builds it) over a preparing pool, ended with the scope. */
export const make = (
  config: PgClient.PgClientConfig,
  options: PrepareOptions = {}
): Effect.Effect<PgClient.PgClient, SqlError, Scope.Scope | Reactivity.Reactivity> =>
  PgClient.fromPool({
    acquire: Effect.acquireRelease(
      Effect.sync(() => {
        const pool = makePool(poolConfig(config), options)
        pool.on("error", () => {
          // an idle connection that fails is dropped by the pool; the next query opens another
        })
        return pool
      }),
      (pool) => Effect.promise(() => pool.end()).pipe(Effect.timeoutOption(1_000))
    ),
    ...(config.transformResultNames !== undefined ? { transformResultNames: config.transformResultNames } : {}),
    ...(config.transformQueryNames !== undefined ? { transformQueryNames: config.transformQueryNames } : {}),
    ...(config.transformJson !== undefined ? { transformJson: config.transformJson } : {}),
    ...(config.types !== undefined ? { types: config.types } : {})
  })

/** `make` as a layer, as `PgClient` and as `SqlClient` (like `PgClient.layer`). */
export const layer = (
  config: PgClient.PgClientConfig,
  options: PrepareOptions = {}
): Layer.Layer<PgClient.PgClient | SqlClient.SqlClient, SqlError> =>
  Layer.scopedContext(
    Effect.map(make(config, options), (client) =>
      Context.make(PgClient.PgClient, client).pipe(Context.add(SqlClient.SqlClient, client)))
  ).pipe(Layer.provide(Reactivity.layer))
