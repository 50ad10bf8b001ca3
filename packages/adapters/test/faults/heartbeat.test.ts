/**
 * Fault: slow lease renewals (a loaded database: every `heartbeat` call of the worker takes
 * 300 ms, injected in its queue) on one healthy worker process running 8 executions at once,
 * each holding a node for 3 s, with 1.5 s leases renewed every 300 ms. No other worker runs.
 *
 * The test runs the scenario for 4.5 s (the holds end after 3 s) while sampling the queue table
 * every 50 ms, asserts it (the 8 runs started; renewals took ≥ 300 ms), then what a healthy worker
 * needs: none of its claims is seen expired while its run is alive, no renewal writes a lease end
 * already past, and no node runs twice. (Found: renewals one after another with the time read once
 * per pass let leases lapse and the worker re-claim and re-run its own executions; the worker now
 * renews concurrently, each with the time it is sent, and never runs an execution twice at once.)
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { checkPostgres, Faults, killAll, sleep } from "./harness.js"

const postgres = await checkPostgres("the PostgreSQL slow-heartbeat fault test")

afterAll(killAll)

const executions = 8
const leaseMs = 1_500
const workflow = {
  name: "hold 3 s",
  nodes: [{ id: "start", type: "trigger" }, { id: "b1", type: "bump", params: { holdMs: 3_000 } }],
  edges: [{ source: "start", target: "b1" }]
}

describe.skipIf(!postgres)("slow lease renewals on a healthy worker, on PostgreSQL", () => {
  it("8 runs hold a node for 3 s while every renewal takes 300 ms: leases and runs", async () => {
    const faults = new Faults()
    try {
      const on = await faults.postgres()
      const worker = await faults.spawn(on, {
        trace: true,
        slowHeartbeatMs: 300,
        leaseMs,
        heartbeatMs: 300,
        concurrency: executions
      })
      const ids = await worker.create(workflow, executions)
      const expiredWhileRunning: Array<string> = []
      await faults.read(on, async (db) => {
        const until = Date.now() + 4_500
        while (Date.now() < until) {
          const now = Date.now()
          const jobs = await db.query<{ execution_id: string; lease_until: string | null }>(
            "SELECT execution_id, lease_until FROM sire_jobs WHERE claimed_by IS NOT NULL"
          )
          for (const job of jobs) {
            // a run is alive from its node's start until its completion is committed
            const started = worker.lines.some((l) => l.fault === "bump" && l.executionId === job.execution_id)
            const completed = worker.lines.some((l) =>
              l.fault === "commit" && l.ok === true && l.executionId === job.execution_id &&
              (l.tags as ReadonlyArray<string>).includes("execution.completed"))
            if (started && !completed && Number(job.lease_until) < now) {
              expiredWhileRunning.push(`${job.execution_id} expired ${now - Number(job.lease_until)} ms before`)
            }
          }
          await sleep(50)
        }
      })
      const lines = worker.lines.slice()
      assert.strictEqual(await worker.stop(), 0)
      const started = new Set(lines.filter((l) => l.fault === "bump").map((l) => String(l.executionId)))
      assert.deepStrictEqual(Array.from(started).sort(), ids.slice().sort(), "every run started")
      const renewals = lines.filter((l) => l.fault === "heartbeat" && l.ok === true)
      assert.isAbove(renewals.length, 0, "claims were renewed")
      assert.isTrue(renewals.every((l) => l.t - (l.now as number) >= 300), "every renewal took at least 300 ms")

      const late = renewals.filter((l) => (l.now as number) + leaseMs < l.t)
      assert.deepStrictEqual(late.map((l) => `${String(l.executionId)}: lease end ${l.t - (l.now as number) - leaseMs} ms in the past`), [])
      assert.deepStrictEqual(expiredWhileRunning, [])
      const reruns = lines.filter((l) => l.fault === "bump" && l.phase === "done" && l.n !== 1)
      assert.deepStrictEqual(reruns.map((l) => `${String(l.executionId)}/b1 ran ${String(l.n)} times`), [])
    } finally {
      await faults.close()
    }
  }, 60_000)
})
