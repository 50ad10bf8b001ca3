/**
 * Fault: the only worker process dies while an execution waits on a durable 5 s `delay`
 * (`start → nap (delay 5000 ms) → after (bump)`) — SIGKILL on PGlite (its data directory is then
 * reopened by the next process), SIGTERM (graceful close) on PostgreSQL — and stays down until
 * the delay is past due; then a new worker process starts.
 *
 * Asserts: while nobody runs, the store holds the execution `waiting` with its wake time, the
 * delay's step parked with its checkpoint and `after` not run; after the restart the execution
 * resumes exactly once: it completes, with one `execution.completed` event, `nap` and `after`
 * committed once each (`step.completed`), and `after` ran once (counter 1).
 */
import { afterAll, assert, describe, it } from "@effect/vitest"
import { checkPostgres, countEvents, counterKey, Faults, killAll, readState, sleep, type Storage } from "./harness.js"

const postgres = await checkPostgres("the PostgreSQL durable-delay fault test")

afterAll(killAll)

const delayMs = 5_000

const napThenBump = {
  name: "nap, then bump",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "nap", type: "delay", params: { ms: delayMs } },
    { id: "after", type: "bump" }
  ],
  edges: [{ source: "start", target: "nap" }, { source: "nap", target: "after" }]
}

const downAcrossTheDelay = async (faults: Faults, on: Storage, signal: "SIGKILL" | "SIGTERM") => {
  const first = await faults.spawn(on, { trace: true })
  const [id] = await first.create(napThenBump, 1)
  const parked = await first.waitFor("the execution to park", (l) =>
    l.fault === "commit" && l.ok === true && l.executionId === id &&
    (l.tags as ReadonlyArray<string>).includes("execution.waiting"), 20_000)
  if (signal === "SIGKILL") await first.kill()
  else assert.strictEqual(await first.stop(), 0)

  const down = await faults.read(on, readState)
  const waiting = down.executions.get(id)?.record as { status: string; wakeAt?: number }
  assert.strictEqual(waiting.status, "waiting")
  const wakeAt = waiting.wakeAt!
  assert.isAtMost(wakeAt, parked.t + delayMs)
  const nap = down.steps.get(id)?.get("nap")
  assert.strictEqual(nap?.status, "running")
  assert.deepStrictEqual(nap?.checkpoint, { wakeAt })
  assert.isUndefined(down.counters.get(counterKey(id, "after")))
  assert.strictEqual(down.jobs, 1, "the timer is a job")

  await sleep(Math.max(0, wakeAt + 300 - Date.now()))
  assert.isAbove(Date.now(), wakeAt, "no process ran when the delay fell due")

  const second = await faults.spawn(on)
  const waited = await second.request({ cmd: "wait", executionIds: [id] }, 30_000)
  assert.deepStrictEqual(waited.statuses, ["completed"])
  assert.strictEqual(await second.stop(), 0)

  const after = await faults.read(on, readState)
  assert.strictEqual(after.executions.get(id)?.status, "completed")
  assert.strictEqual(countEvents(after, id, "execution.completed"), 1)
  assert.strictEqual(countEvents(after, id, "step.completed", "nap"), 1)
  assert.strictEqual(countEvents(after, id, "step.completed", "after"), 1)
  assert.strictEqual(after.counters.get(counterKey(id, "after")), 1)
  assert.strictEqual(after.jobs, 0)
}

describe.concurrent("a durable delay that falls due while no worker runs", () => {
  it("on PGlite (SIGKILL, same data directory): the execution resumes exactly once", async () => {
    const faults = new Faults()
    try {
      await downAcrossTheDelay(faults, await faults.pglite(), "SIGKILL")
    } finally {
      await faults.close()
    }
  }, 60_000)

  it.skipIf(!postgres)("on PostgreSQL (SIGTERM): the execution resumes exactly once", async () => {
    const faults = new Faults()
    try {
      await downAcrossTheDelay(faults, await faults.postgres(), "SIGTERM")
    } finally {
      await faults.close()
    }
  }, 60_000)
})
