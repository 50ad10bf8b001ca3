/**
 * Retry, re-run from a node and replay through the real server and a real HTTP client, on PGlite
 * and PostgreSQL: the new execution is linked to the old one, reuses its committed results (its
 * steps say so), runs what it must; wrong states are 409, bad requests 400 with nothing written,
 * another organization's execution 404, a viewer 403.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, type Answer, assertError, databases, eventually, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** start → a (`{ x: input.x }`) → b (`a.x * 2`) → done; `b` is a `fail` node when `broken`. */
const doubler = (broken = false) => ({
  name: "doubler",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "a", type: "transform", params: { value: { x: "{{ input.x }}" } } },
    broken
      ? { id: "b", type: "fail", params: { message: "b is broken" } }
      : { id: "b", type: "transform", params: { value: "{{ nodes.a.x * 2 }}" } },
    { id: "done", type: "output", params: { value: "{{ nodes.b }}" } }
  ],
  edges: [
    { source: "start", target: "a" },
    { source: "a", target: "b" },
    { source: "b", target: "done" }
  ]
})

const final = new Set(["completed", "failed", "cancelled"])

describe.each(databases)("retry, re-run and replay on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    let owner: Account
    let stranger: Account
    beforeAll(async () => {
      server = await start(database)
      ;[owner, stranger] = await Promise.all([signup(server, "owner"), signup(server, "stranger")])
    }, 120_000)
    afterAll(async () => {
      await server?.close()
    })

    const send = (method: string, path: string, body?: unknown, token = owner.token): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })

    const workflow = async (document: unknown): Promise<string> => {
      const created = await send("POST", "/workflows", document)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }

    const execute = async (workflowId: string, input: unknown): Promise<any> => {
      const answer = await send("POST", "/executions", { workflowId, input, mode: "sync" })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.isTrue(final.has(answer.body.status), answer.text)
      return answer.body
    }

    /** The execution once it is final, with its steps by node id. */
    const finished = async (id: string) => {
      let last: Answer | undefined
      await eventually(async () => {
        last = await send("GET", `/executions/${id}`)
        return last.status === 200 && final.has(last.body.status)
      }, `execution ${id} final`, 30_000)
      const body = last!.body
      return { ...body, byNode: Object.fromEntries(body.steps.map((s: any) => [s.nodeId, s])) }
    }

    const count = async (workflowId: string) => (await send("GET", `/executions/search?workflowId=${workflowId}&limit=100`)).body.length

    it("a retry of a failed execution reuses its successful results, links to it, and runs the failed node again", async () => {
      const id = await workflow(doubler(true))
      const failed = await execute(id, { x: 3 })
      assert.strictEqual(failed.status, "failed")
      const answer = await send("POST", `/executions/${failed.id}/retry`)
      assert.strictEqual(answer.status, 201, answer.text)
      assert.strictEqual(answer.headers.get("location"), `${api}/executions/${answer.body.id}`)
      assert.notStrictEqual(answer.body.id, failed.id)
      assert.strictEqual(answer.body.retryOf, failed.id)
      assert.deepStrictEqual(answer.body.origin, { kind: "retry", executionId: failed.id, reusedNodeIds: ["start", "a"], editedNodeIds: [] })
      const retried = await finished(answer.body.id)
      assert.strictEqual(retried.status, "failed", "the original document still fails at b")
      assert.strictEqual(retried.error.nodeId, "b")
      assert.deepStrictEqual(retried.byNode.start.reusedFrom, { executionId: failed.id, edited: false })
      assert.deepStrictEqual(retried.byNode.a.reusedFrom, { executionId: failed.id, edited: false })
      assert.deepStrictEqual(retried.byNode.a.output, { x: 3 })
      assert.isUndefined(retried.byNode.b.reusedFrom)
      assert.strictEqual(retried.byNode.b.status, "failed")
    }, 60_000)

    it("a retry on the latest document runs the fixed node on the reused results; one whose completed nodes changed is 400", async () => {
      const id = await workflow(doubler(true))
      const failed = await execute(id, { x: 4 })
      const fixed = await send("PUT", `/workflows/${id}`, doubler(false))
      assert.strictEqual(fixed.status, 200, fixed.text)
      const answer = await send("POST", `/executions/${failed.id}/retry`, { workflow: "latest" })
      assert.strictEqual(answer.status, 201, answer.text)
      const retried = await finished(answer.body.id)
      assert.strictEqual(retried.status, "completed", JSON.stringify(retried))
      assert.strictEqual(retried.output, 8)
      assert.deepStrictEqual(retried.byNode.a.reusedFrom, { executionId: failed.id, edited: false })
      assert.isUndefined(retried.byNode.b.reusedFrom)

      const changed = doubler(false)
      changed.nodes[1] = { id: "a", type: "output", params: { value: { x: "{{ input.x }}" } } }
      assert.strictEqual((await send("PUT", `/workflows/${id}`, changed)).status, 200)
      const before = await count(id)
      const refused = await send("POST", `/executions/${failed.id}/retry`, { workflow: "latest" })
      assert.strictEqual(refused.status, 400, refused.text)
      assert.match(refused.body.error, /"a" changed type from transform to output/)
      assert.deepStrictEqual(refused.body.details.map((d: any) => d.nodeId), ["a"])
      assert.strictEqual(await count(id), before, "nothing written")
      const bad = await send("POST", `/executions/${failed.id}/retry`, { workflow: "newest" })
      assert.strictEqual(bad.status, 400, bad.text)
      assert.match(bad.body.error, /workflow/)
    }, 60_000)

    it("a retry of an execution that is not failed or cancelled is 409 with a clear error", async () => {
      const sleeper = await workflow({
        name: "sleeper",
        nodes: [{ id: "start", type: "trigger" }, { id: "wait", type: "delay", params: { ms: 600_000 } }],
        edges: [{ source: "start", target: "wait" }]
      })
      const started = await send("POST", "/executions", { workflowId: sleeper })
      assert.strictEqual(started.status, 201, started.text)
      const running = await send("POST", `/executions/${started.body.id}/retry`)
      assertError(running, 409)
      assert.match(running.body.error, /only a failed or cancelled execution can be retried/)
      const rerun = await send("POST", `/executions/${started.body.id}/rerun`, { fromNodeId: "wait" })
      assertError(rerun, 409)
      assert.strictEqual((await send("POST", `/executions/${started.body.id}/cancel`)).status, 200)

      const completed = await execute(await workflow(doubler()), { x: 1 })
      const again = await send("POST", `/executions/${completed.id}/retry`)
      assertError(again, 409)
      assert.match(again.body.error, /is completed/)
    }, 60_000)

    it("a re-run from a node keeps the upstream results, takes edited ones, and runs that node and what follows", async () => {
      const id = await workflow(doubler())
      const original = await execute(id, { x: 1 })
      assert.strictEqual(original.output, 2)

      const edited = await send("POST", `/executions/${original.id}/rerun`, { fromNodeId: "b", nodeOutputs: { a: { x: 5 } } })
      assert.strictEqual(edited.status, 201, edited.text)
      assert.deepStrictEqual(edited.body.origin, {
        kind: "rerun",
        executionId: original.id,
        fromNodeId: "b",
        reusedNodeIds: ["start", "a"],
        editedNodeIds: ["a"]
      })
      const run = await finished(edited.body.id)
      assert.strictEqual(run.output, 10)
      assert.deepStrictEqual(run.byNode.start.reusedFrom, { executionId: original.id, edited: false })
      assert.deepStrictEqual(run.byNode.a.reusedFrom, { executionId: original.id, edited: true })
      assert.deepStrictEqual(run.byNode.a.output, { x: 5 })
      assert.isUndefined(run.byNode.b.reusedFrom)
      assert.isUndefined(run.byNode.done.reusedFrom)

      const fromA = await send("POST", `/executions/${original.id}/rerun`, { fromNodeId: "a", input: { x: 7 } })
      assert.strictEqual(fromA.status, 201, fromA.text)
      const second = await finished(fromA.body.id)
      assert.deepStrictEqual(second.input, { x: 7 })
      assert.strictEqual(second.output, 14)
      assert.deepStrictEqual(second.byNode.start.reusedFrom, { executionId: original.id, edited: true })
      assert.deepStrictEqual(second.byNode.start.output, { x: 7 })

      const keptA = await send("POST", `/executions/${original.id}/rerun`, { fromNodeId: "b", input: { x: 7 } })
      assert.strictEqual((await finished(keptA.body.id)).output, 2, "a's result upstream of b is kept")
    }, 60_000)

    it("a re-run that cannot be planned is 400 with nothing written", async () => {
      const id = await workflow(doubler())
      const original = await execute(id, { x: 1 })
      const before = await count(id)
      const unknown = await send("POST", `/executions/${original.id}/rerun`, { fromNodeId: "nope" })
      assert.strictEqual(unknown.status, 400, unknown.text)
      assert.match(unknown.body.error, /"nope" is not in the execution's workflow/)
      const downstream = await send("POST", `/executions/${original.id}/rerun`, { fromNodeId: "a", nodeOutputs: { b: 1 } })
      assert.strictEqual(downstream.status, 400, downstream.text)
      assert.match(downstream.body.error, /node "b" has no result upstream of "a" to replace/)
      const missing = await send("POST", `/executions/${original.id}/rerun`, {})
      assert.strictEqual(missing.status, 400, missing.text)
      assert.match(missing.body.error, /fromNodeId/)
      const extra = await send("POST", `/executions/${original.id}/rerun`, { fromNodeId: "a", extra: 1 })
      assert.strictEqual(extra.status, 400, extra.text)
      assert.strictEqual(await count(id), before)
    }, 60_000)

    it("a replay runs the same input on the same version from scratch", async () => {
      const id = await workflow(doubler())
      const published = await send("POST", `/workflows/${id}/versions`)
      assert.strictEqual(published.status, 201, published.text)
      const original = await send("POST", "/executions", { workflowId: id, input: { x: 2 }, version: 1, mode: "sync" })
      assert.strictEqual(original.body.output, 4)
      const changed = doubler()
      changed.nodes[2] = { id: "b", type: "transform", params: { value: "{{ nodes.a.x * 100 }}" } }
      assert.strictEqual((await send("PUT", `/workflows/${id}`, changed)).status, 200)
      const answer = await send("POST", `/executions/${original.body.id}/replay`)
      assert.strictEqual(answer.status, 201, answer.text)
      assert.strictEqual(answer.body.version, 1)
      assert.deepStrictEqual(answer.body.origin, { kind: "replay", executionId: original.body.id, reusedNodeIds: [], editedNodeIds: [] })
      const replay = await finished(answer.body.id)
      assert.strictEqual(replay.output, 4)
      assert.deepStrictEqual(replay.input, { x: 2 })
      for (const step of replay.steps) assert.isUndefined(step.reusedFrom, step.nodeId)
    }, 60_000)

    it("each retry, re-run and replay is in the audit log with the new execution, and a refused one as a failure", async () => {
      const id = await workflow(doubler(true))
      const failed = await execute(id, { x: 5 })
      const retry = await send("POST", `/executions/${failed.id}/retry`)
      const rerun = await send("POST", `/executions/${failed.id}/rerun`, { fromNodeId: "a" })
      const replay = await send("POST", `/executions/${failed.id}/replay`)
      for (const answer of [retry, rerun, replay]) assert.strictEqual(answer.status, 201, answer.text)
      const completed = await execute(await workflow(doubler()), { x: 1 })
      const refused = await send("POST", `/executions/${completed.id}/retry`)
      assertError(refused, 409)
      const entries = async (action: string) => (await send("GET", `/audit-logs?action=${action}&limit=100`)).body as Array<any>
      for (const [action, answer] of [["execution.retried", retry], ["execution.rerun", rerun], ["execution.replayed", replay]] as const) {
        const found = (await entries(action)).filter((entry) => entry.resourceId === answer.body.id)
        assert.lengthOf(found, 1, action)
        assert.strictEqual(found[0].outcome, "success")
        assert.strictEqual(found[0].resourceType, "execution")
        assert.strictEqual(found[0].actor.userId, owner.userId)
      }
      const refusals = (await entries("execution.retried")).filter((entry) => entry.outcome === "failure" && entry.resourceId === null)
      assert.isAtLeast(refusals.length, 1, "the refused retry is recorded")
      assert.strictEqual(refusals[0].reason, refused.body.error)
    }, 90_000)

    it("another organization's execution is 404 and a viewer is 403, for every action", async () => {
      const failed = await execute(await workflow(doubler(true)), { x: 1 })
      const key = await send("POST", "/apikeys", { name: "viewer", role: "viewer" })
      assert.strictEqual(key.status, 201, key.text)
      const actions = [["retry", undefined], ["rerun", { fromNodeId: "b" }], ["replay", undefined]] as const
      for (const [action, body] of actions) {
        assertError(await send("POST", `/executions/${failed.id}/${action}`, body, stranger.token), 404)
        assertError(await send("POST", `/executions/${failed.id}/${action}`, body, key.body.key), 403)
        assertError(await send("POST", `/executions/exec_00000000000000000000000000/${action}`, body), 404)
      }
    }, 60_000)
  })
})
