/**
 * Fault: SIGKILL of a worker process in the middle of a 5-node chain of `bump` nodes (each sleeps
 * 300 ms, then counts its run in `fault_counters`), then a new worker process on the same storage:
 * the same PGlite data directory reopened after the crash, or the same PostgreSQL schema. The
 * first process starts the execution itself with a free worker slot, so it takes the fast path:
 * created already claimed by that process and run there at once; the kill falls between its
 * creation and its final commit.
 *
 * Asserts: the execution completes, with exactly one `execution.completed` event; every node ran
 * (counter ≥ 1) and has exactly one `step.completed` event; every node whose step was committed
 * (`completed` in the store) before the kill did not run again (its counter is still 1, its step
 * record unchanged); only the node in flight at the kill may have run twice (counter ≤ 2), and no
 * other node ran more than once.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { bumpChain, checkPostgres, countEvents, counterKey, Faults, killAll, readState, sleep, type Storage } from "./harness.js"

const nodes = ["b1", "b2", "b3", "b4", "b5"]

const crashMidChain = async (faults: Faults, on: Storage) => {
  // a 1 s lease: the next worker takes over soon after the kill (one execution: renewals are quick)
  const first = await faults.spawn(on, { leaseMs: 1_000 })
  const [executionId] = await first.create(bumpChain(5, { ms: 300 }), 1)
  await first.waitFor("b3 to start", (l) => l.fault === "bump" && l.phase === "start" && l.nodeId === "b3", 20_000)
  await sleep(100)
  await first.kill()

  // What was committed when the process died (PGlite: read now that no process holds the directory).
  const before = await faults.read(on, readState)
  assert.notStrictEqual(before.executions.get(executionId)?.status, "completed")
  const stepsBefore = before.steps.get(executionId) ?? new Map()
  const committed = nodes.filter((id) => stepsBefore.get(id)?.status === "completed")
  assert.includeMembers(committed, ["b1", "b2"], "the kill came after b1 and b2 were committed")
  assert.notInclude(committed, "b3", "the kill came while b3 was in flight")

  const second = await faults.spawn(on)
  const waited = await second.request({ cmd: "wait", executionIds: [executionId] }, 30_000)
  assert.deepStrictEqual(waited.statuses, ["completed"])
  assert.strictEqual(await second.stop(), 0)

  const after = await faults.read(on, readState)
  assert.strictEqual(after.executions.get(executionId)?.status, "completed")
  assert.strictEqual(countEvents(after, executionId, "execution.completed"), 1)
  const counts = nodes.map((id) => after.counters.get(counterKey(executionId, id)) ?? 0)
  for (const [i, id] of nodes.entries()) {
    assert.isAtLeast(counts[i], 1, `${id} ran`)
    assert.strictEqual(countEvents(after, executionId, "step.completed", id), 1, `${id} committed once`)
  }
  for (const id of committed) {
    assert.strictEqual(after.counters.get(counterKey(executionId, id)), 1, `${id}, committed before the kill, did not run again`)
    assert.deepStrictEqual(after.steps.get(executionId)?.get(id), stepsBefore.get(id), `${id}'s step record is unchanged`)
  }
  const twice = nodes.filter((_, i) => counts[i] > 1)
  assert.isAtMost(twice.length, 1, `only the node in flight may run twice: ${JSON.stringify(counts)}`)
  for (const id of twice) {
    assert.notInclude(committed, id)
    assert.strictEqual(after.counters.get(counterKey(executionId, id)), 2)
  }
}

const postgres = await checkPostgres("the PostgreSQL kill -9 fault test")

afterAll(killAll)

describe.concurrent("kill -9 mid-chain", () => {
  it("on PGlite, the restarted worker finishes the chain without re-running committed nodes", async () => {
    const faults = new Faults()
    try {
      await crashMidChain(faults, await faults.pglite())
    } finally {
      await faults.close()
    }
  }, 60_000)

  it.skipIf(!postgres)("on PostgreSQL, a new worker finishes the chain without re-running committed nodes", async () => {
    const faults = new Faults()
    try {
      await crashMidChain(faults, await faults.postgres())
    } finally {
      await faults.close()
    }
  }, 60_000)
})
