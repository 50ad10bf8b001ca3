/**
 * The free plan's monthly execution quota through the real server: the 51st start is a 402 with
 * the plan's figures, concurrent starts never overshoot, and neither idempotent repeats nor
 * refused starts use it up. Each case has a fresh organization.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { type Account, type Answer, databases, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"
const limit = 50
const exceeded = { error: "free tier limit reached", limit, current: limit, upgrade: "/api/v1/billing/checkout" }

const trivial = {
  name: "quota",
  inputs: { fields: { n: { type: "number" } } },
  nodes: [
    { id: "start", type: "trigger" },
    { id: "done", type: "output", params: { value: "{{ input }}" } }
  ],
  edges: [{ source: "start", target: "done" }]
}

describe.each(databases)("quota on %s", (db) => {
  describe.skipIf(skip(db))("", () => {
    let server: TestServer
    beforeAll(async () => {
      server = await start(db, { freeTierExecutions: limit })
    })
    afterAll(async () => {
      await server?.close()
    })

    /** A fresh organization with one workflow, and a way to start it. */
    const organization = async (label: string) => {
      const account: Account = await signup(server, label)
      const created = await server.request("POST", `${api}/workflows`, { token: account.token, body: trivial })
      assert.strictEqual(created.status, 201, created.text)
      const workflowId: string = created.body.id
      const startOne = (body: Record<string, unknown> = {}): Promise<Answer> =>
        server.request("POST", `${api}/executions`, { token: account.token, body: { workflowId, ...body } })
      const use = async (count: number) => {
        for (let i = 0; i < count; i++) {
          const answer = await startOne()
          assert.strictEqual(answer.status, 201, `start ${i + 1}: ${answer.text}`)
        }
      }
      const executions = async () => {
        const answer = await server.request("GET", `${api}/executions?limit=100`, { token: account.token })
        return answer.body as Array<{ id: string }>
      }
      return { account, workflowId, startOne, use, executions }
    }

    it("the 51st start in the month is 402 with exactly the plan's figures and the upgrade link, on both start endpoints", async () => {
      const org = await organization("quota-limit")
      await org.use(limit)
      const refused = await org.startOne()
      assert.strictEqual(refused.status, 402, refused.text)
      assert.deepStrictEqual(refused.body, exceeded)
      const alias = await server.request("POST", `${api}/workflows/${org.workflowId}/execute`, { token: org.account.token, body: {} })
      assert.strictEqual(alias.status, 402, alias.text)
      assert.deepStrictEqual(alias.body, exceeded)
      assert.strictEqual((await org.executions()).length, limit, "the refused starts created nothing")
    })

    it("with 49 used, 50 concurrent starts give exactly one 201 and 49 × 402", async () => {
      const org = await organization("quota-race")
      await org.use(limit - 1)
      const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => org.startOne({ input: { n } })))
      const statuses = answers.map((a) => a.status)
      assert.strictEqual(statuses.filter((s) => s === 201).length, 1, statuses.join(","))
      assert.strictEqual(statuses.filter((s) => s === 402).length, 49, statuses.join(","))
      for (const answer of answers.filter((a) => a.status === 402)) assert.deepStrictEqual(answer.body, exceeded)
      assert.strictEqual((await org.executions()).length, limit)
    })

    it("an idempotent repeat of an existing execution returns it without using quota, even at the limit", async () => {
      const org = await organization("quota-idempotent")
      await org.use(limit - 2)
      const first = await org.startOne({ idempotencyKey: "invoice-7" })
      assert.strictEqual(first.status, 201, first.text)
      const repeats = await Promise.all(Array.from({ length: 5 }, () => org.startOne({ idempotencyKey: "invoice-7" })))
      for (const repeat of repeats) {
        assert.strictEqual(repeat.status, 201, repeat.text)
        assert.strictEqual(repeat.body.id, first.body.id)
      }
      const last = await org.startOne()
      assert.strictEqual(last.status, 201, `the ${limit}th start is still allowed: ${last.text}`)
      const atLimit = await org.startOne({ idempotencyKey: "invoice-7" })
      assert.strictEqual(atLimit.status, 201, atLimit.text)
      assert.strictEqual(atLimit.body.id, first.body.id)
      const over = await org.startOne()
      assert.strictEqual(over.status, 402)
      assert.deepStrictEqual(over.body, exceeded)
    })

    // Duplicates that miss the key lookup race for the last slot; the losers must answer with the
    // winner's execution, not a 402 (on PostgreSQL they really run concurrently).
    it("concurrent duplicates of one idempotent start at the last free slot all get its execution, none a 402", async () => {
      const org = await organization("quota-idempotent-race")
      await org.use(limit - 1)
      const answers = await Promise.all(Array.from({ length: 10 }, () => org.startOne({ idempotencyKey: "last-slot" })))
      assert.deepStrictEqual(answers.map((a) => a.status), Array.from({ length: 10 }, () => 201), answers.map((a) => a.text).join("\n"))
      assert.strictEqual(new Set(answers.map((a) => a.body.id)).size, 1)
    })

    it("starts refused for a bad input, an unknown version or workflow do not use quota", async () => {
      const org = await organization("quota-refused")
      await org.use(limit - 1)
      assert.strictEqual((await org.startOne({ input: { n: "not a number" } })).status, 400)
      assert.strictEqual((await org.startOne({ version: 3 })).status, 404)
      const unknown = await server.request("POST", `${api}/executions`, { token: org.account.token, body: { workflowId: "wf_unknown" } })
      assert.strictEqual(unknown.status, 404)
      const last = await org.startOne()
      assert.strictEqual(last.status, 201, last.text)
      assert.deepStrictEqual((await org.startOne()).body, exceeded)
    })

    it("one organization at its limit does not hold back another", async () => {
      const full = await organization("quota-full")
      await full.use(limit)
      assert.strictEqual((await full.startOne()).status, 402)
      const other = await organization("quota-other")
      assert.strictEqual((await other.startOne()).status, 201)
    })
  })
})
