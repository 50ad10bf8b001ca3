/**
 * Several `sire serve` processes on one PostgreSQL are one service: a session, a key or a workflow
 * made through one server works on the other, executions started on either are run by the shared
 * queue, and a log read from one server follows an execution another one runs.
 */
import { afterAll, assert, beforeAll, describe, it } from "vitest"
import { contractExample, signup, skip, soon, start, type TestServer } from "./harness.js"

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

  it("a session and an API key from one server authenticate on the other, and revocation on one holds on both once its notification arrives (caches warm on both)", async () => {
    const user = await signup(a, "cluster")
    assert.strictEqual((await b.request("GET", "/api/v1/auth/me", { token: user.token })).status, 200)
    assert.strictEqual((await a.request("GET", "/api/v1/auth/me", { token: user.token })).status, 200)
    const key = await b.request("POST", "/api/v1/apikeys", { token: user.token, body: { name: "shared" } })
    assert.strictEqual(key.status, 201, key.text)
    assert.strictEqual((await a.request("GET", "/api/v1/workflows", { token: key.body.key })).status, 200)
    assert.strictEqual((await b.request("GET", "/api/v1/workflows", { token: key.body.key })).status, 200)
    assert.strictEqual((await a.request("DELETE", `/api/v1/apikeys/${key.body.id}`, { token: user.token })).status, 204)
    const listed = () => b.request("GET", "/api/v1/workflows", { token: key.body.key })
    assert.strictEqual((await soon(listed, (r) => r.status === 401)).status, 401)
    assert.strictEqual((await b.request("POST", "/api/v1/auth/logout", { token: user.token })).status, 204)
    const me = () => a.request("GET", "/api/v1/auth/me", { token: user.token })
    assert.strictEqual((await soon(me, (r) => r.status === 401)).status, 401)
  })

  it("a role changed on one server holds on the other once its notification arrives (its principal cache was warm)", async () => {
    const owner = await signup(a, "cluster-owner")
    const member = await signup(a, "cluster-member")
    const invited = await a.request("POST", `/api/v1/teams/${owner.organizationId}/members`, {
      token: owner.token,
      body: { email: member.email, role: "admin" }
    })
    assert.strictEqual(invited.status, 201, invited.text)
    const mailed = [...a.mail].reverse().find((mail) => mail.to === member.email)!
    const invitation = /\bivt_[0-9a-f]{64}\b/.exec(mailed.text)?.[0]
    assert.isDefined(invitation, mailed.text)
    const accepted = await a.request("POST", "/api/v1/teams/invitations/accept", { token: member.token, body: { token: invitation } })
    assert.strictEqual(accepted.status, 200, accepted.text)
    const session = await a.request("POST", "/api/v1/auth/login", {
      body: { email: member.email, password: member.password, organizationId: owner.organizationId }
    })
    assert.strictEqual(session.status, 200, session.text)
    const token: string = session.body.token
    const create = () => b.request("POST", "/api/v1/workflows", { token, body: contractExample })
    assert.strictEqual((await create()).status, 201, "an admin writes on B")
    const demoted = await a.request("PATCH", `/api/v1/teams/${owner.organizationId}/members/${member.userId}`, {
      token: owner.token,
      body: { role: "viewer" }
    })
    assert.strictEqual(demoted.status, 200, demoted.text)
    assert.strictEqual((await soon(create, (r) => r.status === 403)).status, 403, "a viewer does not, on B")
  })

  it("a workflow edited or deleted on one server is what the other runs once the notification arrives (its workflow cache was warm)", async () => {
    const user = await signup(a, "cluster-edit")
    const created = await a.request("POST", "/api/v1/workflows", { token: user.token, body: contractExample })
    const id: string = created.body.id
    const run = () =>
      b.request("POST", `/api/v1/workflows/${id}/execute`, { token: user.token, body: { input: { email: "ceo@acme.com" }, mode: "sync" } })
    assert.deepStrictEqual((await run()).body.output, { tier: "vip", to: "ceo@acme.com" })
    const edited = { ...contractExample, nodes: (contractExample.nodes as Array<any>).map((node) =>
      node.id === "vip" ? { ...node, params: { value: { tier: "gold", to: "{{ input.email }}" } } } : node) }
    assert.strictEqual((await a.request("PUT", `/api/v1/workflows/${id}`, { token: user.token, body: edited })).status, 200)
    assert.deepStrictEqual((await soon(run, (r) => r.body.output?.tier === "gold")).body.output, { tier: "gold", to: "ceo@acme.com" }, "B runs the edit")
    assert.strictEqual((await a.request("DELETE", `/api/v1/workflows/${id}`, { token: user.token })).status, 204)
    assert.strictEqual((await soon(run, (r) => r.status === 404)).status, 404, "and knows it is gone")
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
