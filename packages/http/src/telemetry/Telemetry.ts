/**
 * The server's OpenTelemetry (issue 7): traces and metrics exported over OTLP/HTTP (JSON) when the
 * standard `OTEL_*` variables ask for it, and nothing installed at all otherwise. Exporting starts
 * when `OTEL_EXPORTER_OTLP_ENDPOINT` (or the per-signal `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` /
 * `OTEL_EXPORTER_OTLP_METRICS_ENDPOINT`) is set and `OTEL_SDK_DISABLED` is not `true`;
 * `OTEL_TRACES_EXPORTER=none` / `OTEL_METRICS_EXPORTER=none` turn one signal off. The exporters read
 * their own variables (endpoints, `OTEL_EXPORTER_OTLP_HEADERS`, time-outs), the tracer provider the
 * span limits, the batch processor `OTEL_BSP_*`; the sampler follows `OTEL_TRACES_SAMPLER`/`_ARG`
 * (see `Sampler`); the resource is `OTEL_SERVICE_NAME` (`sire` by default) with
 * `OTEL_RESOURCE_ATTRIBUTES`. The SDK is loaded only when something is installed.
 *
 * @example
 * import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
 * import * as Server from "@sire/http/Server"
 * import * as Telemetry from "@sire/http/telemetry/Telemetry"
 *
 * // An embedding host (or a test) passes its own SDK instead of the environment's.
 * const exporter = new InMemorySpanExporter()
 * const server = Server.layer({ config, telemetry: Telemetry.layer(() => ({ spanProcessor: new SimpleSpanProcessor(exporter) })) })
 *
 * @since 0.1.0
 */
import type * as NodeSdk from "@effect/opentelemetry/NodeSdk"
import { Config, type ConfigError, Effect, Layer, Option } from "effect"
import * as CoreTelemetry from "@sire/core/Telemetry"

/** What the `OTEL_*` environment asks for. */
export interface Environment {
  /** Export spans (an endpoint is set, the SDK and the traces exporter are not turned off). */
  readonly traces: boolean
  /** Export metrics (likewise). */
  readonly metrics: boolean
  /** `OTEL_SERVICE_NAME`, else `service.name` of `OTEL_RESOURCE_ATTRIBUTES`, else `sire`. */
  readonly serviceName: string
  /** `OTEL_METRIC_EXPORT_INTERVAL` (60 s by default). */
  readonly metricIntervalMs: number
  /** `OTEL_METRIC_EXPORT_TIMEOUT` (30 s by default). */
  readonly metricTimeoutMs: number
  /** `OTEL_TRACES_SAMPLER` and `OTEL_TRACES_SAMPLER_ARG` (`parentbased_always_on` when unset). */
  readonly sampler?: { readonly name: string | undefined; readonly arg: string | undefined }
}

const setting = (name: string) =>
  Config.string(name).pipe(Config.option, Config.map(Option.filter((value) => value.trim().length > 0)))

const milliseconds = (name: string, fallback: number) =>
  Config.integer(name).pipe(
    Config.validate({ message: `${name} must be a positive number of milliseconds`, validation: (n) => n > 0 }),
    Config.withDefault(fallback)
  )

/** Reads the `OTEL_*` variables that decide what is installed. */
export const environment: Config.Config<Environment> = Config.all({
  disabled: Config.boolean("OTEL_SDK_DISABLED").pipe(Config.withDefault(false)),
  endpoint: setting("OTEL_EXPORTER_OTLP_ENDPOINT"),
  tracesEndpoint: setting("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"),
  metricsEndpoint: setting("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"),
  tracesExporter: Config.string("OTEL_TRACES_EXPORTER").pipe(Config.withDefault("otlp")),
  metricsExporter: Config.string("OTEL_METRICS_EXPORTER").pipe(Config.withDefault("otlp")),
  serviceName: setting("OTEL_SERVICE_NAME"),
  resourceAttributes: Config.string("OTEL_RESOURCE_ATTRIBUTES").pipe(Config.withDefault("")),
  metricIntervalMs: milliseconds("OTEL_METRIC_EXPORT_INTERVAL", 60_000),
  metricTimeoutMs: milliseconds("OTEL_METRIC_EXPORT_TIMEOUT", 30_000),
  sampler: setting("OTEL_TRACES_SAMPLER"),
  samplerArg: setting("OTEL_TRACES_SAMPLER_ARG")
}).pipe(Config.map((env): Environment => {
  const wanted = (exporter: string, endpoint: Option.Option<string>) =>
    !env.disabled && exporter.trim().toLowerCase() !== "none" && (Option.isSome(env.endpoint) || Option.isSome(endpoint))
  const fromResource = /(?:^|,)\s*service\.name\s*=\s*([^,]+)/.exec(env.resourceAttributes)?.[1]?.trim()
  return {
    traces: wanted(env.tracesExporter, env.tracesEndpoint),
    metrics: wanted(env.metricsExporter, env.metricsEndpoint),
    serviceName: Option.getOrElse(env.serviceName, () => fromResource ?? "sire"),
    metricIntervalMs: env.metricIntervalMs,
    metricTimeoutMs: Math.min(env.metricTimeoutMs, env.metricIntervalMs),
    sampler: { name: Option.getOrUndefined(env.sampler), arg: Option.getOrUndefined(env.samplerArg) }
  }
}))

/**
 * An OpenTelemetry SDK for the server: the Effect tracer and metric producer over it, and the
 * engine's and server's metrics turned on when it has a metric reader.
 */
export const layer = (evaluate: () => NodeSdk.Configuration): Layer.Layer<never> =>
  Layer.unwrapEffect(Effect.promise(() => import("@effect/opentelemetry/NodeSdk")).pipe(Effect.map((NodeSdk) => {
    const config = evaluate()
    const readers = config.metricReader === undefined ? [] : [config.metricReader].flat()
    const sdk = NodeSdk.layer(() => config)
    return readers.length > 0 ? Layer.merge(sdk, CoreTelemetry.layerMetrics) : sdk
  })))

/**
 * Spans off: with no exporter, a span is work no one reads (the HTTP server span alone records
 * every header), so `Effect.withSpan` makes a no-op span instead — unless the host installed a
 * tracer of its own around the server, whose spans stay on.
 */
export const layerUntraced: Layer.Layer<never> = Layer.unwrapEffect(
  Effect.map(CoreTelemetry.tracing, (hosted) => (hosted ? Layer.empty : Layer.setTracerEnabled(false)))
)

/**
 * The telemetry the `OTEL_*` environment asks for; with no traces exported, spans are off
 * (`layerUntraced`), and when it asks for nothing the SDK and the exporters (`OtlpExport`) are not
 * even loaded.
 */
export const layerFromEnv: Layer.Layer<never, ConfigError.ConfigError> = Layer.unwrapEffect(
  Effect.flatMap(environment, (env) =>
    env.traces || env.metrics
      ? Effect.promise(() => import("./OtlpExport.js")).pipe(Effect.map(({ configuration }) => {
        const sdk = layer(() => configuration(env))
        return env.traces ? sdk : Layer.merge(sdk, layerUntraced)
      }))
      : Effect.succeed(layerUntraced))
)
