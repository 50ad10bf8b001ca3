/**
 * Fault: PostgreSQL drops the workers' connections — `pg_terminate_backend` on every backend whose
 * `application_name` is the one this test gave its two worker processes (pool connections, open
 * transactions and the `LISTEN` connection alike; nothing else on the server is touched) — three
 * times, 700 ms apart, while they are in the middle of 48 executions (start → 3 `bump` nodes of
 * 100 ms each, each node with a retry policy: a node's own query can die with its connection).
 *
 * Asserted behaviour: the worker processes survive (a lost connection fails the operation that
 * used it; the pool opens new ones) and keep working without being restarted; nothing hangs: every
 * execution ends, and ends `completed`, within the deadline (a run that failed on a dead connection
 * keeps its claim until the lease expires, then a worker resumes it); each execution has exactly
 * one `execution.completed` event and one `step.completed` event per node; every node ran at least
 * once (a node whose result could not be committed runs again, so counters may exceed 1); the
 * queue empties (a claim whose completion was lost with its connection is cleaned up once its
 * lease expires).
 *
 * Wake-ups across processes after the `LISTEN` connection dies are covered by
 * `SqlWorkQueue.listen.test.ts` (a watchdog replaces a dead listener within about 4 s); here the
 * workers also poll every 100 ms, so this test is about nothing hanging, not about latency.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import {
  bumpChain,
  checkPostgres,
  countEvents,
  counterKey,
  Faults,
  killAll,
  readState,
  sleep,
  terminateBackends,
  waitUntil
} from "./harness.js"

const postgres = await checkPostgres("the PostgreSQL connection-loss fault test")

afterAll(killAll)

const executions = 48
const nodes = ["b1", "b2", "b3"]
const chain = bumpChain(3, { ms: 100 }, "three slow bumps")
const workflow = {
  ...chain,
  nodes: chain.nodes.map((n) => (n.type === "bump" ? { ...n, retry: { maxAttempts: 5, initialDelayMs: 100 } } : n))
}

describe.skipIf(!postgres)("pg_terminate_backend under running workers", () => {
  it("every execution still completes once and the workers keep working", async () => {
    const faults = new Faults()
    try {
      const on = await faults.postgres()
      // 4 executions at a time per worker: the sequential heartbeat loop stays well inside the lease
      const workers = await Promise.all([1, 2].map(() => faults.spawn(on, { concurrency: 4 })))
      const ids = await workers[0].create(workflow, executions)

      const state = await faults.read(on, async (db) => {
        const finished = async () => {
          const rows = await db.query<{ n: string }>(
            "SELECT count(*) AS n FROM sire_executions WHERE status IN ('completed', 'failed', 'cancelled')"
          )
          return Number(rows[0].n)
        }
        const terminated: Array<number> = []
        const unfinished: Array<number> = []
        for (let round = 0; round < 3; round++) {
          // wait for nodes in flight, then cut every worker connection
          await waitUntil(`round ${round}: nodes running`, 20_000, () =>
            workers.some((w) => w.lines.length > 0 && Date.now() - w.lines[w.lines.length - 1].t < 200), 20)
          terminated.push(await terminateBackends(db, on.applicationName!))
          unfinished.push(executions - (await finished()))
          await sleep(700)
        }
        assert.isAbove(terminated[0], 0, "backends were terminated")
        assert.isAbove(unfinished[1], 0, `the terminations hit work in flight (unfinished: ${unfinished.join(", ")})`)
        await waitUntil("every execution to end", 45_000, async () => (await finished()) === executions, 200)
        // a claim whose `complete` died with its connection stays until its lease expires; then a
        // worker claims it, finds the execution final and completes it
        await waitUntil("the queue to empty", 15_000, async () => {
          const rows = await db.query<{ n: string }>("SELECT count(*) AS n FROM sire_jobs")
          return Number(rows[0].n) === 0
        }, 200)
        return readState(db)
      })

      for (const w of workers) assert.isTrue(w.alive, `worker ${w.id} survived: ${w.stderr.slice(-2_000)}`)
      for (const id of ids) {
        assert.strictEqual(state.executions.get(id)?.status, "completed", id)
        assert.strictEqual(countEvents(state, id, "execution.completed"), 1, `${id} completed once`)
        for (const node of nodes) {
          assert.strictEqual(countEvents(state, id, "step.completed", node), 1, `${id}/${node} committed once`)
          assert.isAtLeast(state.counters.get(counterKey(id, node)) ?? 0, 1, `${id}/${node} ran`)
        }
      }
      for (const w of workers) assert.strictEqual(await w.stop(), 0)
    } finally {
      await faults.close()
    }
  }, 60_000)
})
