/**
 * `mode: "stream"` on `POST /api/v1/executions` and `POST /api/v1/workflows/:id/execute`, through
 * the real server on PGlite and PostgreSQL: the answer is the run's log as Server-Sent Events,
 * exactly as `GET /executions/:id/logs` writes it (the same events with the same ids), with the
 * `llm` node's `step.delta` events (no ids) between them, ending after the final event; a failed
 * run ends with `execution.failed`; errors before the run starts stay JSON (400, 402, 404).
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type FakeModels, fakeModels } from "./fakeModels.js"
import { type Account, constantWorkflow, databases, failingWorkflow, signup, skip, start, type TestServer } from "./harness.js"
import { modelWorkflow, parseEvents } from "./publicChat.js"

const api = "/api/v1"

/** A POST answered as a stream, read to its end. */
const post = async (server: TestServer, path: string, token: string, body: unknown) => {
  const response = await fetch(`${server.base}${api}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000)
  })
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    location: response.headers.get("location"),
    text: await response.text()
  }
}

/** The events of an SSE text, the `retry:` preamble left out. */
const eventsOf = (text: string) => parseEvents(text.replace(/^retry: \d+\n\n/, ""))

describe.each(databases)("stream mode on %s", (database) => {
  describe.skipIf(skip(database))("", () => {
    let server: TestServer
    let account: Account
    let fake: FakeModels
    const create = async (document: unknown) => {
      const created = await server.request("POST", `${api}/workflows`, { token: account.token, body: document })
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id as string
    }
    beforeAll(async () => {
      server = await start(database, { egressAllow: ["127.0.0.1"], freeTierExecutions: 5 })
      account = await signup(server, "stream-mode")
      fake = await fakeModels()
    })
    afterAll(async () => {
      await fake?.close()
      await server?.close()
    })

    it("POST /executions with mode stream answers the run's log events, the same as GET /executions/:id/logs, ending after the final one", async () => {
      const workflowId = await create(constantWorkflow("streamed", { reply: "{{ input.name }}" }))
      const streamed = await post(server, "/executions", account.token, { workflowId, input: { name: "Ada" }, mode: "stream" })
      assert.strictEqual(streamed.status, 200, streamed.text)
      assert.match(streamed.contentType, /^text\/event-stream/)
      const events = eventsOf(streamed.text)
      assert.strictEqual(events.at(-1)!.event, "execution.completed", streamed.text)
      assert.deepStrictEqual(events.at(-1)!.data.output, { reply: "Ada" })
      assert.deepStrictEqual(events.map((e) => e.id), events.map((_, index) => index + 1), "ids are the events' sequence numbers")
      assert.match(streamed.location ?? "", /^\/api\/v1\/executions\/exec_/, "Location names the execution")
      const logs = await fetch(`${server.base}${streamed.location}/logs`, { headers: { authorization: `Bearer ${account.token}` } })
      assert.strictEqual(streamed.text, await logs.text(), "byte for byte what the log endpoint writes")
    })

    it("POST /workflows/:id/execute with mode stream carries the llm node's deltas (no ids) between the events; a failed run ends with execution.failed", { timeout: 30_000 }, async () => {
      const credential = await server.request("POST", `${api}/credentials`, {
        token: account.token,
        body: { name: "fake", type: "bearer", value: "sk-fake", allowedHosts: ["127.0.0.1"] }
      })
      const workflowId = await create(modelWorkflow(fake.openaiBaseUrl, credential.body.id))
      const text = "Streaming every execution, not only chat."
      fake.reset()
      fake.queue({ text, delayMs: 5 })
      const streamed = await post(server, `/workflows/${workflowId}/execute`, account.token, { input: { message: "go" }, mode: "stream" })
      assert.strictEqual(streamed.status, 200, streamed.text)
      const events = eventsOf(streamed.text)
      const deltas = events.filter((e) => e.event === "step.delta")
      assert.isAbove(deltas.length, 5, streamed.text)
      assert.isTrue(deltas.every((e) => e.id === undefined && e.data.nodeId === "ask"))
      assert.strictEqual(deltas.map((e) => e.data.text).join(""), text)
      const numbered = events.filter((e) => e.id !== undefined)
      assert.deepStrictEqual(numbered.map((e) => e.id), numbered.map((_, index) => index + 1))
      const firstDelta = events.findIndex((e) => e.event === "step.delta")
      assert.isAbove(firstDelta, events.findIndex((e) => e.event === "step.started" && e.data.nodeId === "ask"), "deltas come after their step started")
      assert.strictEqual(events.at(-1)!.event, "execution.completed")
      assert.deepStrictEqual(events.at(-1)!.data.output, { reply: text })

      const failed = await post(server, "/executions", account.token, { workflowId: await create(failingWorkflow()), mode: "stream" })
      assert.strictEqual(failed.status, 200, failed.text)
      assert.strictEqual(eventsOf(failed.text).at(-1)!.event, "execution.failed")
    })

    it("errors before the run starts stay JSON: unknown workflow 404, invalid input 400, quota 402", async () => {
      const unknown = await post(server, "/executions", account.token, { workflowId: "wf_missing", mode: "stream" })
      assert.strictEqual(unknown.status, 404)
      assert.match(unknown.contentType, /json/)
      const typed = await create({ ...constantWorkflow("typed", "ok"), inputs: { fields: { email: { type: "string", required: true } } } })
      const invalid = await post(server, `/workflows/${typed}/execute`, account.token, { input: {}, mode: "stream" })
      assert.strictEqual(invalid.status, 400, invalid.text)
      assert.match(invalid.contentType, /json/)
      const bad = await post(server, "/executions", account.token, { workflowId: typed, mode: "live" })
      assert.strictEqual(bad.status, 400)
      const cheap = await create(constantWorkflow("cheap", "ok"))
      for (;;) {
        const answer = await post(server, "/executions", account.token, { workflowId: cheap, mode: "stream" })
        if (answer.status === 402) {
          assert.match(answer.contentType, /json/)
          assert.strictEqual(JSON.parse(answer.text).error, "free tier limit reached")
          break
        }
        assert.strictEqual(answer.status, 200, answer.text)
      }
    })
  })
})
