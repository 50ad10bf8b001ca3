/**
 * Bulk actions through the real server and a real HTTP client, on PGlite and PostgreSQL: a dry run
 * counts and samples and writes nothing; cancel, retry and replay reach every selected execution
 * once, in the background; a restart in the middle of a few thousand executions resumes where the
 * operation stopped, with nothing done twice; validation, roles and organizations.
 */
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Account, type Answer, assertError, constantWorkflow, databases, eventually, failingWorkflow, freshSchema, signup, skip, start, type TestServer } from "./harness.js"

const api = "/api/v1"

/** Runs `task` over `items`, `width` at a time. */
const pool = async <A>(items: ReadonlyArray<A>, width: number, task: (item: A) => Promise<void>) => {
  let next = 0
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await task(items[next++])
  }))
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe.each(databases)("bulk actions on %s", (database) => {
  describe.skipIf(skip(database))("through the real server", () => {
    let server: TestServer
    let owner: Account
    let stranger: Account
    beforeAll(async () => {
      server = await start(database, { freeTierExecutions: 1_000_000, settings: { bulk: { batchSize: 10, intervalMs: 20 } } })
      ;[owner, stranger] = await Promise.all([signup(server, "owner"), signup(server, "stranger")])
    }, 120_000)
    afterAll(async () => {
      await server?.close()
    })

    const send = (method: string, path: string, body?: unknown, token = owner.token, on = server): Promise<Answer> =>
      on.request(method, `${api}${path}`, { token, ...(body !== undefined ? { body } : {}) })

    const workflow = async (document: unknown, token = owner.token, on = server): Promise<string> => {
      const created = await send("POST", "/workflows", document, token, on)
      assert.strictEqual(created.status, 201, created.text)
      return created.body.id
    }

    /** Starts `n` executions of a workflow and waits until they are all final (or waiting, for `waiting`). */
    const executions = async (workflowId: string, n: number, on = server, settled: "final" | "waiting" = "final") => {
      await pool(range(n), 8, async (i) => {
        const answer = await send("POST", "/executions", { workflowId, input: { i } }, owner.token, on)
        assert.strictEqual(answer.status, 201, answer.text)
      })
      const statuses = settled === "final" ? ["completed", "failed", "cancelled"] : ["waiting"]
      await eventually(async () => {
        const counts = await Promise.all(statuses.map((status) => count({ workflowId, status }, on)))
        return counts.reduce((a, b) => a + b, 0) === n
      }, `${n} executions ${settled}`, 120_000)
    }

    /** How many executions a filter selects, by a dry run. */
    const count = async (filter: Record<string, unknown>, on = server): Promise<number> => {
      const answer = await send("POST", "/executions/bulk", { action: "cancel", filter, dryRun: true }, owner.token, on)
      assert.strictEqual(answer.status, 200, answer.text)
      return answer.body.count
    }

    const finished = async (id: string, on = server, ms = 120_000) => {
      let last: Answer | undefined
      await eventually(async () => {
        last = await send("GET", `/executions/bulk/${id}`, undefined, owner.token, on)
        return last.status === 200 && last.body.status === "completed"
      }, `bulk operation ${id} completed`, ms)
      return last!.body
    }

    it("a dry run answers the count and a sample of the newest, and does nothing", async () => {
      const id = await workflow(failingWorkflow("dry"))
      await executions(id, 12)
      const answer = await send("POST", "/executions/bulk", { action: "retry", filter: { workflowId: id, status: "failed" }, dryRun: true })
      assert.strictEqual(answer.status, 200, answer.text)
      assert.strictEqual(answer.body.count, 12)
      assert.strictEqual(answer.body.sample.length, 10)
      assert.lengthOf((await send("GET", "/audit-logs?action=execution.bulk_started")).body, 0, "a dry run is not recorded")
      const newest = await send("GET", `/executions/search?workflowId=${id}&limit=10`)
      assert.deepStrictEqual(answer.body.sample, newest.body.map((e: any) => e.id))
      assert.strictEqual(await count({ workflowId: id, trigger: "retry" }), 0, "nothing retried")
    }, 180_000)

    it("a bulk retry answers at once, then retries every selected execution exactly once in the background", async () => {
      const id = await workflow(failingWorkflow("retry"))
      await executions(id, 25)
      const answer = await send("POST", "/executions/bulk", { action: "retry", filter: { workflowId: id, status: "failed" } })
      assert.strictEqual(answer.status, 202, answer.text)
      assert.match(answer.body.id, /^bulk_/)
      assert.strictEqual(answer.body.count, 25)
      assert.strictEqual(answer.headers.get("location"), `${api}/executions/bulk/${answer.body.id}`)
      const done = await finished(answer.body.id)
      assert.include(done, { count: 25, processed: 25, succeeded: 25, skipped: 0, failed: 0 })
      assert.isNumber(done.finishedAt)
      await eventually(async () => (await count({ workflowId: id, trigger: "retry", status: "failed" })) === 25, "25 retries final")
      const retries = await send("GET", `/executions/search?workflowId=${id}&trigger=retry&limit=100`)
      const origins = new Set(retries.body.map((e: any) => e.retryOf))
      assert.strictEqual(origins.size, 25, "one retry per original")
      const audit = await send("GET", `/audit-logs?action=execution.bulk_started&resourceId=${answer.body.id}`)
      assert.deepStrictEqual(audit.body.map((entry: any) => [entry.resourceType, entry.outcome]), [["bulk_operation", "success"]], "the start is in the audit log")
    }, 180_000)

    it("a bulk cancel cancels what still runs and skips what is final", async () => {
      const sleeper = await workflow({
        name: "sleeper",
        nodes: [{ id: "start", type: "trigger" }, { id: "wait", type: "delay", params: { ms: 600_000 } }],
        edges: [{ source: "start", target: "wait" }]
      })
      await executions(sleeper, 15, server, "waiting")
      const answer = await send("POST", "/executions/bulk", { action: "cancel", filter: { workflowId: sleeper } })
      assert.strictEqual(answer.status, 202, answer.text)
      const done = await finished(answer.body.id)
      assert.include(done, { count: 15, processed: 15, succeeded: 15, skipped: 0 })
      assert.strictEqual(await count({ workflowId: sleeper, status: "cancelled" }), 15)
      const again = await send("POST", "/executions/bulk", { action: "cancel", filter: { workflowId: sleeper } })
      assert.include(await finished(again.body.id), { processed: 15, succeeded: 0, skipped: 15 })
    }, 180_000)

    it("bad input is 400 with nothing written; a viewer may not act; another organization's operation is 404", async () => {
      for (const body of [{ action: "delete" }, {}, { action: "retry", filter: { status: "lost" } }, { action: "retry", filter: { nope: 1 } }]) {
        const answer = await send("POST", "/executions/bulk", body)
        assert.strictEqual(answer.status, 400, answer.text)
        assert.isString(answer.body.error)
      }
      const key = await send("POST", "/apikeys", { name: "viewer", role: "viewer" })
      assertError(await send("POST", "/executions/bulk", { action: "cancel" }, key.body.key), 403)
      const mine = await send("POST", "/executions/bulk", { action: "replay", filter: { workflowId: "wf_none" } })
      assert.strictEqual(mine.status, 202, mine.text)
      assert.strictEqual(mine.body.count, 0)
      assert.strictEqual(mine.body.status, "completed")
      assert.strictEqual((await send("GET", `/executions/bulk/${mine.body.id}`, undefined, key.body.key)).status, 200)
      assertError(await send("GET", `/executions/bulk/${mine.body.id}`, undefined, stranger.token), 404)
      assertError(await send("GET", "/executions/bulk/bulk_unknown"), 404)
    }, 60_000)

    it("a replay of a few thousand executions survives a restart in the middle: every one replayed exactly once", async () => {
      const dir = database === "pglite" ? mkdtempSync(join(tmpdir(), "sire-bulk-")) : undefined
      const settings = { bulk: { batchSize: 25, intervalMs: 20, leaseMs: 1_000 } }
      const schema = database === "postgres" ? await freshSchema() : undefined
      const common = {
        freeTierExecutions: 1_000_000,
        settings,
        ...(dir !== undefined ? { pgliteDir: dir } : {}),
        ...(schema !== undefined ? { databaseUrl: schema.url } : {})
      }
      const first = await start(database, common)
      let second: TestServer | undefined
      let closed = false
      try {
        const account = await signup(first, "restart")
        const id = await workflow(constantWorkflow("many", 1), account.token, first)
        const total = 2_000
        const prior = owner
        owner = account
        try {
          await executions(id, total, first)
          const answer = await send("POST", "/executions/bulk", { action: "replay", filter: { workflowId: id, trigger: "api" } }, account.token, first)
          assert.strictEqual(answer.status, 202, answer.text)
          assert.strictEqual(answer.body.count, total)
          await eventually(async () => {
            const progress = await send("GET", `/executions/bulk/${answer.body.id}`, undefined, account.token, first)
            return progress.body.processed >= 200
          }, "some progress before the restart", 120_000)
          await first.close()
          closed = true
          second = await start(database, common)
          const midway = await send("GET", `/executions/bulk/${answer.body.id}`, undefined, account.token, second)
          assert.isBelow(midway.body.processed, total, "the restart came in the middle")
          const done = await finished(answer.body.id, second, 300_000)
          assert.include(done, { count: total, processed: total, succeeded: total, failed: 0 })
          assert.strictEqual(await count({ workflowId: id, trigger: "replay" }, second), total, "each replayed exactly once")
        } finally {
          owner = prior
        }
      } finally {
        if (!closed) await first.close()
        await second?.close()
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
        await schema?.drop()
      }
    }, 600_000)
  })
})
