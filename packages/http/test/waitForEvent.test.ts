/**
 * The `waitForEvent` node and resuming executions, through the real server: a waiting node parks
 * the execution (status `waiting`, the engine's run over, `step.waiting` logged); a resume
 * (`POST /api/v1/executions/:id/resume` or the signed `execution.resumeUrl`, which an `http` node
 * hands to a human: `examples/workflows/approval.json`) delivers the payload as its output; tampered
 * tokens are 404; `timeoutMs` routes to `error`; a second resume of a node is 400 and the first
 * payload stays; another organization's execution is 404; a resume survives a server restart and
 * one racing the node's first run is not lost.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import * as PgliteClient from "@sire/adapters/PgliteClient"
import * as SireServer from "../src/Server.js"
import { type Account, type Answer, assertError, databases, type Database, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** The approval example: http (sends the resume URL) → waitForEvent → condition. */
const approval: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../examples/workflows/approval.json", import.meta.url)), "utf8")
)

/** trigger → waitForEvent (`params`) → output of its payload; `error` → output `timedOut` when a timeout is set. */
const waiting = (params: Record<string, unknown> = {}) => ({
  name: `wait ${Math.random().toString(36).slice(2)}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "wait", type: "waitForEvent", params },
    { id: "done", type: "output", params: { value: { got: "{{ nodes.wait }}" } } },
    ...(params.timeoutMs !== undefined ? [{ id: "timedOut", type: "output", params: { value: "{{ nodes.wait }}" } }] : [])
  ],
  edges: [
    { source: "start", target: "wait" },
    { source: "wait", target: "done" },
    ...(params.timeoutMs !== undefined ? [{ source: "wait", sourceHandle: "error", target: "timedOut" }] : [])
  ]
})

/** Polls `read` until `done` holds (15 s at most). */
const until = async <A>(what: string, read: () => Promise<A>, done: (value: A) => boolean): Promise<A> => {
  const deadline = Date.now() + 15_000
  while (true) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** A loopback receiver that records the JSON bodies posted to it (the approver's inbox). */
const inbox = (): Promise<{ url: string; bodies: Array<any>; close: () => Promise<void> }> =>
  new Promise((resolve, reject) => {
    const bodies: Array<any> = []
    const server: Server = createServer((request, response) => {
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("end", () => {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString("utf8")))
        response.writeHead(204).end()
      })
    })
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}/notify`,
        bodies,
        close: () => new Promise((done) => server.close(() => done()))
      })
    })
  })

/**
 * Starts servers that can be stopped and started again on the same data: a PGlite directory, or a
 * PostgreSQL schema held by an idle owner server (a closing harness server drops the schema it made).
 */
const restartable = (db: Database) => {
  const dataDir = db === "pglite" ? mkdtempSync(join(tmpdir(), "sire-wait-")) : undefined
  let owner: TestServer | undefined
  return {
    start: async (): Promise<TestServer> => {
      if (dataDir !== undefined) return start(db, { serverLayer: (o) => SireServer.layer({ ...o, database: PgliteClient.layer({ dataDir }) }) })
      owner ??= await start(db)
      return start(db, { databaseUrl: owner.databaseUrl! })
    },
    dispose: async () => {
      await owner?.close()
      if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

describe.each(databases)("waitForEvent and resume (%s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let user: Account
    let rival: Account
    let box: Awaited<ReturnType<typeof inbox>>
    beforeAll(async () => {
      server = await start(db, { egressAllow: ["127.0.0.1"] })
      user = await signup(server, "waiter")
      rival = await signup(server, "waiter-rival")
      box = await inbox()
    })
    afterAll(async () => {
      await box?.close()
      await server?.close()
    })
    const send = (method: string, path: string, body?: unknown, token = user.token, on = server): Promise<Answer> =>
      on.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    /** Creates the workflow and starts it (async). */
    const begin = async (document: unknown, input: unknown = {}, on = server, token = user.token): Promise<string> => {
      const created = await send("POST", "/workflows", document, token, on)
      assert.strictEqual(created.status, 201, created.text)
      const started = await send("POST", "/executions", { workflowId: created.body.id, input }, token, on)
      assert.strictEqual(started.status, 201, started.text)
      return started.body.id
    }
    const execution = (id: string, on = server, token = user.token) => send("GET", `/executions/${id}`, undefined, token, on)
    const parked = (id: string, on = server, token = user.token) =>
      until(`${id} to park`, () => execution(id, on, token), (answer) => answer.body.status === "waiting")
    const final = (id: string, on = server, token = user.token) =>
      until(`${id} to end`, () => execution(id, on, token), (answer) => ["completed", "failed", "cancelled"].includes(answer.body.status))
    /** The execution's SSE log up to the first event matching `marker` (the stream is left open by a waiting execution). */
    const logUntil = async (id: string, marker: string): Promise<string> => {
      const controller = new AbortController()
      const response = await fetch(`${server.base}${api}/executions/${id}/logs`, {
        headers: { authorization: `Bearer ${user.token}` },
        signal: controller.signal
      })
      const reader = response.body!.getReader()
      let text = ""
      const deadline = Date.now() + 15_000
      while (!text.includes(marker) && Date.now() < deadline) {
        const { done, value } = await reader.read()
        if (done) break
        text += new TextDecoder().decode(value)
      }
      controller.abort()
      return text
    }

    it("parks with status waiting (the run over, step.waiting logged); a resume's payload is the node's output and the execution completes", async () => {
      const id = await begin(waiting())
      const answer = await parked(id)
      const step = answer.body.steps.find((s: { nodeId: string }) => s.nodeId === "wait")
      assert.strictEqual(step.status, "running", "the step is parked, not settled")
      assert.isUndefined(answer.body.steps.find((s: { nodeId: string }) => s.nodeId === "done"))
      const log = await logUntil(id, "step.waiting")
      assert.include(log, "event: step.waiting")
      assert.include(log, "event: execution.waiting")
      // Nothing moves without a resume.
      await new Promise((resolve) => setTimeout(resolve, 300))
      assert.strictEqual((await execution(id)).body.status, "waiting")

      const resumed = await send("POST", `/executions/${id}/resume`, { payload: { approved: true, by: "ada" } })
      assert.strictEqual(resumed.status, 202, resumed.text)
      assert.strictEqual(resumed.body.id, id)
      const done = await final(id)
      assert.strictEqual(done.body.status, "completed", done.text)
      assert.deepStrictEqual(done.body.output, { got: { approved: true, by: "ada" } })
      const waited = done.body.steps.find((s: { nodeId: string }) => s.nodeId === "wait")
      assert.deepStrictEqual(waited.output, { approved: true, by: "ada" })
      assert.deepStrictEqual(waited.handles, ["out"])
    })

    it("approval example: the http node sends the signed resume URL; POSTing to it resumes, and the condition branches on the answer", async () => {
      box.bodies.length = 0
      const id = await begin(approval, { notifyUrl: box.url, amount: 120 })
      await parked(id)
      assert.strictEqual(box.bodies.length, 1)
      const sent = box.bodies[0]
      assert.strictEqual(sent.text, "Approve an expense of 120 USD?")
      const resumeUrl = new URL(sent.resumeUrl)
      assert.strictEqual(resumeUrl.origin, "http://sire.test", "under the server's public URL")
      assert.match(resumeUrl.pathname, /^\/hooks\/resume\/[^/]+$/)
      assert.include(resumeUrl.pathname, id)

      const resumed = await server.request("POST", resumeUrl.pathname, { body: { payload: { approved: false, by: "grace" } } })
      assert.strictEqual(resumed.status, 202, resumed.text)
      assert.deepStrictEqual(resumed.body, { id, status: resumed.body.status })
      const done = await final(id)
      assert.strictEqual(done.body.status, "completed", done.text)
      assert.deepStrictEqual(done.body.output, { rejected: { decision: "rejected", by: "grace" } })
      const again = await server.request("POST", resumeUrl.pathname, { body: { payload: { approved: true } } })
      assertError(again, 400)
      assert.include(again.body.error, "already resumed")
    })

    it("a tampered or foreign resume token is 404 and resumes nothing", async () => {
      box.bodies.length = 0
      const id = await begin(approval, { notifyUrl: box.url, amount: 5 })
      await parked(id)
      const path = new URL(box.bodies[0].resumeUrl).pathname
      const token = path.slice("/hooks/resume/".length)
      const flipped = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA")
      const [, organizationId, mac] = token.split(".")
      const other = await begin(waiting())
      for (
        const bad of [flipped, `${token}x`, `${other}.${organizationId}.${mac}`, `${id}.${rival.organizationId}.${mac}`, "exec_nope", "a.b.c"]
      ) {
        const answer = await server.request("POST", `/hooks/resume/${bad}`, { body: { payload: { approved: true } } })
        assertError(answer, 404)
      }
      assert.strictEqual((await execution(id)).body.status, "waiting")
      const good = await server.request("POST", path, { body: { payload: { approved: true, by: "ada" } } })
      assert.strictEqual(good.status, 202, good.text)
      assert.deepStrictEqual((await final(id)).body.output, { approved: { decision: "approved", by: "ada" } })
      await send("POST", `/executions/${other}/cancel`)
    })

    it("timeoutMs routes to the error handle with { error: 'no event within <n> ms' }; resuming it afterwards is 400 (not waiting)", async () => {
      const id = await begin(waiting({ timeoutMs: 300 }))
      const done = await final(id)
      assert.strictEqual(done.body.status, "completed", done.text)
      assert.deepStrictEqual(done.body.output, { timedOut: { error: "no event within 300 ms" } })
      const wait = done.body.steps.find((s: { nodeId: string }) => s.nodeId === "wait")
      assert.deepStrictEqual(wait.handles, ["error"])
      assert.strictEqual(done.body.steps.find((s: { nodeId: string }) => s.nodeId === "done").status, "skipped")
      const late = await send("POST", `/executions/${id}/resume`, { payload: 1 })
      assertError(late, 400)
      assert.include(late.body.error, `execution ${id} is not waiting`)
    })

    it("a resume before the timeout wins over it", async () => {
      const id = await begin(waiting({ timeoutMs: 60_000 }))
      await parked(id)
      assert.strictEqual((await send("POST", `/executions/${id}/resume`, { payload: "in time" })).status, 202)
      assert.deepStrictEqual((await final(id)).body.output, { done: { got: "in time" } })
    })

    it("a second resume of the same node is 400 'already resumed' and the first payload stays", async () => {
      const id = await begin(waiting())
      await parked(id)
      const first = await send("POST", `/executions/${id}/resume`, { payload: "first" })
      assert.strictEqual(first.status, 202, first.text)
      const second = await send("POST", `/executions/${id}/resume`, { payload: "second" })
      assertError(second, 400)
      assert.include(second.body.error, "already resumed")
      assert.deepStrictEqual((await final(id)).body.output, { got: "first" })
    })

    it("concurrent resumes of one node: exactly one is taken", async () => {
      const id = await begin(waiting())
      await parked(id)
      const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => send("POST", `/executions/${id}/resume`, { payload: n })))
      const taken = answers.filter((a) => a.status === 202)
      assert.strictEqual(taken.length, 1, answers.map((a) => a.text).join("\n"))
      for (const refused of answers.filter((a) => a.status !== 202)) assert.strictEqual(refused.status, 400, refused.text)
      const done = await final(id)
      assert.include([1, 2, 3, 4, 5], done.body.output.got)
    })

    it("names the node: nodeId or event when several wait; a node that is not a waitForEvent is 400", async () => {
      const id = await begin({
        name: "two waits",
        nodes: [
          { id: "start", type: "trigger" },
          { id: "a", type: "waitForEvent", params: { event: "alpha" } },
          { id: "b", type: "waitForEvent", params: { event: "beta" } },
          { id: "both", type: "merge" }
        ],
        edges: [{ source: "start", target: "a" }, { source: "start", target: "b" }, { source: "a", target: "both" }, { source: "b", target: "both" }]
      })
      await parked(id)
      const ambiguous = await send("POST", `/executions/${id}/resume`, { payload: 0 })
      assertError(ambiguous, 400)
      assert.include(ambiguous.body.error, "nodeId")
      const notWait = await send("POST", `/executions/${id}/resume`, { payload: 0, nodeId: "start" })
      assertError(notWait, 400)
      assert.include(notWait.body.error, "is not a waitForEvent node")
      const unknownEvent = await send("POST", `/executions/${id}/resume`, { payload: 0, event: "gamma" })
      assertError(unknownEvent, 400)
      assert.strictEqual((await send("POST", `/executions/${id}/resume`, { payload: "A", nodeId: "a" })).status, 202)
      assert.strictEqual((await send("POST", `/executions/${id}/resume`, { payload: "B", event: "beta" })).status, 202)
      const done = await final(id)
      assert.deepStrictEqual(done.body.output, { both: { a: "A", b: "B" } })
    })

    it("another organization's execution is 404 (as an unknown one), and nothing is delivered", async () => {
      const id = await begin(waiting())
      await parked(id)
      const foreign = await send("POST", `/executions/${id}/resume`, { payload: "stolen" }, rival.token)
      assertError(foreign, 404)
      const unknown = await send("POST", "/executions/exec_0000000000000000/resume", { payload: "x" }, rival.token)
      assert.strictEqual(foreign.body.error.replace(id, "<id>"), unknown.body.error.replace("exec_0000000000000000", "<id>"))
      assert.strictEqual((await execution(id)).body.status, "waiting")
      assert.strictEqual((await send("POST", `/executions/${id}/resume`, { payload: "mine" })).status, 202)
      assert.deepStrictEqual((await final(id)).body.output, { got: "mine" })
    })

    it("a resume racing the node's first run (sent right after the start) is not lost", async () => {
      const ids = await Promise.all([1, 2, 3, 4, 5].map(async (n) => {
        const created = await send("POST", "/workflows", waiting())
        const started = await send("POST", "/executions", { workflowId: created.body.id })
        const resumed = await send("POST", `/executions/${started.body.id}/resume`, { payload: n })
        assert.strictEqual(resumed.status, 202, resumed.text)
        return [started.body.id as string, n] as const
      }))
      for (const [id, n] of ids) {
        const done = await final(id)
        assert.strictEqual(done.body.status, "completed", done.text)
        assert.deepStrictEqual(done.body.output, { got: n })
      }
    })

    it("durable: the server stops while the execution waits; a new server on the same database resumes it to completion", async () => {
      const data = restartable(db)
      try {
        const first = await data.start()
        const owner = await signup(first, "durable")
        const id = await begin(waiting(), {}, first, owner.token)
        await parked(id, first, owner.token)
        await first.close()
        const second = await data.start()
        try {
          assert.strictEqual((await execution(id, second, owner.token)).body.status, "waiting")
          const resumed = await send("POST", `/executions/${id}/resume`, { payload: { after: "restart" } }, owner.token, second)
          assert.strictEqual(resumed.status, 202, resumed.text)
          const done = await final(id, second, owner.token)
          assert.strictEqual(done.body.status, "completed", done.text)
          assert.deepStrictEqual(done.body.output, { got: { after: "restart" } })
        } finally {
          await second.close()
        }
      } finally {
        await data.dispose()
      }
    })
  })
})
