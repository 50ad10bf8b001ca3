/**
 * The `code` node's workers are shared fairly between organizations. Through the real server
 * (PGlite; the pool does not touch the database): while one organization keeps four endless
 * loops going on a two-worker sandbox, another organization's `return 42` answers at once, again
 * and again, and cancelling the loops frees their workers. (The share on its own is tested in
 * `@sire/nodes`: `fairShare.test.ts`.)
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, type Answer, signup, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** The loops' own deadline: far above the bound on the other organization's wait. */
const loopTimeoutMs = 5_000

/** How long the other organization's `return 42` may take through the whole server, loaded CI machine included. */
const boundMs = 1_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A trigger → code → output workflow around `source`. */
const codeWorkflow = (source: string, params: Record<string, unknown> = {}) => ({
  name: `fairness ${Math.random().toString(36).slice(2)}`,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "code", type: "code", params: { source, ...params } },
    { id: "done", type: "output", params: { value: "{{ nodes.code }}" } }
  ],
  edges: [{ source: "start", target: "code" }, { source: "code", target: "done" }]
})

describe("the sandbox's workers under one organization's endless loops (pglite, 2 workers)", () => {
  const state = {} as { server: TestServer; attacker: Account; neighbour: Account }
  beforeAll(async () => {
    state.server = await start("pglite", { sandboxWorkers: 2 })
    state.attacker = await signup(state.server, "fair-attacker")
    state.neighbour = await signup(state.server, "fair-neighbour")
  })
  afterAll(async () => {
    await state.server?.close()
  })
  const send = (account: Account, method: string, path: string, body?: unknown): Promise<Answer> =>
    state.server.request(method, `${api}${path}`, { token: account.token, ...(body !== undefined ? { body } : {}) })
  const create = async (account: Account, document: unknown): Promise<string> => {
    const created = await send(account, "POST", "/workflows", document)
    assert.strictEqual(created.status, 201, created.text)
    return created.body.id
  }
  const runSync = async (account: Account, workflowId: string) => {
    const started = performance.now()
    const answer = await send(account, "POST", "/executions", { workflowId, input: {}, mode: "sync" })
    return { answer, ms: performance.now() - started }
  }
  const execution = async (account: Account, id: string) => {
    const got = await send(account, "GET", `/executions/${id}`)
    assert.strictEqual(got.status, 200, got.text)
    return got.body as { status: string; steps: ReadonlyArray<{ nodeId: string; status: string }> }
  }
  /** Polls until every execution satisfies `check`; fails after `ms`. */
  const until = async (account: Account, ids: ReadonlyArray<string>, check: (e: Awaited<ReturnType<typeof execution>>) => boolean, what: string, ms = 10_000) => {
    const deadline = performance.now() + ms
    for (;;) {
      const all = await Promise.all(ids.map((id) => execution(account, id)))
      if (all.every(check)) return
      if (performance.now() > deadline) assert.fail(`${what}: ${JSON.stringify(all.map((e) => [e.status, e.steps.map((s) => `${s.nodeId}:${s.status}`)]))}`)
      await sleep(50)
    }
  }

  it("while one organization runs four `while (true) {}` code nodes, another organization's `return 42` completes within 1 s, each of three times; cancelling the loops ends them", async () => {
    const { attacker, neighbour } = state
    const loop = await create(attacker, codeWorkflow("while (true) {}", { timeoutMs: loopTimeoutMs }))
    const answer = await create(neighbour, codeWorkflow("return 42"))
    const warm = await runSync(neighbour, answer)
    assert.strictEqual(warm.answer.body.output, 42, warm.answer.text)

    const loops: Array<string> = []
    try {
      for (let i = 0; i < 4; i++) {
        const started = await send(attacker, "POST", "/executions", { workflowId: loop, input: {}, mode: "async" })
        assert.strictEqual(started.status, 201, started.text)
        loops.push(started.body.id)
      }
      await until(attacker, loops, (e) => e.steps.some((s) => s.nodeId === "code" && s.status === "running"), "every loop reaches its code node")

      const latencies: Array<number> = []
      for (let i = 0; i < 3; i++) {
        const { answer: done, ms } = await runSync(neighbour, answer)
        assert.strictEqual(done.body.status, "completed", done.text)
        assert.strictEqual(done.body.output, 42)
        latencies.push(ms)
      }
      assert.isBelow(Math.max(...latencies), boundMs, `the neighbour's runs took ${latencies.map((ms) => ms.toFixed(0)).join(", ")} ms`)
      const meanwhile = await Promise.all(loops.map((id) => execution(attacker, id)))
      assert.deepStrictEqual(meanwhile.map((e) => e.status), ["running", "running", "running", "running"], "the loops were still going")
    } finally {
      for (const id of loops) await send(attacker, "POST", `/executions/${id}/cancel`)
    }
    await until(attacker, loops, (e) => e.status === "cancelled", "every loop is cancelled", 5_000)
    const after = await runSync(attacker, await create(attacker, codeWorkflow("return 'mine again'")))
    assert.strictEqual(after.answer.body.output, "mine again", after.answer.text)
  })
})
