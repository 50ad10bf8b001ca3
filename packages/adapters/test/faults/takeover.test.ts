/**
 * Fault: a lease takeover that overlaps the old holder's commits. Worker A cannot renew its lease
 * (its heartbeats fail: injected) but is otherwise healthy, and runs one execution at a time (so
 * it cannot claim the execution back itself). Worker B claims the execution once A's 1 s lease has
 * expired, reads it, and its first write is held back 4 s (injected in B's store: a GC pause or a
 * slow network between B's read and its first write). Meanwhile A commits with its old token.
 * The same overlap happens without injection when a loaded worker's heartbeats fall behind its
 * leases (see heartbeat.test.ts). Two variants, run concurrently:
 *  - resume: A is in the middle of `b1`, the last node (it counted its run, then holds 3 s); it
 *    commits `b1` and the execution's completion while B waits to write;
 *  - first run: A's own first write is held back 2 s, so B reads the execution never started;
 *    then A writes it, runs `b1` and completes it, all while B waits to write.
 *
 * Each test asserts what fencing must guarantee: once B holds the execution none of A's writes is
 * accepted, and the execution completes once with every node committed once. (Found: a new holder
 * used to read the execution before its token reached the store, so an old holder could still
 * commit in between: a resumed execution completed twice, a first run ran every node twice. Now
 * `Engine.run` starts with `ExecutionStore.acquire`, which raises the fence before anything is read,
 * and a worker also stops a run on its own once its lease has surely run out.)
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { checkPostgres, countEvents, counterKey, Faults, killAll, readState, waitUntil } from "./harness.js"

const postgres = await checkPostgres("the PostgreSQL takeover fault test")

afterAll(killAll)

const overlap = async (variant: "resume" | "first run") => {
  const faults = new Faults()
  try {
    const on = await faults.postgres()
    const [a, b] = await Promise.all([
      faults.spawn(on, {
        trace: true,
        failHeartbeats: true,
        concurrency: 1,
        leaseMs: 1_000,
        ...(variant === "first run" ? { delayFirstCommitMs: 2_000 } : {})
      }),
      faults.spawn(on, { trace: true, delayFirstCommitMs: 4_000, leaseMs: 2_000 })
    ])
    b.signal("SIGSTOP") // so that A, not B, claims the execution first
    const workflow = {
      name: `takeover (${variant})`,
      nodes: [
        { id: "start", type: "trigger" },
        { id: "b1", type: "bump", params: variant === "resume" ? { holdMs: 3_000 } : {} }
      ],
      edges: [{ source: "start", target: "b1" }]
    }
    const [id] = await a.create(workflow, 1)
    await (variant === "resume"
      ? a.waitFor("A to run b1", (l) => l.fault === "bump" && l.phase === "done", 20_000)
      : a.waitFor("A to hold its first write", (l) => l.fault === "delaying", 20_000))
    b.signal("SIGCONT")

    const delaying = await b.waitFor("B to take over and hold its first write", (l) => l.fault === "delaying", 20_000)
    const state = await faults.read(on, async (db) => {
      await waitUntil("B to finish", 20_000, async () => {
        const rows = await db.query<{ status: string; jobs: string }>(
          "SELECT status, (SELECT count(*) FROM sire_jobs) AS jobs FROM sire_executions WHERE id = $1",
          [id]
        )
        return rows[0]?.status === "completed" && Number(rows[0].jobs) === 0
      })
      return readState(db)
    })
    const acceptedFromA = a.lines.filter((l) => l.fault === "commit" && l.ok === true)
    const lateFromA = acceptedFromA.filter((l) => l.t >= delaying.t)
    assert.deepStrictEqual(lateFromA.map((l) => l.tags), [], "once B held the execution, none of A's writes was accepted")
    if (variant === "first run") assert.deepStrictEqual(acceptedFromA.map((l) => l.tags), [], "A's held-back first write was refused")
    assert.strictEqual(state.executions.get(id)?.status, "completed")
    assert.strictEqual(countEvents(state, id, "execution.completed"), 1, "completed once")
    assert.strictEqual(countEvents(state, id, "step.completed", "start"), 1, "start committed once")
    assert.strictEqual(countEvents(state, id, "step.completed", "b1"), 1, "b1 committed once")
    assert.isAtMost(state.counters.get(counterKey(id, "b1")) ?? 0, 2, "b1 ran at most once per holder")
  } finally {
    await faults.close()
  }
}

describe.skipIf(!postgres)("an old lease holder committing while the new one is slow to write, on PostgreSQL", () => {
  it.concurrent("resume: A, still running the last node, commits nothing once B holds the execution", () => overlap("resume"), 60_000)
  it.concurrent("first run: A's held-back first write is refused once B holds the execution; all is committed once", () => overlap("first run"), 60_000)
})
