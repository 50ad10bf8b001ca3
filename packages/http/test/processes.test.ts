/**
 * Several real `sire serve` processes (`bin/sire.js serve`, not server layers in the test process)
 * on one fresh PostgreSQL schema, through real HTTP and a real OTLP/HTTP export:
 *
 * 1. Two processes with workers, started together on the empty schema (which they migrate one
 *    after the other), share a per-second schedule: every
 *    slot (`input.scheduledAt`) starts exactly one execution, and at least 3 slots ran. Which
 *    process ran each execution is read from their exported `sire.execution` spans and printed
 *    (not asserted: one process may legitimately run them all).
 * 2. A `traceparent` crosses processes: an API-only process (`SIRE_WORKER_CONCURRENCY=0`) answers
 *    `POST /api/v1/executions` and exports the server span (parented by the sent span id); the
 *    execution's stored `traceParent` names that server span; the worker process exports the
 *    `sire.execution` span as that server span's child in the same trace, with its `sire.node`
 *    spans as children; the API-only process exports no `sire.execution` span.
 * 3. Caches: a key revoked, a session ended and a workflow edited, unpublished or published through one process take effect
 *    on the other at its next request, though it had them cached.
 * 4. `SIRE_WORKER_CONCURRENCY` that is not an integer from 0 to 1024 stops `sire serve` at once
 *    with a non-zero exit and a message naming the variable; so do `SIRE_SANDBOX_WORKERS` and
 *    `SIRE_CODE_TIMEOUT_MAX_MS` out of range.
 *
 * Every wait has a deadline; every process is stopped (SIGTERM, SIGKILL after 15 s) and every
 * schema dropped, pass or fail. Loopback only.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { randomToken } from "@sire/core/Id"
import { type FreshSchema, freshSchema, skip, soon } from "./harness.js"
import { eventually, receiver, type Receiver } from "./otel.js"
import * as SireProcess from "./sireProcess.js"
import type { Running } from "./sireProcess.js"

const api = "/api/v1"
const dataDir = mkdtempSync(join(tmpdir(), "sire-processes-"))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const secret = "processes-test-secret-0123456789abcdef0123456789abcdef"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// ---------------------------------------------------------------------------------------------
// Processes

/** Every process started and not yet stopped: `afterAll` stops what a test left behind. */
const live = new Set<Running>()

/** Starts `sire serve` named `name` (its own data dir) with `env`; resolves once it listens. */
const serve = async (name: string, env: Record<string, string>): Promise<Running> => {
  const running = await SireProcess.serve({ dataDir: join(dataDir, name), label: name, env: { SIRE_SECRET: secret, ...env } })
  live.add(running)
  return running
}

/** Stops a process started by `serve`. */
const stop = (running: Running): Promise<number | null> => {
  live.delete(running)
  return SireProcess.stop(running)
}

afterAll(async () => {
  await Promise.all([...live].map(stop))
}, 40_000)

/** Runs `sire serve` with `env` until it exits by itself: its exit code and output. */
const exitOf = (env: Record<string, string>) =>
  SireProcess.exitOf({ dataDir: join(dataDir, "invalid"), env: { SIRE_SECRET: secret, ...env } })

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** The stored record of an execution in `schema` (its `record` JSON). */
const executionRecord = async (schema: FreshSchema, id: string): Promise<Record<string, unknown> | undefined> => {
  const rows = await Effect.runPromise(schema.admin<{ record: Record<string, unknown> | string }>`
    SELECT record FROM ${schema.admin(schema.name)}.sire_executions WHERE id = ${id}`)
  const record = rows[0]?.record
  return typeof record === "string" ? JSON.parse(record) : record
}

// ---------------------------------------------------------------------------------------------
// HTTP

/** One JSON call; `token` as a bearer token. */
const call = async (
  running: Running,
  method: string,
  path: string,
  send: { readonly token?: string; readonly body?: unknown; readonly headers?: Record<string, string> } = {}
): Promise<{ readonly status: number; readonly body: any; readonly text: string }> => {
  const response = await fetch(`${running.base}${path}`, {
    method,
    headers: {
      ...send.headers,
      ...(send.token !== undefined ? { authorization: `Bearer ${send.token}` } : {}),
      ...(send.body !== undefined ? { "content-type": "application/json" } : {})
    },
    ...(send.body !== undefined ? { body: JSON.stringify(send.body) } : {}),
    signal: AbortSignal.timeout(30_000)
  })
  const text = await response.text()
  let body: unknown
  try {
    body = text === "" ? undefined : JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: response.status, body, text }
}

/** Signs up a fresh user through `running`: the access token. */
const signup = async (running: Running, label: string): Promise<string> => {
  const answer = await call(running, "POST", `${api}/auth/signup`, {
    body: { email: `${label}-${randomToken(10).toLowerCase()}@example.com`, password: "correct horse battery staple" }
  })
  assert.strictEqual(answer.status, 201, answer.text)
  return answer.body.token
}

// ---------------------------------------------------------------------------------------------
// OTLP

/** An exported span with its resource's `service.name`. */
interface Exported {
  readonly service: string | undefined
  readonly traceId: string
  readonly spanId: string
  readonly parentSpanId: string | undefined
  readonly name: string
  readonly attributes: Readonly<Record<string, unknown>>
}

interface OtlpAttribute {
  readonly key: string
  readonly value: Readonly<Record<string, unknown>>
}

const attributeValue = (value: Readonly<Record<string, unknown>>): unknown =>
  value.stringValue ?? value.boolValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.doubleValue)

const attributes = (list: ReadonlyArray<OtlpAttribute> | undefined): Record<string, unknown> =>
  Object.fromEntries((list ?? []).map((attribute) => [attribute.key, attributeValue(attribute.value)]))

/** The spans the receiver got on `/v1/traces` (OTLP/HTTP JSON), each with its process's `service.name`. */
const exportedSpans = (collector: Receiver): ReadonlyArray<Exported> =>
  collector.received.filter((request) => request.url === "/v1/traces").flatMap((request) => {
    const body = JSON.parse(request.body) as {
      resourceSpans?: ReadonlyArray<{
        resource?: { attributes?: ReadonlyArray<OtlpAttribute> }
        scopeSpans?: ReadonlyArray<{
          spans?: ReadonlyArray<{ traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: ReadonlyArray<OtlpAttribute> }>
        }>
      }>
    }
    return (body.resourceSpans ?? []).flatMap((resource) => {
      const service = attributes(resource.resource?.attributes)["service.name"] as string | undefined
      return (resource.scopeSpans ?? []).flatMap((scope) => scope.spans ?? []).map((span) => ({
        service,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId === undefined || span.parentSpanId === "" ? undefined : span.parentSpanId,
        name: span.name,
        attributes: attributes(span.attributes)
      }))
    })
  })

/** The OTLP settings of a process named `service`, exporting to `collector` quickly. */
const otlp = (collector: Receiver, service: string): Record<string, string> => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
  OTEL_SERVICE_NAME: service,
  OTEL_BSP_SCHEDULE_DELAY: "200",
  OTEL_METRICS_EXPORTER: "none"
})

// ---------------------------------------------------------------------------------------------

describe.skipIf(skip("postgres"))("real sire serve processes on one PostgreSQL", () => {
  it("two processes with workers: a per-second schedule starts every slot exactly once", async () => {
    const schema = await freshSchema()
    const collector = await receiver()
    const processes: Array<Running> = []
    try {
      const env = (name: string) => ({ DATABASE_URL: schema.url, ...otlp(collector, name) })
      // Started together on the empty schema: they migrate it one after the other (an advisory
      // lock per schema), neither dies.
      const started = await Promise.allSettled([serve("cron-a", env("sire-cron-a")), serve("cron-b", env("sire-cron-b"))])
      for (const result of started) if (result.status === "fulfilled") processes.push(result.value)
      for (const result of started) if (result.status === "rejected") throw result.reason
      const [a, b] = processes as [Running, Running]

      const token = await signup(a, "cron")
      const created = await call(b, "POST", `${api}/workflows`, {
        token,
        body: {
          name: "every second",
          nodes: [
            { id: "tick", type: "trigger", params: { kind: "schedule", cron: "*/1 * * * * *", timezone: "UTC" } },
            { id: "done", type: "output", params: { value: "{{ input }}" } }
          ],
          edges: [{ source: "tick", target: "done" }]
        }
      })
      assert.strictEqual(created.status, 201, created.text)
      const workflowId: string = created.body.id
      const runs = async (from: Running): Promise<ReadonlyArray<{ id: string; trigger: string; status: string; input: { scheduledAt: number } }>> => {
        const answer = await call(from, "GET", `${api}/executions/search?workflowId=${workflowId}&trigger=schedule&limit=100`, { token })
        assert.strictEqual(answer.status, 200, answer.text)
        return answer.body
      }
      await sleep(5_500)
      await eventually(async () => (await runs(a)).length >= 3, "three scheduled runs", 15_000)
      assert.strictEqual((await call(a, "DELETE", `${api}/workflows/${workflowId}`, { token })).status, 204)
      // A slot being started as the workflow is deleted may still land: let it, then nothing more.
      await sleep(1_000)
      const settled = await runs(b)
      await sleep(2_000)
      const all = await runs(a)
      assert.strictEqual(all.length, settled.length, "no run after the deletion")

      const slots = all.map((run) => run.input.scheduledAt).sort((x, y) => x - y)
      const duplicates = slots.filter((slot, index) => index > 0 && slots[index - 1] === slot)
      assert.deepStrictEqual(duplicates, [], `every slot exactly once: ${slots.join(", ")}`)
      assert.isAtLeast(slots.length, 3, `at least three slots ran: ${slots.join(", ")}`)
      assert.strictEqual(slots[slots.length - 1]! - slots[0]! + 1, slots.length, `no slot left out between the first and the last: ${slots.join(", ")}`)
      for (const run of all) {
        assert.strictEqual(run.trigger, "schedule")
        assert.deepStrictEqual(Object.keys(run.input), ["scheduledAt"])
      }

      // Not asserted (one process may run every slot): who ran what, from the exported execution spans.
      await eventually(async () => {
        const current = await runs(a)
        return current.every((run) => run.status === "completed")
      }, "every scheduled run completed", 15_000)
      const ids = new Set(all.map((run) => run.id))
      await eventually(
        () => new Set(exportedSpans(collector).filter((s) => s.name === "sire.execution" && ids.has(String(s.attributes["sire.execution.id"]))).map((s) => s.attributes["sire.execution.id"])).size === ids.size,
        "every scheduled run's execution span exported",
        10_000
      ).catch(() => undefined)
      const ranBy: Record<string, number> = {}
      for (const span of exportedSpans(collector)) {
        if (span.name === "sire.execution" && ids.has(String(span.attributes["sire.execution.id"]))) {
          ranBy[span.service ?? "?"] = (ranBy[span.service ?? "?"] ?? 0) + 1
        }
      }
      console.info(`[processes] ${slots.length} slots (${slots[0]}…${slots[slots.length - 1]}), executions run by: ${JSON.stringify(ranBy)}`)
    } finally {
      await Promise.all(processes.map(stop))
      await collector.close()
      await schema.drop()
    }
  }, 120_000)

  it("caches hold nothing stale across processes: a key revoked, a session ended, a workflow edited, unpublished or published on A take effect on B as soon as the change's notification arrives", async () => {
    const schema = await freshSchema()
    const processes: Array<Running> = []
    try {
      const a = await serve("cache-a", { DATABASE_URL: schema.url })
      processes.push(a)
      const b = await serve("cache-b", { DATABASE_URL: schema.url })
      processes.push(b)
      const token = await signup(a, "cache")
      const key = await call(a, "POST", `${api}/apikeys`, { token, body: { name: "shared" } })
      assert.strictEqual(key.status, 201, key.text)
      const workflow = await call(a, "POST", `${api}/workflows`, {
        token,
        body: { name: "echo", nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: "v1" } }], edges: [{ source: "start", target: "done" }] }
      })
      const run = () => call(b, "POST", `${api}/workflows/${workflow.body.id}/execute`, { token: key.body.key, body: { mode: "sync" } })
      // B's caches are warm: the key, the session and the workflow were read there.
      assert.strictEqual((await run()).body.output, "v1")
      assert.strictEqual((await call(b, "GET", `${api}/auth/me`, { token })).status, 200)
      const edited = await call(a, "PUT", `${api}/workflows/${workflow.body.id}`, {
        token,
        body: { name: "echo", nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: "v2" } }], edges: [{ source: "start", target: "done" }] }
      })
      assert.strictEqual(edited.status, 200, edited.text)
      // B drops its entry when the change's NOTIFY reaches it: a request racing it may be answered from the cache (`soon`).
      assert.strictEqual((await soon(run, (r) => r.body.output === "v2")).body.output, "v2", "B runs the edited workflow")
      // B's list shows the workflow's publication from memory once read; unpublishing on A reaches it too.
      const listed = () => call(b, "GET", `${api}/workflows`, { token })
      const publishedOnB = (r: { readonly body: ReadonlyArray<{ readonly id: string; readonly publishedVersion: number | null }> }) =>
        r.body.find((w) => w.id === workflow.body.id)?.publishedVersion
      assert.strictEqual(publishedOnB(await listed()), 1, "published at creation")
      assert.strictEqual((await call(a, "POST", `${api}/workflows/${workflow.body.id}/unpublish`, { token })).status, 200)
      assert.strictEqual(publishedOnB(await soon(listed, (r) => publishedOnB(r) === null)), null, "B lists the workflow unpublished")
      assert.strictEqual((await call(a, "POST", `${api}/workflows/${workflow.body.id}/publish`, { token, body: {} })).status, 200)
      assert.isNotNull(publishedOnB(await soon(listed, (r) => publishedOnB(r) !== null)), "B lists the workflow published again")
      assert.strictEqual((await call(a, "DELETE", `${api}/apikeys/${key.body.id}`, { token })).status, 204)
      assert.strictEqual((await soon(run, (r) => r.status === 401)).status, 401, "B refuses the revoked key")
      assert.strictEqual((await call(a, "POST", `${api}/auth/logout`, { token })).status, 204)
      const me = () => call(b, "GET", `${api}/auth/me`, { token })
      assert.strictEqual((await soon(me, (r) => r.status === 401)).status, 401, "B refuses the ended session")
    } finally {
      await Promise.all(processes.map(stop))
      await schema.drop()
    }
  }, 120_000)

  it("a traceparent sent to an API-only process parents the execution span exported by the worker process", async () => {
    const traceId = randomBytes(16).toString("hex")
    const parentId = "00f067aa0ba902b7"
    const schema = await freshSchema()
    const collector = await receiver()
    const processes: Array<Running> = []
    try {
      // The schema is migrated by A first; B then finds it migrated.
      const a = await serve("trace-a", { DATABASE_URL: schema.url, SIRE_WORKER_CONCURRENCY: "0", ...otlp(collector, "sire-a") })
      processes.push(a)
      const b = await serve("trace-b", { DATABASE_URL: schema.url, ...otlp(collector, "sire-b") })
      processes.push(b)

      const token = await signup(a, "trace")
      const workflow = await call(a, "POST", `${api}/workflows`, {
        token,
        body: {
          name: "two nodes",
          nodes: [{ id: "start", type: "trigger" }, { id: "done", type: "output", params: { value: "{{ input }}" } }],
          edges: [{ source: "start", target: "done" }]
        }
      })
      assert.strictEqual(workflow.status, 201, workflow.text)
      const started = await call(a, "POST", `${api}/executions`, {
        token,
        headers: { traceparent: `00-${traceId}-${parentId}-01` },
        body: { workflowId: workflow.body.id, input: { n: 1 } }
      })
      assert.strictEqual(started.status, 201, started.text)
      const executionId: string = started.body.id
      await eventually(async () => {
        const got = await call(a, "GET", `${api}/executions/${executionId}`, { token })
        return got.body?.status === "completed"
      }, "the execution completed (read through A)", 30_000)

      const inTrace = () => exportedSpans(collector).filter((span) => span.traceId === traceId)
      await eventually(
        () =>
          inTrace().some((span) => span.service === "sire-a" && span.name === "POST /api/v1/executions") &&
          inTrace().some((span) => span.service === "sire-b" && span.name === "sire.execution") &&
          inTrace().filter((span) => span.service === "sire-b" && span.name === "sire.node").length >= 2,
        "A's server span and B's execution and node spans are exported",
        20_000
      )
      const spans = inTrace()
      const requests = spans.filter((span) => span.name === "POST /api/v1/executions")
      assert.strictEqual(requests.length, 1, JSON.stringify(requests))
      const request = requests[0]!
      assert.strictEqual(request.service, "sire-a", "A answered the start")
      assert.strictEqual(request.parentSpanId, parentId, "the sent traceparent parents A's server span")

      const record = await executionRecord(schema, executionId)
      assert.strictEqual(record?.traceParent, `00-${traceId}-${request.spanId}-01`, "the stored traceParent names A's server span")

      const executions = spans.filter((span) => span.name === "sire.execution")
      assert.deepStrictEqual(executions.map((span) => span.service), ["sire-b"], "only B ran the execution")
      const execution = executions[0]!
      assert.strictEqual(execution.attributes["sire.execution.id"], executionId)
      assert.strictEqual(execution.attributes["sire.execution.status"], "completed")
      assert.strictEqual(execution.parentSpanId, request.spanId, "B's execution span is a child of A's server span")

      const nodes = spans.filter((span) => span.name === "sire.node")
      assert.deepStrictEqual(nodes.map((span) => span.attributes["sire.node.id"]).sort(), ["done", "start"])
      for (const node of nodes) {
        assert.strictEqual(node.service, "sire-b")
        assert.strictEqual(node.parentSpanId, execution.spanId, "node spans are children of the execution span")
      }
      // A ran nothing at all: no execution span of A, in this trace or any other.
      assert.deepStrictEqual(
        exportedSpans(collector).filter((span) => span.service === "sire-a" && (span.name === "sire.execution" || span.name === "sire.node")),
        [],
        "the API-only process exported no execution or node span"
      )
    } finally {
      await Promise.all(processes.map(stop))
      await collector.close()
      await schema.drop()
    }
  }, 120_000)
})

describe("SIRE_WORKER_CONCURRENCY", () => {
  it("anything but an integer from 0 to 1024 stops sire serve with a non-zero exit naming the variable", async () => {
    const values = ["-1", "abc", "1025", "2.5"]
    const results = await Promise.all(values.map((value) => exitOf({ SIRE_WORKER_CONCURRENCY: value })))
    results.forEach(({ code, output }, index) => {
      assert.notStrictEqual(code, 0, `${values[index]}: exits non-zero\n${output}`)
      assert.isNotNull(code, `${values[index]}: exits by itself\n${output}`)
      assert.include(output, "SIRE_WORKER_CONCURRENCY", `${values[index]}: the message names the variable\n${output}`)
      assert.notMatch(output, /Listening on/, `${values[index]}: never listens`)
    })
  }, 60_000)
})

describe("SIRE_SANDBOX_WORKERS and SIRE_CODE_TIMEOUT_MAX_MS", () => {
  it("out of range (2 to 64 workers, 1000 to 600000 ms) stops sire serve with a non-zero exit naming the variable and its range", async () => {
    const cases = [
      { SIRE_SANDBOX_WORKERS: "1", expected: "SIRE_SANDBOX_WORKERS must be an integer from 2 to 64" },
      { SIRE_CODE_TIMEOUT_MAX_MS: "600001", expected: "SIRE_CODE_TIMEOUT_MAX_MS must be an integer from 1000 to 600000" }
    ]
    const results = await Promise.all(cases.map(({ expected: _, ...env }) => exitOf(env)))
    results.forEach(({ code, output }, index) => {
      assert.notStrictEqual(code, 0, `exits non-zero\n${output}`)
      assert.isNotNull(code, `exits by itself\n${output}`)
      assert.include(output, cases[index]!.expected, output)
      assert.notMatch(output, /Listening on/, "never listens")
    })
  }, 60_000)
})
