/**
 * Helpers for tests of lock order on PostgreSQL: a transaction held open on the rows it locked,
 * a wait until other sessions are blocked behind it, and whether a row can be locked at once.
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { assert } from "@effect/vitest"
import { Deferred, Effect, type Exit, Fiber } from "effect"

/** A transaction kept open on what it locked: its backend, its release, and its outcome once released. */
export interface Held {
  readonly pid: number
  /** Lets the transaction go on (run its `then`, then commit). */
  readonly release: Effect.Effect<void>
  /** The transaction's outcome; waits for the release. */
  readonly done: Effect.Effect<Exit.Exit<unknown, unknown>>
}

/** Runs `lock` in a transaction that stays open (then runs `then`) until released; answers once `lock` ran. */
export const hold = (
  sql: SqlClient.SqlClient,
  lock: Effect.Effect<unknown, unknown>,
  then: Effect.Effect<unknown, unknown> = Effect.void
): Effect.Effect<Held, unknown> =>
  Effect.gen(function*() {
    const holding = yield* Deferred.make<number, unknown>()
    const release = yield* Deferred.make<void>()
    const fiber = yield* Effect.fork(sql.withTransaction(Effect.gen(function*() {
      yield* lock
      const [{ pid }] = yield* sql<{ readonly pid: number }>`SELECT pg_backend_pid() AS pid`
      yield* Deferred.succeed(holding, pid)
      yield* Deferred.await(release)
      yield* then
    })).pipe(Effect.tapErrorCause((cause) => Deferred.failCause(holding, cause))))
    const pid = yield* Deferred.await(holding)
    return { pid, release: Deferred.complete(release, Effect.void).pipe(Effect.asVoid), done: Fiber.await(fiber) }
  })

/**
 * Waits until `count` sessions are blocked behind `holderPid`, directly or behind one that is
 * (queued for the same row); fails, saying what never waited, after 10 s.
 */
export const blockedBehind = (sql: SqlClient.SqlClient, holderPid: number, what: string, count = 1) =>
  Effect.gen(function*() {
    for (let waited = 0;; waited += 20) {
      const [{ blocked }] = yield* sql<{ readonly blocked: number | string }>`SELECT count(*) AS blocked
        FROM pg_stat_activity a WHERE ${holderPid} = ANY(pg_blocking_pids(a.pid)) OR EXISTS (SELECT 1 FROM pg_stat_activity b
          WHERE ${holderPid} = ANY(pg_blocking_pids(b.pid)) AND b.pid = ANY(pg_blocking_pids(a.pid)))`
      if (Number(blocked) >= count) return
      assert.isBelow(waited, 10_000, `${what} never waited`)
      yield* Effect.sleep(20)
    }
  })

/** Whether `lock` (a `… FOR … NOWAIT` statement) gets its rows at once, in a transaction of its own. */
export const lockable = (sql: SqlClient.SqlClient, lock: Effect.Effect<unknown, unknown>): Effect.Effect<boolean> =>
  sql.withTransaction(lock).pipe(Effect.as(true), Effect.catchAll(() => Effect.succeed(false)))
