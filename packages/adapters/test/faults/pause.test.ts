/**
 * Fault: SIGSTOP of a worker process holding executions past their lease (lease 1 s) while a node
 * of each is in flight; a second worker process takes them over and finishes them; then SIGCONT
 * of the first, which resumes in the middle of those nodes with stale claims.
 *
 * The in-flight node (`b2`, params `holdMs`) counts its run first and then holds for 1.5 s, so the
 * first worker's side effect happened before the pause and what it does after SIGCONT is Sire's
 * own work: commit the node's result (and go on), which the fence must refuse.
 *
 * Asserts: the second worker completes every execution (b2 ran in both processes: counter 2; every
 * other node once); after SIGCONT the store is exactly what it was when the second worker finished
 * (execution records and fences, step records, event logs, counters, no job re-queued); every
 * commit the first worker attempted after SIGCONT was refused with `StaleFence` (none succeeded,
 * and at least one was attempted: its heartbeat alone does not stop them all in time); and the
 * first worker keeps running.
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { bumpChain, checkPostgres, countEvents, counterKey, Faults, killAll, readState, sleep, waitUntil } from "./harness.js"

const postgres = await checkPostgres("the PostgreSQL SIGSTOP fault test")

afterAll(killAll)

const executions = 4

describe.skipIf(!postgres)("SIGSTOP past the lease on PostgreSQL", () => {
  it("the paused worker's late commits are refused by the fence and change nothing", async () => {
    const faults = new Faults()
    try {
      const on = await faults.postgres()
      const paused = await faults.spawn(on, { trace: true, leaseMs: 1_000 })
      const workflow = {
        ...bumpChain(3, {}, "hold in b2"),
        nodes: [
          { id: "start", type: "trigger" },
          { id: "b1", type: "bump" },
          { id: "b2", type: "bump", params: { holdMs: 1_500 } },
          { id: "b3", type: "bump" }
        ]
      }
      const ids = await paused.create(workflow, executions)
      for (const id of ids) {
        await paused.waitFor(`${id}/b2 to count`, (l) =>
          l.fault === "bump" && l.phase === "done" && l.nodeId === "b2" && l.executionId === id, 20_000)
        // the engine may hold a node's start back briefly (to merge it with its result): wait until it is durable
        await paused.waitFor(`${id}/b2 to be committed as running`, (l) =>
          l.fault === "commit" && l.ok === true && l.executionId === id &&
          (l.steps as ReadonlyArray<string>).includes("b2:running"), 20_000)
      }
      paused.signal("SIGSTOP")
      const stoppedAt = Date.now()

      // Started after the pause, so it cannot have claimed anything before: it takes over once the leases expire.
      const rescuer = await faults.spawn(on)
      const finished = await faults.read(on, async (db) => {
        await waitUntil("the rescuer to finish every execution", 30_000, async () => {
          const rows = await db.query<{ n: string }>(
            "SELECT count(*) AS n FROM sire_executions WHERE status = 'completed'"
          )
          return Number(rows[0].n) === executions
        })
        return readState(db)
      })
      assert.isAbove(Date.now() - stoppedAt, 1_000, "the pause outlasted the lease")
      for (const id of ids) {
        assert.strictEqual(countEvents(finished, id, "execution.completed"), 1)
        assert.strictEqual(finished.counters.get(counterKey(id, "b1")), 1)
        assert.strictEqual(finished.counters.get(counterKey(id, "b2")), 2, "b2 ran in both processes")
        assert.strictEqual(finished.counters.get(counterKey(id, "b3")), 1)
        assert.strictEqual(finished.steps.get(id)?.get("b2")?.attempts, 2)
      }
      assert.strictEqual(rescuer.lineCount("stale"), 0)

      const resumedFrom = paused.lines.length
      paused.signal("SIGCONT")
      const resumedAt = Date.now()
      // The paused worker's holds are long overdue: its nodes return at once and their results
      // are committed (refused); its heartbeat finds the claims gone and interrupts the rest.
      await waitUntil("the resumed worker to settle", 10_000, () => {
        const recent = paused.lines.slice(resumedFrom)
        return recent.length === 0
          ? Date.now() - resumedAt > 3_000
          : Date.now() - Math.max(...recent.map((l) => l.t)) > 800
      })
      await sleep(300)
      const after = await faults.read(on, readState)

      assert.deepStrictEqual(after, finished, "the store is exactly as the rescuer left it")
      const late = paused.lines.slice(resumedFrom).filter((l) => l.t >= resumedAt)
      const commits = late.filter((l) => l.fault === "commit")
      assert.isAbove(commits.length, 0, "the resumed worker attempted commits")
      for (const commit of commits) {
        assert.isFalse(commit.ok, `late commit refused: ${JSON.stringify(commit)}`)
        assert.strictEqual(commit.error, "StaleFence")
      }
      assert.strictEqual(late.filter((l) => l.fault === "stale").length, commits.length)
      assert.strictEqual(late.filter((l) => l.fault === "bump").length, 0, "no node started again")
      assert.isTrue(paused.alive, "the resumed worker is still running")
      assert.strictEqual(await paused.stop(), 0)
      assert.strictEqual(await rescuer.stop(), 0)
    } finally {
      await faults.close()
    }
  }, 60_000)
})
