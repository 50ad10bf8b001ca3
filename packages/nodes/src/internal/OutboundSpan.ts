/**
 * The client span of an outbound request (`HTTP <METHOD>`, attributes after the OpenTelemetry HTTP
 * client conventions, capability-looking path segments redacted), whose `traceparent` — and, under
 * `@effect/opentelemetry`, `tracestate` — the request carries on. Only when a tracer is installed.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { formatTraceParent, tracing } from "@sire/core/Telemetry"

type OtelTracer = typeof import("@effect/opentelemetry/Tracer")

/** `@effect/opentelemetry`'s tracer module, when the host has it (an optional peer), loaded on first traced request. */
let otelTracer: Promise<OtelTracer | undefined> | undefined
const loadOtelTracer = (): Promise<OtelTracer | undefined> =>
  otelTracer ??= import("@effect/opentelemetry/Tracer").then((module) => module, () => undefined)

/** The current OpenTelemetry span's `tracestate`, if the tracer is OpenTelemetry's and it has one. */
const traceState: Effect.Effect<string | undefined> = Effect.flatMap(
  Effect.promise(loadOtelTracer),
  (module) =>
    module === undefined
      ? Effect.succeed(undefined)
      : module.currentOtelSpan.pipe(
        Effect.map((otel) => otel.spanContext().traceState?.serialize()),
        Effect.orElseSucceed(() => undefined)
      )
)

/** Segments of an outbound path that look like capabilities (long, letters and digits): redacted on client spans. */
const capability = /^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9_-]{20,}$/

/** An outbound URL as recorded: no credentials, query or fragment; capability-looking path segments redacted. */
export const clientUrl = (url: URL): string =>
  `${url.origin}${url.pathname.split("/").map((s) => (capability.test(s) ? "REDACTED" : s)).join("/")}`

/** What a traced outbound request must carry. */
export interface Outbound {
  readonly method?: string
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * Runs an outbound request in a client span `HTTP <METHOD>` (attributes per the HTTP client
 * conventions) and sends the span on in `traceparent`/`tracestate`; as is without a tracer.
 */
export const client = <I extends Outbound, A extends { readonly status: number }, E, R>(
  url: string,
  init: I,
  send: (init: I) => Effect.Effect<A, E, R>
): Effect.Effect<A, E, R> =>
  Effect.flatMap(tracing, (on) => {
    if (!on) return send(init)
    const method = (init.method ?? "GET").toUpperCase()
    let parsed: URL | undefined
    try {
      parsed = new URL(url)
    } catch {
      parsed = undefined
    }
    const attributes: Record<string, unknown> = { "http.request.method": method }
    if (parsed !== undefined) {
      attributes["server.address"] = parsed.hostname
      attributes["server.port"] = Number(parsed.port || (parsed.protocol === "https:" ? 443 : 80))
      attributes["url.full"] = clientUrl(parsed)
    }
    const traced = Effect.gen(function*() {
      const span = yield* Effect.orDie(Effect.currentSpan)
      const state = yield* traceState
      const headers: Record<string, string> = { ...init.headers, traceparent: formatTraceParent(span) }
      if (state !== undefined && state !== "") headers.tracestate = state
      const answer = yield* send({ ...init, headers }).pipe(
        Effect.tapError((error) =>
          Effect.sync(() => span.attribute("error.type", String((error as { readonly reason?: unknown })?.reason ?? "_OTHER")))
        )
      )
      span.attribute("http.response.status_code", answer.status)
      if (answer.status >= 400) span.attribute("error.type", String(answer.status))
      return answer
    })
    return Effect.withSpan(traced, `HTTP ${method}`, { kind: "client", attributes })
  })
