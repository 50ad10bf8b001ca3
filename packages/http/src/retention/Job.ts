/**
 * The retention job: a background fiber in every server process that, once per period
 * (`intervalMs`, an hour by default) across all the processes on one database, deletes what
 * retention no longer keeps (`Pruner`). The period is claimed by one conditional upsert of the
 * job's row in `sire_maintenance` (`next_run_at <= now`, moved one period on): like the scheduler's
 * conditional `UPDATE`, whichever process gets there first runs it and the others see the next due
 * time. A run that fails gives its period back (the next look, within a minute, runs it again); a
 * process that dies while pruning leaves the rest to the next period (pruning twice is harmless). Each run is logged with what it deleted and counted in `sire.retention.deleted`.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Cause, Clock, Effect, Layer, Metric, Option } from "effect"
import { randomToken } from "@sire/core/Id"
import { whenMetrics } from "@sire/core/Telemetry"
import * as Pruner from "./Pruner.js"

/** How the job runs. */
export interface Options extends Pruner.Options {
  /** How often the job runs (across processes); an hour by default. */
  readonly intervalMs?: number | undefined
  /** How long after the process starts it first looks; 30 s by default. */
  readonly firstDelayMs?: number | undefined
  /** Who this process is, in `sire_maintenance.last_run_by`; random by default. */
  readonly processId?: string | undefined
}

/** How often the job runs when `intervalMs` is not given: an hour. */
export const defaultIntervalMs = 3_600_000

/** The job's row in `sire_maintenance`. */
export const jobName = "retention"

/** Executions deleted by retention. */
export const deletedCounter = Metric.counter("sire.retention.deleted", {
  description: "Executions deleted by retention",
  incremental: true
})

/** Claims the period due at `now` for `processId`: `true` when this process is the one to run it. */
export const claim = (now: number, intervalMs: number, processId: string): Effect.Effect<boolean, SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.map(
      sql`INSERT INTO sire_maintenance (job, next_run_at, last_run_at, last_run_by)
        VALUES (${jobName}, ${now + intervalMs}, ${now}, ${processId})
        ON CONFLICT (job) DO UPDATE
        SET next_run_at = excluded.next_run_at, last_run_at = excluded.last_run_at, last_run_by = excluded.last_run_by
        WHERE sire_maintenance.next_run_at <= ${now}
        RETURNING job`,
      (rows) => rows.length > 0
    ))

/** Gives back the period `processId` claimed at `now` (its run failed), so that the next look runs it again. */
export const release = (now: number, processId: string): Effect.Effect<void, SqlError, SqlClient.SqlClient> =>
  Effect.flatMap(SqlClient.SqlClient, (sql) =>
    Effect.asVoid(sql`UPDATE sire_maintenance SET next_run_at = ${now}
      WHERE job = ${jobName} AND last_run_by = ${processId} AND last_run_at = ${now}`))

/** When the job is next due (unix ms), if it ever ran. */
export const nextRunAt: Effect.Effect<Option.Option<number>, SqlError, SqlClient.SqlClient> = Effect.flatMap(
  SqlClient.SqlClient,
  (sql) =>
    Effect.map(
      sql<{ readonly nextRunAt: string | number }>`SELECT next_run_at AS "nextRunAt" FROM sire_maintenance WHERE job = ${jobName}`,
      (rows) => Option.map(Option.fromNullable(rows[0]), (row) => Number(row.nextRunAt))
    )
)

/** Runs the job if this period is still unclaimed: what it deleted, or none when another process has the period. */
export const runIfDue = (options: Options): Effect.Effect<Option.Option<Pruner.Outcome>, SqlError, SqlClient.SqlClient> =>
  Effect.gen(function*() {
    const now = yield* Clock.currentTimeMillis
    const processId = options.processId ?? randomToken(12)
    if (!(yield* claim(now, options.intervalMs ?? defaultIntervalMs, processId))) return Option.none()
    const outcome = yield* Pruner.prune(now, options).pipe(
      Effect.tapErrorCause(() => Effect.ignore(release(now, processId)))
    )
    const tookMs = (yield* Clock.currentTimeMillis) - now
    yield* Effect.log(`Retention deleted ${outcome.deleted} executions in ${outcome.batches} batches`).pipe(
      Effect.annotateLogs({ deleted: outcome.deleted, batches: outcome.batches, tookMs, defaultDays: options.defaultDays })
    )
    yield* whenMetrics(Metric.incrementBy(deletedCounter, outcome.deleted))
    return Option.some(outcome)
  })

/** The job as a scoped layer: its fiber lives as long as the layer. */
export const layer = (options: Options): Layer.Layer<never, never, SqlClient.SqlClient> =>
  Layer.scopedDiscard(Effect.gen(function*() {
    const intervalMs = options.intervalMs ?? defaultIntervalMs
    const own = { ...options, processId: options.processId ?? randomToken(12) }
    const round = Effect.gen(function*() {
      yield* runIfDue(own)
      const next = yield* nextRunAt
      const now = yield* Clock.currentTimeMillis
      return Option.match(next, { onNone: () => intervalMs, onSome: (at) => Math.min(intervalMs, Math.max(1_000, at - now)) })
    }).pipe(
      Effect.catchAllCause((cause) => Effect.as(Effect.logError("retention round failed", Cause.squash(cause)), Math.min(intervalMs, 60_000)))
    )
    yield* Effect.forkScoped(Effect.zipRight(
      Effect.sleep(options.firstDelayMs ?? 30_000),
      Effect.forever(Effect.flatMap(round, (ms) => Effect.sleep(ms)))
    ))
  }))
