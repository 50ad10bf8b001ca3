/**
 * What the public chat lets a browser do, and nothing more, through the real server on PGlite and
 * PostgreSQL: the CORS matrix (the allowed origin, another origin, `null`, none, another
 * deployment's origin; preflights of each; unknown keys), per-visitor isolation, the publishable
 * key and a visitor token sent to every other route of the API (never a 2xx they would not get
 * without them), the visitor's and the address's rate limits (429 with `Retry-After`, nothing
 * stored) and the organization's quota (402, nothing stored).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { routes } from "../src/Api.js"
import { allowHeaders, allowMethods, prefix } from "../src/publicchat/Cors.js"
import { type Account, constantWorkflow, databases, raw, signup, skip, start, type TestServer } from "./harness.js"
import { deploy, openSession, origin, publicPath, readStream, visit } from "./publicChat.js"

const otherOrigin = "https://other.example"

/** The public routes, as `[method, path after the key]`. */
const publicRoutes = routes().filter((route) => route.path.startsWith(prefix)).map((route) =>
  [route.method, route.path.slice(`${prefix}:publishableKey`.length)] as const
)

const corsHeaderNames = ["access-control-allow-origin", "access-control-allow-methods", "access-control-allow-headers", "access-control-allow-credentials", "access-control-max-age"]
const noCors = (headers: Headers, where: string) => {
  for (const name of corsHeaderNames) assert.isNull(headers.get(name), `${where}: ${name}`)
}

describe.each(databases)("public chat boundaries on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let owner: Account
    let a: { id: string; publishableKey: string }
    let b: { id: string; publishableKey: string }
    let workflowId: string

    beforeAll(async () => {
      server = await start(database)
      owner = await signup(server, "public-chat")
      const created = await server.request("POST", "/api/v1/workflows", { token: owner.token, body: constantWorkflow("echo", { reply: "echo: {{ input.message }}" }) })
      workflowId = created.body.id
      a = await deploy(server, owner, workflowId)
      b = await deploy(server, owner, workflowId, { allowedOrigins: [otherOrigin] })
    })
    afterAll(async () => {
      await server?.close()
    })

    it("the public routes are config, sessions, messages (GET, POST) and a message's stream", () => {
      assert.sameDeepMembers([...publicRoutes], [
        ["GET", "/config"],
        ["POST", "/sessions"],
        ["GET", "/messages"],
        ["POST", "/messages"],
        ["GET", "/messages/:messageId/stream"]
      ])
    })

    it("CORS: the allowed origin is echoed with Vary: Origin on every route and preflight; any other origin, null or none is a 403 without CORS headers", async () => {
      const visitor = await openSession(server, a.publishableKey)
      const sent = await readStream(server.base, "POST", publicPath(a.publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: "hi" } })
      const messageId = sent.events[0]!.data.id
      const bodies: Record<string, unknown> = { "POST /sessions": {}, "POST /messages": { content: "cors" } }
      for (const [method, rest] of publicRoutes) {
        const path = rest.replace(":messageId", messageId)
        const where = `${method} ${rest}`
        // Allowed: the origin echoed, never *, never credentials.
        const allowed = await fetch(`${server.base}${publicPath(a.publishableKey, path)}`, {
          method,
          headers: { origin, authorization: `Bearer ${visitor.visitorToken}`, ...(bodies[where] ? { "content-type": "application/json" } : {}) },
          ...(bodies[where] ? { body: JSON.stringify(bodies[where]) } : {})
        })
        await allowed.arrayBuffer()
        assert.isBelow(allowed.status, 300, where)
        assert.strictEqual(allowed.headers.get("access-control-allow-origin"), origin, where)
        assert.strictEqual(allowed.headers.get("vary"), "Origin", where)
        assert.isNull(allowed.headers.get("access-control-allow-credentials"), where)
        assert.include(allowed.headers.get("access-control-expose-headers") ?? "", "retry-after", `${where}: a 429's Retry-After is readable`)
        const preflight = await fetch(`${server.base}${publicPath(a.publishableKey, path)}`, {
          method: "OPTIONS",
          headers: { origin, "access-control-request-method": method, "access-control-request-headers": "authorization, content-type" }
        })
        assert.strictEqual(preflight.status, 204, where)
        assert.strictEqual(preflight.headers.get("access-control-allow-origin"), origin)
        assert.strictEqual(preflight.headers.get("access-control-allow-methods"), allowMethods)
        assert.strictEqual(preflight.headers.get("access-control-allow-headers"), allowHeaders)
        assert.strictEqual(preflight.headers.get("access-control-max-age"), "600")
        assert.strictEqual(preflight.headers.get("vary"), "Origin")
        assert.isNull(preflight.headers.get("access-control-allow-credentials"))
        // Refused: another origin, another deployment's origin, the null origin, no origin.
        for (const refused of ["https://evil.example", otherOrigin, "null", `${origin}/`, "http://127.0.0.1:5174", undefined]) {
          const label = `${where} from ${refused ?? "no origin"}`
          const headers: Record<string, string> = { authorization: `Bearer ${visitor.visitorToken}`, ...(refused !== undefined ? { origin: refused } : {}) }
          const answer = await fetch(`${server.base}${publicPath(a.publishableKey, path)}`, {
            method,
            headers: { ...headers, ...(bodies[where] ? { "content-type": "application/json" } : {}) },
            ...(bodies[where] ? { body: JSON.stringify(bodies[where]) } : {})
          })
          assert.strictEqual(answer.status, 403, label)
          assert.deepStrictEqual(Object.keys(await answer.json() as object), ["error"], label)
          noCors(answer.headers, label)
          const refusedPreflight = await fetch(`${server.base}${publicPath(a.publishableKey, path)}`, {
            method: "OPTIONS",
            headers: { ...(refused !== undefined ? { origin: refused } : {}), "access-control-request-method": method }
          })
          assert.strictEqual(refusedPreflight.status, 403, `preflight ${label}`)
          noCors(refusedPreflight.headers, `preflight ${label}`)
        }
        // An unknown key: 404, no CORS headers, preflight too.
        for (const key of ["pk_unknown0000000000000000000000", "not-a-key", a.id]) {
          const unknown = await fetch(`${server.base}${publicPath(key, path)}`, { method, headers: { origin } })
          assert.strictEqual(unknown.status, 404, `${where} with ${key}`)
          assert.deepStrictEqual(await unknown.json(), { error: "chat deployment not found" })
          noCors(unknown.headers, `${where} with ${key}`)
          const unknownPreflight = await fetch(`${server.base}${publicPath(key, path)}`, { method: "OPTIONS", headers: { origin } })
          assert.strictEqual(unknownPreflight.status, 404)
          noCors(unknownPreflight.headers, `preflight ${where} with ${key}`)
        }
      }
      // The other deployment answers its own origin only.
      const other = await visit(server, "GET", b.publishableKey, "/config", { origin: otherOrigin })
      assert.strictEqual(other.status, 200)
      assert.strictEqual(other.headers.get("access-control-allow-origin"), otherOrigin)
    })

    it("visitors are isolated: A's token reads and streams only A's session; B's token is refused on another deployment", async () => {
      const first = await openSession(server, a.publishableKey)
      const second = await openSession(server, a.publishableKey)
      const said = await readStream(server.base, "POST", publicPath(a.publishableKey, "/messages"), { token: first.visitorToken, body: { content: "first's secret" } })
      const firstMessage = said.events[0]!.data.id
      await readStream(server.base, "POST", publicPath(a.publishableKey, "/messages"), { token: second.visitorToken, body: { content: "second's words" } })
      const mine = await visit(server, "GET", a.publishableKey, "/messages", { token: second.visitorToken })
      assert.deepStrictEqual(mine.body.data.map((m: { content: string }) => m.content), ["second's words", "echo: second's words"])
      const stolen = await visit(server, "GET", a.publishableKey, `/messages/${firstMessage}/stream`, { token: second.visitorToken })
      assert.strictEqual(stolen.status, 404, stolen.text)
      assert.deepStrictEqual(stolen.body, { error: `chat message ${firstMessage} not found` })
      // A token of deployment A on deployment B (from B's origin): 401, for reading, sending and streaming.
      for (const [method, rest, body] of [["GET", "/messages", undefined], ["POST", "/messages", { content: "x" }], ["GET", `/messages/${firstMessage}/stream`, undefined]] as const) {
        const refused = await visit(server, method, b.publishableKey, rest, { token: first.visitorToken, origin: otherOrigin, ...(body ? { body } : {}) })
        assert.strictEqual(refused.status, 401, `${method} ${rest}: ${refused.text}`)
        assert.deepStrictEqual(Object.keys(refused.body), ["error"])
        assert.strictEqual(refused.headers.get("access-control-allow-origin"), otherOrigin, "the widget can read the 401")
      }
      // a tampered token: its last character changed (to another one: the token may end in "0")
      const tampered = first.visitorToken.slice(0, -1) + (first.visitorToken.endsWith("0") ? "1" : "0")
      for (const token of [undefined, "cvt_" + "0".repeat(64), tampered, owner.token, "pk_x"]) {
        const refused = await visit(server, "GET", a.publishableKey, "/messages", token !== undefined ? { token } : {})
        assert.strictEqual(refused.status, 401, `${token}: ${refused.text}`)
      }
      const unchanged = await visit(server, "GET", a.publishableKey, "/messages", { token: first.visitorToken })
      assert.deepStrictEqual(unchanged.body.data.map((m: { content: string }) => m.content), ["first's secret", "echo: first's secret"])
    })

    it("a publishable key or a visitor token gets nothing from any other route: 401 where credentials are needed, elsewhere the anonymous answer", async () => {
      const visitor = await openSession(server, a.publishableKey)
      const ids: Record<string, string> = { id: workflowId, userId: owner.userId, invitationId: "inv_x", messageId: "msg_x", token: "x" }
      const violations: Array<string> = []
      for (const route of routes()) {
        if (route.path.startsWith(prefix)) continue
        const path = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => ids[name] ?? "x")
        const call = async (authorization?: string) => {
          const response = await fetch(`${server.base}${path}`, {
            method: route.method,
            redirect: "manual",
            headers: { ...(authorization ? { authorization } : {}), ...(route.method !== "GET" && route.method !== "DELETE" ? { "content-type": "application/json" } : {}) },
            ...(route.method !== "GET" && route.method !== "DELETE" ? { body: "{}" } : {}),
            signal: AbortSignal.timeout(10_000)
          })
          await response.body?.cancel()
          return response.status
        }
        const anonymous = route.authenticated === true ? 401 : await call()
        for (const credential of [a.publishableKey, visitor.visitorToken]) {
          const status = await call(`Bearer ${credential}`)
          const expected = route.authenticated === true ? [401] : [anonymous, 401]
          if (!expected.includes(status)) violations.push(`${route.method} ${route.path} with ${credential.slice(0, 4)}…: ${status} (anonymous: ${anonymous})`)
        }
      }
      assert.deepStrictEqual(violations, [])
    })

    it("a visitor's and an address's messages are rate limited (429 with Retry-After, nothing stored), and sessions per address", async () => {
      const limited = await deploy(server, owner, workflowId, { limits: { visitorMessagesPerMinute: 2, addressMessagesPerMinute: 3 } })
      const visitor = await openSession(server, limited.publishableKey)
      for (const content of ["one", "two"]) {
        const ok = await readStream(server.base, "POST", publicPath(limited.publishableKey, "/messages"), { token: visitor.visitorToken, body: { content } })
        assert.strictEqual(ok.status, 200, ok.text)
      }
      const refused = await visit(server, "POST", limited.publishableKey, "/messages", { token: visitor.visitorToken, body: { content: "three" } })
      assert.strictEqual(refused.status, 429, refused.text)
      assert.deepStrictEqual(Object.keys(refused.body), ["error"])
      assert.match(refused.headers.get("content-type") ?? "", /json/)
      const retry = Number(refused.headers.get("retry-after"))
      assert.isTrue(retry >= 1 && retry <= 60, `Retry-After ${retry}`)
      assert.strictEqual(refused.headers.get("access-control-allow-origin"), origin)
      // Another visitor on the same address: one more message, then the address's limit.
      const neighbour = await openSession(server, limited.publishableKey)
      const third = await readStream(server.base, "POST", publicPath(limited.publishableKey, "/messages"), { token: neighbour.visitorToken, body: { content: "mine" } })
      assert.strictEqual(third.status, 200, third.text)
      const crowded = await visit(server, "POST", limited.publishableKey, "/messages", { token: neighbour.visitorToken, body: { content: "again" } })
      assert.strictEqual(crowded.status, 429, crowded.text)
      assert.isNotNull(crowded.headers.get("retry-after"))
      // A visitor on another address has the budget of that address.
      const traveller = await openSession(server, limited.publishableKey)
      const elsewhere = await raw(server, "POST", publicPath(limited.publishableKey, "/messages"), {
        localAddress: "127.0.0.2",
        headers: { origin, authorization: `Bearer ${traveller.visitorToken}`, "content-type": "application/json" },
        chunks: [JSON.stringify({ content: "from elsewhere" })]
      })
      assert.strictEqual(elsewhere.status, 200, elsewhere.text)
      const history = await visit(server, "GET", limited.publishableKey, "/messages", { token: visitor.visitorToken })
      assert.deepStrictEqual(history.body.data.filter((m: { role: string }) => m.role === "user").map((m: { content: string }) => m.content), ["one", "two"])
      // Sessions from one address: the address limit per minute too.
      const sessions = await deploy(server, owner, workflowId, { limits: { addressMessagesPerMinute: 2 } })
      await openSession(server, sessions.publishableKey)
      await openSession(server, sessions.publishableKey)
      const tooMany = await visit(server, "POST", sessions.publishableKey, "/sessions", { body: {} })
      assert.strictEqual(tooMany.status, 429, tooMany.text)
      assert.isNotNull(tooMany.headers.get("retry-after"))
    })
  })
})

describe.each(databases)("public chat and the quota on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    afterAll(async () => {
      await server?.close()
    })

    it("visitors' messages count against the organization's quota: once spent, 402 JSON before any event, and the message is not kept", async () => {
      server = await start(database, { freeTierExecutions: 2 })
      const owner = await signup(server, "quota-chat")
      const created = await server.request("POST", "/api/v1/workflows", { token: owner.token, body: constantWorkflow("echo", { reply: "ok" }) })
      const deployment = await deploy(server, owner, created.body.id)
      const visitor = await openSession(server, deployment.publishableKey)
      for (const content of ["one", "two"]) {
        const ok = await readStream(server.base, "POST", publicPath(deployment.publishableKey, "/messages"), { token: visitor.visitorToken, body: { content } })
        assert.strictEqual(ok.status, 200, ok.text)
      }
      const spent = await visit(server, "POST", deployment.publishableKey, "/messages", { token: visitor.visitorToken, body: { content: "three" } })
      assert.strictEqual(spent.status, 402, spent.text)
      assert.deepStrictEqual(spent.body, { error: "free tier limit reached", limit: 2, current: 2, upgrade: "/api/v1/billing/checkout" })
      assert.strictEqual(spent.headers.get("access-control-allow-origin"), origin)
      const history = await visit(server, "GET", deployment.publishableKey, "/messages", { token: visitor.visitorToken })
      assert.deepStrictEqual(history.body.data.map((m: { content: string }) => m.content), ["one", "ok", "two", "ok"])
    })
  })
})

describe.each(databases)("public chat under the guard's rate limit on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    afterAll(async () => {
      await server?.close()
    })

    it("unknown keys and preflights are rate limited per address like any read; the guard's 429 to an allowed page carries CORS headers", async () => {
      server = await start(database, { rateLimits: { read: { limit: 4, windowMs: 60_000 } } })
      const owner = await signup(server, "guarded-chat")
      const created = await server.request("POST", "/api/v1/workflows", { token: owner.token, body: constantWorkflow("echo", { reply: "ok" }) })
      const { publishableKey } = await deploy(server, owner, created.body.id)
      const get = (key: string, localAddress: string, method = "GET") =>
        raw(server, method, publicPath(key, "/config"), { localAddress, headers: { origin } })
      for (let i = 0; i < 4; i++) assert.strictEqual((await get(publishableKey, "127.0.0.2")).status, 200)
      const limited = await get(publishableKey, "127.0.0.2")
      assert.strictEqual(limited.status, 429, limited.text)
      assert.deepStrictEqual(limited.body, { error: "rate limit exceeded" })
      assert.isNotNull(limited.headers.get("retry-after"))
      assert.strictEqual(limited.headers.get("access-control-allow-origin"), origin, "the page can read the 429")
      for (let i = 0; i < 4; i++) assert.strictEqual((await get("pk_unknown", "127.0.0.3")).status, 404)
      const unknown = await get("pk_unknown", "127.0.0.3")
      assert.strictEqual(unknown.status, 429, "guessing keys is limited like any request")
      noCors(unknown.headers, "a 429 for an unknown key")
      for (let i = 0; i < 4; i++) assert.strictEqual((await get(publishableKey, "127.0.0.4", "OPTIONS")).status, 204)
      const preflight = await get(publishableKey, "127.0.0.4", "OPTIONS")
      assert.strictEqual(preflight.status, 429)
      noCors(preflight.headers, "a limited preflight")
    })
  })
})
