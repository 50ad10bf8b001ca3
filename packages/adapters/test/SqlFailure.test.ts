/**
 * `SqlFailure` over real PGlite failures (whose errors carry the statement and its parameters):
 * `describe` keeps the operation, the SQLSTATE and the names involved and drops every value —
 * quoted in the message (also with a quote inside it), in `detail` (`Key (email)=(…)`, `Failing
 * row contains (…)`) or in `params`; `redact` finds such errors anywhere in a logged value.
 */
import { SqlClient } from "@effect/sql"
import type { SqlError } from "@effect/sql/SqlError"
import { assert, describe, layer } from "@effect/vitest"
import { Effect } from "effect"
import * as PgliteClient from "../src/PgliteClient.js"
import * as SqlFailure from "../src/SqlFailure.js"

const canary = `canary${Math.random().toString(36).slice(2)}`

/** The error of a statement that must fail. */
const failing = <A>(statement: Effect.Effect<A, SqlError>) => Effect.flip(statement)

describe("SqlFailure", () => {
  layer(PgliteClient.layer({}), { timeout: 60_000 })((it) => {
    it.effect("describes real failures by operation, SQLSTATE and names, without the values they quote or carry", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        yield* sql.unsafe("CREATE TABLE failure_accounts (email text CONSTRAINT failure_accounts_email UNIQUE, age integer CHECK (age >= 0))")
        yield* sql`INSERT INTO failure_accounts (email, age) VALUES (${`${canary}@example.com`}, 1)`
        const cases = [
          [yield* failing(sql`INSERT INTO failure_accounts (email, age) VALUES (${`${canary}@example.com`}, 2)`), "23505", "constraint failure_accounts_email"],
          [yield* failing(sql`INSERT INTO failure_accounts (email, age) VALUES (${`${canary}-2@example.com`}, ${-1})`), "23514", "table failure_accounts"],
          [yield* failing(sql`SELECT ${`${canary}"quoted"${canary}`}::integer`), "22P02", "invalid input syntax for type integer"],
          [yield* failing(sql`SELECT ${`${canary}"quoted"${canary}`}::jsonb`), "22P02", "invalid input syntax for type json"]
        ] as const
        for (const [error, sqlstate, named] of cases) {
          assert.strictEqual(SqlFailure.sqlstate(error), sqlstate)
          assert.include(JSON.stringify(error.cause), canary, "the driver's error does carry the value")
          const line = SqlFailure.describe(error)
          assert.include(line, `SQLSTATE ${sqlstate}`, line)
          assert.include(line, named, line)
          assert.include(line, "Failed to execute statement", line)
          assert.notInclude(line, canary, line)
          assert.notInclude(line, "example.com", line)
        }
      }))

    it.effect("redact replaces a failure anywhere in a value (a cause, an object, an array) and leaves the rest as it is", () =>
      Effect.gen(function*() {
        const sql = yield* SqlClient.SqlClient
        const error = yield* failing(sql`SELECT ${canary}::integer`)
        const wrapped = { attempt: 1, errors: [new Error("outer", { cause: error })], raw: error.cause }
        const safe = SqlFailure.redact(wrapped) as typeof wrapped
        assert.notStrictEqual(safe, wrapped)
        assert.strictEqual(safe.attempt, 1)
        assert.strictEqual(safe.errors[0]!.message, "outer")
        const shown = JSON.stringify(safe, (_, value) => value instanceof Error ? { ...value, message: value.message, cause: value.cause } : value)
        assert.notInclude(shown, canary, shown)
        assert.include(shown, "22P02", shown)
        assert.strictEqual(wrapped.errors[0]!.cause, error, "the original is untouched")
        const plain = { attempt: 2, error: new Error("not SQL") }
        assert.strictEqual(SqlFailure.redact(plain), plain)
        assert.strictEqual(SqlFailure.redact("text"), "text")
      }))
  })
})
