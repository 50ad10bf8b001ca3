/**
 * The quota store on SQL, written once against `@effect/sql`'s `SqlClient` (PostgreSQL dialect:
 * runs on PostgreSQL and PGlite). Needs the `sire_quota` table of `SqlMigrations`.
 *
 * A consume is one compare-and-increment statement (`INSERT … ON CONFLICT DO UPDATE … WHERE
 * count < limit`), so concurrent consumers never push a counter past its limit; a refund is one
 * `UPDATE` that never goes below 0.
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 * import * as SqlQuotaStore from "@sire/adapters/SqlQuotaStore"
 *
 * // provide a SqlClient (PgClient.layer(...) or the PGlite client layer) to this:
 * const Quotas = SqlQuotaStore.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer } from "effect"
import * as Telemetry from "@sire/core/Telemetry"
import { QuotaStore, QuotaStoreError } from "@sire/core/QuotaStore"
import { storedLimit } from "./internal/paging.js"
import * as SqlFailure from "./SqlFailure.js"

type BigintColumn = number | string | bigint

interface CountRow {
  readonly count: BigintColumn
}

const toStoreError = (name: string) => (error: SqlError) =>
  new QuotaStoreError({
    reason: "Unavailable",
    message: `SqlQuotaStore.${name}: ${SqlFailure.describe(error)}`
  })

/** Runs one store operation: SQL errors become `QuotaStoreError`, and the operation is a span. */
const operation = (name: string) => <A>(effect: Effect.Effect<A, SqlError>): Effect.Effect<A, QuotaStoreError> =>
  effect.pipe(Effect.mapError(toStoreError(name)), Telemetry.traced(`SqlQuotaStore.${name}`))


/** The SQL quota store. */
export const make: Effect.Effect<QuotaStore["Type"], never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const current = (key: string) =>
    sql<CountRow>`SELECT count FROM sire_quota WHERE key = ${key}`.withoutTransform.pipe(
      Effect.map((rows) => (rows[0] === undefined ? 0 : Number(rows[0].count)))
    )
  return QuotaStore.of({
    consume: (key, limit) => {
      const bound = storedLimit(limit)
      return sql<CountRow>`INSERT INTO sire_quota AS q (key, count)
          SELECT ${key}, 1 WHERE ${bound}::bigint IS NULL OR ${bound}::bigint > 0
          ON CONFLICT (key) DO UPDATE SET count = q.count + 1
            WHERE ${bound}::bigint IS NULL OR q.count < ${bound}::bigint
          RETURNING count`.withoutTransform.pipe(
        Effect.flatMap((rows) =>
          rows[0] === undefined
            ? Effect.map(current(key), (n) => ({ admitted: false, current: n }))
            : Effect.succeed({ admitted: true, current: Number(rows[0].count) })
        ),
        operation("consume")
      )
    },
    refund: (key) =>
      sql`UPDATE sire_quota SET count = greatest(count - 1, 0) WHERE key = ${key}`.withoutTransform.pipe(
        Effect.asVoid,
        operation("refund")
      ),
    current: (key) => current(key).pipe(operation("current"))
  })
})

/** The SQL quota store as a layer. */
export const layer: Layer.Layer<QuotaStore, never, SqlClient.SqlClient> = Layer.effect(QuotaStore, make)
