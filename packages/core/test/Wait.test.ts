/**
 * `Sire.wait`: returns an execution once it is final; with `until`, as it stands as soon as that
 * signal is raised — whether the execution runs in this process (the run's own result is awaited)
 * or is parked (its stored events are watched) — and the execution goes on regardless.
 */
import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Schema } from "effect"
import * as NodeType from "../src/NodeType.js"
import * as Signal from "../src/Signal.js"
import { Sire } from "../src/index.js"
import { awaitEvent, doc, drive, edge } from "./fixtures/harness.js"

/** A node that runs until `release` is completed, then outputs "released". */
const held = (release: Deferred.Deferred<void>) =>
  NodeType.make({
    type: "test.held",
    description: "runs until released",
    params: Schema.Unknown,
    run: () => Effect.as(Deferred.await(release), "released")
  })

/** A node that parks (no timer) until woken with `gate.open`. */
const gated = (gate: { open: boolean }) =>
  NodeType.make({
    type: "test.gate",
    description: "parks until the gate opens",
    params: Schema.Unknown,
    run: () => Effect.sync(() => (gate.open ? "opened" : NodeType.suspend({})))
  })

const through = (type: string) =>
  doc([{ id: "start", type: "trigger" }, { id: "node", type }, { id: "done", type: "output", params: { value: "{{ nodes.node }}" } }], [
    edge("start", "node"),
    edge("node", "done")
  ])

describe("Sire.wait until", () => {
  it.effect("a run in this process: raising `until` answers it as it stands (running); it then completes, and a plain wait gets that", () =>
    Effect.gen(function*() {
      const release = yield* Deferred.make<void>()
      return yield* Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(through("test.held"))
        const started = yield* sire.start({ workflowId: workflow.id })
        yield* awaitEvent(started.id, (event) => event._tag === "step.started" && event.nodeId === "node")
        const until = Signal.make()
        const waiting = yield* Effect.fork(sire.wait(started.id, { until }))
        yield* Effect.yieldNow()
        assert.isTrue((yield* Fiber.poll(waiting))._tag === "None", "still waiting before the signal")
        until.raise()
        const stood = yield* Fiber.join(waiting)
        assert.strictEqual(stood.status, "running")
        yield* Deferred.succeed(release, undefined)
        const done = yield* drive(sire.wait(started.id), 10)
        assert.strictEqual(done.status, "completed")
        assert.strictEqual(done.output, "released")
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [held(release)] })))
    }))

  it.effect("a parked execution: raising `until` answers it as it stands (waiting); an `until` raised already answers at once", () => {
    const gate = { open: false }
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(through("test.gate"))
      const started = yield* sire.start({ workflowId: workflow.id })
      yield* awaitEvent(started.id, (event) => event._tag === "execution.waiting")
      const until = Signal.make()
      const waiting = yield* Effect.fork(sire.wait(started.id, { until }))
      yield* Effect.yieldNow()
      assert.isTrue((yield* Fiber.poll(waiting))._tag === "None", "still waiting before the signal")
      until.raise()
      assert.strictEqual((yield* Fiber.join(waiting)).status, "waiting")
      assert.strictEqual((yield* sire.wait(started.id, { until })).status, "waiting", "raised already")
      gate.open = true
      yield* sire.wake(started.id)
      const done = yield* drive(sire.wait(started.id), 10)
      assert.strictEqual(done.output, "opened")
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [gated(gate)] })))
  })
})
