/**
 * The conformance kit against the SQL stores on PostgreSQL. Every layer build gets its own schema
 * (created, migrated, dropped on release), so each test sees a fresh, isolated store.
 * Skipped with a warning when PostgreSQL is unreachable, unless `SIRE_REQUIRE_POSTGRES=1`.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { describe } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { randomToken } from "@sire/core/Id"
import * as SqlMigrations from "../src/SqlMigrations.js"
import { suite } from "../src/testkit.js"
import { sqlLayers } from "./fixtures.js"

const url = process.env.SIRE_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test"

/** The connection string with every session's `search_path` set to `schema`. */
const inSchema = (schema: string): string => {
  const parsed = new URL(url)
  parsed.searchParams.set("options", `-c search_path=${schema} -c synchronous_commit=off`)
  return parsed.toString()
}

const unreachable: string | undefined = await Effect.runPromise(
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
  console.warn(`Skipping the PostgreSQL conformance suites: ${reason}`)
}

/** A client on a new, migrated schema of its own, dropped when the layer is released. */
const isolatedSql = Layer.scoped(
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

describe.skipIf(unreachable !== undefined)("PostgreSQL adapters", () => suite("PostgreSQL", sqlLayers(isolatedSql)))
