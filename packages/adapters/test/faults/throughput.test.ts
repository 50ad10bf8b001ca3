/**
 * Fault: none injected but contention — 3 worker processes claim from one PostgreSQL queue while
 * 300 executions (start → 3 `bump` nodes, no sleeps) are started through one of them.
 *
 * Asserts: every execution completes exactly once (status `completed`, one `execution.completed`
 * event each); every (execution, node) counter is exactly 1 (no node ran twice, in any process);
 * every node's `step.completed` event appears exactly once (no step committed twice); no job is
 * left in the queue; no commit was refused (`StaleFence`) — leases are long enough here that no
 * claim is ever lost; and every worker process took part.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { bumpChain, checkPostgres, countEvents, counterKey, Faults, killAll, readState, waitUntil } from "./harness.js"

const postgres = await checkPostgres("the PostgreSQL contention fault test")

afterAll(killAll)

const executions = 300
const nodes = ["start", "b1", "b2", "b3"]

describe.skipIf(!postgres)("3 workers, 300 executions on PostgreSQL", () => {
  it("every execution completes once and every node runs once", async () => {
    const faults = new Faults()
    try {
      const on = await faults.postgres()
      // 15 s leases renewed every second: under load a heartbeat pass used to take longer than a
      // lease (renewals one by one), letting another worker take a healthy run; this checks it holds.
      const settings = { leaseMs: 15_000, heartbeatMs: 1_000, pollMs: 200, concurrency: 16 }
      const workers = await Promise.all([1, 2, 3].map(() => faults.spawn(on, settings)))
      const ids = await workers[0].create(bumpChain(3, {}, "three bumps"), executions, 40_000)
      assert.strictEqual(new Set(ids).size, executions)

      const db = await faults.read(on, async (db) => {
        await waitUntil("every execution to finish", 45_000, async () => {
          const [row] = await db.query<{ n: string }>(
            "SELECT count(*) AS n FROM sire_executions WHERE status IN ('completed', 'failed', 'cancelled')"
          )
          return Number(row.n) === executions
        }, 200)
        return readState(db)
      })

      for (const id of ids) {
        assert.strictEqual(db.executions.get(id)?.status, "completed", id)
        assert.strictEqual(countEvents(db, id, "execution.completed"), 1, `${id} completed once`)
        for (const node of nodes) {
          assert.strictEqual(countEvents(db, id, "step.completed", node), 1, `${id}/${node} committed once`)
          if (node !== "start") assert.strictEqual(db.counters.get(counterKey(id, node)), 1, `${id}/${node} ran once`)
        }
      }
      assert.strictEqual(db.counters.size, executions * 3)
      assert.strictEqual(db.jobs, 0, "no job left in the queue")
      const ran = workers.map((w) => w.lineCount("bump", (l) => l.phase === "done"))
      assert.strictEqual(ran.reduce((a, b) => a + b, 0), executions * 3)
      for (const [i, n] of ran.entries()) assert.isAbove(n, 0, `worker ${workers[i].id} ran nodes (${ran.join("/")})`)
      for (const w of workers) assert.strictEqual(w.lineCount("stale"), 0, `worker ${w.id}: no commit refused`)
      for (const w of workers) assert.strictEqual(await w.stop(), 0)
    } finally {
      await faults.close()
    }
  }, 60_000)
})
