/**
 * The request guard's input rules through the real server, on PGlite and PostgreSQL, with the
 * exact answers: text the database cannot store (a NUL character, an unpaired surrogate) is a 400
 * naming where it is — in a JSON body (values and keys), a query parameter or a free-text path
 * parameter; JSON nested deeper than 128 levels is a 400 before it is decoded; and a path id that
 * does not have the shape of a generated id is a 404 naming it. None of them is a 500 any more.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import {
  type Account,
  type Answer,
  constantWorkflow,
  contractExample,
  databases,
  raw,
  signup,
  skip,
  start,
  type TestServer
} from "./harness.js"

const api = "/api/v1"

/** Asserts a 400 `invalid request: <path>: <message>` with that one detail. */
const assertInvalid = (answer: Answer, path: string, message: string) => {
  assert.strictEqual(answer.status, 400, answer.text)
  assert.deepStrictEqual(answer.body, {
    error: `invalid request: ${path === "" ? message : `${path}: ${message}`}`,
    details: [{ path, message }]
  })
}

/** Asserts exactly `{ error }` with `status`. */
const assertAnswer = (answer: Answer, status: number, error: string) => {
  assert.strictEqual(answer.status, status, answer.text)
  assert.deepStrictEqual(answer.body, { error })
}

const nul = "contains a NUL character"
const surrogate = "contains an unpaired surrogate"

/** `levels` nested arrays, innermost empty: `[[…]]`. */
const nested = (levels: number): string => "[".repeat(levels) + "]".repeat(levels)

describe.each(databases)("input the database cannot store on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let account: Account
    let workflowId: string
    let echoId: string
    /** A request under `/api/v1` (or to `/hooks/…`), with the account's token unless `token` is `null`. */
    const send = (method: string, path: string, body?: unknown, token: string | null = account.token) =>
      server.request(method, path.startsWith("/hooks/") ? path : `${api}${path}`, {
        ...(token !== null ? { token } : {}),
        ...(body !== undefined ? { body } : {})
      })

    beforeAll(async () => {
      server = await start(database)
      account = await signup(server, "boundary")
      const created = await send("POST", "/workflows", contractExample)
      assert.strictEqual(created.status, 201, created.text)
      workflowId = created.body.id
      const echo = await send("POST", "/workflows", constantWorkflow("echo", { reply: "{{ input }}" }))
      assert.strictEqual(echo.status, 201, echo.text)
      echoId = echo.body.id
    })
    afterAll(async () => {
      await server?.close()
    })

    it("a NUL or an unpaired surrogate anywhere in a JSON body is a 400 naming its path, for every field the issue lists", async () => {
      const node = (id: string) => ({ ...contractExample, nodes: [{ id: "start", type: "trigger" }, { id, type: "output" }], edges: [{ source: "start", target: id }] })
      assertInvalid(await send("POST", "/workflows", { ...contractExample, name: "lead\u0000" }), "name", nul)
      assertInvalid(await send("POST", "/workflows", { ...contractExample, name: "lead \ud800" }), "name", surrogate)
      assertInvalid(await send("POST", "/workflows", node("done\u0000")), "nodes.1.id", nul)
      assertInvalid(await send("PUT", `/workflows/${workflowId}`, node("\udc00done")), "nodes.1.id", surrogate)
      assertInvalid(await send("POST", "/credentials", { name: "api\u0000", type: "bearer", value: "token" }), "name", nul)
      assertInvalid(await send("POST", "/credentials", { name: "api", type: "bearer", value: "tok\ud800en" }), "value", surrogate)
      assertInvalid(await send("POST", "/credentials", { name: "api", type: "basic", value: { username: "u", password: "p\u0000" } }), "value.password", nul)
      assertInvalid(await send("POST", "/executions", { workflowId, input: { "email\u0000": "a@acme.com" } }), "input", `has a key that ${nul}`)
      assertInvalid(await send("POST", "/executions", { workflowId, input: { email: "a@acme.com\udfff" } }), "input.email", surrogate)
      assertInvalid(await send("POST", "/executions", { workflowId, input: { list: ["ok", "\u0000"] } }), "input.list.1", nul)
      assertInvalid(
        await send("POST", "/executions", { workflowId, input: { email: "a@acme.com" }, idempotencyKey: "key\u0000" }),
        "idempotencyKey",
        nul
      )
      assertInvalid(await send("POST", `/workflows/${workflowId}/execute`, { input: { email: "\ud83d" } }), "input.email", surrogate)
      for (const path of ["/auth/login", "/auth/signup"]) {
        assertInvalid(await send("POST", path, { email: "ann\u0000@example.com", password: "correct horse battery" }, null), "email", nul)
        assertInvalid(await send("POST", path, { email: "ann\ud800@example.com", password: "correct horse battery" }, null), "email", surrogate)
      }
      assertInvalid(await send("POST", "/auth/forgot-password", { email: "ann\u0000@example.com" }, null), "email", nul)
      assertInvalid(await send("POST", "/hooks/anything", JSON.stringify("\u0000"), null), "", nul)
    })

    it("the same text sent as UTF-8 or as valid escapes is stored and answered as sent: emoji, escaped surrogate pairs, a literal backslash-u", async () => {
      const name = "🔑 leads \\u0000 ü"
      const escaped = JSON.stringify({ ...contractExample, name }).replace(/🔑/, "\\ud83d\\udd11").replace(/ü/, "\\u00fc")
      const created = await send("POST", "/workflows", escaped)
      assert.strictEqual(created.status, 201, created.text)
      assert.strictEqual(created.body.name, name)
      const read = await send("GET", `/workflows/${created.body.id}`)
      assert.strictEqual(read.body.name, name)
    })

    it("JSON nested deeper than 128 levels is a 400 at parse time; 128 levels are accepted and stored", async () => {
      const deep = `{"workflowId":"${workflowId}","input":{"email":"a@acme.com","deep":${nested(5_000)}}}`
      assertAnswer(await send("POST", "/executions", deep), 400, `invalid JSON: nested deeper than 128 levels at position ${deep.indexOf("[") + 126}`)
      assertAnswer(await send("POST", "/hooks/anything", nested(129), null), 400, "invalid JSON: nested deeper than 128 levels at position 128")
      // The body is level 1, so `input` may nest 127 arrays.
      const fits = `{"workflowId":"${echoId}","mode":"sync","input":${nested(127)}}`
      const ran = await send("POST", "/executions", fits)
      assert.strictEqual(ran.status, 200, ran.text)
      assert.strictEqual(ran.body.status, "completed", ran.text)
      assert.strictEqual(JSON.stringify(ran.body.output.reply), nested(127))
      const over = `{"workflowId":"${echoId}","mode":"sync","input":${nested(128)}}`
      assertAnswer(await send("POST", "/executions", over), 400, `invalid JSON: nested deeper than 128 levels at position ${over.indexOf("[") + 127}`)
      // The document is level 1, `nodes` 2, the node 3, its `params` 4: the value may nest 124 arrays.
      const document = constantWorkflow("deep", JSON.parse(nested(124)))
      const stored = await send("POST", "/workflows", document)
      assert.strictEqual(stored.status, 201, "a workflow document with params nested to the limit fits")
    })

    it("a path id without the shape of a generated id is a 404 naming it as sent, before any statement runs", async () => {
      assertAnswer(await send("GET", "/workflows/%00"), 404, "workflow %00 not found")
      assertAnswer(await send("PUT", "/workflows/%00", contractExample), 404, "workflow %00 not found")
      assertAnswer(await send("POST", "/workflows/wf_%00/execute", {}), 404, "workflow wf_%00 not found")
      assertAnswer(await send("GET", "/workflows/%ED%A0%80"), 404, "workflow %ED%A0%80 not found")
      assertAnswer(await send("GET", "/workflows/%FF"), 404, "workflow %FF not found")
      assertAnswer(await send("GET", "/executions/%00/logs"), 404, "execution %00 not found")
      assertAnswer(await send("GET", "/executions/%00"), 404, "execution %00 not found")
      assertAnswer(await send("GET", "/credentials/%00"), 404, "credential %00 not found")
      assertAnswer(await send("GET", "/chat/sessions/%00/messages"), 404, "chat session %00 not found")
      assertAnswer(await send("DELETE", "/apikeys/%00"), 404, "API key %00 not found")
      assertAnswer(await send("DELETE", "/webhooks/wh_%ED"), 404, "webhook wh_%ED not found")
      assertAnswer(await send("POST", "/notifications/ntf_a.b/read"), 404, "notification ntf_a.b not found")
      assertAnswer(await send("GET", `/teams/${account.organizationId}%00/members`), 404, `team ${account.organizationId}%00 not found`)
      assertAnswer(await send("DELETE", `/teams/${account.organizationId}/members/usr_%00`), 404, "member usr_%00 not found")
      assertAnswer(await send("DELETE", "/marketplace/servers/%00"), 404, "marketplace server %00 not found")
      assertAnswer(await send("GET", "/workflows/wf_" + "a".repeat(65)), 404, `workflow wf_${"a".repeat(65)} not found`)
      // Ids of the right shape still reach the handler: found, or its own 404.
      assert.strictEqual((await send("GET", `/workflows/${workflowId}`)).status, 200)
      assertAnswer(await send("GET", "/workflows/wf_missing"), 404, "workflow wf_missing not found")
      // Without credentials, a protected route answers 401 first.
      assert.strictEqual((await send("GET", "/workflows/%00", undefined, null)).status, 401)
    })

    it("a free-text path parameter with a NUL or bytes that are not UTF-8 is a 400 naming the parameter", async () => {
      assertInvalid(await send("POST", "/hooks/%00", {}, null), "token", nul)
      assertInvalid(await send("POST", "/hooks/resume/tok%00en", {}, null), "token", nul)
      assertInvalid(await send("POST", "/hooks/%FF", {}, null), "token", "is not percent-encoded UTF-8")
      assertInvalid(await send("POST", "/marketplace/tools/mcps_x%3Aecho%00/install"), "id", nul)
      assertInvalid(await send("DELETE", "/marketplace/tools/%ED%A0%80/install"), "id", "is not percent-encoded UTF-8")
      assertAnswer(await send("POST", "/hooks/no-such-token", {}, null), 404, "no webhook trigger at this URL")
    })

    it("a NUL in a query parameter is a 400 naming the parameter", async () => {
      assertInvalid(await send("GET", "/executions/search?workflowId=%00"), "workflowId", nul)
      assertInvalid(await send("GET", "/workflows?name=lead%00"), "name", nul)
      assertInvalid(await send("GET", "/executions?cursor=1.exec_%00"), "cursor", nul)
      assertInvalid(await send("GET", "/chat/sessions?x%00=1"), "", `a query parameter's name ${nul}`)
      assertInvalid(await send("POST", "/hooks/no-such-token?source=%00", {}, null), "source", nul)
      const search = await send("GET", `/executions/search?workflowId=${workflowId}`)
      assert.strictEqual(search.status, 200, search.text)
    })

    it("a chunked body is held to the same rules", async () => {
      const body = JSON.stringify({ ...contractExample, name: "\u0000" })
      const answer = await raw(server, "POST", `${api}/workflows`, {
        headers: { authorization: `Bearer ${account.token}`, "content-type": "application/json", "transfer-encoding": "chunked" },
        chunks: [body.slice(0, 10), body.slice(10)]
      })
      assertInvalid(answer, "name", nul)
    })
  })
})
