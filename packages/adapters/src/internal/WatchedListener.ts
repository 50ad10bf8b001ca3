/**
 * A `LISTEN` that stays alive for the life of a scope, on a client of its own (its `LISTEN`
 * connection, and one pooled connection that closes when idle) made from a `PgClient`'s config.
 *
 * A connection that dies under `PgClient.listen` goes unnoticed (its stream neither fails nor
 * ends), so a watchdog checks it: when nothing was heard on the channel for `watchInterval`, it
 * sends a ping through the main client (a notification that announces nothing) and, unless
 * something is heard within `pingDeadline` of it, drops that client, listens again on a new one
 * and calls `onReconnect` (what was notified meanwhile is lost). A dead connection is thus replaced
 * about `watchInterval + pingDeadline` (4 s) after the last notification it delivered.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import type { PgClient } from "@effect/sql-pg"
import { Context, Deferred, Duration, Effect, Fiber, Option, Queue, Schedule, type Scope, Stream } from "effect"

/** How long the listener may hear nothing on its channel before it pings to check its connection. */
const watchInterval = Duration.seconds(2)
/** How long a sent ping may take to be heard before the listener's connection is taken for dead. */
const pingDeadline = Duration.seconds(2)
/** How long sending a ping may take; one that cannot be sent proves nothing about the listener. */
const pingSendTimeout = Duration.seconds(10)
/** Starts the payload of a listener's ping: it proves a connection alive and announces nothing. */
const pingPrefix = "ping:"

/** The config of a listener's own client: the main client's, with one pooled connection at most. */
const listenerConfig = (pg: PgClient.PgClient): PgClient.PgClientConfig => ({
  ...pg.config,
  maxConnections: 1,
  minConnections: 0,
  // also bounds the `LISTEN` connection's connect, which `pg` leaves unbounded by default
  connectTimeout: pg.config.connectTimeout ?? Duration.seconds(5)
})

/** What a watched listener listens on and whom it tells. */
export interface Options {
  readonly pg: PgClient.PgClient
  readonly channel: string
  /** Tags this instance's pings. */
  readonly self: string
  /** The scope the listener lives in. */
  readonly scope: Scope.Scope
  /** Called with every payload heard but pings. */
  readonly onNotify: (payload: string) => void
  /** Called once a listener that replaced a dead one holds. */
  readonly onReconnect: () => void
}

/**
 * The effect that starts the listener (once, forked into the scope) and waits, at most 2 s, until
 * its `LISTEN` holds; later runs return at once.
 */
export const make = (options: Options): Effect.Effect<Effect.Effect<void>> =>
  Effect.gen(function*() {
    const { channel, pg } = options
    const tell = (f: () => void) => {
      try {
        f()
      } catch {
        // a failing subscriber must not stop the listener
      }
    }
    /** Resolved once this instance's `LISTEN` first holds (after a ping of its own, something was heard on it). */
    const listening = yield* Deferred.make<void>()
    /** Holds a token while something was heard on the channel since the listener last took it. */
    const heard = yield* Queue.sliding<void>(1)
    // `pg_notify`, not `PgClient.notify`: a `NOTIFY` statement takes no bind parameters
    const ping = pg`SELECT pg_notify(${channel}, ${`${pingPrefix}${options.self}`})`.withoutTransform
    const hear = (payload: string) =>
      Effect.sync(() => {
        heard.unsafeOffer(undefined)
        if (!payload.startsWith(pingPrefix)) tell(() => options.onNotify(payload))
      })
    /** Pings and waits, at most `deadline`, until something is heard; fails if the ping fails or nothing is heard. */
    const pingAndHear = (deadline: Duration.DurationInput) =>
      Effect.zipRight(
        Queue.takeAll(heard),
        Effect.zipRight(ping, Effect.timeoutFail(Queue.take(heard), { duration: deadline, onTimeout: () => "silent" as const }))
      )

    /** Checks the listener's connection until it is found dead (then fails with `"silent"`). */
    const watch = Effect.gen(function*() {
      for (;;) {
        // whatever is heard proves the connection alive: wait until nothing is for a whole interval
        if (Option.isSome(yield* Effect.timeoutOption(Queue.take(heard), watchInterval))) continue
        // then ask for a notification; only one that was sent yet not heard tells the connection is dead
        const sent = yield* Effect.either(Effect.timeoutFail(ping, { duration: pingSendTimeout, onTimeout: () => "slow" as const }))
        if (sent._tag === "Left") continue
        const back = yield* Effect.timeoutOption(Queue.take(heard), pingDeadline)
        if (Option.isNone(back)) return yield* Effect.fail("silent" as const)
      }
    })

    /**
     * One listener: a client of its own, its `LISTEN`, the handshake (a notification sent before the
     * `LISTEN` holds is lost: ping until one comes back), then the watchdog. Fails when the
     * connection is found dead (or cannot be set up); the scope's end drops the client.
     */
    const listenOnce = (again: boolean, onListening: () => void) =>
      Effect.scoped(Effect.gen(function*() {
        // loaded here, not at import: only a PostgreSQL app (which has the driver) gets this far
        const driver = yield* Effect.promise(() => import("@effect/sql-pg"))
        const client = yield* driver.PgClient.make(listenerConfig(pg)).pipe(
          Effect.provideServiceEffect(Reactivity.Reactivity, Reactivity.make)
        )
        const listener = yield* Effect.fork(Stream.runForEach(client.listen(channel), hear))
        // released before the client: the stream's `UNLISTEN` may hang on a dead connection until the client ends
        yield* Effect.addFinalizer(() =>
          Fiber.interrupt(listener).pipe(Effect.interruptible, Effect.timeoutOption(Duration.seconds(1)))
        )
        const listenAndWatch = Effect.gen(function*() {
          yield* pingAndHear("50 millis").pipe(Effect.retry(Schedule.recurs(40)))
          onListening()
          yield* Deferred.succeed(listening, undefined)
          if (again) tell(options.onReconnect)
          return yield* watch
        })
        return yield* Effect.raceFirst(
          Effect.zipRight(Fiber.join(listener), Effect.fail("ended" as const)),
          listenAndWatch
        )
      }))

    /** Listens for as long as the scope lives: a listener found dead is replaced at once, one that failed to start after 1 s. */
    const supervise = Effect.gen(function*() {
      for (let again = false;; again = true) {
        let held = false
        yield* Effect.exit(listenOnce(again, () => void (held = true)))
        if (!held) yield* Effect.sleep("1 second")
      }
    })

    return yield* Effect.cached(Effect.gen(function*() {
      yield* supervise.pipe(
        // not in the caller's transaction (if any), nor in its trace: the listener outlives both
        Effect.mapInputContext((context: Context.Context<never>) => Context.omit(SqlClient.TransactionConnection)(context)),
        Effect.withTracerEnabled(false),
        Effect.forkIn(options.scope)
      )
      yield* Effect.timeoutOption(Deferred.await(listening), Duration.seconds(2))
    }))
  })
