/**
 * The work queue's depth as the `sire.queue.depth` gauge: a background fiber counts the jobs of
 * `sire_jobs` (the SQL work queue's table) by state every ten seconds — only when metrics are on,
 * so a server without telemetry never runs the query.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import { Clock, Duration, Effect, Layer, Metric, Schedule } from "effect"
import { MetricsEnabled } from "@sire/core/Telemetry"
import { queueDepth } from "./Metrics.js"

/** How often the depth is counted by default. */
export const defaultIntervalMs = 10_000

interface Counts {
  readonly ready: number | string | bigint
  readonly scheduled: number | string | bigint
  readonly claimed: number | string | bigint
}

/** Counts the queue's jobs by state once and records them. */
export const sample: Effect.Effect<void, unknown, SqlClient.SqlClient> = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const now = yield* Clock.currentTimeMillis
  const [counts] = yield* sql<Counts>`SELECT
      count(*) FILTER (WHERE claimed_by IS NULL AND run_at <= ${now}) AS ready,
      count(*) FILTER (WHERE claimed_by IS NULL AND run_at > ${now}) AS scheduled,
      count(*) FILTER (WHERE claimed_by IS NOT NULL) AS claimed
    FROM sire_jobs`.withoutTransform
  for (const state of ["ready", "scheduled", "claimed"] as const) {
    yield* Metric.set(Metric.tagged(queueDepth, "state", state), Number(counts?.[state] ?? 0))
  }
})

/** The sampler, forked for the layer's lifetime when metrics are on (every `intervalMs`, 10 s by default). */
export const layer = (intervalMs = defaultIntervalMs): Layer.Layer<never, never, SqlClient.SqlClient> =>
  Layer.scopedDiscard(Effect.gen(function*() {
    if (!(yield* MetricsEnabled)) return
    yield* sample.pipe(
      Effect.catchAllCause((cause) => Effect.logDebug("could not count the work queue", cause)),
      Effect.withTracerEnabled(false),
      Effect.repeat(Schedule.spaced(Duration.millis(intervalMs))),
      Effect.forkScoped
    )
  }))
