/**
 * The work queue's `LISTEN` on PostgreSQL survives losing its connection. Two queue instances on one
 * schema, each with its own client (like two processes); `pg_terminate_backend` on the `LISTEN`
 * connection of one of them (B): an enqueue on the other (A) still wakes B's subscriber within
 * 10 s (B's watchdog replaces the connection about 4 s after it last delivered a notification), and
 * once B listens again, A's notifications reach it at once. The listeners' pings keep flowing on
 * the channel but wake no one, B's own enqueue wakes its subscriber once, and no connection of
 * either instance outlives the scope.
 * Skipped with a warning when PostgreSQL is unreachable, unless `SIRE_REQUIRE_POSTGRES=1`.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Redacted, Stream } from "effect"
import { type ExecutionId, type OrganizationId, randomToken } from "@sire/core/Id"
import * as SqlMigrations from "../src/SqlMigrations.js"
import * as SqlWorkQueue from "../src/SqlWorkQueue.js"
import { inSchema, unreachable, url } from "./postgres.js"

const job = (n: number) => ({
  organizationId: "org_listen" as OrganizationId,
  executionId: `exec_listen_${n}` as ExecutionId,
  runAt: 0
})

/** Polls `check` every 25 ms until it holds; fails with `what` after `ms`. */
const waitFor = (what: string, ms: number, check: () => boolean | Effect.Effect<boolean, unknown>) =>
  Effect.gen(function*() {
    const deadline = Date.now() + ms
    for (;;) {
      const result = check()
      if (typeof result === "boolean" ? result : yield* Effect.orDie(result)) return
      if (Date.now() > deadline) return assert.fail(`${what}: not within ${ms} ms`)
      yield* Effect.sleep("25 millis")
    }
  })

describe.skipIf(unreachable !== undefined)("SqlWorkQueue's LISTEN on PostgreSQL", () => {
  it.live("a terminated LISTEN connection is replaced: other processes' enqueues wake subscribers again", () =>
    Effect.gen(function*() {
      const token = randomToken(16).toLowerCase()
      const schema = `sire_test_${token}`
      const channel = SqlWorkQueue.channelFor(schema)
      const admin = yield* PgClient.make({ url: Redacted.make(url), maxConnections: 1 })
      yield* Effect.acquireRelease(
        admin`CREATE SCHEMA ${admin(schema)}`,
        () => Effect.orDie(admin`DROP SCHEMA ${admin(schema)} CASCADE`)
      )
      /** One "process": its own client on the shared schema, and a queue on it. */
      const instance = (name: string) =>
        Effect.gen(function*() {
          const applicationName = `sire_test_listen_${name}_${token}`
          const sql = yield* PgClient.make({ url: Redacted.make(inSchema(schema)), maxConnections: 2, applicationName })
          if (name === "a") yield* Effect.provideService(SqlMigrations.migrate, SqlClient.SqlClient, sql)
          const queue = yield* Effect.provideService(SqlWorkQueue.make, SqlClient.SqlClient, sql)
          let wakes = 0
          yield* queue.subscribe(() => void wakes++)
          return { applicationName, queue, wakes: () => wakes, reset: () => void (wakes = 0) }
        })
      const a = yield* instance("a")
      const b = yield* instance("b")

      // everything said on the channel, seen from a third connection
      const heard: Array<string> = []
      yield* admin.listen(channel).pipe(Stream.runForEach((payload) => Effect.sync(() => heard.push(payload))), Effect.forkScoped)

      const listenerOfB = admin<{ readonly pid: number }>`SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = ${b.applicationName}
          AND query ILIKE 'LISTEN%'`.pipe(Effect.map((rows) => rows.map((row) => row.pid)))

      b.reset()
      yield* a.queue.enqueue(job(1))
      yield* waitFor("before the fault, A's enqueue wakes B", 2_000, () => b.wakes() > 0)

      const [killed, ...others] = yield* listenerOfB
      assert.isDefined(killed, "B's LISTEN connection is found")
      assert.deepStrictEqual(others, [], "B has one LISTEN connection")
      const [terminated] = yield* admin<{ readonly ok: boolean }>`SELECT pg_terminate_backend(${killed}) AS ok`
      assert.isTrue(terminated?.ok, "B's LISTEN connection is terminated")
      yield* waitFor("the terminated backend to go", 2_000, () =>
        Effect.map(listenerOfB, (pids) => !pids.includes(killed)))

      b.reset()
      const started = Date.now()
      yield* a.queue.enqueue(job(2))
      yield* waitFor("after the fault, A's enqueue wakes B", 10_000, () => b.wakes() > 0)
      const recovery = Date.now() - started

      yield* waitFor("B to listen again on a new connection", 5_000, () =>
        Effect.map(listenerOfB, (pids) => pids.length === 1 && pids[0] !== killed))
      yield* Effect.sleep("200 millis")
      b.reset()
      yield* a.queue.enqueue(job(3))
      yield* waitFor("A's notifications reach B's new LISTEN", 2_000, () => b.wakes() > 0)

      // quiet: the listeners check their connections with pings, which wake no one
      yield* Effect.sleep("200 millis")
      a.reset()
      b.reset()
      heard.length = 0
      yield* Effect.sleep("3 seconds")
      assert.isAbove(heard.length, 0, "the listeners pinged while nothing happened")
      assert.strictEqual(a.wakes(), 0, `pings wake no one (heard: ${heard.join(", ")})`)
      assert.strictEqual(b.wakes(), 0, `pings wake no one (heard: ${heard.join(", ")})`)

      // B's own enqueue wakes B's subscriber once (its own notification coming back does not)
      yield* b.queue.enqueue(job(4))
      yield* waitFor("A to hear B's enqueue", 2_000, () => a.wakes() > 0)
      yield* Effect.sleep("300 millis")
      assert.strictEqual(b.wakes(), 1, "B's own enqueue wakes its subscriber once")
      assert.isAtMost(recovery, 10_000)
      return [a.applicationName, b.applicationName]
    }).pipe(
      Effect.scoped,
      Effect.flatMap((names) =>
        Effect.scoped(Effect.gen(function*() {
          const admin = yield* PgClient.make({ url: Redacted.make(url), maxConnections: 1 })
          yield* waitFor("the instances' connections to close", 5_000, () =>
            admin<{ readonly n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE application_name IN ${admin.in(names)}`.pipe(Effect.map((rows) => rows[0]?.n === 0)))
        }))
      ),
      Effect.provideServiceEffect(Reactivity.Reactivity, Reactivity.make)
    ), 30_000)
})
