/**
 * Several `sire serve` processes on one PostgreSQL are one service: a session, a key or a workflow
 * made through one server works on the other, executions started on either are run by the shared
 * queue, and a log read from one server follows an execution another one runs.
 */
import { afterAll, assert, beforeAll, describe, it } from "vitest"
import { contractExample, signup, skip, start, type TestServer } from "./harness.js"

describe.skipIf(skip("postgres"))("two servers on one PostgreSQL", () => {
  let a: TestServer
  let b: TestServer
  beforeAll(async () => {
    a = await start("postgres")
    b = await start("postgres", { databaseUrl: a.databaseUrl! })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it("a session and an API key from one server authenticate on the other, and revocation on one is immediate on both", async () => {
    const user = await signup(a, "cluster")
    assert.strictEqual((await b.request("GET", "/api/v1/auth/me", { token: user.token })).status, 200)
    const key = await b.request("POST", "/api/v1/apikeys", { token: user.token, body: { name: "shared" } })
    assert.strictEqual(key.status, 201, key.text)
    assert.strictEqual((await a.request("GET", "/api/v1/workflows", { token: key.body.key })).status, 200)
    assert.strictEqual((await a.request("DELETE", `/api/v1/apikeys/${key.body.id}`, { token: user.token })).status, 204)
    assert.strictEqual((await b.request("GET", "/api/v1/workflows", { token: key.body.key })).status, 401)
    assert.strictEqual((await b.request("POST", "/api/v1/auth/logout", { token: user.token })).status, 204)
    assert.strictEqual((await a.request("GET", "/api/v1/auth/me", { token: user.token })).status, 401)
  })

  it("executions started on both servers all complete once, and each is readable, with its log, from the other", async () => {
    const user = await signup(a, "cluster-work")
    const workflow = await a.request("POST", "/api/v1/workflows", { token: user.token, body: contractExample })
    assert.strictEqual(workflow.status, 201, workflow.text)
    const starts = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? a : b).request("POST", "/api/v1/executions", {
        token: user.token,
        body: { workflowId: workflow.body.id, input: { email: `lead${i}@acme.com` } }
      })
    ))
    for (const started of starts) assert.strictEqual(started.status, 201, started.text)
    for (const [i, started] of starts.entries()) {
      const other = i % 2 === 0 ? b : a
      const log = await other.request("GET", `/api/v1/executions/${started.body.id}/logs`, { token: user.token })
      const events = [...log.text.matchAll(/^event: (\S+)$/gm)].map((match) => match[1])
      assert.strictEqual(events.filter((event) => event === "execution.completed").length, 1, log.text)
      assert.strictEqual(events.filter((event) => event === "execution.started").length, 1, "run exactly once")
      const execution = await other.request("GET", `/api/v1/executions/${started.body.id}`, { token: user.token })
      assert.strictEqual(execution.body.status, "completed")
      assert.deepStrictEqual(execution.body.output, { tier: "vip", to: `lead${i}@acme.com` })
    }
  })
})
