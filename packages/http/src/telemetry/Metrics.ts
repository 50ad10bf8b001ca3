/**
 * The server's own metrics, beside the engine's (`@sire/core/Telemetry`): rate-limit rejections,
 * quota refusals, open log streams and the work queue's depth. Effect `Metric`s, exported by the
 * OpenTelemetry SDK's metric reader; recorded only when that is installed (the engine's switch,
 * `Telemetry.layerMetrics`), so nothing is paid otherwise.
 *
 * @since 0.1.0
 */
import { Effect, Layer, Metric, Stream } from "effect"
import { Quota, QuotaExceeded } from "@sire/core/Quota"
import { whenMetrics } from "@sire/core/Telemetry"

/** Requests refused with 429, tagged `category` (`auth`, `write`, `read`). */
export const rateLimitRejections = Metric.counter("sire.ratelimit.rejections", {
  description: "Requests refused by the rate limiter (429)",
  incremental: true
})

/** Starts refused by the monthly quota (402), tagged `plan`. */
export const quotaRefusals = Metric.counter("sire.quota.refusals", {
  description: "Execution starts refused by the plan's quota (402)",
  incremental: true
})

/** Execution log streams (Server-Sent Events) open now: an up/down counter. */
export const sseStreams = Metric.counter("sire.sse.streams", { description: "Open execution log streams (SSE)" })

/** Jobs in the work queue, tagged `state`: `ready` (due, unclaimed), `scheduled` (due later), `claimed` (being run). */
export const queueDepth = Metric.gauge("sire.queue.depth", { description: "Jobs in the work queue by state" })

/** How late the event loop ran its turns (ms), tagged `stat`: `p50`, `p99`, `max` over the last sampling interval. */
export const eventLoopDelay = Metric.gauge("sire.eventloop.delay", { description: "Event loop delay in milliseconds over the last interval, by statistic" })

/** Counts a 429 of `category`. */
export const rejected = (category: string): Effect.Effect<void> =>
  whenMetrics(Metric.increment(Metric.tagged(rateLimitRejections, "category", category)))

/** Counts a quota refusal for `plan`. */
export const refused = (plan: string): Effect.Effect<void> =>
  whenMetrics(Metric.increment(Metric.tagged(quotaRefusals, "plan", plan)))

/** Counts the streams it wraps in `sire.sse.streams` while they run, when `on` (read `MetricsEnabled` where the handlers are built). */
export const streamCounter = (on: boolean) => <A, E, R>(stream: Stream.Stream<A, E, R>): Stream.Stream<A, E, R> =>
  on
    ? Stream.unwrapScoped(Effect.as(Effect.acquireRelease(Metric.increment(sseStreams), () => Metric.incrementBy(sseStreams, -1)), stream))
    : stream

/** The quota, with its refusals counted in `sire.quota.refusals` (whichever way the start came: API, chat, hook, schedule). */
export const countingRefusals = <E, R>(quota: Layer.Layer<Quota, E, R>): Layer.Layer<Quota, E, R> =>
  Layer.effect(Quota, Effect.map(Quota, (inner) =>
    Quota.of({
      ...inner,
      consume: (options) =>
        Effect.tapErrorTag(inner.consume(options), "QuotaExceeded", () => refused(options.plan)),
      consumeWith: (options, charge) =>
        Effect.tapError(inner.consumeWith(options, charge), (error) =>
          error instanceof QuotaExceeded ? refused(options.plan) : Effect.void)
    }))).pipe(Layer.provide(quota))
