/**
 * The work queue on SQL, written once against `@effect/sql`'s `SqlClient` (PostgreSQL dialect:
 * runs on PostgreSQL and PGlite). Needs the `sire_jobs` table and `sire_job_tokens` sequence of
 * `SqlMigrations`.
 *
 * One row per execution. A claim is one `UPDATE` over the due rows picked `FOR UPDATE SKIP LOCKED`,
 * each given a fencing token from the sequence, so concurrent workers never claim the same job and
 * tokens grow queue-wide. A job enqueued while claimed keeps its claim and records `rerun_at`: the
 * claim's end (complete or release) turns it back into a waiting job.
 *
 * Subscribers are woken by this process's enqueues, completions leaving a re-run and releases. On a
 * `PgClient` (`@effect/sql-pg`) these also notify the schema's channel (`channelFor`), and the first
 * subscriber starts a `LISTEN` on it, so other processes' work wakes subscribers too; PGlite has one
 * process, in-process wake-ups suffice there.
 *
 * The listener lives until the layer is released, on a client of its own made from the queue
 * client's config (its `LISTEN` connection, and one pooled connection that closes when idle). A
 * connection that dies under `PgClient.listen` goes unnoticed (its stream neither fails nor ends),
 * so a watchdog checks it: when nothing was heard on the channel for `watchInterval`, it sends a
 * ping through the queue's client (a notification that wakes no instance) and, unless something is
 * heard within `pingDeadline` of it, drops that client, listens again on a new one and then wakes
 * the subscribers (what was notified meanwhile is lost). A dead connection is thus replaced about
 * `watchInterval + pingDeadline` (4 s) after the last notification it delivered.
 *
 * @example
 * import { Layer } from "effect"
 * import * as SqlMigrations from "@sire/adapters/SqlMigrations"
 * import * as SqlWorkQueue from "@sire/adapters/SqlWorkQueue"
 *
 * // provide a SqlClient (PgClient.layer(...) or the PGlite client layer) to this:
 * const Queue = SqlWorkQueue.layer.pipe(Layer.provide(SqlMigrations.layer))
 *
 * @since 0.1.0
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import { PgClient } from "@effect/sql-pg"
import { Context, Deferred, Duration, Effect, Fiber, Layer, Option, Queue, Schedule, type Scope, Stream } from "effect"
import { type ExecutionId, type OrganizationId, randomToken } from "@sire/core/Id"
import { type Claim, WorkQueue, WorkQueueError } from "@sire/core/WorkQueue"
import { comparedTime, type LeaseClock, leaseTimes } from "./internal/leases.js"
import { clampInt, storedTime } from "./internal/paging.js"

/**
 * The notification channel of `NOTIFY`/`LISTEN` for the queue in `schema` (PostgreSQL only):
 * queues in other schemas of the same database do not wake each other. Channel names are
 * identifiers (at most 63 bytes), so a long schema name is replaced by a hash of it.
 */
export const channelFor = (schema: string): string => {
  const plain = `sire_jobs_${schema}`
  if (plain.length <= 63 && /^[\x20-\x7e]*$/.test(plain)) return plain
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (let i = 0; i < schema.length; i++) {
    h1 = Math.imul(h1 ^ schema.charCodeAt(i), 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ schema.charCodeAt(i), 0x5bd1e995) >>> 0
  }
  return `sire_jobs_${h1.toString(16)}${h2.toString(16)}`
}

type BigintColumn = number | string | bigint

interface ClaimedRow {
  readonly execution_id: string
  readonly organization_id: string
  readonly token: BigintColumn
  readonly lease_until: BigintColumn
}

interface NextRow {
  readonly at: BigintColumn | null
}

const toQueueError = (error: SqlError) =>
  new WorkQueueError({
    reason: "Unavailable",
    message: `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ""}`
  })

/** Runs one queue operation: SQL errors become `WorkQueueError`, and the operation is a span. */
const operation = (name: string) => <A>(effect: Effect.Effect<A, SqlError>): Effect.Effect<A, WorkQueueError> =>
  effect.pipe(Effect.mapError(toQueueError), Effect.withSpan(`SqlWorkQueue.${name}`, { captureStackTrace: false }))



const isPgClient = (sql: SqlClient.SqlClient): sql is PgClient.PgClient => PgClient.TypeId in sql

/** How long the listener may hear nothing on its channel before it pings to check its connection. */
const watchInterval = Duration.seconds(2)
/** How long a sent ping may take to be heard before the listener's connection is taken for dead. */
const pingDeadline = Duration.seconds(2)
/** How long sending a ping may take; one that cannot be sent proves nothing about the listener. */
const pingSendTimeout = Duration.seconds(10)
/** Starts the payload of a listener's ping: it proves a connection alive and wakes no one. */
const pingPrefix = "ping:"

/** The config of a listener's own client: the queue client's, with one pooled connection at most. */
const listenerConfig = (pg: PgClient.PgClient): PgClient.PgClientConfig => ({
  ...pg.config,
  maxConnections: 1,
  minConnections: 0,
  // also bounds the `LISTEN` connection's connect, which `pg` leaves unbounded by default
  connectTimeout: pg.config.connectTimeout ?? Duration.seconds(5)
})

/** Settings of the SQL work queue. */
export interface Options {
  /**
   * Whose clock leases are measured by: `"caller"` (the `now` each call passes, the default) or
   * `"database"` (the server's `clock_timestamp()`), so workers on machines whose clocks disagree
   * still agree on when a lease has run out. Due times (`runAt`) are always the caller's.
   */
  readonly leaseClock?: LeaseClock
}

/** The SQL work queue; on a `PgClient` it also notifies and listens on its schema's channel (a watched listener, in the scope). */
export const makeWith = (options: Options): Effect.Effect<WorkQueue["Type"], never, SqlClient.SqlClient | Scope.Scope> =>
  Effect.gen(function*() {
    const sql = yield* SqlClient.SqlClient
    const scope = yield* Effect.scope
    const pg = isPgClient(sql) ? sql : undefined
    /** Tags this instance's notifications, so it does not wake its own subscribers twice. */
    const self = randomToken(16)

    const listeners = new Set<() => void>()
    const wakeLocal = () => {
      for (const listener of listeners) {
        try {
          listener()
        } catch {
          // a failing listener must neither fail the committed operation nor starve the others
        }
      }
    }
    const channel = pg === undefined
      ? ""
      : channelFor((yield* Effect.orDie(sql<{ readonly schema: string }>`SELECT current_schema() AS schema`.withoutTransform))[0].schema)
    // `pg_notify`, not `PgClient.notify`: a `NOTIFY` statement takes no bind parameters
    const notifyWith = (payload: string) => sql`SELECT pg_notify(${channel}, ${payload})`.withoutTransform
    const notify = pg === undefined ? Effect.void : notifyWith(self)
    const wake = Effect.suspend(() => {
      wakeLocal()
      // best effort: the change is committed whatever happens to the notification
      return Effect.ignore(notify)
    })

    /** Resolved once this instance's `LISTEN` first holds (after a ping of its own, something was heard on it). */
    const listening = yield* Deferred.make<void>()
    /** Holds a token while something was heard on the channel since the listener last took it. */
    const heard = yield* Queue.sliding<void>(1)
    const ping = notifyWith(`${pingPrefix}${self}`)
    const hear = (payload: string) =>
      Effect.sync(() => {
        heard.unsafeOffer(undefined)
        // own notifications (already woken for) and anyone's pings announce no work
        if (payload !== self && !payload.startsWith(pingPrefix)) wakeLocal()
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
    const listenOnce = (pg: PgClient.PgClient, again: boolean, onListening: () => void) =>
      Effect.scoped(Effect.gen(function*() {
        const client = yield* PgClient.make(listenerConfig(pg)).pipe(
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
          if (again) wakeLocal()
          return yield* watch
        })
        return yield* Effect.raceFirst(
          Effect.zipRight(Fiber.join(listener), Effect.fail("ended" as const)),
          listenAndWatch
        )
      }))

    /** Listens for as long as the layer lives: a listener found dead is replaced at once, one that failed to start after 1 s. */
    const supervise = (pg: PgClient.PgClient) =>
      Effect.gen(function*() {
        for (let again = false;; again = true) {
          let held = false
          yield* Effect.exit(listenOnce(pg, again, () => void (held = true)))
          if (!held) yield* Effect.sleep("1 second")
        }
      })

    /** Starts the listener (once, forked into the layer's scope) and waits, at most 2 s, until the `LISTEN` holds. */
    const ensureListening = yield* Effect.cached(
      pg === undefined ? Effect.void : Effect.gen(function*() {
        yield* supervise(pg).pipe(
          // not in the caller's transaction (if any), nor in its trace: the listener outlives both
          Effect.mapInputContext((context: Context.Context<never>) =>
            Context.omit(SqlClient.TransactionConnection)(context)
          ),
          Effect.withTracerEnabled(false),
          Effect.forkIn(scope)
        )
        yield* Effect.timeoutOption(Deferred.await(listening), Duration.seconds(2))
      })
    )

    const { end: leaseEnd, now: leaseNow } = leaseTimes(sql, options.leaseClock)

    const ownedBy = (claim: Claim) =>
      sql`execution_id = ${claim.executionId} AND token = ${clampInt(claim.token)}`

    return WorkQueue.of({
      enqueue: (job) => {
        const upsert = sql`INSERT INTO sire_jobs (execution_id, organization_id, run_at)
          VALUES (${job.executionId}, ${job.organizationId}, ${storedTime(job.runAt)})
          ON CONFLICT (execution_id) DO UPDATE SET
            run_at = CASE WHEN sire_jobs.claimed_by IS NULL
              THEN least(sire_jobs.run_at, excluded.run_at) ELSE sire_jobs.run_at END,
            rerun_at = CASE WHEN sire_jobs.claimed_by IS NULL
              THEN sire_jobs.rerun_at ELSE least(coalesce(sire_jobs.rerun_at, excluded.run_at), excluded.run_at) END`
        // On PostgreSQL the notification goes in the same statement: one round trip, sent on commit.
        const statement = pg === undefined
          ? upsert
          : sql`WITH queued AS (${upsert} RETURNING 1) SELECT pg_notify(${channel}, ${self}) FROM queued`
        return statement.withoutTransform.pipe(Effect.zipRight(Effect.sync(wakeLocal)), operation("enqueue"))
      },

      claimNew: (job, { leaseMs, now, workerId }) =>
        sql<ClaimedRow>`INSERT INTO sire_jobs (execution_id, organization_id, run_at, claimed_by, token, lease_until)
          VALUES (${job.executionId}, ${job.organizationId}, ${storedTime(job.runAt)}, ${workerId},
            nextval('sire_job_tokens'), ${leaseEnd(now, leaseMs)})
          RETURNING execution_id, organization_id, token, lease_until`.withoutTransform.pipe(
          Effect.map(([row]): Claim => ({
            organizationId: row.organization_id as OrganizationId,
            executionId: row.execution_id as ExecutionId,
            workerId,
            token: Number(row.token),
            leaseUntil: Number(row.lease_until)
          })),
          operation("claimNew")
        ),

      claim: ({ leaseMs, max, now, workerId }) => {
        const limit = Number.isNaN(max) ? 0 : clampInt(Math.floor(max))
        if (limit <= 0) return Effect.succeed([])
        const at = comparedTime(now)
        return sql<ClaimedRow>`WITH picked AS (
            SELECT execution_id FROM sire_jobs
            WHERE run_at <= ${at} AND (claimed_by IS NULL OR lease_until <= ${leaseNow(now)})
            ORDER BY run_at, execution_id
            LIMIT ${limit}
            FOR UPDATE SKIP LOCKED
          )
          UPDATE sire_jobs SET
            claimed_by = ${workerId},
            token = nextval('sire_job_tokens'),
            lease_until = ${leaseEnd(now, leaseMs)},
            run_at = CASE WHEN sire_jobs.claimed_by IS NOT NULL AND sire_jobs.rerun_at IS NOT NULL
              THEN least(sire_jobs.run_at, sire_jobs.rerun_at) ELSE sire_jobs.run_at END,
            rerun_at = NULL
          FROM picked WHERE sire_jobs.execution_id = picked.execution_id
          RETURNING sire_jobs.execution_id, sire_jobs.organization_id, sire_jobs.token, sire_jobs.lease_until`
          .withoutTransform.pipe(
            Effect.map((rows) =>
              rows
                .map((row): Claim => ({
                  organizationId: row.organization_id as OrganizationId,
                  executionId: row.execution_id as ExecutionId,
                  workerId,
                  token: Number(row.token),
                  leaseUntil: Number(row.lease_until)
                }))
                .sort((a, b) => a.token - b.token)
            ),
            operation("claim")
          )
      },

      heartbeat: (claim, leaseMs, now) =>
        sql`UPDATE sire_jobs SET lease_until = greatest(lease_until, ${leaseEnd(now, leaseMs)})
          WHERE ${ownedBy(claim)} RETURNING token`.withoutTransform.pipe(
          Effect.map((rows) => rows.length > 0),
          operation("heartbeat")
        ),

      // Two statements, each re-reading the row: `rerun_at` only goes from NULL to a time while the
      // claim holds, so a job the DELETE skips for its re-run is the one the UPDATE turns back.
      complete: (claim) =>
        Effect.gen(function*() {
          const deleted = yield* sql`DELETE FROM sire_jobs
            WHERE ${ownedBy(claim)} AND rerun_at IS NULL RETURNING token`.withoutTransform
          if (deleted.length > 0) return
          const rerun = yield* sql`UPDATE sire_jobs
            SET run_at = rerun_at, claimed_by = NULL, token = NULL, lease_until = NULL, rerun_at = NULL
            WHERE ${ownedBy(claim)} AND rerun_at IS NOT NULL RETURNING token`.withoutTransform
          if (rerun.length > 0) yield* wake
        }).pipe(operation("complete")),

      completeMany: (claims) =>
        Effect.gen(function*() {
          if (claims.length === 0) return
          const held = JSON.stringify(claims.map((c) => ({ id: c.executionId, token: clampInt(c.token) })))
          const owned = sql`(execution_id, token) IN (SELECT c.id, c.token FROM jsonb_to_recordset(${held}::jsonb) AS c(id text, token bigint))`
          const deleted = yield* sql<{ readonly execution_id: string }>`DELETE FROM sire_jobs
            WHERE ${owned} AND rerun_at IS NULL RETURNING execution_id`.withoutTransform
          if (deleted.length === claims.length) return
          const rerun = yield* sql`UPDATE sire_jobs
            SET run_at = rerun_at, claimed_by = NULL, token = NULL, lease_until = NULL, rerun_at = NULL
            WHERE ${owned} AND rerun_at IS NOT NULL RETURNING token`.withoutTransform
          if (rerun.length > 0) yield* wake
        }).pipe(operation("completeMany")),

      release: (claim) =>
        sql`UPDATE sire_jobs
          SET run_at = least(run_at, coalesce(rerun_at, run_at)),
            claimed_by = NULL, token = NULL, lease_until = NULL, rerun_at = NULL
          WHERE ${ownedBy(claim)} RETURNING token`.withoutTransform.pipe(
          Effect.flatMap((rows) => (rows.length > 0 ? wake : Effect.void)),
          operation("release")
        ),

      cancel: (executionId) =>
        sql`DELETE FROM sire_jobs WHERE execution_id = ${executionId}`.withoutTransform.pipe(
          Effect.asVoid,
          operation("cancel")
        ),

      nextDueAt: sql<NextRow>`SELECT min(CASE WHEN claimed_by IS NULL THEN run_at
          ELSE greatest(run_at, lease_until) END) AS at FROM sire_jobs`.withoutTransform.pipe(
        Effect.map((rows) => Option.map(Option.fromNullable(rows[0]?.at), Number)),
        operation("nextDueAt")
      ),

      subscribe: (listener) =>
        Effect.as(
          Effect.zipRight(Effect.sync(() => listeners.add(listener)), ensureListening),
          () => void listeners.delete(listener)
        )
    })
  })

/** The SQL work queue with leases on the caller's clock. */
export const make: Effect.Effect<WorkQueue["Type"], never, SqlClient.SqlClient | Scope.Scope> = makeWith({})

/** The SQL work queue as a layer (its `LISTEN`, on PostgreSQL, ends with the layer). */
export const layer: Layer.Layer<WorkQueue, never, SqlClient.SqlClient> = Layer.scoped(WorkQueue, make)

/** The SQL work queue as a layer, with settings. */
export const layerWith = (options: Options): Layer.Layer<WorkQueue, never, SqlClient.SqlClient> =>
  Layer.scoped(WorkQueue, makeWith(options))
