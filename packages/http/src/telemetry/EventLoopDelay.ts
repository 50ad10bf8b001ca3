/**
 * The event loop's delay as the `sire.eventloop.delay` gauge (`stat`: `p50`, `p99`, `max`, in ms):
 * Node's `monitorEventLoopDelay` histogram, read and reset every ten seconds — only when metrics
 * are on. A loop held by one request (a long expression, a big JSON body) shows here first.
 *
 * @since 0.1.0
 */
import { Duration, Effect, Layer, Metric, Schedule } from "effect"
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks"
import { MetricsEnabled } from "@sire/core/Telemetry"
import { eventLoopDelay } from "./Metrics.js"

/** How often the delay is recorded by default. */
export const defaultIntervalMs = 10_000

/** The histogram's sampling resolution (ms): a turn later than this is measured. */
const resolutionMs = 10

const nanosToMillis = (nanos: number) => nanos / 1e6

/** Records the histogram's p50, p99 and max since the last reading, then starts it afresh. */
const record = (histogram: IntervalHistogram): Effect.Effect<void> =>
  Effect.suspend(() => {
    if (histogram.count === 0) return Effect.void
    const stats = {
      p50: nanosToMillis(histogram.percentile(50)),
      p99: nanosToMillis(histogram.percentile(99)),
      max: nanosToMillis(histogram.max)
    }
    histogram.reset()
    return Effect.forEach(Object.entries(stats), ([stat, value]) => Metric.set(Metric.tagged(eventLoopDelay, "stat", stat), value), { discard: true })
  })

/** The monitor, on for the layer's lifetime when metrics are on, recorded every `intervalMs` (the first after a second). */
export const layer = (intervalMs = defaultIntervalMs): Layer.Layer<never> =>
  Layer.scopedDiscard(Effect.gen(function*() {
    if (!(yield* MetricsEnabled)) return
    const histogram = yield* Effect.acquireRelease(
      Effect.sync(() => {
        const monitor = monitorEventLoopDelay({ resolution: resolutionMs })
        monitor.enable()
        return monitor
      }),
      (monitor) => Effect.sync(() => monitor.disable())
    )
    yield* record(histogram).pipe(
      Effect.delay(Duration.millis(Math.min(1_000, intervalMs))),
      Effect.zipRight(Effect.repeat(record(histogram), Schedule.spaced(Duration.millis(intervalMs)))),
      Effect.withTracerEnabled(false),
      Effect.forkScoped
    )
  }))
