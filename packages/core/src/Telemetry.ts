/**
 * The engine's telemetry: spans (`sire.execution` per engine run, `sire.node` per node attempt) and
 * metrics (executions started and ended, durations, start lag), both free when nobody listens —
 * spans are made only when the host installed a tracer other than Effect's built-in one, metrics
 * only when the host turned them on with `layerMetrics`. Trace context crosses processes as a W3C
 * `traceparent` stored with the execution: whatever runs it later continues the starter's trace.
 *
 * @example
 * import { Layer } from "effect"
 * import { NodeSdk } from "@effect/opentelemetry"
 * import { Sire, Telemetry } from "@sire/core"
 *
 * // Spans through the host's OpenTelemetry SDK, metrics recorded for its exporter.
 * const sire = Sire.layerMemory().pipe(Layer.provide(Telemetry.layerMetrics), Layer.provide(NodeSdk.layer(...)))
 *
 * @since 0.1.0
 */
import { Context, Effect, type Exit, Layer, Metric, MetricBoundaries, Option, Tracer } from "effect"

/** Whether the engine records metrics; off unless a host exporting them provides `layerMetrics`. */
export class MetricsEnabled extends Context.Reference<MetricsEnabled>()("@sire/core/Telemetry/MetricsEnabled", {
  defaultValue: () => false
}) {}

/** Turns the engine's metrics on. */
export const layerMetrics: Layer.Layer<never> = Layer.succeed(MetricsEnabled, true)

/** Span and metric attribute names. */
export const attributes = {
  executionId: "sire.execution.id",
  organizationId: "sire.organization.id",
  workflowId: "sire.workflow.id",
  workflowVersion: "sire.workflow.version",
  trigger: "sire.execution.trigger",
  resumed: "sire.execution.resumed",
  status: "sire.execution.status",
  nodeId: "sire.node.id",
  nodeType: "sire.node.type",
  attempt: "sire.node.attempt",
  outcome: "sire.node.outcome"
} as const

/** Span names. */
export const spans = { execution: "sire.execution", node: "sire.node" } as const

const durations = MetricBoundaries.exponential({ start: 1, factor: 2, count: 20 })

/** Engine metrics, by name (tags are added where they are recorded). */
export const metrics = {
  started: Metric.counter("sire.executions.started", { description: "Executions started (first run)", incremental: true }),
  completed: Metric.counter("sire.executions.completed", { description: "Executions completed", incremental: true }),
  failed: Metric.counter("sire.executions.failed", { description: "Executions failed", incremental: true }),
  cancelled: Metric.counter("sire.executions.cancelled", { description: "Executions cancelled", incremental: true }),
  executionDuration: Metric.histogram("sire.execution.duration", durations, "From first start to the end, in ms"),
  nodeDuration: Metric.histogram("sire.node.duration", durations, "One node attempt, in ms"),
  startLag: Metric.histogram("sire.execution.start_lag", durations, "From queued to first start, in ms")
} as const

/** Effect's built-in tracer: spans made with it go nowhere, so the engine makes none. */
const builtInTracer = Effect.runSync(Effect.tracer)

/** Whether a host tracer is installed (spans are then worth making). */
export const tracing: Effect.Effect<boolean> = Effect.map(Effect.tracer, (tracer) => tracer !== builtInTracer)

const traceParentPattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/

/** The span a W3C `traceparent` names, to continue its trace (none when malformed). */
export const parseTraceParent = (traceParent: string): Option.Option<Tracer.ExternalSpan> => {
  const match = traceParentPattern.exec(traceParent.trim().toLowerCase())
  if (match === null || /^0+$/.test(match[1]) || /^0+$/.test(match[2])) return Option.none()
  return Option.some(Tracer.externalSpan({
    traceId: match[1],
    spanId: match[2],
    sampled: (Number.parseInt(match[3], 16) & 1) === 1
  }))
}

/** A W3C `traceparent` for a span. */
export const formatTraceParent = (span: Tracer.AnySpan): string =>
  `00-${span.traceId}-${span.spanId}-${span.sampled ? "01" : "00"}`

/** The current span as a `traceparent`, when a host tracer is installed and a span is current. */
export const currentTraceParent: Effect.Effect<string | undefined> = Effect.flatMap(tracing, (on) =>
  on
    ? Effect.map(Effect.option(Effect.currentSpan), (span) => (Option.isSome(span) ? formatTraceParent(span.value) : undefined))
    : Effect.succeed(undefined))

/**
 * Runs `effect` in a span named `name` when a host tracer is installed (as is otherwise), with the
 * stored `traceParent` as its parent when given; `end` adds attributes from the result, `exit`
 * from the exit, whichever it is (neither costs anything when no tracer is installed).
 */
export const span = <A, E, R>(
  name: string,
  options: {
    readonly attributes: Readonly<Record<string, unknown>>
    readonly traceParent?: string | undefined
    readonly end?: (value: A) => Readonly<Record<string, unknown>>
    readonly exit?: (exit: Exit.Exit<A, E>) => Readonly<Record<string, unknown>>
  },
  effect: Effect.Effect<A, E, R>
): Effect.Effect<A, E, R> =>
  Effect.flatMap(tracing, (on) => {
    if (!on) return effect
    const parent = options.traceParent === undefined ? Option.none() : parseTraceParent(options.traceParent)
    const { end, exit } = options
    const ended = end === undefined ? effect : Effect.tap(effect, (value) => Effect.annotateCurrentSpan(end(value)))
    const body = exit === undefined ? ended : Effect.onExit(ended, (result) => Effect.annotateCurrentSpan(exit(result)))
    return Effect.withSpan(body, name, {
      attributes: options.attributes,
      ...(Option.isSome(parent) ? { parent: parent.value } : {})
    })
  })

/**
 * `effect` in a span named `name` when a host tracer is installed, else `effect` itself: a span
 * made for Effect's built-in tracer goes nowhere but still costs the operation a scope, a context
 * and its bookkeeping (storage operations and the rate limiter run on every request).
 */
export const traced = (name: string) => <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.flatMap(tracing, (on) => (on ? Effect.withSpan(effect, name, { captureStackTrace: false }) : effect))

/** Records with `record` when metrics are on. */
export const whenMetrics = (record: Effect.Effect<void>): Effect.Effect<void> =>
  Effect.flatMap(MetricsEnabled, (on) => (on ? record : Effect.void))
