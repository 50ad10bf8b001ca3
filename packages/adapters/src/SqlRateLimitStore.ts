/**
 * The rate-limit store on SQL, written once against `@effect/sql`'s `SqlClient` (PostgreSQL dialect:
 * runs on PostgreSQL and PGlite). Needs the `sire_rate_limits` table of `SqlMigrations`.
 *
 * One row per key holds its sliding log (`hits bigint[]`). A hit is one statement, one round trip:
 * an upsert whose update prunes the timestamps `<= now - windowMs` and appends `now` iff fewer than
 * `limit` remain, recording the decision in `admitted`. The row lock is held only for that
 * statement, so concurrent hits on one key are serialized without a transaction around them.
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 * import * as SqlRateLimitStore from "@sire/adapters/SqlRateLimitStore"
 *
 * // provide a SqlClient (PgClient.layer(...) or the PGlite client layer) to this:
 * const Limits = SqlRateLimitStore.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer } from "effect"
import * as Telemetry from "@sire/core/Telemetry"
import { RateLimitStore, RateLimitStoreError } from "@sire/core/RateLimitStore"
import { clampInt } from "./internal/paging.js"
import * as SqlFailure from "./SqlFailure.js"

type BigintColumn = number | string | bigint

interface HitRow {
  readonly admitted: boolean
  readonly count: BigintColumn
  readonly oldest: BigintColumn | null
}

const toStoreError = (name: string) => (error: SqlError) =>
  new RateLimitStoreError({
    reason: "Unavailable",
    message: `SqlRateLimitStore.${name}: ${SqlFailure.describe(error)}`
  })

/** Runs one store operation: SQL errors become `RateLimitStoreError`, and the operation is a span. */
const operation = (name: string) => <A>(effect: Effect.Effect<A, SqlError>): Effect.Effect<A, RateLimitStoreError> =>
  effect.pipe(Effect.mapError(toStoreError(name)), Telemetry.traced(`SqlRateLimitStore.${name}`))

/** A stored hit time (unix ms): rounded up to an integer, so a hit never leaves its window earlier than asked. */
const storedTime = (n: number): number => (Number.isNaN(n) ? 0 : clampInt(Math.ceil(n)))

/** The largest stored time that has left the window: integer times `t` stay iff `t > cutoff`. */
const cutoffTime = (n: number): number => (Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : clampInt(Math.floor(n)))

/** The SQL rate-limit store. */
export const make: Effect.Effect<RateLimitStore["Type"], never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return RateLimitStore.of({
    hit: (key, { limit, now, windowMs }) =>
      Effect.gen(function*() {
        const stamp = storedTime(now)
        const cutoff = cutoffTime(now - windowMs)
        const bound = Math.max(0, Math.min(Math.floor(limit), Number.MAX_SAFE_INTEGER))
        const rows = yield* sql<HitRow>`INSERT INTO sire_rate_limits AS r (key, hits, admitted)
          VALUES (${key}, CASE WHEN ${bound}::bigint > 0 THEN ARRAY[${stamp}::bigint] ELSE '{}'::bigint[] END,
            ${bound}::bigint > 0)
          ON CONFLICT (key) DO UPDATE SET
            admitted = (SELECT count(*) FROM unnest(r.hits) AS h(at) WHERE h.at > ${cutoff}::bigint) < ${bound}::bigint,
            hits = ARRAY(SELECT h.at FROM unnest(r.hits) AS h(at) WHERE h.at > ${cutoff}::bigint)
              || CASE WHEN (SELECT count(*) FROM unnest(r.hits) AS h(at) WHERE h.at > ${cutoff}::bigint) < ${bound}::bigint
                THEN ARRAY[${stamp}::bigint] ELSE '{}'::bigint[] END
          RETURNING admitted, cardinality(hits) AS count, (SELECT min(h.at) FROM unnest(hits) AS h(at)) AS oldest`
          .withoutTransform
        const row = rows[0]!
        return {
          admitted: row.admitted,
          count: Number(row.count),
          oldestAt: row.oldest === null ? undefined : Number(row.oldest)
        }
      }).pipe(operation("hit"))
  })
})

/** The SQL rate-limit store as a layer. */
export const layer: Layer.Layer<RateLimitStore, never, SqlClient.SqlClient> = Layer.effect(RateLimitStore, make)
