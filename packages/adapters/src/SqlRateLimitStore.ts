/**
 * The rate-limit store on SQL, written once against `@effect/sql`'s `SqlClient` (PostgreSQL dialect:
 * runs on PostgreSQL and PGlite). Needs the `sire_rate_limits` table of `SqlMigrations`.
 *
 * One row per key holds its sliding log (`hits bigint[]`). A hit is one short transaction: the row
 * is created if absent (`ON CONFLICT DO NOTHING`), locked (`SELECT … FOR UPDATE`), pruned of the
 * timestamps `<= now - windowMs`, given `now` iff fewer than `limit` remain, and written back, so
 * concurrent hits on one key are serialized. A row left with no timestamps is deleted.
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
import { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer } from "effect"
import { RateLimitStore, RateLimitStoreError } from "@sire/core/RateLimitStore"
import { clampInt } from "./internal/paging.js"

type BigintColumn = number | string | bigint

interface HitsRow {
  readonly hits: ReadonlyArray<BigintColumn> | string | null
}

const toStoreError = (error: SqlError) =>
  new RateLimitStoreError({
    reason: "Unavailable",
    message: `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`
  })

/** Runs one store operation: SQL errors become `RateLimitStoreError`, and the operation is a span. */
const operation = (name: string) => <A>(effect: Effect.Effect<A, SqlError>): Effect.Effect<A, RateLimitStoreError> =>
  effect.pipe(Effect.mapError(toStoreError), Effect.withSpan(`SqlRateLimitStore.${name}`, { captureStackTrace: false }))

/** A stored hit time (unix ms): rounded up to an integer, so a hit never leaves its window earlier than asked. */
const storedTime = (n: number): number => (Number.isNaN(n) ? 0 : clampInt(Math.ceil(n)))

/** Reads a `bigint[]` column, whether the driver hands back an array or its text form (`{1,2}`). */
const stampsOf = (hits: HitsRow["hits"]): Array<number> => {
  if (hits === null) return []
  if (typeof hits === "string") {
    const inner = hits.replace(/^\{|\}$/g, "").trim()
    return inner === "" ? [] : inner.split(",").map(Number)
  }
  return hits.map(Number)
}

/** The text form of a `bigint[]` literal. */
const arrayLiteral = (stamps: ReadonlyArray<number>): string => `{${stamps.join(",")}}`

/** The SQL rate-limit store. */
export const make: Effect.Effect<RateLimitStore["Type"], never, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  return RateLimitStore.of({
    hit: (key, { limit, now, windowMs }) =>
      Effect.gen(function*() {
        yield* sql`INSERT INTO sire_rate_limits (key, hits) VALUES (${key}, '{}')
          ON CONFLICT (key) DO NOTHING`.withoutTransform
        const rows = yield* sql<HitsRow>`SELECT hits FROM sire_rate_limits WHERE key = ${key}
          FOR UPDATE`.withoutTransform
        const stamps = stampsOf(rows[0]?.hits ?? null).filter((t) => t > now - windowMs)
        const admitted = stamps.length < limit
        if (admitted) stamps.push(storedTime(now))
        if (stamps.length === 0) {
          yield* sql`DELETE FROM sire_rate_limits WHERE key = ${key}`.withoutTransform
        } else {
          yield* sql`UPDATE sire_rate_limits SET hits = ${arrayLiteral(stamps)}::bigint[]
            WHERE key = ${key}`.withoutTransform
        }
        return {
          admitted,
          count: stamps.length,
          oldestAt: stamps.length === 0 ? undefined : stamps.reduce((a, b) => Math.min(a, b))
        }
      }).pipe(sql.withTransaction, operation("hit"))
  })
})

/** The SQL rate-limit store as a layer. */
export const layer: Layer.Layer<RateLimitStore, never, SqlClient.SqlClient> = Layer.effect(RateLimitStore, make)
