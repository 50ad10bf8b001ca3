/**
 * The chat group through the real server, on PGlite and PostgreSQL: sessions, messages that run
 * the session's workflow (trigger `chat`, input `{ message, sessionId, history }`), replies from
 * `output.reply` or the output as text, failures, roles, isolation, concurrent sends and the quota.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, constantWorkflow, databases, failingWorkflow, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** Echoes the message as `{ reply }`. */
const echo = constantWorkflow("echo", { reply: "{{ 'echo: ' & input.message }}" })

describe.each(databases)("chat on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let owner: Account
    let echoId: string
    const send = (method: string, path: string, token: string, body?: unknown) =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const workflow = async (token: string, document: unknown): Promise<string> => {
      const created = await send("POST", "/workflows", token, document)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }
    const session = async (token: string, workflowId: string, title?: string): Promise<string> => {
      const created = await send("POST", "/chat/sessions", token, { workflowId, ...(title !== undefined ? { title } : {}) })
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }

    beforeAll(async () => {
      server = await start(db)
      owner = await signup(server, "chat")
      echoId = await workflow(owner.token, echo)
    })
    afterAll(async () => {
      await server?.close()
    })

    it("creates and lists sessions (paged, filtered by workflow); an unknown workflow is 404", async () => {
      const created = await send("POST", "/chat/sessions", owner.token, { workflowId: echoId, title: "Support" })
      assert.strictEqual(created.status, 201, created.text)
      assert.match(created.body.id, /^chat_/)
      assert.strictEqual(created.body.workflowId, echoId)
      assert.strictEqual(created.body.title, "Support")
      assert.isNumber(created.body.createdAt)
      assert.strictEqual(created.body.updatedAt, created.body.createdAt)
      const untitled = await send("POST", "/chat/sessions", owner.token, { workflowId: echoId })
      assert.strictEqual(untitled.body.title, null)
      const other = await workflow(owner.token, constantWorkflow("other", "x"))
      const otherSession = await session(owner.token, other)

      const all = await send("GET", "/chat/sessions?limit=100", owner.token)
      assert.strictEqual(all.status, 200)
      const ids = all.body.map((s: { id: string }) => s.id)
      assert.includeMembers(ids, [created.body.id, untitled.body.id, otherSession])
      const filtered = await send("GET", `/chat/sessions?workflowId=${other}`, owner.token)
      assert.deepStrictEqual(filtered.body.map((s: { id: string }) => s.id), [otherSession])
      const first = await send("GET", "/chat/sessions?limit=1", owner.token)
      assert.strictEqual(first.body.length, 1)
      const next = /<([^>]+)>;\s*rel="next"/.exec(first.headers.get("link") ?? "")?.[1]
      assert.isString(next)
      const second = await server.request("GET", next!, { token: owner.token })
      assert.strictEqual(second.body.length, 1)
      assert.notStrictEqual(second.body[0].id, first.body[0].id)

      const unknown = await send("POST", "/chat/sessions", owner.token, { workflowId: "wf_0000000000000000" })
      assert.strictEqual(unknown.status, 404, unknown.text)
      assert.deepStrictEqual(Object.keys(unknown.body), ["error"])
      const stranger = await signup(server, "stranger")
      const foreign = await send("POST", "/chat/sessions", stranger.token, { workflowId: echoId })
      assert.strictEqual(foreign.status, 404, "another organization's workflow is 404")
      assert.strictEqual((await send("POST", "/chat/sessions", owner.token, { workflowId: echoId, extra: 1 })).status, 400)
    })

    it("a message runs the workflow with trigger chat and the history; replies come from output.reply; messages list in order", async () => {
      const id = await session(owner.token, echoId)
      const first = await send("POST", `/chat/sessions/${id}/messages`, owner.token, { content: "hello" })
      assert.strictEqual(first.status, 201, first.text)
      assert.strictEqual(first.body.message.role, "user")
      assert.strictEqual(first.body.message.content, "hello")
      assert.match(first.body.message.id, /^msg_/)
      assert.strictEqual(first.body.reply.role, "assistant")
      assert.strictEqual(first.body.reply.content, "echo: hello")
      assert.strictEqual(first.body.execution.status, "completed")
      assert.strictEqual(first.body.reply.executionId, first.body.execution.id)

      const second = await send("POST", `/chat/sessions/${id}/messages`, owner.token, { content: "again" })
      assert.strictEqual(second.status, 201, second.text)
      assert.strictEqual(second.body.reply.content, "echo: again")
      const execution = await send("GET", `/executions/${second.body.execution.id}`, owner.token)
      assert.strictEqual(execution.body.trigger, "chat")
      assert.deepStrictEqual(execution.body.input, {
        message: "again",
        sessionId: id,
        history: [{ role: "user", content: "hello" }, { role: "assistant", content: "echo: hello" }]
      })
      const firstExecution = await send("GET", `/executions/${first.body.execution.id}`, owner.token)
      assert.deepStrictEqual(firstExecution.body.input.history, [])

      const listed = await send("GET", `/chat/sessions/${id}/messages`, owner.token)
      assert.strictEqual(listed.status, 200)
      assert.deepStrictEqual(listed.body.map((m: { role: string; content: string }) => [m.role, m.content]), [
        ["user", "hello"],
        ["assistant", "echo: hello"],
        ["user", "again"],
        ["assistant", "echo: again"]
      ])
      assert.deepStrictEqual(listed.body.map((m: { seq: number }) => m.seq), [1, 2, 3, 4])
      assert.deepStrictEqual(listed.body[0], first.body.message)
      assert.deepStrictEqual(listed.body[3], second.body.reply)

      const paged = await send("GET", `/chat/sessions/${id}/messages?limit=3`, owner.token)
      assert.strictEqual(paged.body.length, 3)
      const next = /<([^>]+)>;\s*rel="next"/.exec(paged.headers.get("link") ?? "")?.[1]
      const rest = await server.request("GET", next!, { token: owner.token })
      assert.deepStrictEqual(rest.body, [listed.body[3]])

      const searched = await send("GET", `/executions/search?trigger=chat&workflowId=${echoId}&limit=100`, owner.token)
      assert.includeMembers(searched.body.map((e: { id: string }) => e.id), [first.body.execution.id, second.body.execution.id])
      const sessions = await send("GET", `/chat/sessions?workflowId=${echoId}&limit=100`, owner.token)
      const updated = sessions.body.find((s: { id: string }) => s.id === id)
      assert.isAtLeast(updated.updatedAt, updated.createdAt)
    })

    it("an output without a string reply is the reply as text: strings as is, other JSON stringified", async () => {
      const plain = await session(owner.token, await workflow(owner.token, constantWorkflow("plain", "{{ 'you said ' & input.message }}")))
      const text = await send("POST", `/chat/sessions/${plain}/messages`, owner.token, { content: "hi" })
      assert.strictEqual(text.body.reply.content, "you said hi")
      const object = await session(owner.token, await workflow(owner.token, constantWorkflow("object", { answer: 42, reply: 7 })))
      const json = await send("POST", `/chat/sessions/${object}/messages`, owner.token, { content: "hi" })
      assert.deepStrictEqual(JSON.parse(json.body.reply.content), { answer: 42, reply: 7 })
    })

    it("a failing workflow stores an assistant message with the error (201, status failed)", async () => {
      const id = await session(owner.token, await workflow(owner.token, failingWorkflow()))
      const sent = await send("POST", `/chat/sessions/${id}/messages`, owner.token, { content: "break" })
      assert.strictEqual(sent.status, 201, sent.text)
      assert.strictEqual(sent.body.execution.status, "failed")
      assert.strictEqual(sent.body.reply.role, "assistant")
      assert.strictEqual(sent.body.reply.content, "")
      assert.include(sent.body.reply.error, "boom")
      const listed = await send("GET", `/chat/sessions/${id}/messages`, owner.token)
      assert.deepStrictEqual(listed.body.map((m: { role: string }) => m.role), ["user", "assistant"])
      assert.include(listed.body[1].error, "boom")
    })

    it("an unknown or another organization's session is 404; an empty message is 400", async () => {
      const id = await session(owner.token, echoId)
      const stranger = await signup(server, "outsider")
      for (const [token, target] of [[owner.token, "chat_0000000000000000"], [stranger.token, id]] as const) {
        const posted = await send("POST", `/chat/sessions/${target}/messages`, token, { content: "hi" })
        assert.strictEqual(posted.status, 404, posted.text)
        assert.deepStrictEqual(posted.body, { error: `chat session ${target} not found` })
        const read = await send("GET", `/chat/sessions/${target}/messages`, token)
        assert.strictEqual(read.status, 404, read.text)
      }
      assert.deepStrictEqual((await send("GET", "/chat/sessions", stranger.token)).body, [])
      assert.deepStrictEqual((await send("GET", `/chat/sessions/${id}/messages`, owner.token)).body, [])
      assert.strictEqual((await send("POST", `/chat/sessions/${id}/messages`, owner.token, { content: "" })).status, 400)
    })

    it("a viewer can list sessions and messages but not create sessions or send (403)", async () => {
      const id = await session(owner.token, echoId)
      await send("POST", `/chat/sessions/${id}/messages`, owner.token, { content: "from the owner" })
      const key = await send("POST", "/apikeys", owner.token, { name: "viewer", role: "viewer" })
      assert.strictEqual(key.status, 201, key.text)
      const viewer = key.body.key
      assert.strictEqual((await send("GET", "/chat/sessions", viewer)).status, 200)
      const read = await send("GET", `/chat/sessions/${id}/messages`, viewer)
      assert.strictEqual(read.status, 200)
      assert.strictEqual(read.body.length, 2)
      assert.strictEqual((await send("POST", `/chat/sessions/${id}/messages`, viewer, { content: "nope" })).status, 403)
      assert.strictEqual((await send("POST", "/chat/sessions", viewer, { workflowId: echoId })).status, 403)
      assert.strictEqual((await send("GET", `/chat/sessions/${id}/messages`, viewer)).body.length, 2, "nothing was stored")
    })

    it("concurrent sends to one session get strictly increasing seqs and histories that are exact prefixes", async () => {
      const id = await session(owner.token, echoId)
      const contents = Array.from({ length: 6 }, (_, i) => `m${i}`)
      const sent = await Promise.all(contents.map((content) => send("POST", `/chat/sessions/${id}/messages`, owner.token, { content })))
      for (const answer of sent) assert.strictEqual(answer.status, 201, answer.text)
      const listed = (await send("GET", `/chat/sessions/${id}/messages?limit=100`, owner.token)).body
      assert.strictEqual(listed.length, 12)
      listed.forEach((m: { seq: number }, i: number) => assert.strictEqual(m.seq, i + 1))
      assert.sameMembers(listed.filter((m: { role: string }) => m.role === "user").map((m: { content: string }) => m.content), contents)
      for (const [index, message] of listed.entries()) {
        if (message.role !== "user") continue
        const execution = await send("GET", `/executions/${message.executionId}`, owner.token)
        const prefix = listed.slice(0, index).map((m: { role: string; content: string }) => ({ role: m.role, content: m.content }))
        assert.deepStrictEqual(execution.body.input.history, prefix, `history of ${message.content}`)
        const reply = listed.find((m: { role: string; executionId?: string }) => m.role === "assistant" && m.executionId === message.executionId)
        assert.strictEqual(reply?.content, `echo: ${message.content}`)
        assert.isAbove(reply.seq, message.seq)
      }
    })
  })
})

describe.each(databases)("chat quota and slow replies on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    beforeAll(async () => {
      server = await start(db, { freeTierExecutions: 1, settings: { syncTimeoutMs: 300 } })
    })
    afterAll(async () => {
      await server?.close()
    })

    it("messages count against the quota: once exhausted, 402 like executions, and the message is not stored", async () => {
      const account = await signup(server, "quota")
      const send = (method: string, path: string, body?: unknown) =>
        server.request(method, `${api}${path}`, { token: account.token, ...(body !== undefined ? { body } : {}) })
      const created = await send("POST", "/workflows", echo)
      const session = await send("POST", "/chat/sessions", { workflowId: created.body.id })
      const first = await send("POST", `/chat/sessions/${session.body.id}/messages`, { content: "one" })
      assert.strictEqual(first.status, 201, first.text)
      const second = await send("POST", `/chat/sessions/${session.body.id}/messages`, { content: "two" })
      assert.strictEqual(second.status, 402, second.text)
      assert.deepStrictEqual(second.body, { error: "free tier limit reached", limit: 1, current: 1, upgrade: "/api/v1/billing/checkout" })
      const api402 = await send("POST", "/executions", { workflowId: created.body.id })
      assert.deepStrictEqual(api402.body, second.body, "the same answer as an API start")
      const listed = await send("GET", `/chat/sessions/${session.body.id}/messages`)
      assert.deepStrictEqual(listed.body.map((m: { content: string }) => m.content), ["one", "echo: one"])
    })

    it("an execution still running when the wait ends answers 201 with reply null; its reply is stored once it ends", async () => {
      const account = await signup(server, "slow")
      const send = (method: string, path: string, body?: unknown) =>
        server.request(method, `${api}${path}`, { token: account.token, ...(body !== undefined ? { body } : {}) })
      const created = await send("POST", "/workflows", {
        name: "slow",
        nodes: [
          { id: "start", type: "trigger" },
          { id: "wait", type: "delay", params: { ms: 1_500 } },
          { id: "done", type: "output", params: { value: { reply: "late" } } }
        ],
        edges: [{ source: "start", target: "wait" }, { source: "wait", target: "done" }]
      })
      const session = await send("POST", "/chat/sessions", { workflowId: created.body.id })
      const sent = await send("POST", `/chat/sessions/${session.body.id}/messages`, { content: "take your time" })
      assert.strictEqual(sent.status, 201, sent.text)
      assert.strictEqual(sent.body.reply, null)
      assert.include(["queued", "running", "waiting"], sent.body.execution.status)
      assert.strictEqual(sent.body.message.executionId, sent.body.execution.id)
      const listed = await send("GET", `/chat/sessions/${session.body.id}/messages`)
      assert.deepStrictEqual(listed.body, [sent.body.message], "no reply yet")
      const deadline = Date.now() + 15_000
      let messages = listed.body as Array<{ role: string; content: string; executionId?: string }>
      while (messages.length < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        messages = (await send("GET", `/chat/sessions/${session.body.id}/messages`)).body
      }
      assert.deepStrictEqual(
        messages.map((m) => [m.role, m.content, m.executionId]),
        [["user", "take your time", sent.body.execution.id], ["assistant", "late", sent.body.execution.id]]
      )
      await new Promise((resolve) => setTimeout(resolve, 300))
      assert.strictEqual((await send("GET", `/chat/sessions/${session.body.id}/messages`)).body.length, 2, "stored once")
    })
  })
})
