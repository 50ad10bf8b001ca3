/**
 * The `code` node, through the real server: its output computed from `input`, `nodes` and `vars`;
 * console lines in the step's log; template-looking text in `source` kept literal;
 * `examples/workflows/code-node.json` run as written; a `timeoutMs` over the server's ceiling
 * refused when saved and, from a template, when run (both databases). Then the sandbox (PGlite):
 * escapes to the host (`Function` constructors, template-literal calls, `import()`, `require`,
 * `process`) fail the node or see nothing; infinite loops, never-settling promises, memory, stack
 * and output limits fail it without retrying while `/healthz` keeps answering; one organization's
 * globals are invisible to the next run; killed workers are replaced and the process's threads and
 * memory stay bounded. Last, the pool on its own: queueing, replacement after an interrupted run,
 * and every worker terminated when its scope closes.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { Effect, Exit, Scope } from "effect"
import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import * as Pool from "@sire/nodes/SandboxPool"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** The example workflow of `docs/workflows.md`, as the file holds it. */
const example: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../../examples/workflows/code-node.json", import.meta.url)), "utf8")
)

/** A trigger → code → output workflow around `source`; `params` and `node` add to the code node. */
const codeWorkflow = (source: string, params: Record<string, unknown> = {}, node: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  name: `code node ${Math.random().toString(36).slice(2)}`,
  ...extra,
  nodes: [
    { id: "start", type: "trigger" },
    { id: "code", type: "code", params: { source, ...params }, ...node },
    { id: "done", type: "output", params: { value: "{{ nodes.code }}" } }
  ],
  edges: [{ source: "start", target: "code" }, { source: "code", target: "done" }]
})

/** The OS threads of this process (Linux): each sandbox worker is one. */
const threads = (): number => readdirSync("/proc/self/task").length

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` until it holds or `ms` pass; returns whether it held. */
const eventually = async (check: () => boolean, ms = 10_000): Promise<boolean> => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (check()) return true
    await sleep(50)
  }
  return check()
}

/** A server, a user and `run` to create a workflow and execute it synchronously. */
const session = (db: (typeof databases)[number]) => {
  const state = {} as { server: TestServer; user: Account }
  beforeAll(async () => {
    state.server = await start(db)
    state.user = await signup(state.server, "codenode")
  })
  afterAll(async () => {
    await state.server?.close()
  })
  const send = (method: string, path: string, body?: unknown, token = state.user.token): Promise<Answer> =>
    state.server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
  const run = async (document: unknown, input: unknown = {}, token = state.user.token): Promise<Answer> => {
    const created = await send("POST", "/workflows", document, token)
    assert.strictEqual(created.status, 201, created.text)
    const answer = await send("POST", "/executions", { workflowId: created.body.id, input, mode: "sync" }, token)
    assert.strictEqual(answer.status, 200, answer.text)
    return answer
  }
  /** The execution with its steps. */
  const execution = async (id: string, token = state.user.token): Promise<any> => {
    const got = await send("GET", `/executions/${id}`, undefined, token)
    assert.strictEqual(got.status, 200, got.text)
    return got.body
  }
  return { state, send, run, execution }
}

describe.each(databases)("the code node (%s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    const { execution, run } = session(db)

    it("outputs what the function returns from input, nodes and vars; console lines go to the step's log; {{ }} in source stays literal", async () => {
      const document = {
        name: "code round trip",
        variables: { team: "sales", factor: 3 },
        nodes: [
          { id: "start", type: "trigger" },
          { id: "prep", type: "transform", params: { value: { doubled: "{{ input.n * 2 }}" } } },
          {
            id: "code",
            type: "code",
            params: {
              source: [
                "const template = '{{ input.n }}' + \"}}\" + `{{${input.n}}}`;",
                "console.log('n is', input.n, { team: vars.team });",
                "console.warn('careful');",
                "console.error({ deep: [1, 2] });",
                "return { sum: input.n + nodes.prep.doubled * vars.factor, trigger: nodes.start, template, team: vars.team };"
              ].join("\n")
            }
          },
          { id: "done", type: "output", params: { value: "{{ nodes.code }}" } }
        ],
        edges: [{ source: "start", target: "prep" }, { source: "prep", target: "code" }, { source: "code", target: "done" }]
      }
      const answer = await run(document, { n: 4 })
      assert.strictEqual(answer.body.status, "completed", answer.text)
      assert.deepStrictEqual(answer.body.output, {
        sum: 4 + 8 * 3,
        trigger: { n: 4 },
        template: "{{ input.n }}}}{{4}}",
        team: "sales"
      })
      const step = (await execution(answer.body.id)).steps.find((s: { nodeId: string }) => s.nodeId === "code")
      assert.deepStrictEqual(step.logs, ["n is 4 {\"team\":\"sales\"}", "[warn] careful", "[error] {\"deep\":[1,2]}"])
      assert.include(step.input.source, "'{{ input.n }}'", "the step's input holds the source as written")
    })

    it("runs examples/workflows/code-node.json as written", async () => {
      const vip = await run(example, { email: "Ceo@ACME.com", employees: 120 })
      assert.strictEqual(vip.body.status, "completed", vip.text)
      assert.deepStrictEqual(vip.body.output, { email: "Ceo@ACME.com", domain: "acme.com", vip: true, score: 62 })
      const step = (await execution(vip.body.id)).steps.find((s: { nodeId: string }) => s.nodeId === "score")
      assert.deepStrictEqual(step.logs, ["scored Ceo@ACME.com: 62"])
      const other = await run(example, { email: "ann@else.org" })
      assert.deepStrictEqual(other.body.output, { email: "ann@else.org", domain: "else.org", vip: false, score: 0 })
    })

    it("a thrown error fails the node with the JS error message and is not retried; its console lines are kept", async () => {
      const answer = await run(
        codeWorkflow("console.log('before'); null.boom", {}, { retry: { maxAttempts: 3, initialDelayMs: 1 } })
      )
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.match(answer.body.error.message, /code node: TypeError: .*null/)
      const step = (await execution(answer.body.id)).steps.find((s: { nodeId: string }) => s.nodeId === "code")
      assert.strictEqual(step.attempts, 1)
      assert.deepStrictEqual(step.logs, ["before"])
    })
  })
})

describe.each(databases)("the code node's timeoutMs ceiling (SIRE_CODE_TIMEOUT_MAX_MS = 5000, %s)", (db) => {
  describe.skipIf(skip(db))("", () => {
    const state = {} as { server: TestServer; user: Account }
    beforeAll(async () => {
      state.server = await start(db, { codeTimeoutMaxMs: 5_000 })
      state.user = await signup(state.server, "codeceiling")
    })
    afterAll(async () => {
      await state.server?.close()
    })
    const send = (method: string, path: string, body?: unknown): Promise<Answer> =>
      state.server.request(method, `${api}${path}`, { token: state.user.token, ...(body !== undefined ? { body } : {}) })
    const details = (answer: Answer) => (answer.body.details as Array<{ path: string; message: string }>).map((d) => `${d.path}: ${d.message}`)

    it("a workflow asking more than the ceiling is refused with 400 naming the param and the ceiling, on create and update, and nothing is stored or changed", async () => {
      const before = await send("GET", "/workflows")
      const over = await send("POST", "/workflows", codeWorkflow("return 1", { timeoutMs: 5_001 }, {}, { name: "over the ceiling" }))
      assert.strictEqual(over.status, 400, over.text)
      assert.deepStrictEqual(details(over), ["nodes[1].params.timeoutMs: timeoutMs must be from 1 to 5000 ms on this server (got 5001)"])
      const after = await send("GET", "/workflows")
      assert.deepStrictEqual(after.body, before.body, "nothing was stored")

      const created = await send("POST", "/workflows", codeWorkflow("return 'at the ceiling'", { timeoutMs: 5_000 }))
      assert.strictEqual(created.status, 201, created.text)
      const raised = await send("PUT", `/workflows/${created.body.id}`, codeWorkflow("return 1", { timeoutMs: 60_000 }))
      assert.strictEqual(raised.status, 400, raised.text)
      assert.deepStrictEqual(details(raised), ["nodes[1].params.timeoutMs: timeoutMs must be from 1 to 5000 ms on this server (got 60000)"])
      const kept = await send("GET", `/workflows/${created.body.id}`)
      assert.deepStrictEqual(kept.body, created.body, "the stored workflow is unchanged")
      const ran = await send("POST", "/executions", { workflowId: created.body.id, input: {}, mode: "sync" })
      assert.strictEqual(ran.body.output, "at the ceiling", ran.text)
    })

    it("a timeoutMs from a template is held to the ceiling when the node runs: over it fails the node with the same message, at it runs", async () => {
      const created = await send("POST", "/workflows", codeWorkflow("return 'ran'", { timeoutMs: "{{ input.timeoutMs }}" }))
      assert.strictEqual(created.status, 201, created.text)
      const over = await send("POST", "/executions", { workflowId: created.body.id, input: { timeoutMs: 20_000 }, mode: "sync" })
      assert.strictEqual(over.body.status, "failed", over.text)
      assert.include(over.body.error.message, "timeoutMs must be from 1 to 5000 ms on this server (got 20000)")
      const at = await send("POST", "/executions", { workflowId: created.body.id, input: { timeoutMs: 5_000 }, mode: "sync" })
      assert.strictEqual(at.body.output, "ran", at.text)
    })

    it.skipIf(db !== "postgres")("a workflow saved under a higher ceiling is refused with the same 400 when started on a server with a lower one", async () => {
      const created = await send("POST", "/workflows", codeWorkflow("return 1", { timeoutMs: 4_000 }))
      assert.strictEqual(created.status, 201, created.text)
      const strict = await start(db, { codeTimeoutMaxMs: 3_000, databaseUrl: state.server.databaseUrl! })
      try {
        const ran = await strict.request("POST", `${api}/executions`, {
          token: state.user.token,
          body: { workflowId: created.body.id, input: {}, mode: "sync" }
        })
        assert.strictEqual(ran.status, 400, ran.text)
        assert.deepStrictEqual(details(ran), ["nodes[1].params.timeoutMs: timeoutMs must be from 1 to 3000 ms on this server (got 4000)"])
      } finally {
        await strict.close()
      }
    })
  })
})

/** A sandbox case: the source, and either the failure it must produce or the harmless output it must return. */
interface Case {
  readonly name: string
  readonly source: string
  readonly error?: RegExp
  readonly output?: unknown
}

const escapes: ReadonlyArray<Case> = [
  { name: "this.constructor.constructor", source: "return this.constructor.constructor('return process')()", error: /code node: ReferenceError: 'process' is not defined/ },
  { name: "Function as a tag", source: "return Function`return process`()", error: /code node: ReferenceError: 'process' is not defined/ },
  {
    name: "an arrow's constructor as a tag",
    source: "const g = (() => {}).constructor`return globalThis`(); return { keys: Object.getOwnPropertyNames(g).filter((k) => /process|require|fetch|Deno|Bun|module|global$/.test(k)), process: typeof g.process }",
    output: { keys: [], process: "undefined" }
  },
  { name: "async function constructor", source: "return await (async () => {}).constructor('return typeof process')()", output: "undefined" },
  { name: "import('fs')", source: "return await import('fs')", error: /code node: .*could not load module 'fs'/ },
  { name: "import('node:child_process')", source: "const cp = await import('node:child_process'); return cp.execSync('id').toString()", error: /code node: .*could not load module/ },
  { name: "require('fs')", source: "return require('fs').readFileSync('/etc/passwd', 'utf8')", error: /code node: ReferenceError: 'require' is not defined/ },
  {
    name: "host globals",
    source: "return [typeof globalThis.process, typeof require, typeof fetch, typeof setTimeout, typeof XMLHttpRequest, typeof WebSocket, typeof Buffer, typeof std, typeof os]",
    output: Array(9).fill("undefined")
  },
  { name: "an infinite loop caught by the code", source: "try { while (true) {} } catch (e) {} return 'escaped'", error: /code node: timed out after 1000 ms/ },
  { name: "an await loop", source: "for (;;) await null", error: /code node: timed out after 1000 ms/ },
  { name: "a promise that never settles", source: "await new Promise(() => {})", error: /code node: the returned promise never settles/ },
  { name: "memory", source: "return 'x'.repeat(2 ** 28)", error: /^code node: out of memory$/ },
  // Near the limit QuickJS's collector slows allocation down: the deadline may come first; either stops it.
  { name: "memory, piecewise", source: "const parts = []; for (;;) parts.push('y'.repeat(1 << 20) + parts.length)", error: /^code node: (out of memory|timed out after 1000 ms)$/ },
  { name: "deep recursion", source: "const f = (n) => f(n + 1) + 1; return f(0)", error: /^code node: stack overflow$/ },
  { name: "a huge output", source: "return { big: 'z'.repeat(2 * 1024 * 1024) }", error: /code node: the return value is larger than 1048576 bytes of JSON/ },
  { name: "a function as output", source: "return () => process", error: /code node: the function returned a function, which is not JSON/ },
  { name: "a BigInt as output", source: "return { n: 10n }", error: /code node: the return value is not JSON: TypeError/ }
]

describe.skipIf(process.platform !== "linux")("the code node's sandbox (pglite)", () => {
  const { execution, run, send, state } = session("pglite")
  const healthz = () => state.server.request("GET", "/healthz")
  const baseline = { threads: 0, rss: 0 }

  beforeAll(async () => {
    const warm = await run(codeWorkflow("return 1"))
    assert.strictEqual(warm.body.status, "completed", warm.text)
    baseline.threads = threads()
    baseline.rss = process.memoryUsage().rss
  })

  for (const c of escapes) {
    it(`${c.name}: ${c.error ? "fails the node, not retried" : "sees nothing of the host"}; the host stays healthy`, async () => {
      const answer = await run(codeWorkflow(c.source, {}, { retry: { maxAttempts: 3, initialDelayMs: 1 } }))
      if (c.error !== undefined) {
        assert.strictEqual(answer.body.status, "failed", answer.text)
        assert.match(answer.body.error.message, c.error)
        const step = (await execution(answer.body.id)).steps.find((s: { nodeId: string }) => s.nodeId === "code")
        assert.strictEqual(step.attempts, 1, "a sandbox failure is not retried")
      } else {
        assert.strictEqual(answer.body.status, "completed", answer.text)
        assert.deepStrictEqual(answer.body.output, c.output)
      }
      assert.strictEqual((await healthz()).status, 200)
    })
  }

  it("while (true) {} is stopped at its deadline while /healthz keeps answering during the run", async () => {
    const created = await send("POST", "/workflows", codeWorkflow("while (true) {}", { timeoutMs: 1500 }))
    assert.strictEqual(created.status, 201, created.text)
    let done = false
    const during: Array<number> = []
    const execution = send("POST", "/executions", { workflowId: created.body.id, input: {}, mode: "sync" }).finally(() => (done = true))
    while (!done) {
      const health = await healthz()
      if (!done) during.push(health.status)
      await sleep(50)
    }
    const answer = await execution
    assert.strictEqual(answer.body.status, "failed", answer.text)
    assert.strictEqual(answer.body.error.message, "code node: timed out after 1500 ms")
    assert.isAbove(during.length, 0, "/healthz answered while the loop ran")
    assert.deepStrictEqual([...new Set(during)], [200])
    assert.strictEqual((await healthz()).status, 200)
  })

  it("one organization's globals and prototypes are invisible to the next run (another organization's)", async () => {
    const rival = await signup(state.server, "codenode-rival")
    const polluter = await run(codeWorkflow("globalThis.leak = 1; Object.prototype.polluted = 'yes'; Array.prototype.push = null; console.log = null; return typeof leak"))
    assert.strictEqual(polluter.body.output, "number", polluter.text)
    for (let i = 0; i < 4; i++) {
      const clean = await run(
        codeWorkflow("console.log('still here'); return { leak: typeof leak, polluted: ({}).polluted === undefined, push: typeof [].push }"),
        {},
        rival.token
      )
      assert.strictEqual(clean.body.status, "completed", clean.text)
      assert.deepStrictEqual(clean.body.output, { leak: "undefined", polluted: true, push: "function" })
    }
  })

  it("workers killed by the host (the node's own timeout interrupts a busy run) are replaced; threads and memory stay bounded", async () => {
    for (let i = 0; i < 4; i++) {
      const answer = await run(codeWorkflow(
        "const hold = 'x'.repeat(2 ** 24) + 'y'.repeat(2 ** 24); while (hold.length > 0) {}",
        { timeoutMs: 30_000 },
        { timeoutMs: 300 }
      ))
      assert.strictEqual(answer.body.status, "failed", answer.text)
      assert.strictEqual((await healthz()).status, 200)
    }
    const after = await run(codeWorkflow("return input.n + 1"), { n: 41 })
    assert.strictEqual(after.body.output, 42, after.text)
    assert.isTrue(await eventually(() => threads() <= baseline.threads + 2), `threads: ${threads()} (baseline ${baseline.threads})`)
    const grown = (process.memoryUsage().rss - baseline.rss) / 2 ** 20
    assert.isBelow(grown, 256, `rss grew by ${grown.toFixed(0)} MiB`)
  })
})

describe("the sandbox pool", () => {
  it("queues runs beyond its size, replaces a worker whose run was interrupted, and terminates every worker when its scope closes", async () => {
    const scope = Effect.runSync(Scope.make())
    const sandbox = await Effect.runPromise(Scope.extend(Pool.make({ size: 2 }), scope))
    const request = (source: string, timeoutMs = 1_000) => ({ organizationId: "org", source, input: { n: 1 }, nodes: {}, vars: {}, timeoutMs })
    const results = await Effect.runPromise(
      Effect.forEach(Array.from({ length: 6 }, (_, i) => request(`return input.n + ${i}`)), sandbox.run, { concurrency: "unbounded" })
    )
    assert.deepStrictEqual(results.map((r) => r.output), [1, 2, 3, 4, 5, 6])
    const stopped = await Effect.runPromise(Effect.exit(Effect.timeout(sandbox.run(request("while (true) {}", 20_000)), "200 millis")))
    assert.isTrue(Exit.isFailure(stopped))
    const again = await Effect.runPromise(sandbox.run(request("return 'again'")))
    assert.strictEqual(again.output, "again")
    const stats = await Effect.runPromise(sandbox.stats)
    assert.strictEqual(stats.replaced, 1)
    assert.strictEqual(stats.started, 3)
    let live = stats.live
    assert.isTrue(await eventually(() => (live = Effect.runSync(sandbox.stats).live) <= 2), `live workers: ${live}`)
    await Effect.runPromise(Scope.close(scope, Exit.void))
    assert.strictEqual((await Effect.runPromise(sandbox.stats)).live, 0)
  })
})
