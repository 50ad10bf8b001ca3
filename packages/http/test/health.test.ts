/**
 * Health through the real server and a real HTTP client: `/healthz` answers while the process is
 * up, `/readyz` follows storage (503 with `{ error }` while it fails, 200 when it answers), and
 * neither needs a token nor is rate-limited. Storage is made to fail by wrapping the server's own
 * stores (workflows, rate-limit counters) in a switch, so the rest of the stack is the real one.
 */
import { HttpApiBuilder, HttpMiddleware, HttpServer } from "@effect/platform"
import { NodeHttpServer } from "@effect/platform-node"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { createServer } from "node:http"
import { RateLimitStore, RateLimitStoreError } from "@sire/core/RateLimitStore"
import * as RateLimiter from "@sire/core/RateLimiter"
import { WorkflowStore, WorkflowStoreError } from "@sire/core/WorkflowStore"
import { routes } from "../src/Api.js"
import * as RequestGuard from "../src/RequestGuard.js"
import * as Server from "../src/Server.js"
import { type Answer, databases, skip, start, type TestServer } from "./harness.js"

const secret = "health-secret-7f3a9c1e5b2d4f6a8c0e1a3b5d7f9e2c"

/** `Server.layer`, with the workflow and rate-limit stores failing while `storage.down`. */
const switchable = (storage: { down: boolean }) => (options: Server.Options) => {
  const unavailable = "connection refused"
  const workflows = Layer.effect(
    WorkflowStore,
    Effect.map(WorkflowStore, (store) => ({
      ...store,
      list: (query: Parameters<typeof store.list>[0]) =>
        storage.down
          ? Effect.fail(new WorkflowStoreError({ reason: "Unavailable", message: unavailable }))
          : store.list(query)
    }))
  )
  const counters = Layer.effect(
    RateLimitStore,
    Effect.map(RateLimitStore, (store) => ({
      hit: (key: string, hit: Parameters<typeof store.hit>[1]) =>
        storage.down
          ? Effect.fail(new RateLimitStoreError({ reason: "Unavailable", message: unavailable }))
          : store.hit(key, hit)
    }))
  )
  const limiter = RateLimiter.layerWith({ categories: options.config.rateLimits }).pipe(Layer.provide(counters))
  const services = Layer.provideMerge(Layer.merge(workflows, limiter), Server.services(options))
  const guard = RequestGuard.make(routes())
  return HttpApiBuilder.serve((app) => HttpMiddleware.logger(guard(app))).pipe(
    Layer.provide(Server.app),
    Layer.provideMerge(NodeHttpServer.layer(createServer, { port: 0, host: "127.0.0.1" })),
    Layer.provide(services)
  ) as Layer.Layer<HttpServer.HttpServer, unknown>
}

/** Asserts a JSON error body `{ error }` with no trace and no secret. */
const assertError = (answer: Answer, status: number) => {
  assert.strictEqual(answer.status, status, answer.text)
  assert.match(answer.headers.get("content-type") ?? "", /^application\/json/)
  assert.isString(answer.body?.error, answer.text)
  assert.notMatch(answer.text, /\bat \S+ \(|\.ts:\d+|node_modules|\/work\//, "no stack trace or file path")
  assert.notInclude(answer.text, secret)
}

const assertNotLimited = (answer: Answer) => {
  assert.isNull(answer.headers.get("x-ratelimit-limit"))
  assert.isNull(answer.headers.get("x-ratelimit-remaining"))
  assert.isNull(answer.headers.get("x-ratelimit-reset"))
  assert.isNotNull(answer.headers.get("x-request-id"))
}

describe.each(databases)("health on %s", (database) => {
  const storage = { down: false }
  let server: TestServer
  beforeAll(async () => {
    if (skip(database)) return
    server = await start(database, {
      secret,
      // Tight read limit: the probes are GETs, so they would be refused if they were counted.
      rateLimits: { read: { limit: 2, windowMs: 60_000 } },
      serverLayer: switchable(storage)
    })
  })
  afterAll(async () => {
    storage.down = false
    await server?.close()
  })

  it.skipIf(skip(database))("/readyz is 200 { status: ready } while storage answers; /healthz is 200 { status: ok }", async () => {
    const ready = await server.request("GET", "/readyz")
    assert.strictEqual(ready.status, 200, ready.text)
    assert.deepStrictEqual(ready.body, { status: "ready" })
    assertNotLimited(ready)
    const health = await server.request("GET", "/healthz")
    assert.strictEqual(health.status, 200)
    assert.deepStrictEqual(health.body, { status: "ok" })
    assertNotLimited(health)
  })

  it.skipIf(skip(database))("/readyz is 503 { error } while storage fails, 200 again once it answers; /healthz stays 200", async () => {
    storage.down = true
    try {
      const notReady = await server.request("GET", "/readyz")
      assertError(notReady, 503)
      assert.deepStrictEqual(Object.keys(notReady.body), ["error"], "exactly { error }")
      assert.include(notReady.body.error, "storage unreachable")
      assert.include(notReady.body.error, "connection refused")
      assertNotLimited(notReady)
      const health = await server.request("GET", "/healthz")
      assert.strictEqual(health.status, 200)
      assert.deepStrictEqual(health.body, { status: "ok" })
    } finally {
      storage.down = false
    }
    const ready = await server.request("GET", "/readyz")
    assert.strictEqual(ready.status, 200, ready.text)
    assert.deepStrictEqual(ready.body, { status: "ready" })
  })

  it.skipIf(skip(database))("while storage fails, API requests answer 500 { error } with their X-Request-Id and no trace", async () => {
    storage.down = true
    try {
      const failed = await server.request("GET", "/api/v1/workflows", { headers: { "x-request-id": "req-storage-down-1" } })
      assertError(failed, 500)
      assert.strictEqual(failed.headers.get("x-request-id"), "req-storage-down-1")
      const generated = await server.request("GET", "/api/v1/workflows")
      assertError(generated, 500)
      assert.match(generated.headers.get("x-request-id") ?? "", /^[A-Za-z0-9._:-]{1,128}$/)
    } finally {
      storage.down = false
    }
  })

  it.skipIf(skip(database))("neither probe needs a token nor is rate-limited: many calls in a row, all 200", async () => {
    for (let i = 0; i < 12; i++) {
      const health = await server.request("GET", "/healthz")
      assert.strictEqual(health.status, 200)
      assertNotLimited(health)
      const ready = await server.request("GET", "/readyz", { token: "not-a-valid-token" })
      assert.strictEqual(ready.status, 200, ready.text)
      assertNotLimited(ready)
    }
    // Whereas an ordinary GET from the same client is limited after 2.
    const statuses: Array<number> = []
    for (let i = 0; i < 3; i++) statuses.push((await server.request("GET", "/api/v1/workflows")).status)
    assert.deepStrictEqual(statuses, [401, 401, 429])
  })
})
