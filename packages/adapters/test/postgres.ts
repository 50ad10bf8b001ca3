/**
 * PostgreSQL for the tests: whether it is reachable (fatal when `SIRE_REQUIRE_POSTGRES=1`), and a
 * client on a fresh, migrated schema of its own per layer build, dropped on release.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { randomToken } from "@sire/core/Id"
import * as SqlMigrations from "../src/SqlMigrations.js"

/** The test database. */
export const url = process.env.SIRE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** The connection string with every session's `search_path` set to `schema`. */
export const inSchema = (schema: string): string => {
  const parsed = new URL(url)
  parsed.searchParams.set("options", `-c search_path=${schema} -c synchronous_commit=off`)
  return parsed.toString()
}

/** Why PostgreSQL cannot be used, or `undefined` when it can. */
export const unreachable: string | undefined = await Effect.runPromise(
  Effect.scoped(
    Effect.flatMap(
      PgClient.make({ url: Redacted.make(url), maxConnections: 1, connectTimeout: "3 seconds" }),
      (sql) => sql`SELECT 1`
    )
  ).pipe(
    Effect.provide(Reactivity.layer),
    Effect.as(undefined),
    Effect.catchAll((error) =>
      Effect.succeed(`${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`)
    )
  )
)
if (unreachable !== undefined) {
  const reason = `PostgreSQL at ${new URL(url).host} is unreachable (${unreachable})`
  if (process.env.SIRE_REQUIRE_POSTGRES === "1") throw new Error(`${reason}; SIRE_REQUIRE_POSTGRES=1`)
  console.warn(`Skipping the PostgreSQL tests: ${reason}`)
}

/** A client on a new, migrated schema of its own, dropped when the layer is released. */
export const isolatedSql = Layer.scoped(
  SqlClient.SqlClient,
  Effect.gen(function*() {
    const schema = `sire_test_${randomToken(16).toLowerCase()}`
    const sql = yield* PgClient.make({ url: Redacted.make(inSchema(schema)), maxConnections: 4 })
    yield* Effect.acquireRelease(
      sql`CREATE SCHEMA ${sql(schema)}`,
      () => Effect.orDie(sql`DROP SCHEMA ${sql(schema)} CASCADE`)
    )
    yield* Effect.provideService(SqlMigrations.migrate, SqlClient.SqlClient, sql)
    return sql
  })
).pipe(Layer.provide(Reactivity.layer))

