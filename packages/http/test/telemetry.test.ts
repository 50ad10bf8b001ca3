/**
 * Observability through the real server (issue 7): with an in-memory OpenTelemetry SDK, the span
 * tree of a branching workflow with a retried `http` node is exactly the expected one (server span
 * → execution → node attempts → client requests) and the `http` node forwards its `traceparent`; a
 * `traceparent` sent with `POST /executions` parents the execution span even when another server
 * runs it; a real `sire serve` with `OTEL_EXPORTER_OTLP_ENDPOINT` exports traces and metrics to a
 * loopback OTLP/HTTP receiver, logs JSON lines with trace ids, and a canary credential value
 * appears in no exported span and no log line.
 */
import { SpanKind } from "@opentelemetry/api"
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base"
import { afterAll, assert, describe, it } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ConfigProvider, Effect, Layer, Logger, Redacted, Tracer } from "effect"
import * as Server from "../src/Server.js"
import * as Logging from "../src/telemetry/Logging.js"
import * as Telemetry from "../src/telemetry/Telemetry.js"
import { signup, skip, start, type TestServer } from "./harness.js"
import { eventually, ids, memoryTelemetry, otlpMetricNames, otlpSpans, receiver } from "./otel.js"
import * as SireProcess from "./sireProcess.js"

const traceId = "4bf92f3577b34da6a3ce929d0e0e4736"
const parentId = "00f067aa0ba902b7"
const traceparent = `00-${traceId}-${parentId}-01`

/** trigger → condition → (true) http node retried after a reset connection → output; (false) transform. */
const branching = (url: string, extra: Record<string, unknown> = {}) => ({
  name: `traced ${Math.random().toString(36).slice(2)}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "check", type: "condition", params: { expression: "{{ input.go }}" } },
    { id: "call", type: "http", params: { method: "POST", url: `${url}/hook?secret=abc`, body: { n: 1 }, ...extra }, retry: { maxAttempts: 3, initialDelayMs: 10 } },
    { id: "skipped", type: "transform", params: { value: "no" } },
    { id: "done", type: "output", params: { value: "{{ nodes.call.body }}" } }
  ],
  edges: [
    { source: "start", target: "check" },
    { source: "check", sourceHandle: "true", target: "call" },
    { source: "check", sourceHandle: "false", target: "skipped" },
    { source: "call", target: "done" }
  ]
})

const attribute = (span: ReadableSpan, key: string) => span.attributes[key]

/** Spans of storage and counters: `@effect/sql`'s statements and the stores' and limiters' operations. */
const storage = (name: string) => /^(sql\.|Sql[A-Za-z]+\.|Quota\.|RateLimiter\.)/.test(name)

describe("the OTEL_* environment", () => {
  const read = (env: Record<string, string>) =>
    Effect.runSync(Effect.withConfigProvider(Telemetry.environment, ConfigProvider.fromMap(new Map(Object.entries(env)))))
  it("installs nothing unless an endpoint is set and the SDK is not disabled; one signal per endpoint or exporter setting", () => {
    const signals = (env: Record<string, string>) => {
      const { metrics, traces } = read(env)
      return { traces, metrics }
    }
    assert.deepStrictEqual(signals({}), { traces: false, metrics: false })
    assert.deepStrictEqual(signals({ OTEL_SERVICE_NAME: "x", OTEL_TRACES_SAMPLER: "always_on" }), { traces: false, metrics: false })
    assert.deepStrictEqual(signals({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }), { traces: true, metrics: true })
    assert.deepStrictEqual(signals({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" }), { traces: false, metrics: false })
    assert.deepStrictEqual(signals({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:4318/v1/traces" }), { traces: true, metrics: false })
    assert.deepStrictEqual(signals({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_METRICS_EXPORTER: "none" }), { traces: true, metrics: false })
    assert.strictEqual(read({}).serviceName, "sire")
    assert.strictEqual(read({ OTEL_RESOURCE_ATTRIBUTES: "a=b,service.name=from-resource" }).serviceName, "from-resource")
    assert.strictEqual(read({ OTEL_RESOURCE_ATTRIBUTES: "service.name=from-resource", OTEL_SERVICE_NAME: "named" }).serviceName, "named")
  })
})

describe("log lines", () => {
  it("are one JSON object each, with the current span's ids, and never a secret-bearing annotation or a hook token", async () => {
    const lines: Array<string> = []
    const span = Tracer.externalSpan({ traceId, spanId: parentId })
    await Effect.runPromise(Effect.logWarning("Sent HTTP response").pipe(
      Effect.annotateLogs({
        authorization: "Bearer canary-1",
        "x-api-key": "canary-2",
        password: "canary-3",
        sessionToken: "canary-4",
        credential: Redacted.make("canary-5"),
        "http.url": "/hooks/canary-6?token=canary-7&limit=3",
        "http.status": 200
      }),
      Effect.withParentSpan(span),
      Effect.provide(Logger.replace(Logger.defaultLogger, Logger.map(Logging.jsonLogger, (line) => void lines.push(line))))
    ))
    assert.strictEqual(lines.length, 1)
    assert.notMatch(lines[0]!, /canary/)
    assert.deepStrictEqual({ ...JSON.parse(lines[0]!), timestamp: "t" }, {
      timestamp: "t",
      level: "WARN",
      message: "Sent HTTP response",
      authorization: "REDACTED",
      "x-api-key": "REDACTED",
      password: "REDACTED",
      sessionToken: "REDACTED",
      credential: "REDACTED",
      "http.url": "/hooks/REDACTED?token=REDACTED&limit=3",
      "http.status": 200,
      traceId,
      spanId: parentId
    })
  })

  it("tracing stays on under a host's own tracer: only the built-in tracer is turned off without an exporter", async () => {
    const names: Array<string> = []
    const recording = Tracer.make({
      span: (name, parent, context, links, startTime, kind) => {
        names.push(name)
        return Effect.runSync(Effect.map(Effect.tracer, (builtIn) => builtIn.span(name, parent, context, links, startTime, kind)))
      },
      context: (f) => f()
    })
    const traced = await Effect.runPromise(Effect.map(Effect.withSpan(Effect.currentSpan, "hosted"), (span) => span.traceId).pipe(
      Effect.provide(Layer.provide(Telemetry.layerUntraced, Layer.setTracer(recording))),
      Effect.provide(Layer.setTracer(recording))
    ))
    assert.deepStrictEqual(names, ["hosted"])
    assert.notStrictEqual(traced, "noop")
    const untraced = await Effect.runPromise(Effect.map(Effect.withSpan(Effect.currentSpan, "alone"), (span) => span.traceId).pipe(
      Effect.provide(Telemetry.layerUntraced)
    ))
    assert.strictEqual(untraced, "noop")
  })

  it("carry no trace ids when tracing is off (no exporter): a no-op span has none worth following", async () => {
    const lines: Array<string> = []
    await Effect.runPromise(Effect.logWarning("inside").pipe(
      Effect.withSpan("request"),
      Effect.provide(Layer.merge(Telemetry.layerUntraced, Logger.replace(Logger.defaultLogger, Logger.map(Logging.jsonLogger, (line) => void lines.push(line)))))
    ))
    assert.strictEqual(lines.length, 1)
    const line = JSON.parse(lines[0]!) as Record<string, unknown>
    assert.strictEqual(line.message, "inside")
    assert.isFalse("traceId" in line || "spanId" in line, lines[0])
  })
})

describe("telemetry with an in-memory exporter", () => {
  it("a branching workflow with a retry: exactly the expected spans, parents and attributes; the http node forwards traceparent", async () => {
    const telemetry = memoryTelemetry()
    const sink = await receiver((index) => (index === 0 ? "reset" : { status: 200, body: { ok: true } }))
    const server = await start("pglite", { telemetry: telemetry.layer, egressAllow: ["127.0.0.1"] })
    try {
      const user = await signup(server, "otel")
      const workflow = await server.request("POST", "/api/v1/workflows", { token: user.token, body: branching(sink.url) })
      assert.strictEqual(workflow.status, 201, workflow.text)
      const answer = await server.request("POST", "/api/v1/executions", {
        token: user.token,
        headers: { traceparent },
        body: { workflowId: workflow.body.id, input: { go: true }, mode: "sync" }
      })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.strictEqual(answer.body.status, "completed", answer.text)
      const traced = () => telemetry.spans().filter((span) => ids(span).traceId === traceId)
      await eventually(() => traced().some((span) => span.name === "POST /api/v1/executions"), "the server span ended")

      const spans = traced()
      const byId = new Map(spans.map((span) => [ids(span).spanId, span]))
      const engine = spans.filter((span) => !storage(span.name))
      const [request] = engine.filter((span) => span.name === "POST /api/v1/executions")
      assert.isDefined(request)
      assert.strictEqual(request!.kind, SpanKind.SERVER)
      assert.strictEqual(ids(request!).parentId, parentId, "the incoming traceparent parents the server span")
      assert.strictEqual(attribute(request!, "http.route"), "/api/v1/executions")
      assert.strictEqual(attribute(request!, "http.request.method"), "POST")
      assert.strictEqual(attribute(request!, "http.response.status_code"), 200)
      assert.strictEqual(attribute(request!, "sire.organization.id"), user.organizationId)
      assert.strictEqual(attribute(request!, "sire.request.id"), answer.headers.get("x-request-id"))
      assert.strictEqual(attribute(request!, "http.request.header.authorization"), "<redacted>")

      const [execution] = engine.filter((span) => span.name === "sire.execution")
      assert.isDefined(execution)
      assert.strictEqual(ids(execution!).parentId, ids(request!).spanId, "the execution continues the request's trace")
      assert.deepInclude(execution!.attributes, {
        "sire.execution.id": answer.body.id,
        "sire.organization.id": user.organizationId,
        "sire.workflow.id": workflow.body.id,
        "sire.execution.trigger": "api",
        "sire.execution.resumed": false,
        "sire.execution.status": "completed"
      })

      const nodes = engine.filter((span) => span.name === "sire.node")
      const shown = nodes
        .map((span) => [attribute(span, "sire.node.id"), attribute(span, "sire.node.type"), attribute(span, "sire.node.attempt"), attribute(span, "sire.node.outcome")])
        .sort((a, b) => `${a[0]}${a[2]}`.localeCompare(`${b[0]}${b[2]}`))
      assert.deepStrictEqual(shown, [
        ["call", "http", 1, "failed"],
        ["call", "http", 2, "completed"],
        ["check", "condition", 1, "routed"],
        ["done", "output", 1, "completed"],
        ["start", "trigger", 1, "completed"]
      ])
      for (const node of nodes) assert.strictEqual(ids(node).parentId, ids(execution!).spanId)

      const clients = engine.filter((span) => span.name === "HTTP POST")
      assert.strictEqual(clients.length, 2)
      const calls = nodes.filter((span) => attribute(span, "sire.node.id") === "call")
      for (const client of clients) {
        assert.strictEqual(client.kind, SpanKind.CLIENT)
        const parent = byId.get(ids(client).parentId!)
        assert.isTrue(parent !== undefined && calls.includes(parent), "each request is a child of its attempt's span")
        assert.strictEqual(attribute(client, "url.full"), `${sink.url}/hook`, "no query string")
        assert.strictEqual(attribute(client, "server.address"), "127.0.0.1")
        assert.strictEqual(attribute(client, "http.request.method"), "POST")
      }
      const [failed, succeeded] = [...clients].sort((a, b) =>
        Number(attribute(byId.get(ids(a).parentId!)!, "sire.node.attempt")) - Number(attribute(byId.get(ids(b).parentId!)!, "sire.node.attempt"))
      )
      assert.strictEqual(attribute(failed!, "error.type"), "Network")
      assert.strictEqual(attribute(succeeded!, "http.response.status_code"), 200)

      assert.deepStrictEqual(
        engine.map((span) => span.name).sort(),
        ["HTTP POST", "HTTP POST", "POST /api/v1/executions", "sire.execution", ...Array(5).fill("sire.node")].sort(),
        "exactly these spans besides storage and counters"
      )
      assert.isTrue(spans.some((span) => span.name === "sql.execute" && attribute(span, "db.query.text") !== undefined), "storage calls are traced")
      assert.isTrue(spans.some((span) => span.name === "SqlExecutionStore.commit"), "the stores' operations are traced")
      for (const span of spans) {
        if (span !== request) assert.isTrue(byId.has(ids(span).parentId!), `${span.name} hangs in the tree`)
      }

      const forwarded = sink.received.at(-1)!.headers.traceparent
      assert.strictEqual(forwarded, `00-${traceId}-${ids(succeeded!).spanId}-01`, "the http node sends its client span on")
    } finally {
      await server.close()
      await sink.close()
    }
  }, 60_000)

  it("an idle server records no spans: storage calls outside any trace (queue and outbox polling) are not sampled", async () => {
    const telemetry = memoryTelemetry()
    const server = await start("pglite", { telemetry: telemetry.layer })
    try {
      const before = telemetry.spans().length
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      assert.deepStrictEqual(telemetry.spans().slice(before).map((span) => span.name), [])
      const hook = await server.request("POST", "/hooks/0123456789abcdefSECRET?token=abc&limit=2", {
        body: {},
        headers: { "x-hook-secret": "header-secret-value", cookie: "session=cookie-secret-value" }
      })
      await eventually(() => telemetry.spans().length > before, "the hook request's span ended")
      const [request] = telemetry.spans().slice(before).filter((span) => span.kind === SpanKind.SERVER)
      assert.isDefined(request, `one server span (answered ${hook.status})`)
      const shown = JSON.stringify(request!.attributes)
      assert.notInclude(shown, "0123456789abcdefSECRET", "the hook token (a capability) is redacted")
      assert.notInclude(shown, "token=abc", "secret query values are redacted")
      assert.notInclude(shown, "header-secret-value", "secret-looking headers are redacted")
      assert.notInclude(shown, "cookie-secret-value", "cookies are redacted")
      assert.strictEqual(attribute(request!, "url.path"), "/hooks/REDACTED")
      assert.strictEqual(attribute(request!, "url.query"), "token=REDACTED&limit=2")
    } finally {
      await server.close()
    }
  }, 60_000)

  it("counts rate-limit rejections, quota refusals and open log streams, and records the engine's metrics and the event loop's delay", async () => {
    const telemetry = memoryTelemetry()
    const server = await start("pglite", { telemetry: telemetry.layer, freeTierExecutions: 1, rateLimits: { read: { limit: 2, windowMs: 60_000 } } })
    try {
      const user = await signup(server, "metrics")
      const workflow = await server.request("POST", "/api/v1/workflows", {
        token: user.token,
        body: { name: "one", nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: 1 } }], edges: [{ source: "start", target: "done" }] }
      })
      const ran = await server.request("POST", "/api/v1/executions", { token: user.token, body: { workflowId: workflow.body.id, mode: "sync" } })
      assert.strictEqual(ran.status, 200)
      assert.strictEqual((await server.request("POST", "/api/v1/executions", { token: user.token, body: { workflowId: workflow.body.id } })).status, 402)
      const log = await server.request("GET", `/api/v1/executions/${ran.body.id}/logs`, { token: user.token })
      assert.include(log.text, "event: execution.completed")
      await server.request("GET", "/api/v1/workflows", { token: user.token })
      assert.strictEqual((await server.request("GET", "/api/v1/workflows", { token: user.token })).status, 429)
      const points = async (name: string) =>
        (await telemetry.metrics()).scopeMetrics.flatMap((scope) => scope.metrics).filter((m) => m.descriptor.name === name)
          .flatMap((m) => m.dataPoints as ReadonlyArray<{ attributes: Record<string, unknown>; value: unknown }>)
      await eventually(async () => (await points("sire.executions.completed")).length > 0, "the completion is counted")
      assert.deepInclude((await points("sire.ratelimit.rejections")).map((p) => p.attributes), { category: "read" })
      assert.deepInclude((await points("sire.quota.refusals")).map((p) => p.attributes), { plan: "free" })
      assert.deepStrictEqual((await points("sire.sse.streams")).map((p) => p.value), [0], "the stream was counted, then closed")
      assert.deepInclude((await points("sire.executions.started")).map((p) => p.attributes), {
        "sire.workflow.id": workflow.body.id,
        "sire.execution.trigger": "api"
      })
      for (const name of ["sire.execution.duration", "sire.node.duration", "sire.execution.start_lag", "sire.queue.depth"]) {
        assert.isNotEmpty(await points(name), name)
      }
      await eventually(async () => (await points("sire.eventloop.delay")).length === 3, "the event loop delay is recorded a second after the start")
      const delay = await points("sire.eventloop.delay")
      assert.sameMembers(delay.map((p) => p.attributes.stat), ["p50", "p99", "max"])
      for (const point of delay) assert.isTrue(typeof point.value === "number" && point.value > 0 && point.value < 60_000, JSON.stringify(point))
    } finally {
      await server.close()
    }
  }, 60_000)
})

describe.skipIf(skip("postgres"))("trace context across servers (PostgreSQL)", () => {
  it("a traceparent sent with POST /executions parents the execution span when another server runs it", async () => {
    const first = memoryTelemetry()
    const second = memoryTelemetry()
    // The first server runs no executions: its worker takes none.
    const a = await start("postgres", {
      telemetry: first.layer,
      serverLayer: (options) => Server.layer({ ...options, sire: { worker: { concurrency: 0 } } })
    })
    let b: TestServer | undefined
    try {
      b = await start("postgres", { databaseUrl: a.databaseUrl!, telemetry: second.layer })
      const user = await signup(a, "otel-cluster")
      const workflow = await a.request("POST", "/api/v1/workflows", {
        token: user.token,
        body: { name: "one", nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: 1 } }], edges: [{ source: "start", target: "done" }] }
      })
      const started = await a.request("POST", "/api/v1/executions", { token: user.token, headers: { traceparent }, body: { workflowId: workflow.body.id } })
      assert.strictEqual(started.status, 201, started.text)
      await eventually(() => second.spans().some((span) => span.name === "sire.execution"), "the second server ran it", 20_000)
      const request = first.spans().find((span) => span.name === "POST /api/v1/executions" && ids(span).traceId === traceId)
      assert.isDefined(request)
      assert.strictEqual(ids(request!).parentId, parentId)
      assert.isFalse(first.spans().some((span) => span.name === "sire.execution"), "the first server ran nothing")
      const execution = second.spans().find((span) => span.name === "sire.execution")!
      assert.strictEqual(ids(execution).traceId, traceId)
      assert.strictEqual(ids(execution).parentId, ids(request!).spanId, "the stored traceparent is the request's span")
      assert.strictEqual(attribute(execution, "sire.execution.id"), started.body.id)
    } finally {
      await b?.close()
      await a.close()
    }
  }, 60_000)
})

const dataDir = mkdtempSync(join(tmpdir(), "sire-otel-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** Starts `sire serve` with `env`; resolves with its base URL once it listens. */
const serve = (env: Record<string, string>) =>
  SireProcess.serve({ dataDir, env: { SIRE_SECRET: "otel-test-secret-0123456789abcdef0123456789", ...env }, startMs: 30_000 })

describe("sire serve with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("exports traces and metrics over OTLP/HTTP, logs JSON lines with trace ids, and never a canary credential value", async () => {
    const canary = `canary-${Math.random().toString(36).slice(2)}-credential-value`
    const collector = await receiver()
    const sink = await receiver(() => ({ status: 200, body: { ok: true } }))
    const running = await serve({
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_SERVICE_NAME: "sire-otel-test",
      OTEL_METRIC_EXPORT_INTERVAL: "300",
      OTEL_BSP_SCHEDULE_DELAY: "100",
      SIRE_EGRESS_ALLOW: "127.0.0.1",
      SIRE_LOG_LEVEL: "debug"
    })
    let exited = false
    try {
      const call = async (method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) => {
        const response = await fetch(`${running.base}${path}`, {
          method,
          headers: {
            ...headers,
            ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
            ...(body !== undefined ? { "content-type": "application/json" } : {})
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {})
        })
        return { status: response.status, body: (await response.json()) as Record<string, any> }
      }
      const { body: account } = await call("POST", "/api/v1/auth/signup", undefined, { email: `otel-${Date.now()}@example.com`, password: "correct horse battery staple" })
      const credential = await call("POST", "/api/v1/credentials", account.token, { name: "canary", type: "bearer", value: canary, allowedHosts: ["127.0.0.1"] })
      assert.strictEqual(credential.status, 201, JSON.stringify(credential.body))
      const workflow = await call("POST", "/api/v1/workflows", account.token, branching(sink.url, { credentialId: credential.body.id }))
      assert.strictEqual(workflow.status, 201, JSON.stringify(workflow.body))
      const done = await call("POST", "/api/v1/executions", account.token, { workflowId: workflow.body.id, input: { go: true }, mode: "sync" }, { traceparent })
      assert.strictEqual(done.body.status, "completed", JSON.stringify(done.body))
      assert.strictEqual(sink.received.at(-1)!.headers.authorization, `Bearer ${canary}`, "the canary was used")
      assert.match(String(sink.received.at(-1)!.headers.traceparent), new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`))

      const posted = (path: string) => collector.received.filter((request) => request.url === path).map((request) => request.body)
      await eventually(() => otlpSpans(posted("/v1/traces")).some((span) => span.name === "sire.execution"), "the execution span is exported", 15_000)
      await eventually(() => otlpMetricNames(posted("/v1/metrics")).has("sire.executions.completed"), "the engine's metrics are exported", 15_000)
      const spans = otlpSpans(posted("/v1/traces"))
      const execution = spans.find((span) => span.name === "sire.execution")!
      assert.strictEqual(execution.traceId, traceId)
      assert.isTrue(spans.some((span) => span.name === "HTTP POST" && span.traceId === traceId))
      assert.isTrue(spans.some((span) => span.name.startsWith("sql.")), "storage calls are exported")
      assert.isTrue(collector.received.some((request) => request.body.includes("sire-otel-test")), "OTEL_SERVICE_NAME names the service")
      for (const name of ["sire.executions.started", "sire.execution.duration", "sire.node.duration", "sire.queue.depth"]) {
        assert.isTrue(otlpMetricNames(posted("/v1/metrics")).has(name), name)
      }
    } finally {
      await SireProcess.stop(running)
      exited = true
      await sink.close()
      await collector.close()
    }
    assert.isTrue(exited)
    const lines = running.output().split("\n").filter((line) => line.trim() !== "")
    assert.isNotEmpty(lines)
    const records = lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>
      } catch {
        return line
      }
    })
    assert.deepStrictEqual(records.filter((record) => typeof record === "string"), [], "every line is a JSON object")
    for (const record of records) assert.includeMembers(Object.keys(record), ["timestamp", "level", "message"])
    assert.isTrue(lines.some((line) => line.includes(`"traceId":"${traceId}"`)), "request log lines carry the trace id")
    assert.notInclude(running.output(), canary, "no log line carries the canary")
    for (const request of collector.received) assert.notInclude(request.body, canary, "no export carries the canary")
  }, 90_000)
})
