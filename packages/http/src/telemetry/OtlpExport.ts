/**
 * The SDK configuration the `OTEL_*` environment asks for: OTLP/HTTP (JSON) exporters, batched
 * spans, periodic metrics, and the environment's sampler minus storage calls outside any trace
 * (see `Sampler`). A module of its own so that the exporters load only when telemetry is on.
 *
 * @since 0.1.0
 */
import type * as NodeSdk from "@effect/opentelemetry/NodeSdk"
import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http"
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http"
import { PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics"
import { BatchSpanProcessor } from "@opentelemetry/sdk-trace-base"
import * as Sampler from "./Sampler.js"
import type { Environment } from "./Telemetry.js"

/** The exporters, processor, reader and sampler `env` asks for. */
export const configuration = (env: Environment): NodeSdk.Configuration => ({
  resource: { serviceName: env.serviceName },
  tracerConfig: { sampler: Sampler.make(env.sampler?.name, env.sampler?.arg) },
  ...(env.traces ? { spanProcessor: new BatchSpanProcessor(new OTLPTraceExporter()) } : {}),
  ...(env.metrics
    ? {
      metricReader: new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter(),
        exportIntervalMillis: env.metricIntervalMs,
        exportTimeoutMillis: env.metricTimeoutMs
      })
    }
    : {})
})
