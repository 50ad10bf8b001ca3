/**
 * Migrations applied by several processes at once on an empty schema (a first deploy with
 * replicas): each gets its own connection pool, all start together, every one succeeds, the
 * migrations are applied exactly once, and the schema is complete when any of them returns. A
 * restart on a complete schema is told by a read, without waiting on the migration lock.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { randomToken } from "@sire/core/Id"
import * as SqlMigrations from "../src/SqlMigrations.js"
import { inSchema, unreachable } from "./postgres.js"

describe.skipIf(unreachable !== undefined)("migrations on PostgreSQL", () => {
  it.live("six pools migrating one empty schema at once all succeed; each migration is applied once, the tables exist for all", () =>
    Effect.gen(function*() {
      const schema = `sire_test_${randomToken(16).toLowerCase()}`
      const admin = yield* PgClient.make({ url: Redacted.make(inSchema("public")), maxConnections: 1 })
      yield* Effect.acquireRelease(admin`CREATE SCHEMA ${admin(schema)}`, () => Effect.orDie(admin`DROP SCHEMA ${admin(schema)} CASCADE`))
      const pools = yield* Effect.all(
        Array.from({ length: 6 }, () => PgClient.make({ url: Redacted.make(inSchema(schema)), maxConnections: 2 }))
      )
      const applied = yield* Effect.all(
        pools.map((sql) =>
          SqlMigrations.migrate.pipe(
            // Whoever returns first finds every table in place.
            Effect.flatMap((done) => Effect.as(sql`SELECT count(*) AS n FROM sire_executions`, done)),
            Effect.provideService(SqlClient.SqlClient, sql)
          )
        ),
        { concurrency: "unbounded" }
      )
      const total = applied.reduce((sum, done) => sum + done.length, 0)
      const rows = yield* admin<{ migrationId: number }>`SELECT migration_id AS "migrationId" FROM ${admin(schema)}.sire_migrations ORDER BY migration_id`
      assert.deepStrictEqual(rows.map((row) => row.migrationId), [1, 2, 3, 4, 5, 6])
      assert.strictEqual(total, 6, "the six migrations were applied once in all")
    }).pipe(Effect.scoped, Effect.provide(Reactivity.layer)), 60_000)

  it.live("on a schema that has every migration, migrating again applies nothing and does not wait for the migration lock", () =>
    Effect.gen(function*() {
      const schema = `sire_test_${randomToken(16).toLowerCase()}`
      const admin = yield* PgClient.make({ url: Redacted.make(inSchema("public")), maxConnections: 1 })
      yield* Effect.acquireRelease(admin`CREATE SCHEMA ${admin(schema)}`, () => Effect.orDie(admin`DROP SCHEMA ${admin(schema)} CASCADE`))
      const sql = yield* PgClient.make({ url: Redacted.make(inSchema(schema)), maxConnections: 2 })
      const first = yield* Effect.provideService(SqlMigrations.migrate, SqlClient.SqlClient, sql)
      assert.strictEqual(first.length, 6)
      // Another process holds the lock (as one migrating would): a restart need not wait for it.
      const key = `${schema}.${SqlMigrations.table}`
      yield* Effect.acquireRelease(
        admin`SELECT pg_advisory_lock(hashtext(${key}))`,
        () => Effect.orDie(admin`SELECT pg_advisory_unlock(hashtext(${key}))`)
      )
      const again = yield* Effect.provideService(SqlMigrations.migrate, SqlClient.SqlClient, sql).pipe(
        Effect.timeoutFail({ duration: "10 seconds", onTimeout: () => new Error("migrating a complete schema waited for the lock") })
      )
      assert.deepStrictEqual(again, [])
    }).pipe(Effect.scoped, Effect.provide(Reactivity.layer)), 60_000)
})
