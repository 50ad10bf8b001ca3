/**
 * The account store on PostgreSQL under concurrent password resets: finishing a reset locks the
 * user's row before their reset tokens, so two resets of one user by different tokens (each spends
 * them all) run one after the other and never deadlock: one changes the password, the other finds
 * its token spent.
 */
import * as SqlClient from "@effect/sql/SqlClient"
import * as SqlChanges from "@sire/adapters/SqlChanges"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Fiber, Option } from "effect"
import * as Accounts from "../src/auth/Accounts.js"
import { migratedDatabase, skip } from "./harness.js"
import { blockedBehind, hold, lockable } from "./locks.js"

const now = 1_700_000_000_000

describe.skipIf(skip("postgres"))("the password reset's lock order on postgres", () => {
  const db = migratedDatabase("postgres", 8)
  let sql: SqlClient.SqlClient
  let accounts: Accounts.Accounts["Type"]
  beforeAll(async () => {
    sql = await db.open()
    accounts = await Effect.runPromise(
      Accounts.make.pipe(
        Effect.provideService(SqlClient.SqlClient, sql),
        Effect.provideService(SqlChanges.Changes, SqlChanges.local())
      )
    )
  }, 60_000)
  afterAll(() => db.close())

  let users = 0
  /** A new user with a session and two live reset tokens. */
  const resettable = Effect.gen(function*() {
    const n = users++
    const user = yield* accounts.signup({ email: `reset${n}@locks.test`, name: "Reset", passwordHash: "old", organizationName: "locks" }, now)
    yield* accounts.openSession(user.id, user.organization.id, `refresh-${n}`, now, 60_000)
    const hashes = [`reset-${n}-a`, `reset-${n}-b`] as const
    for (const hash of hashes) yield* accounts.startReset(user.id, hash, now, now + 60_000)
    return { userId: user.id, hashes }
  })

  /** Runs `during` while another transaction holds the user's row (as a reset does), then releases it. */
  const whileUserHeld = <A>(userId: string, during: (holderPid: number) => Effect.Effect<A, unknown>) =>
    Effect.gen(function*() {
      const held = yield* hold(sql, sql`SELECT id FROM sire_users WHERE id = ${userId} FOR NO KEY UPDATE`)
      const result = yield* during(held.pid)
      yield* held.release
      yield* held.done
      return result
    })

  it("finishing a reset waits for the user's row before it locks the reset token's", async () => {
    const free = await Effect.runPromise(Effect.gen(function*() {
      const { hashes, userId } = yield* resettable
      const { free, resetting } = yield* whileUserHeld(userId, (holderPid) =>
        Effect.gen(function*() {
          const resetting = yield* Effect.fork(accounts.finishReset(hashes[0], "new", now + 1))
          yield* blockedBehind(sql, holderPid, "the reset (waiting for the user's row)")
          const free = yield* lockable(sql, sql`SELECT hash FROM sire_password_resets WHERE hash = ${hashes[0]} FOR UPDATE NOWAIT`)
          return { free, resetting }
        }))
      assert.isTrue(Option.isSome(yield* Fiber.join(resetting)))
      return free
    }))
    assert.isTrue(free, "the reset locked its token, then waited for the user: the order another reset of the user deadlocks with")
  })

  it("two resets of one user by different tokens, released together, both answer: one changes the password, the other finds its token spent", async () => {
    const outcomes = await Effect.runPromise(Effect.gen(function*() {
      const { hashes, userId } = yield* resettable
      const fibers = yield* whileUserHeld(userId, (holderPid) =>
        Effect.gen(function*() {
          const fibers = yield* Effect.forEach(hashes, (hash, i) => Effect.fork(accounts.finishReset(hash, `new-${i}`, now + 1)))
          yield* blockedBehind(sql, holderPid, "the two resets (waiting for the user's row)", 2)
          return fibers
        }))
      return yield* Effect.forEach(fibers, Fiber.await)
    }))
    for (const outcome of outcomes) assert.strictEqual(outcome._tag, "Success", `a reset failed: ${String(outcome)}`)
    const changed = outcomes.filter((outcome) => outcome._tag === "Success" && Option.isSome(outcome.value))
    assert.strictEqual(changed.length, 1)
  })
})
