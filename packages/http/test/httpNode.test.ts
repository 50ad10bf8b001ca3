/**
 * The `http` node through the real server, with loopback receivers (127.0.0.1 allowed by the
 * egress allow-list): a templated JSON POST whose answer is the execution's output; method, query,
 * headers, body and `Idempotency-Key: <executionId>:<nodeId>` as received; bearer, basic and header
 * credentials applied without the secret ever appearing in the execution, its steps or its log;
 * `allowedHosts` and other organizations' credentials refused before anything is sent; blocked
 * addresses never connected to; a retried node resending the same idempotency key; time-outs as
 * failures; non-JSON and non-2xx answers as outputs.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"
import { trap } from "../../nodes/test/loopback.js"

const api = "/api/v1"

/** One request the receiver got. */
interface Received {
  readonly method: string
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/** What the receiver answers: a status, headers and body, or a reset connection. */
type Reply = { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string } | "reset" | "hang"

/** A loopback receiver whose answers come from `reply` (replaceable per test); records every request. */
const receiver = (): Promise<{ url: string; received: Array<Received>; reply: { current: (index: number, request: Received) => Reply }; close: () => Promise<void> }> =>
  new Promise((resolve, reject) => {
    const received: Array<Received> = []
    const reply = {
      current: (_index: number, request: Received): Reply => ({
        status: 200,
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ echoed: request.body.length > 0 ? JSON.parse(request.body) : null, method: request.method })
      })
    }
    const server: Server = createServer((request, response) => {
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("end", () => {
        const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") }
        received.push(entry)
        const answer = reply.current(received.length - 1, entry)
        if (answer === "reset") return request.socket.destroy()
        if (answer === "hang") return
        response.writeHead(answer.status, answer.headers ?? {})
        response.end(answer.body ?? "")
      })
    })
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/receive`,
        received,
        reply,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })

const workflow = (http: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name: `http node ${Math.random().toString(36).slice(2)}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "call", type: "http", params: http, ...extra },
    { id: "done", type: "output", params: { value: "{{ nodes.call }}" } }
  ],
  edges: [{ source: "start", target: "call" }, { source: "call", target: "done" }]
})

describe.each(databases)("the http node (%s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    let rival: Account
    let recv: Awaited<ReturnType<typeof receiver>>
    beforeAll(async () => {
      server = await start(db, { egressAllow: ["127.0.0.1"] })
      user = await signup(server, "httpnode")
      rival = await signup(server, "httpnode-rival")
      recv = await receiver()
    })
    afterAll(async () => {
      await recv?.close()
      await server?.close()
    })
    const send = (method: string, path: string, body?: unknown, token = user.token): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    /** Creates the workflow and runs it synchronously with `input`. */
    const run = async (document: unknown, input: unknown = {}): Promise<Answer> => {
      const created = await send("POST", "/workflows", document)
      assert.strictEqual(created.status, 201, created.text)
      const answer = await send("POST", "/executions", { workflowId: created.body.id, input, mode: "sync" })
      assert.strictEqual(answer.status, 200, answer.text)
      return answer
    }
    const credential = async (body: Record<string, unknown>, token = user.token): Promise<string> => {
      const answer = await send("POST", "/credentials", body, token)
      assert.strictEqual(answer.status, 201, answer.text)
      return answer.body.id
    }
    /** Everything a user can read about an execution: the execution with its steps, and its SSE log. */
    const everything = async (executionId: string): Promise<string> => {
      const execution = await send("GET", `/executions/${executionId}`)
      assert.strictEqual(execution.status, 200, execution.text)
      const log = await fetch(`${server.base}${api}/executions/${executionId}/logs`, {
        headers: { authorization: `Bearer ${user.token}`, accept: "text/event-stream" },
        signal: AbortSignal.timeout(15_000)
      })
      assert.strictEqual(log.status, 200)
      const text = await log.text()
      assert.include(text, "call", "the log names the node")
      return `${execution.text}\n${text}`
    }
    const reset = () => {
      recv.received.length = 0
      recv.reply.current = (_index, request) => ({
        status: 200,
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ echoed: request.body.length > 0 ? JSON.parse(request.body) : null, method: request.method })
      })
    }

    it("POSTs a templated JSON body with query and headers; the receiver's JSON is the output; Idempotency-Key is <executionId>:<nodeId>", async () => {
      reset()
      const answer = await run(workflow({
        method: "POST",
        url: recv.url,
        query: { page: 2, q: "{{ input.name }}", all: true },
        headers: { "X-Trace": "trace-{{ input.name }}" },
        body: { email: "{{ input.email }}", tags: ["a", "b"] }
      }), { name: "ada", email: "ada@example.com" })
      assert.strictEqual(answer.body.status, "completed", answer.text)
      assert.strictEqual(answer.body.output.status, 200)
      assert.deepStrictEqual(answer.body.output.body, { echoed: { email: "ada@example.com", tags: ["a", "b"] }, method: "POST" })
      assert.match(answer.body.output.headers["content-type"], /^application\/json/)
      assert.strictEqual(recv.received.length, 1)
      const got = recv.received[0]!
      assert.strictEqual(got.method, "POST")
      const url = new URL(got.url, "http://x")
      assert.strictEqual(url.pathname, "/receive")
      assert.deepStrictEqual(Object.fromEntries(url.searchParams), { page: "2", q: "ada", all: "true" })
      assert.strictEqual(got.headers["x-trace"], "trace-ada")
      assert.strictEqual(got.headers["content-type"], "application/json")
      assert.deepStrictEqual(JSON.parse(got.body), { email: "ada@example.com", tags: ["a", "b"] })
      assert.strictEqual(got.headers["idempotency-key"], `${answer.body.id}:call`)
    })

    it("GET is the default method; a non-JSON answer is a text body; a non-2xx status is an output, not a failure", async () => {
      reset()
      recv.reply.current = (index) =>
        index === 0
          ? { status: 200, headers: { "content-type": "text/plain" }, body: "hello, world" }
          : { status: 404, headers: { "content-type": "application/problem+json" }, body: JSON.stringify({ title: "missing" }) }
      const text = await run(workflow({ url: recv.url }))
      assert.strictEqual(text.body.status, "completed", text.text)
      assert.strictEqual(text.body.output.status, 200)
      assert.strictEqual(text.body.output.body, "hello, world")
      assert.strictEqual(recv.received[0]!.method, "GET")
      assert.strictEqual(recv.received[0]!.body, "")
      const missing = await run(workflow({ url: recv.url, method: "DELETE" }))
      assert.strictEqual(missing.body.status, "completed", missing.text)
      assert.strictEqual(missing.body.output.status, 404)
      assert.deepStrictEqual(missing.body.output.body, { title: "missing" })
      assert.strictEqual(recv.received[1]!.method, "DELETE")
    })

    it("bearer, basic and header credentials are applied; the secret appears nowhere in the execution, its steps or its log", async () => {
      const token = `bearer-canary-${Math.random().toString(36).slice(2)}`
      const password = `basic-canary-${Math.random().toString(36).slice(2)}`
      const apiKey = `header-canary-${Math.random().toString(36).slice(2)}`
      const cases = [
        {
          id: await credential({ name: "bearer", type: "bearer", value: token, allowedHosts: ["127.0.0.1"] }),
          secret: token,
          check: (headers: IncomingHttpHeaders) => assert.strictEqual(headers.authorization, `Bearer ${token}`)
        },
        {
          id: await credential({ name: "basic", type: "basic", value: { username: "ada", password }, allowedHosts: ["127.0.0.1"] }),
          secret: password,
          check: (headers: IncomingHttpHeaders) =>
            assert.strictEqual(headers.authorization, `Basic ${Buffer.from(`ada:${password}`).toString("base64")}`)
        },
        {
          id: await credential({ name: "header", type: "header", value: { name: "X-Api-Key", value: apiKey }, allowedHosts: ["127.0.0.1"] }),
          secret: apiKey,
          check: (headers: IncomingHttpHeaders) => assert.strictEqual(headers["x-api-key"], apiKey)
        }
      ]
      for (const { check, id, secret } of cases) {
        reset()
        const answer = await run(workflow({ method: "POST", url: recv.url, credentialId: id, body: { hello: "{{ input.who }}" } }), { who: "world" })
        assert.strictEqual(answer.body.status, "completed", answer.text)
        assert.strictEqual(recv.received.length, 1)
        check(recv.received[0]!.headers)
        assert.notInclude(answer.text, secret)
        const seen = await everything(answer.body.id)
        assert.include(seen, id, "the step input carries the credential id")
        assert.notInclude(seen, secret)
      }
    })

    it("api_key credentials (the peers' { name, type: \"api_key\", value }) go as Authorization: Bearer, or alone in the header { key, header } names; the key appears nowhere", async () => {
      const key = `apikey-canary-${Math.random().toString(36).slice(2)}`
      const cases = [
        {
          id: await credential({ name: "Slack Bot Token", type: "api_key", value: key, allowedHosts: ["127.0.0.1"] }),
          check: (headers: IncomingHttpHeaders) => assert.strictEqual(headers.authorization, `Bearer ${key}`)
        },
        {
          id: await credential({ name: "in a header", type: "api_key", value: { key, header: "X-API-Key" }, allowedHosts: ["127.0.0.1"] }),
          check: (headers: IncomingHttpHeaders) => {
            assert.strictEqual(headers["x-api-key"], key)
            assert.isUndefined(headers.authorization)
          }
        }
      ]
      for (const { check, id } of cases) {
        reset()
        const answer = await run(workflow({ method: "POST", url: recv.url, credentialId: id, body: {} }))
        assert.strictEqual(answer.body.status, "completed", answer.text)
        assert.strictEqual(recv.received.length, 1)
        check(recv.received[0]!.headers)
        assert.notInclude(await everything(answer.body.id), key)
      }
      reset()
      for (const [value, message] of [
        [{ key, header: "X API Key" }, "an api_key credential's header must be a header name such as X-API-Key"],
        [{ header: "X-API-Key" }, "an api_key credential's value must be the key (a string, or { key, header })"]
      ] as const) {
        const id = await credential({ name: "misshapen", type: "api_key", value, allowedHosts: ["127.0.0.1"] })
        const answer = await run(workflow({ url: recv.url, credentialId: id }))
        assert.strictEqual(answer.body.status, "failed", answer.text)
        assert.include(answer.body.error.message, `credential ${id}: ${message}`)
        assert.notInclude(answer.text, key)
      }
      assert.strictEqual(recv.received.length, 0, "a credential that cannot be applied sends nothing")
    })

    it("a credential whose allowedHosts exclude the host fails the node and nothing is sent", async () => {
      reset()
      const secret = `scoped-canary-${Math.random().toString(36).slice(2)}`
      const id = await credential({ name: "scoped", type: "bearer", value: secret, allowedHosts: ["api.example.com"] })
      const answer = await run(workflow({ method: "POST", url: recv.url, credentialId: id, body: {} }))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.include(answer.text, "may not be sent to 127.0.0.1")
      assert.strictEqual(recv.received.length, 0)
      assert.notInclude(await everything(answer.body.id), secret)
    })

    it("another organization's credential id fails the node as not found and nothing is sent", async () => {
      reset()
      const secret = `rival-canary-${Math.random().toString(36).slice(2)}`
      const id = await credential({ name: "theirs", type: "bearer", value: secret, allowedHosts: ["127.0.0.1"] }, rival.token)
      const answer = await run(workflow({ url: recv.url, credentialId: id }))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.include(answer.text, `credential ${id} not found`)
      assert.strictEqual(recv.received.length, 0)
      assert.notInclude(await everything(answer.body.id), secret)
    })

    it("blocked addresses (metadata, loopback outside the allow-list) fail the node with the refusal and are never connected to", async () => {
      const metadata = await run(workflow({ url: "http://169.254.169.254/latest/meta-data/" }))
      assert.strictEqual(metadata.body.status, "failed", metadata.text)
      assert.include(metadata.text, "refused 169.254.169.254")
      const blocked = await trap("127.0.0.2")
      try {
        const answer = await run(workflow({ url: `http://127.0.0.2:${blocked.port}/trap` }))
        assert.strictEqual(answer.body.status, "failed", answer.text)
        assert.include(answer.text, "127.0.0.2")
        assert.include(answer.text, "loopback")
        assert.strictEqual(blocked.connections(), 0)
      } finally {
        await blocked.close()
      }
    })

    it("a retried node (connection reset on the first attempt) sends the same Idempotency-Key twice", async () => {
      reset()
      recv.reply.current = (index) =>
        index === 0 ? "reset" : { status: 201, headers: { "content-type": "application/json" }, body: JSON.stringify({ created: true }) }
      const answer = await run(workflow({ method: "PUT", url: recv.url, body: { n: 1 } }, { retry: { maxAttempts: 2, initialDelayMs: 0 } }))
      assert.strictEqual(answer.body.status, "completed", answer.text)
      assert.deepStrictEqual(answer.body.output, { status: 201, headers: answer.body.output.headers, body: { created: true } })
      assert.strictEqual(recv.received.length, 2)
      const keys = recv.received.map((request) => request.headers["idempotency-key"])
      assert.deepStrictEqual(keys, [`${answer.body.id}:call`, `${answer.body.id}:call`])
    })

    it("a request past its timeoutMs fails the node with a time-out", async () => {
      reset()
      recv.reply.current = () => "hang"
      const answer = await run(workflow({ url: recv.url, timeoutMs: 300 }))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.include(answer.text, "timed out")
      assert.strictEqual(recv.received.length, 1)
    })

    it("rejects invalid params (an unknown method, timeoutMs beyond 5 minutes) when the workflow is saved", async () => {
      const created = await send("POST", "/workflows", workflow({ url: recv.url, method: "TRACE" }))
      assert.strictEqual(created.status, 400, created.text)
      assert.include(created.text, "params.method")
      const slow = await send("POST", "/workflows", workflow({ url: recv.url, timeoutMs: 300_001 }))
      assert.strictEqual(slow.status, 400, slow.text)
      assert.include(slow.text, "params.timeoutMs")
    })
  })
})
