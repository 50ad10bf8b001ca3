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
 * The listener (`internal/WatchedListener`: a client of its own, checked by a watchdog) lives until
 * the layer is released; when it replaces a dead connection it wakes the subscribers, since what
 * was notified meanwhile is lost.
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
import * as SqlClient from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import { Effect, Layer, Option, type Scope } from "effect"
import * as Telemetry from "@sire/core/Telemetry"
import { type ExecutionId, type OrganizationId, randomToken } from "@sire/core/Id"
import { type Claim, WorkQueue, WorkQueueError } from "@sire/core/WorkQueue"
import { comparedTime, type LeaseClock, leaseTimes } from "./internal/leases.js"
import { clampInt, storedTime } from "./internal/paging.js"
import { isPgClient } from "./internal/clients.js"
import * as WatchedListener from "./internal/WatchedListener.js"
import * as SqlFailure from "./SqlFailure.js"

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

const toQueueError = (name: string) => (error: SqlError) =>
  new WorkQueueError({
    reason: "Unavailable",
    message: `SqlWorkQueue.${name}: ${SqlFailure.describe(error)}`
  })

/** Runs one queue operation: SQL errors become `WorkQueueError`, and the operation is a span. */
const operation = (name: string) => <A>(effect: Effect.Effect<A, SqlError>): Effect.Effect<A, WorkQueueError> =>
  effect.pipe(Effect.mapError(toQueueError(name)), Telemetry.traced(`SqlWorkQueue.${name}`))


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
    // Typed, not inferred: the union of the two branches' types is ordered by the checker's type ids,
    // and `Effect.ignore` infers from its first member (the declaration build failed on it at times).
    const notify: Effect.Effect<unknown, SqlError> = pg === undefined
      ? Effect.void
      : sql`SELECT pg_notify(${channel}, ${self})`.withoutTransform
    const wake = Effect.suspend(() => {
      wakeLocal()
      // best effort: the change is committed whatever happens to the notification
      return Effect.ignore(notify)
    })

    const ensureListening = pg === undefined
      ? Effect.void
      : yield* WatchedListener.make({
        pg,
        channel,
        self,
        scope,
        // own notifications were already woken for
        onNotify: (payload) => payload !== self && wakeLocal(),
        onReconnect: wakeLocal
      })

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
