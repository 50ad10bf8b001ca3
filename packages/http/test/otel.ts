/**
 * Telemetry test helpers: an in-memory OpenTelemetry SDK for a test server (spans as they end,
 * metrics on demand), an OTLP/HTTP (JSON) receiver on loopback, and a loopback HTTP receiver that
 * records requests and can reset the first connections.
 */
import { MetricReader, type ResourceMetrics } from "@opentelemetry/sdk-metrics"
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import * as Sampler from "../src/telemetry/Sampler.js"
import * as Telemetry from "../src/telemetry/Telemetry.js"

/** A metric reader collected on demand. */
class OnDemandReader extends MetricReader {
  protected onShutdown(): Promise<void> {
    return Promise.resolve()
  }
  protected onForceFlush(): Promise<void> {
    return Promise.resolve()
  }
}

/** An in-memory SDK: its layer for `Server.Options.telemetry`, the ended spans, and a metrics collection. */
export interface MemoryTelemetry {
  readonly layer: ReturnType<typeof Telemetry.layer>
  readonly spans: () => ReadonlyArray<ReadableSpan>
  readonly metrics: () => Promise<ResourceMetrics>
}

/** Makes an in-memory SDK (simple span processor, on-demand metric reader, the server's default sampler). */
export const memoryTelemetry = (): MemoryTelemetry => {
  const exporter = new InMemorySpanExporter()
  const reader = new OnDemandReader()
  return {
    layer: Telemetry.layer(() => ({
      resource: { serviceName: "sire-test" },
      tracerConfig: { sampler: Sampler.make(undefined, undefined) },
      spanProcessor: new SimpleSpanProcessor(exporter),
      metricReader: reader
    })),
    spans: () => exporter.getFinishedSpans(),
    metrics: async () => (await reader.collect()).resourceMetrics
  }
}

/** A span's id, trace id and parent span id. */
export const ids = (span: ReadableSpan) => ({
  spanId: span.spanContext().spanId,
  traceId: span.spanContext().traceId,
  parentId: span.parentSpanContext?.spanId
})

/** Polls until a check holds (re-exported from the harness, where every test finds it). */
export { eventually } from "./harness.js"

/** One request a loopback receiver got. */
export interface Received {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** A loopback HTTP server that records requests; `answer` decides (a status and JSON body, or `reset`). */
export interface Receiver {
  readonly url: string
  readonly received: Array<Received>
  readonly close: () => Promise<void>
}

/** Starts a receiver on 127.0.0.1; `answer(index, request)` answers the `index`-th request. */
export const receiver = (
  answer: (index: number, request: Received) => { readonly status: number; readonly body?: unknown } | "reset" = () => ({ status: 200, body: {} })
): Promise<Receiver> =>
  new Promise((resolve, reject) => {
    const received: Array<Received> = []
    const server: Server = createServer((request, response) => {
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("end", () => {
        const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") }
        received.push(entry)
        const reply = answer(received.length - 1, entry)
        if (reply === "reset") return request.socket.destroy()
        response.writeHead(reply.status, { "content-type": "application/json" })
        response.end(JSON.stringify(reply.body ?? {}))
      })
    })
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}`,
        received,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        })
      })
    })
  })

/** An OTLP/HTTP JSON span, as exported. */
export interface OtlpSpan {
  readonly traceId: string
  readonly spanId: string
  readonly parentSpanId?: string
  readonly name: string
  readonly attributes?: ReadonlyArray<{ readonly key: string; readonly value: Record<string, unknown> }>
}

/** The spans of OTLP/HTTP JSON trace exports. */
export const otlpSpans = (bodies: ReadonlyArray<string>): ReadonlyArray<OtlpSpan> =>
  bodies.flatMap((body) =>
    (JSON.parse(body) as { resourceSpans?: ReadonlyArray<{ scopeSpans?: ReadonlyArray<{ spans?: ReadonlyArray<OtlpSpan> }> }> })
      .resourceSpans?.flatMap((resource) => resource.scopeSpans?.flatMap((scope) => scope.spans ?? []) ?? []) ?? []
  )

/** The metric names of OTLP/HTTP JSON metric exports. */
export const otlpMetricNames = (bodies: ReadonlyArray<string>): ReadonlySet<string> =>
  new Set(bodies.flatMap((body) =>
    (JSON.parse(body) as { resourceMetrics?: ReadonlyArray<{ scopeMetrics?: ReadonlyArray<{ metrics?: ReadonlyArray<{ name: string }> }> }> })
      .resourceMetrics?.flatMap((resource) => resource.scopeMetrics?.flatMap((scope) => (scope.metrics ?? []).map((m) => m.name)) ?? []) ?? []
  ))
