/**
 * `GET /api/v1/usage` through the real server: the caller's rate-limit budgets follow the requests
 * just made (and looking charges only the `read` it is), the quota's used and limit before and
 * after the limit is hit, per-workflow executions by status with the tokens and cost of an `llm`
 * run against the fake model server, `from`/`to` filtering, organizations kept apart, bad windows
 * refused with 400, viewers answered, and the README's curl example run as printed.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { execFile } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { type FakeModels, fakeModels } from "./fakeModels.js"
import { type Account, type Answer, assertError, constantWorkflow, databases, failingWorkflow, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"
const writeLimit = 25
const quotaLimit = 6
const statuses = ["queued", "running", "waiting", "completed", "failed", "cancelled"] as const

/** Executions by status as the report counts them: `total` and every status, zeros included. */
const counts = (some: Partial<Record<typeof statuses[number], number>>) => {
  const all = Object.fromEntries(statuses.map((status) => [status, some[status] ?? 0]))
  return { total: Object.values(all).reduce((a, b) => a + b, 0), ...all }
}

const noModel = { inputTokens: 0, outputTokens: 0, totalTokens: 0, costUsd: 0, byModel: {} }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.each(databases)("usage on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    let fake: FakeModels
    beforeAll(async () => {
      server = await start(db, {
        egressAllow: ["127.0.0.1"],
        freeTierExecutions: quotaLimit,
        rateLimits: { write: { limit: writeLimit, windowMs: 60_000 } }
      })
      fake = await fakeModels()
    })
    afterAll(async () => {
      await fake?.close()
      await server?.close()
    })

    const call = (token: string) => (method: string, path: string, body?: unknown): Promise<Answer> =>
      server.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })
    const usage = async (token: string, query = ""): Promise<Answer> => {
      const answer = await call(token)("GET", `/usage${query}`)
      assert.strictEqual(answer.status, 200, answer.text)
      return answer
    }
    const createWorkflow = async (account: Account, document: unknown): Promise<string> => {
      const created = await call(account.token)("POST", "/workflows", document)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }
    const runSync = async (account: Account, workflowId: string): Promise<Answer> => {
      const ran = await call(account.token)("POST", "/executions", { workflowId, mode: "sync" })
      assert.strictEqual(ran.status, 200, ran.text)
      return ran
    }
    const createKey = async (account: Account, role: string): Promise<string> => {
      const created = await call(account.token)("POST", "/apikeys", { name: `usage ${role}`, role })
      assert.strictEqual(created.status, 201, created.text)
      return created.body.key
    }
    const byId = (report: { readonly workflows: ReadonlyArray<any> }): Map<string, unknown> =>
      new Map(report.workflows.map((workflow) => [workflow.workflowId as string, workflow]))

    it("budgets follow the requests just made, looking charges only its own read, and a spent category says isLimited (a viewer key)", async () => {
      const owner = await signup(server, "usage-budgets")
      const key = await createKey(owner, "viewer")
      const first = await usage(key)
      const budgets = first.body.rateLimit
      assert.strictEqual(budgets.client, "apiKey")
      assert.strictEqual(budgets.read.remaining, Number(first.headers.get("x-ratelimit-remaining")), "read is what the headers say")
      assert.strictEqual(budgets.read.limit, Number(first.headers.get("x-ratelimit-limit")))
      assert.strictEqual(budgets.read.remaining, budgets.read.limit - 1)
      assert.deepStrictEqual([budgets.write.limit, budgets.write.remaining, budgets.write.isLimited], [writeLimit, writeLimit, false])
      assert.deepStrictEqual([budgets.auth.remaining, budgets.auth.limit, budgets.auth.resetSeconds], [10 ** 5, 10 ** 5, 0])
      assert.strictEqual(budgets.write.windowMs, 60_000)

      for (let i = 0; i < 3; i++) assert.strictEqual((await call(key)("GET", "/workflows")).status, 200)
      for (let i = 0; i < 2; i++) assert.strictEqual((await call(key)("POST", "/notifications/read-all")).status, 204)
      const second = (await usage(key)).body.rateLimit
      assert.strictEqual(second.read.remaining, budgets.read.remaining - 4, "three reads and this one")
      assert.strictEqual(second.write.remaining, writeLimit - 2)
      assert.isAbove(second.write.resetSeconds, 0)
      assert.strictEqual(second.auth.remaining, budgets.auth.remaining, "looking charged no auth request")
      const third = (await usage(key)).body.rateLimit
      assert.strictEqual(third.write.remaining, writeLimit - 2, "looking charged no write")
      assert.strictEqual(third.read.remaining, second.read.remaining - 1)

      for (let i = 0; i < writeLimit - 2; i++) assert.strictEqual((await call(key)("POST", "/notifications/read-all")).status, 204)
      assert.strictEqual((await call(key)("POST", "/notifications/read-all")).status, 429)
      const spent = (await usage(key)).body.rateLimit.write
      const now = Math.floor(Date.now() / 1000)
      assert.deepStrictEqual([spent.remaining, spent.isLimited], [0, true])
      assert.isAtLeast(spent.resetSeconds, 1)
      assert.isAtMost(spent.resetSeconds, 60)
      assert.approximately(spent.resetAt, now + spent.resetSeconds, 2)

      const mine = (await usage(owner.token)).body.rateLimit
      assert.strictEqual(mine.client, "user")
      assert.strictEqual(mine.write.remaining, writeLimit - 1, "the user's own budget: one write (the key's creation)")
    })

    it("quota used and limit after a few runs and at the limit; each workflow's executions by status and the llm run's tokens and cost", async () => {
      const owner = await signup(server, "usage-report")
      const credential = await call(owner.token)("POST", "/credentials", {
        name: "openai",
        type: "bearer",
        value: "sk-usage-canary",
        allowedHosts: ["127.0.0.1"]
      })
      assert.strictEqual(credential.status, 201, credential.text)
      const constant = await createWorkflow(owner, constantWorkflow("usage constant", 1))
      const failing = await createWorkflow(owner, failingWorkflow("usage failing"))
      const llm = await createWorkflow(owner, {
        name: "usage llm",
        nodes: [
          { id: "start", type: "trigger" },
          {
            id: "ask",
            type: "llm",
            params: { provider: "openai", model: "gpt-4o-mini", baseUrl: fake.openaiBaseUrl, credentialId: credential.body.id, prompt: "Hi" }
          },
          { id: "done", type: "output", params: { value: "{{ nodes.ask.text }}" } }
        ],
        edges: [{ source: "start", target: "ask" }, { source: "ask", target: "done" }]
      })
      const sleeper = await createWorkflow(owner, {
        name: "usage sleeper",
        nodes: [{ id: "start", type: "trigger" }, { id: "wait", type: "delay", params: { ms: 60_000 } }],
        edges: [{ source: "start", target: "wait" }]
      })

      const empty = (await usage(owner.token)).body
      assert.deepStrictEqual(empty.usage.executions, { used: 0, limit: quotaLimit })
      assert.strictEqual(empty.usage.plan, "free")
      assert.deepStrictEqual([empty.workflows, empty.totals], [[], { executions: counts({}), model: noModel }])
      const period = empty.usage.period
      const today = new Date()
      assert.deepStrictEqual(period, {
        start: Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1) / 1000,
        end: Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1) / 1000
      })
      assert.deepStrictEqual([empty.from, empty.to], [period.start, period.end - 1], "the quota period by default")

      await runSync(owner, constant)
      await runSync(owner, constant)
      assert.strictEqual((await runSync(owner, failing)).body.status, "failed")
      assert.deepStrictEqual((await usage(owner.token)).body.usage.executions, { used: 3, limit: quotaLimit })

      fake.reset()
      fake.queue({ text: "Hello", usage: { input: 21, output: 4 } }, { text: "Hello again", usage: { input: 21, output: 4 } })
      for (let i = 0; i < 2; i++) assert.strictEqual((await runSync(owner, llm)).body.status, "completed")
      const parked = await call(owner.token)("POST", "/executions", { workflowId: sleeper })
      assert.strictEqual(parked.status, 201, parked.text)
      const cancelled = await call(owner.token)("POST", `/executions/${parked.body.id}/cancel`)
      assert.strictEqual(cancelled.body.status, "cancelled", cancelled.text)
      const refused = await call(owner.token)("POST", "/executions", { workflowId: constant })
      assert.strictEqual(refused.status, 402, refused.text)

      const report = (await usage(owner.token)).body
      assert.deepStrictEqual(report.usage.executions, { used: quotaLimit, limit: quotaLimit })
      const cost = (21 * 0.15 + 4 * 0.6) / 1e6
      const llmTokens = { inputTokens: 42, outputTokens: 8, totalTokens: 50 }
      const workflows = byId(report)
      assert.deepStrictEqual([...workflows.keys()].sort(), [constant, failing, llm, sleeper].sort())
      assert.deepStrictEqual(workflows.get(constant), { workflowId: constant, name: "usage constant", executions: counts({ completed: 2 }), model: noModel })
      assert.deepStrictEqual(workflows.get(failing), { workflowId: failing, name: "usage failing", executions: counts({ failed: 1 }), model: noModel })
      assert.deepStrictEqual(workflows.get(sleeper), { workflowId: sleeper, name: "usage sleeper", executions: counts({ cancelled: 1 }), model: noModel })
      const asked: any = workflows.get(llm)
      assert.deepStrictEqual([asked.name, asked.executions], ["usage llm", counts({ completed: 2 })])
      const { byModel, costUsd, ...tokens } = asked.model
      assert.deepStrictEqual(tokens, llmTokens)
      assert.approximately(costUsd, 2 * cost, 1e-12)
      assert.deepStrictEqual(Object.keys(byModel), ["openai/gpt-4o-mini"])
      assert.deepStrictEqual(byModel["openai/gpt-4o-mini"], { ...llmTokens, costUsd })
      assert.deepStrictEqual(report.totals.executions, counts({ completed: 4, failed: 1, cancelled: 1 }))
      assert.deepStrictEqual(report.totals.model, asked.model)
      assert.strictEqual(report.workflows[0].executions.total, 2, "the busiest first")
    })

    it("a workflow's model usage is the sum of its executions' usage (GET /executions/:id); an unpriced model makes costUsd null, byModel says which", async () => {
      const owner = await signup(server, "usage-models")
      const credential = await call(owner.token)("POST", "/credentials", {
        name: "openai",
        type: "bearer",
        value: "sk-usage-canary",
        allowedHosts: ["127.0.0.1"]
      })
      assert.strictEqual(credential.status, 201, credential.text)
      const ask = (id: string, model: string) => ({
        id,
        type: "llm",
        params: { provider: "openai", model, baseUrl: fake.openaiBaseUrl, credentialId: credential.body.id, prompt: "Hi" }
      })
      const workflowId = await createWorkflow(owner, {
        name: "usage two models",
        nodes: [{ id: "start", type: "trigger" }, ask("priced", "gpt-4o-mini"), ask("local", "llama3.2:3b")],
        edges: [{ source: "start", target: "priced" }, { source: "priced", target: "local" }]
      })
      fake.reset()
      fake.queue({ text: "a", usage: { input: 100, output: 10 } }, { text: "b", usage: { input: 7, output: 3 } })
      const ran = await runSync(owner, workflowId)
      assert.strictEqual(ran.body.status, "completed", ran.text)
      const execution = await call(owner.token)("GET", `/executions/${ran.body.id}`)
      assert.strictEqual(execution.body.usage.costUsd, null)
      const [workflow] = (await usage(owner.token)).body.workflows
      assert.deepStrictEqual(workflow.model, execution.body.usage)
      assert.strictEqual(workflow.model.byModel["openai/llama3.2:3b"].costUsd, null)
      assert.approximately(workflow.model.byModel["openai/gpt-4o-mini"].costUsd, (100 * 0.15 + 10 * 0.6) / 1e6, 1e-12)
      assert.strictEqual(workflow.model.totalTokens, 120)
    })

    it("from and to bound the report: an execution created outside them is not counted", async () => {
      const owner = await signup(server, "usage-window")
      const workflowId = await createWorkflow(owner, constantWorkflow("usage window", 1))
      const first = await runSync(owner, workflowId)
      const firstAt: number = first.body.createdAt
      while (Math.floor(Date.now() / 1000) <= firstAt) await sleep(50)
      const second = await runSync(owner, workflowId)
      const secondAt: number = second.body.createdAt
      assert.isAbove(secondAt, firstAt)
      const total = async (query: string) => {
        const report = (await usage(owner.token, query)).body
        return report.totals.executions.total
      }
      assert.strictEqual(await total(""), 2)
      assert.strictEqual(await total(`?from=${firstAt}&to=${secondAt}`), 2, "both bounds are included")
      assert.strictEqual(await total(`?from=${secondAt}`), 1)
      assert.strictEqual(await total(`?from=${firstAt}&to=${firstAt}`), 1)
      assert.strictEqual(await total(`?from=${secondAt + 1}&to=${secondAt + 86_400}`), 0)
      const past = (await usage(owner.token, "?from=0&to=86400")).body
      assert.deepStrictEqual([past.from, past.to, past.workflows], [0, 86_400, []])
      assert.strictEqual(past.usage.executions.used, 2, "the quota is this period's, whatever the window")
    })

    it("another organization's executions are never counted, and its report holds only its own", async () => {
      const a = await signup(server, "usage-org-a")
      const b = await signup(server, "usage-org-b")
      const ofA = await createWorkflow(a, constantWorkflow("org a", 1))
      await runSync(a, ofA)
      const before = (await usage(a.token)).body
      const ofB = await createWorkflow(b, constantWorkflow("org b", 1))
      await runSync(b, ofB)
      await runSync(b, ofB)
      const after = (await usage(a.token)).body
      assert.deepStrictEqual([after.workflows, after.totals, after.usage], [before.workflows, before.totals, before.usage])
      assert.deepStrictEqual(after.workflows.map((w: { workflowId: string }) => w.workflowId), [ofA])
      const other = (await usage(b.token)).body
      assert.deepStrictEqual(other.workflows.map((w: { workflowId: string }) => w.workflowId), [ofB])
      assert.deepStrictEqual([other.totals.executions, other.usage.executions.used], [counts({ completed: 2 }), 2])
    })

    it("a bad window is 400: from after to, more than 366 days, not a whole non-negative number of seconds", async () => {
      const owner = await signup(server, "usage-bad")
      const get = (query: string) => call(owner.token)("GET", `/usage${query}`)
      assertError(await get("?from=2000&to=1000"), 400)
      assert.include((await get("?from=2000&to=1000")).body.error, "from (2000) must not be after to (1000)")
      assertError(await get(`?from=0&to=${366 * 86_400 + 1}`), 400)
      assert.strictEqual((await get(`?from=0&to=${366 * 86_400}`)).status, 200, "366 days exactly")
      assertError(await get("?to=1000"), 400)
      for (const query of ["?from=abc", "?from=1.5", "?to=-1", "?from=", "?to=1e30"]) {
        const answer = await get(query)
        assert.strictEqual(answer.status, 400, `${query}: ${answer.text}`)
        assert.isString(answer.body.error)
      }
      assert.strictEqual((await server.request("GET", `${api}/usage`)).status, 401)
    })

    it("the README's curl example works as printed", async () => {
      const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8")
      const shown = /<!-- usage -->\n```sh\n([\s\S]*?)```\n<!-- \/usage -->/.exec(readme)?.[1]
      assert.isDefined(shown, "packages/http/README.md shows the example between <!-- usage --> markers")
      const owner = await signup(server, "usage-readme")
      const key = await createKey(owner, "viewer")
      // Not spawnSync: the server answers from this process's event loop.
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile("bash", ["-euo", "pipefail", "-c", shown!], {
          env: { ...process.env, SIRE_URL: server.base, SIRE_API_KEY: key },
          encoding: "utf8",
          timeout: 30_000
        }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))))
      const body = JSON.parse(stdout)
      assert.deepStrictEqual(Object.keys(body), ["rateLimit", "usage", "from", "to", "workflows", "totals"])
      assert.strictEqual(body.rateLimit.client, "apiKey")
    })
  })
})
