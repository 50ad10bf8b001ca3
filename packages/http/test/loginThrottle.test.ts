/**
 * The sign-in throttle's two stores against each other: the SQL one (on PGlite and PostgreSQL,
 * migrated by the server migrations) decides every sequence of attempts and successes exactly as
 * the in-memory one does — same admissions, same waits — and the wait table the SQL store indexes
 * is the formula's.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as fc from "fast-check"
import * as LoginThrottle from "../src/auth/LoginThrottle.js"
import * as SqlLoginThrottle from "../src/auth/SqlLoginThrottle.js"
import { databases, migratedDatabase, skip } from "./harness.js"

const policies = fc.record({
  freeAttempts: fc.integer({ min: 0, max: 10 }),
  baseDelayMs: fc.integer({ min: 0, max: 60_000 }),
  maxDelayMs: fc.integer({ min: 0, max: 3_600_000 }),
  windowMs: fc.integer({ min: 1, max: 7_200_000 })
})

/** Policies on the scale of the steps below, so that waits, caps and windows all come into play. */
const smallPolicies = fc.record({
  freeAttempts: fc.integer({ min: 0, max: 3 }),
  baseDelayMs: fc.integer({ min: 0, max: 500 }),
  maxDelayMs: fc.integer({ min: 0, max: 2_000 }),
  windowMs: fc.integer({ min: 1, max: 6_000 })
})

/** One step: an attempt or a success on one of three keys, after some time. */
const operations = fc.array(
  fc.record({ key: fc.integer({ min: 0, max: 2 }), clear: fc.integer({ min: 0, max: 9 }).map((n) => n < 2), afterMs: fc.integer({ min: 0, max: 1_500 }) }),
  { minLength: 1, maxLength: 40 }
)

describe("the throttle's wait table", () => {
  it("schedule[min(n, length - 1)] is delayMs(n) for every n, for any policy", () => {
    fc.assert(fc.property(policies, fc.integer({ min: 0, max: 500 }), (any, n) => {
      const waits = LoginThrottle.schedule(any)
      assert.strictEqual(waits[Math.min(n, waits.length - 1)], LoginThrottle.delayMs(any, n))
    }))
  })
})

describe.each(databases)("the SQL sign-in throttle on %s", (database) => {
  const db = migratedDatabase(database, 8)
  let sql: SqlClient.SqlClient
  beforeAll(async () => {
    if (!skip(database)) sql = await db.open()
  }, 60_000)
  afterAll(() => db.close())

  it.skipIf(skip(database))("admits exactly the free attempts of 30 made at once on one key", async () => {
    const store = await Effect.runPromise(Effect.provideService(SqlLoginThrottle.make(LoginThrottle.defaultPolicy), SqlClient.SqlClient, sql))
    const key = `burst-${Math.random()}`
    const decisions = await Effect.runPromise(
      Effect.all(Array.from({ length: 30 }, () => store.attempt(key, 1_700_000_000_000)), { concurrency: "unbounded" })
    )
    assert.strictEqual(decisions.filter((decision) => decision.admitted).length, LoginThrottle.defaultPolicy.freeAttempts)
    for (const decision of decisions) if (!decision.admitted) assert.strictEqual(decision.retryAfterMs, 1_000)
  })

  let run = 0
  it.skipIf(skip(database))("decides every sequence of attempts and successes exactly as the memory store does (admissions and waits)", async () => {
    await fc.assert(
      fc.asyncProperty(smallPolicies, operations, async (policy, steps) => {
        const store = await Effect.runPromise(Effect.provideService(SqlLoginThrottle.make(policy), SqlClient.SqlClient, sql))
        const memory = LoginThrottle.makeMemory(policy)
        const prefix = `run-${run++}-`
        let now = 1_700_000_000_000
        for (const step of steps) {
          now += step.afterMs
          const key = `${prefix}${step.key}`
          if (step.clear) {
            await Effect.runPromise(Effect.all([memory.clear(key), store.clear(key)]))
            continue
          }
          const [expected, actual] = await Effect.runPromise(Effect.all([memory.attempt(key, now), store.attempt(key, now)]))
          assert.deepStrictEqual(actual, expected, `${key} at +${now - 1_700_000_000_000} ms`)
        }
      }),
      { numRuns: 40 }
    )
  }, 60_000)
})
