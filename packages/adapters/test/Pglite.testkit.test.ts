/**
 * The conformance kit against the SQL stores on PGlite, the embedded default. One PGlite instance
 * serves the file (a fresh one costs an initdb of several seconds); every layer build gets its own
 * schema on it (created, migrated, dropped on release), so each test sees a fresh, isolated store.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll } from "@effect/vitest"
import { Effect, Layer, ManagedRuntime } from "effect"
import { randomToken } from "@sire/core/Id"
import * as PgliteClient from "../src/PgliteClient.js"
import * as SqlMigrations from "../src/SqlMigrations.js"
import { suite } from "../src/testkit.js"
import { sqlLayers } from "./fixtures.js"

const instance = ManagedRuntime.make(PgliteClient.layer({}))
afterAll(() => instance.dispose())

const shared = Layer.unwrapEffect(
  Effect.map(Effect.promise(() => instance.runtime()), (runtime) => Layer.succeedContext(runtime.context))
)

/** The shared client switched to a new, migrated schema of its own, dropped when the layer is released. */
const isolatedSql = Layer.scoped(
  SqlClient.SqlClient,
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const schema = `sire_test_${randomToken(16).toLowerCase()}`
    yield* Effect.acquireRelease(
      sql`CREATE SCHEMA ${sql(schema)}`,
      () => Effect.orDie(Effect.zipRight(sql`SET search_path TO public`, sql`DROP SCHEMA ${sql(schema)} CASCADE`))
    )
    yield* sql`SET search_path TO ${sql(schema)}`
    yield* SqlMigrations.migrate
    return sql
  })
).pipe(Layer.provide(shared))

suite("PGlite", sqlLayers(isolatedSql))
