/**
 * Chat deployments and the public chat through the real server, on PGlite and PostgreSQL: the
 * deployments' CRUD (validation, roles, rotation, deletion), the public configuration, visitor
 * sessions and their isolation, and a reply streamed as Server-Sent Events: one `reply` for a
 * workflow without a model, several `delta`s from a streaming `llm` node (the loopback fake of an
 * OpenAI-compatible server) then the authoritative `reply`, and a dropped stream resumed with
 * `Last-Event-ID` to the right final content.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type FakeModels, fakeModels } from "./fakeModels.js"
import { type Account, assertError, constantWorkflow, databases, failingWorkflow, signup, skip, start, type TestServer } from "./harness.js"
import { deploy, modelWorkflow, openSession, origin, publicPath, readStream, visit } from "./publicChat.js"

const api = "/api/v1"

describe.each(databases)("chat deployments and public chat on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let owner: Account
    let fake: FakeModels
    let credentialId: string
    const send = (method: string, path: string, body?: unknown, token = owner.token) =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const workflow = async (document: unknown, account = owner) => {
      const created = await send("POST", "/workflows", document, account.token)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id as string
    }

    beforeAll(async () => {
      server = await start(database, { egressAllow: ["127.0.0.1"], settings: { sseHeartbeatMs: 60_000 } })
      owner = await signup(server, "deployer")
      fake = await fakeModels()
      const credential = await send("POST", "/credentials", { name: "fake openai", type: "bearer", value: "sk-fake", allowedHosts: ["127.0.0.1"] })
      assert.strictEqual(credential.status, 201, credential.text)
      credentialId = credential.body.id
    })
    afterAll(async () => {
      await fake?.close()
      await server?.close()
    })

    it("creates a deployment with defaults, lists, reads, patches any field, rotates the key and deletes it", async () => {
      const workflowId = await workflow(constantWorkflow("support", { reply: "hi" }))
      const created = await deploy(server, owner, workflowId)
      assert.match(created.id, /^chd_/)
      assert.match(created.publishableKey, /^pk_[A-Za-z0-9]{32}$/)
      assert.deepStrictEqual(
        { ...created, id: undefined, publishableKey: undefined, createdAt: undefined, updatedAt: undefined },
        {
          id: undefined,
          publishableKey: undefined,
          createdAt: undefined,
          updatedAt: undefined,
          workflowId,
          allowedOrigins: [origin],
          title: null,
          greeting: null,
          suggestions: [],
          theme: { scheme: "auto" },
          limits: { visitorMessagesPerMinute: 10, addressMessagesPerMinute: 60 },
          enabled: true
        }
      )
      assert.isNumber(created.createdAt)
      const read = await send("GET", `/chat/deployments/${created.id}`)
      assert.deepStrictEqual(read.body, created, "the key is shown on every read")
      const other = await deploy(server, owner, workflowId, { title: "Second" })
      const page = await send("GET", "/chat/deployments?limit=1")
      assert.deepStrictEqual(page.body.map((d: { id: string }) => d.id), [other.id], "newest first")
      const next = /<([^>]+)>/.exec(page.headers.get("link") ?? "")?.[1]
      assert.isDefined(next)
      assert.deepStrictEqual((await server.request("GET", next!, { token: owner.token })).body.map((d: { id: string }) => d.id), [created.id])

      const otherWorkflow = await workflow(constantWorkflow("sales", { reply: "buy" }))
      const patched = await send("PATCH", `/chat/deployments/${created.id}`, {
        workflowId: otherWorkflow,
        title: "Help",
        greeting: "Hello! Ask me anything.",
        suggestions: ["Pricing?", "Hours?"],
        theme: { accent: "#0a84ff", scheme: "dark" },
        limits: { visitorMessagesPerMinute: 3 },
        allowedOrigins: ["https://example.com", origin]
      })
      assert.strictEqual(patched.status, 200, patched.text)
      assert.strictEqual(patched.body.workflowId, otherWorkflow)
      assert.deepStrictEqual(patched.body.theme, { accent: "#0a84ff", scheme: "dark" })
      assert.deepStrictEqual(patched.body.limits, { visitorMessagesPerMinute: 3, addressMessagesPerMinute: 60 })
      assert.deepStrictEqual(patched.body.allowedOrigins, ["https://example.com", origin])
      assert.strictEqual(patched.body.publishableKey, created.publishableKey)
      const cleared = await send("PATCH", `/chat/deployments/${created.id}`, { title: null })
      assert.strictEqual(cleared.body.title, null)
      assert.strictEqual(cleared.body.greeting, "Hello! Ask me anything.")

      const config = await visit(server, "GET", created.publishableKey, "/config")
      assert.strictEqual(config.status, 200, config.text)
      assert.deepStrictEqual(config.body, {
        title: null,
        greeting: "Hello! Ask me anything.",
        suggestions: ["Pricing?", "Hours?"],
        theme: { accent: "#0a84ff", scheme: "dark" }
      }, "the public configuration, nothing else of the deployment")

      const rotated = await send("POST", `/chat/deployments/${created.id}/rotate-key`)
      assert.strictEqual(rotated.status, 200, rotated.text)
      assert.notStrictEqual(rotated.body.publishableKey, created.publishableKey)
      assert.deepStrictEqual((await visit(server, "GET", created.publishableKey, "/config")).body, { error: "chat deployment not found" })
      assert.strictEqual((await visit(server, "GET", rotated.body.publishableKey, "/config")).status, 200)

      const disabled = await send("PATCH", `/chat/deployments/${created.id}`, { enabled: false })
      assert.strictEqual(disabled.body.enabled, false)
      const off = await visit(server, "GET", rotated.body.publishableKey, "/config")
      assert.strictEqual(off.status, 404)
      assert.isNull(off.headers.get("access-control-allow-origin"), "no CORS headers on a 404")
      await send("PATCH", `/chat/deployments/${created.id}`, { enabled: true })

      const visitor = await openSession(server, rotated.body.publishableKey)
      const deleted = await send("DELETE", `/chat/deployments/${created.id}`)
      assert.strictEqual(deleted.status, 204, deleted.text)
      assertError(await send("GET", `/chat/deployments/${created.id}`), 404)
      assertError(await send("DELETE", `/chat/deployments/${created.id}`), 404)
      assert.deepStrictEqual((await visit(server, "GET", rotated.body.publishableKey, "/messages", { token: visitor.visitorToken })).body, {
        error: "chat deployment not found"
      })
      const sessions = await send("GET", `/chat/sessions?workflowId=${otherWorkflow}`)
      assert.include(sessions.body.map((s: { id: string }) => s.id), visitor.sessionId, "the visitor's session stays with the organization")
    })

    it("refuses invalid deployments with a 400 naming the field, and an unknown workflow with a 404", async () => {
      const workflowId = await workflow(constantWorkflow("valid", { reply: "ok" }))
      const refused = async (body: Record<string, unknown>, path: string) => {
        const answer = await send("POST", "/chat/deployments", { workflowId, allowedOrigins: [origin], ...body })
        assert.strictEqual(answer.status, 400, `${JSON.stringify(body)} → ${answer.text}`)
        assert.include(answer.body.details.map((d: { path: string }) => d.path).join(" "), path, answer.text)
      }
      for (const bad of ["*", "null", "https://example.com/", "https://Example.com", "https://example.com/path", "example.com", "ftp://example.com", "https://example.com:443"]) {
        await refused({ allowedOrigins: [bad] }, "allowedOrigins")
      }
      await refused({ allowedOrigins: [] }, "allowedOrigins")
      await refused({ allowedOrigins: Array.from({ length: 21 }, (_, i) => `https://site${i}.example`) }, "allowedOrigins")
      await refused({ title: "x".repeat(81) }, "title")
      await refused({ greeting: "x".repeat(501) }, "greeting")
      await refused({ suggestions: Array.from({ length: 7 }, () => "a") }, "suggestions")
      await refused({ suggestions: ["x".repeat(121)] }, "suggestions")
      await refused({ theme: { accent: "blue" } }, "theme")
      await refused({ theme: { scheme: "sepia" } }, "theme")
      await refused({ limits: { visitorMessagesPerMinute: 61 } }, "limits")
      await refused({ limits: { addressMessagesPerMinute: 0 } }, "limits")
      await refused({ publishableKey: "pk_mine" }, "publishableKey")
      assertError(await send("POST", "/chat/deployments", { workflowId: "wf_missing", allowedOrigins: [origin] }), 404)
      const ok = await send("POST", "/chat/deployments", { workflowId, allowedOrigins: ["http://localhost:3000", "http://[::1]:8080", "https://xn--bcher-kva.example"] })
      assert.strictEqual(ok.status, 201, ok.text)
    })

    it("viewers list and read deployments; members and viewers may not create, change, rotate or delete them (403)", async () => {
      const workflowId = await workflow(constantWorkflow("roles", { reply: "ok" }))
      const deployment = await deploy(server, owner, workflowId)
      for (const role of ["viewer", "member"] as const) {
        const key = await send("POST", "/apikeys", { name: role, role })
        assert.strictEqual(key.status, 201, key.text)
        assert.strictEqual((await send("GET", "/chat/deployments", undefined, key.body.key)).status, 200)
        assert.strictEqual((await send("GET", `/chat/deployments/${deployment.id}`, undefined, key.body.key)).status, 200)
        assertError(await send("POST", "/chat/deployments", { workflowId, allowedOrigins: [origin] }, key.body.key), 403)
        assertError(await send("PATCH", `/chat/deployments/${deployment.id}`, { title: "x" }, key.body.key), 403)
        assertError(await send("POST", `/chat/deployments/${deployment.id}/rotate-key`, undefined, key.body.key), 403)
        assertError(await send("DELETE", `/chat/deployments/${deployment.id}`, undefined, key.body.key), 403)
      }
    })

    it("a workflow without a model streams message, one reply and end, with ids 1, 2, 3; the history reloads in order", async () => {
      const workflowId = await workflow(constantWorkflow("echo", { reply: "You said: {{ input.message }} ({{ $count(input.history) }} before)" }))
      const { publishableKey } = await deploy(server, owner, workflowId)
      const visitor = await openSession(server, publishableKey)
      assert.match(visitor.sessionId, /^chat_/)
      assert.match(visitor.visitorToken, /^cvt_[0-9a-f]{64}$/)
      const first = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: "hello" } })
      assert.strictEqual(first.status, 200, first.text)
      assert.match(first.headers.get("content-type") ?? "", /^text\/event-stream/)
      assert.strictEqual(first.headers.get("access-control-allow-origin"), origin)
      assert.deepStrictEqual(first.events.map((e) => [e.id, e.event]), [[1, "message"], [2, "reply"], [3, "end"]])
      assert.deepStrictEqual(Object.keys(first.events[0]!.data).sort(), ["content", "createdAt", "id", "role", "seq"])
      assert.include(first.events[0]!.data, { role: "user", content: "hello", seq: 1 })
      assert.include(first.events[1]!.data, { role: "assistant", content: "You said: hello (0 before)", seq: 2 })
      assert.notProperty(first.events[1]!.data, "executionId")
      const second = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: "again" } })
      assert.strictEqual(second.events[1]!.data.content, "You said: again (2 before)")
      const history = await visit(server, "GET", publishableKey, "/messages", { token: visitor.visitorToken })
      assert.strictEqual(history.status, 200, history.text)
      assert.deepStrictEqual(history.body.data.map((m: { seq: number; role: string; content: string }) => [m.seq, m.role, m.content]), [
        [1, "user", "hello"],
        [2, "assistant", "You said: hello (0 before)"],
        [3, "user", "again"],
        [4, "assistant", "You said: again (2 before)"]
      ])
      // Once stored, the stream of a message answers its reply and end at once.
      const again = await readStream(server.base, "GET", publicPath(publishableKey, `/messages/${first.events[0]!.data.id}/stream`), { token: visitor.visitorToken, lastEventId: 1 })
      assert.deepStrictEqual(again.events.map((e) => e.event), ["reply", "end"])
      assert.strictEqual(again.events[0]!.data.content, "You said: hello (0 before)")
      // Bad input loses nothing.
      for (const body of [{ content: "" }, { content: "x".repeat(4_001) }, { content: "hi", extra: 1 }, {}]) {
        const refused = await visit(server, "POST", publishableKey, "/messages", { token: visitor.visitorToken, body })
        assert.strictEqual(refused.status, 400, refused.text)
        assert.match(refused.body.error, /^invalid request: /)
        assert.strictEqual(refused.headers.get("access-control-allow-origin"), origin, "the widget can read the refusal")
      }
      assert.strictEqual((await visit(server, "GET", publishableKey, "/messages", { token: visitor.visitorToken })).body.data.length, 4)
    })

    it("a failed run ends with a reply carrying an error and empty content", async () => {
      const { publishableKey } = await deploy(server, owner, await workflow(failingWorkflow()))
      const visitor = await openSession(server, publishableKey)
      const answer = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: "break" } })
      assert.deepStrictEqual(answer.events.map((e) => e.event), ["message", "reply", "end"])
      assert.strictEqual(answer.events[1]!.data.content, "")
      assert.isString(answer.events[1]!.data.error)
      assert.notInclude(answer.events[1]!.data.error, "boom", "the workflow's internals stay private")
    })

    it("an llm node streams several deltas, then the reply with the authoritative content, then end", { timeout: 30_000 }, async () => {
      const { publishableKey } = await deploy(server, owner, await workflow(modelWorkflow(fake.openaiBaseUrl, credentialId)))
      const visitor = await openSession(server, publishableKey)
      const story = "Sire streams each token of the reply to the visitor as it comes."
      fake.reset()
      fake.queue({ text: story, delayMs: 5 })
      const answer = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: "tell me" } })
      assert.strictEqual(answer.status, 200, answer.text)
      const kinds = answer.events.map((e) => e.event)
      assert.strictEqual(kinds[0], "message")
      assert.deepStrictEqual(kinds.slice(-2), ["reply", "end"])
      const deltas = answer.events.filter((e) => e.event === "delta")
      assert.isAbove(deltas.length, 5, answer.text)
      assert.strictEqual(deltas.map((e) => e.data.text).join(""), story)
      assert.deepStrictEqual(answer.events.map((e) => e.id), answer.events.map((_, index) => index + 1), "ids count 1, 2, 3, …")
      assert.strictEqual(answer.events.at(-2)!.data.content, story)
      assert.strictEqual(fake.received[0]!.body.messages.at(-1).content, "tell me")
      // However fast the model answers (the run may start before the stream follows it), the deltas make up the whole text.
      for (let round = 0; round < 5; round++) {
        const quick = `An answer without pauses, round ${round}: ${"token ".repeat(40)}`
        fake.queue({ text: quick })
        const fast = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: `quick ${round}` } })
        assert.strictEqual(fast.events.filter((e) => e.event === "delta").map((e) => e.data.text).join(""), quick, fast.text)
        assert.strictEqual(fast.events.at(-2)!.data.content, quick)
      }
    })

    it("a stream dropped mid-reply resumes with Last-Event-ID: the missed deltas, then the reply, to the right final content", { timeout: 30_000 }, async () => {
      const { publishableKey } = await deploy(server, owner, await workflow(modelWorkflow(fake.openaiBaseUrl, credentialId)))
      const visitor = await openSession(server, publishableKey)
      const story = "A dropped connection is no reason to lose a single word of the answer."
      fake.reset()
      fake.queue({ text: story, delayMs: 30 })
      const dropped = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), {
        token: visitor.visitorToken,
        body: { content: "go" },
        stopAfter: (events) => events.filter((e) => e.event === "delta").length >= 3
      })
      const seen = dropped.events
      const last = seen.at(-1)!.id!
      assert.isAtLeast(last, 4)
      const messageId = seen[0]!.data.id
      const resumed = await readStream(server.base, "GET", publicPath(publishableKey, `/messages/${messageId}/stream`), { token: visitor.visitorToken, lastEventId: last })
      assert.strictEqual(resumed.status, 200, resumed.text)
      assert.deepStrictEqual(resumed.events.slice(-2).map((e) => e.event), ["reply", "end"])
      assert.isTrue(resumed.events.every((e) => e.id! > last), "only what came after the last event received")
      const before = seen.filter((e) => e.event === "delta").map((e) => e.data.text).join("")
      const after = resumed.events.filter((e) => e.event === "delta").map((e) => e.data.text).join("")
      assert.strictEqual(before + after, story, "the missed deltas replayed exactly")
      assert.strictEqual(resumed.events.at(-2)!.data.content, story)
      const history = await visit(server, "GET", publishableKey, "/messages", { token: visitor.visitorToken })
      assert.deepStrictEqual(history.body.data.map((m: { content: string }) => m.content), ["go", story], "the reply is stored once")
    })
  })
})

describe.each(databases)("public chat streams while idle on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    afterAll(async () => {
      await server?.close()
    })

    it("a session opens with an empty body; a slow reply's stream carries `: heartbeat` comments while idle, then the reply", async () => {
      server = await start(database, { settings: { sseHeartbeatMs: 100 } })
      const owner = await signup(server, "heartbeat")
      const created = await server.request("POST", `${api}/workflows`, {
        token: owner.token,
        body: {
          name: "slow",
          nodes: [
            { id: "start", type: "trigger" },
            { id: "wait", type: "delay", params: { ms: 700 } },
            { id: "done", type: "output", params: { value: { reply: "after a while" } } }
          ],
          edges: [{ source: "start", target: "wait" }, { source: "wait", target: "done" }]
        }
      })
      assert.strictEqual(created.status, 201, created.text)
      const { publishableKey } = await deploy(server, owner, created.body.id)
      const opened = await fetch(`${server.base}${publicPath(publishableKey, "/sessions")}`, { method: "POST", headers: { origin } })
      assert.strictEqual(opened.status, 201)
      const visitor = await opened.json() as { visitorToken: string }
      const answer = await readStream(server.base, "POST", publicPath(publishableKey, "/messages"), { token: visitor.visitorToken, body: { content: "wait" } })
      assert.isAtLeast(answer.text.split(": heartbeat\n\n").length - 1, 2, answer.text)
      assert.deepStrictEqual(answer.events.map((e) => e.event), ["message", "reply", "end"])
      assert.strictEqual(answer.events[1]!.data.content, "after a while")
    })
  })
})
