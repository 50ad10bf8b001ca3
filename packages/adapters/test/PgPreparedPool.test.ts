/** The preparing pool: a statement run often becomes a prepared statement on its connection, with the same results. */
import { assert, describe, it } from "@effect/vitest"
import * as SqlClient from "@effect/sql/SqlClient"
import { Effect, Redacted } from "effect"
import * as PgPreparedPool from "../src/PgPreparedPool.js"
import { unreachable, url } from "./postgres.js"

const oneConnection = PgPreparedPool.layer({ url: Redacted.make(url), maxConnections: 1 }, { threshold: 3 })

const prepared = (sql: SqlClient.SqlClient, like: string) =>
  Effect.map(
    sql<{ readonly n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE ${like}`,
    (rows) => rows[0].n
  )

describe.skipIf(unreachable !== undefined)("PgPreparedPool", () => {
  it.effect("a statement run `threshold` times is prepared once on its connection and keeps giving the right rows", () =>
    Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      for (let i = 1; i <= 2; i++) {
        const rows = yield* sql<{ readonly n: number }>`SELECT ${i}::int + 1 AS n`
        assert.deepStrictEqual(rows, [{ n: i + 1 }])
      }
      assert.strictEqual(yield* prepared(sql, "SELECT $1::int + 1%"), 0, "not before the threshold")
      for (let i = 3; i <= 10; i++) {
        const rows = yield* sql<{ readonly n: number }>`SELECT ${i}::int + 1 AS n`
        assert.deepStrictEqual(rows, [{ n: i + 1 }])
      }
      assert.strictEqual(yield* prepared(sql, "SELECT $1::int + 1%"), 1, "prepared once, then reused")
    }).pipe(Effect.provide(oneConnection)))

  it.effect("errors of a prepared statement are reported like any other, and the connection stays usable", () =>
    Effect.gen(function*() {
      const sql = yield* SqlClient.SqlClient
      for (let i = 0; i < 5; i++) yield* sql`SELECT 1 / ${i + 1}::int AS q`
      const failed = yield* Effect.flip(sql`SELECT 1 / ${0}::int AS q`)
      assert.strictEqual(failed._tag, "SqlError")
      assert.deepStrictEqual(yield* sql<{ readonly q: number }>`SELECT 1 / ${1}::int AS q`, [{ q: 1 }])
    }).pipe(Effect.provide(oneConnection)))
})
