import { assert, describe, it } from "@effect/vitest"
import { Chunk, Clock, Effect, Fiber, Schema, Stream } from "effect"
import type { Event } from "../src/Execution.js"
import { isFinalEvent } from "../src/Execution.js"
import { NodeType, Sire } from "../src/index.js"
import { awaitEvent, doc, drive, edge, eventsOf, flaky, hang, inspect, runWith, sleeper, tags } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

const collect = (executionId: string, afterSeq?: number) =>
  Effect.flatMap(Sire.Sire, (sire) =>
    Effect.map(
      Stream.runCollect(sire.events(executionId, afterSeq === undefined ? {} : { afterSeq })),
      Chunk.toArray
    ))

/** A workflow that exercises parallel branches, a skipped branch, retries and a `continue` failure. */
const busy = doc([
  start,
  { id: "slow", type: "test.sleep", params: { ms: 100, value: "slow" } },
  { id: "retried", type: "test.flaky", retry: { maxAttempts: 3, initialDelayMs: 50 } },
  { id: "check", type: "condition", params: { expression: "{{ input.go }}" } },
  { id: "skipped", type: "transform", params: { value: 1 } },
  { id: "soft", type: "fail", params: { message: "soft" }, onError: "continue" },
  { id: "join", type: "merge" }
], [
  edge("start", "slow"),
  edge("start", "retried"),
  edge("start", "check"),
  edge("check", "skipped", "false"),
  edge("check", "soft", "true"),
  edge("slow", "join"),
  edge("retried", "join"),
  edge("soft", "join"),
  edge("skipped", "join")
])

const busyNodes = () => {
  const slow = sleeper()
  const retried = flaky(1)
  return [slow.nodeType, retried.nodeType]
}

const assertNumbered = (events: ReadonlyArray<Event>) => {
  assert.deepStrictEqual(events.map((e) => e.seq), events.map((_, i) => i + 1))
  for (let i = 1; i < events.length; i++) assert.isAtLeast(events[i].at, events[i - 1].at, `event ${i + 1} goes back in time`)
}

describe("events and step records", () => {
  it.effect("events are numbered 1..n without gaps, from execution.queued to exactly one final event", () =>
    Effect.gen(function*() {
      const { events, execution } = yield* runWith(busy, { go: true }, { tickMs: 10 })
      assert.strictEqual(execution.status, "completed")
      assertNumbered(events)
      assert.strictEqual(events[0]._tag, "execution.queued")
      assert.strictEqual(events[1]._tag, "execution.started")
      assert.strictEqual(events[events.length - 1]._tag, "execution.completed")
      assert.strictEqual(events.filter(isFinalEvent).length, 1)
      assert.deepStrictEqual(eventsOf(events, "step.retrying").map((e) => e.nodeId), ["retried"])
      assert.deepStrictEqual(eventsOf(events, "step.skipped").map((e) => e.nodeId), ["skipped"])
      assert.deepStrictEqual(eventsOf(events, "step.failed").map((e) => e.nodeId), ["soft"])
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: busyNodes() }))))

  it.effect("each executed node logs step.started before its end event, and the end event carries the step's result", () =>
    Effect.gen(function*() {
      const { events, steps } = yield* runWith(busy, { go: true }, { tickMs: 10 })
      for (const step of Object.values(steps)) {
        if (step.status === "skipped") continue
        const own = events.filter((e) => "nodeId" in e && e.nodeId === step.nodeId)
        assert.strictEqual(own[0]._tag, "step.started", step.nodeId)
        const end = own[own.length - 1]
        if (step.status === "completed") {
          assert.strictEqual(end._tag, "step.completed")
          if (end._tag === "step.completed") assert.deepStrictEqual(end.output, step.output)
        } else {
          assert.strictEqual(end._tag, "step.failed")
          if (end._tag === "step.failed") assert.strictEqual(end.error, step.error)
        }
        assert.strictEqual(eventsOf(own, "step.started").length, step.attempts, step.nodeId)
      }
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: busyNodes() }))))

  it.effect("events(id) replays the whole log from the start after the end, and honours afterSeq", () =>
    Effect.gen(function*() {
      const { events, execution } = yield* runWith(busy, { go: false }, { tickMs: 10 })
      const replay = yield* collect(execution.id)
      assert.deepStrictEqual(replay, events)
      assert.deepStrictEqual(yield* collect(execution.id), events, "replay is repeatable")
      for (const after of [0, 1, 5, events.length - 1]) {
        assert.deepStrictEqual(yield* collect(execution.id, after), events.slice(after), `afterSeq ${after}`)
      }
      assert.deepStrictEqual(yield* collect(execution.id, events.length), [])
      assert.deepStrictEqual(yield* collect(execution.id, events.length + 10), [])
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: busyNodes() }))))

  it.effect("a live subscriber sees every event once, in order, and its stream ends after the final event", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(busy)
      const started = yield* sire.start({ workflowId: workflow.id, input: { go: true } })
      const fromStart = yield* Effect.fork(collect(started.id))
      yield* awaitEvent(started.id, (e) => e._tag === "step.started" && e.nodeId === "slow")
      const midway = (yield* sire.get(started.id)).status
      assert.strictEqual(midway, "running")
      const seen = yield* inspect(started.id).pipe(Effect.as(undefined), Effect.fork)
      const lateFrom = 3
      const late = yield* Effect.fork(collect(started.id, lateFrom))
      const done = yield* drive(sire.wait(started.id), 10)
      assert.strictEqual(done.status, "completed")
      const all = (yield* inspect(started.id)).events
      assert.deepStrictEqual(yield* Fiber.join(fromStart), all)
      assert.deepStrictEqual(yield* Fiber.join(late), all.slice(lateFrom))
      yield* Fiber.join(seen)
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: busyNodes() }))))

  it.effect("the stream also ends after execution.failed and execution.cancelled", () => {
    const stuck = hang()
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const failing = yield* sire.createWorkflow(doc([start, { id: "boom", type: "fail", params: { message: "x" } }], [edge("start", "boom")]))
      const failed = yield* sire.start({ workflowId: failing.id })
      const failedEvents = yield* collect(failed.id)
      assert.strictEqual(failedEvents[failedEvents.length - 1]._tag, "execution.failed")
      assertNumbered(failedEvents)

      const hanging = yield* sire.createWorkflow(doc([start, { id: "stuck", type: "test.hang" }], [edge("start", "stuck")]))
      const running = yield* sire.start({ workflowId: hanging.id })
      const watcher = yield* Effect.fork(collect(running.id))
      yield* awaitEvent(running.id, (e) => e._tag === "step.started" && e.nodeId === "stuck")
      yield* sire.cancel(running.id)
      const cancelledEvents = yield* Fiber.join(watcher)
      assert.strictEqual(cancelledEvents[cancelledEvents.length - 1]._tag, "execution.cancelled")
      assert.deepStrictEqual(tags(cancelledEvents).slice(-2), ["step.cancelled", "execution.cancelled"])
      assertNumbered(cancelledEvents)
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [stuck.nodeType] })))
  })

  it.effect("every executed step records start and end times, attempts and its input; skipped steps an end time", () =>
    Effect.gen(function*() {
      const { execution, steps } = yield* runWith(busy, { go: true }, { tickMs: 10 })
      assert.deepStrictEqual(Object.keys(steps).sort(), ["check", "join", "retried", "skipped", "slow", "soft", "start"])
      for (const step of Object.values(steps)) {
        assert.isDefined(step.endedAt, `${step.nodeId} endedAt`)
        if (step.status === "skipped") {
          assert.strictEqual(step.attempts, 0)
          continue
        }
        assert.isDefined(step.startedAt, `${step.nodeId} startedAt`)
        assert.isAtLeast(step.endedAt!, step.startedAt!, step.nodeId)
        assert.isAtLeast(step.startedAt!, execution.startedAt!, step.nodeId)
        assert.isAtMost(step.endedAt!, execution.endedAt!, step.nodeId)
        assert.isAtLeast(step.attempts, 1, step.nodeId)
        assert.isDefined(step.input, `${step.nodeId} input`)
        assert.isTrue(step.output !== undefined || step.error !== undefined, `${step.nodeId} output or error`)
      }
      assert.strictEqual(steps.slow.endedAt! - steps.slow.startedAt!, 100)
      assert.strictEqual(steps.retried.attempts, 2)
      assert.strictEqual(steps.retried.endedAt! - steps.retried.startedAt!, 50, "a retried step spans from its first attempt")
      assert.strictEqual(steps.soft.error, "soft")
      assert.strictEqual(steps.skipped.status, "skipped")
      assert.isDefined(execution.startedAt)
      assert.isAtLeast(execution.endedAt! - execution.startedAt!, 100)
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: busyNodes() }))))

  it.effect("log lines of a node survive its parking: kept on the step and published as step.log events, each once", () => {
    const napper = NodeType.make({
      type: "test.napper",
      description: "logs, parks once, logs again",
      params: Schema.Struct({}),
      run: (ctx) =>
        Effect.gen(function*() {
          if (ctx.checkpoint === undefined) {
            yield* ctx.log("before the nap")
            const now = yield* Clock.currentTimeMillis
            return NodeType.suspend({ wakeAt: now + 1_000, checkpoint: { napped: true } })
          }
          yield* ctx.log("after the nap")
          return "rested"
        })
    })
    return Effect.gen(function*() {
      const { events, execution, steps } = yield* runWith(
        doc([{ id: "start", type: "trigger" }, { id: "nap", type: "test.napper" }], [edge("start", "nap")]),
        undefined,
        { tickMs: 250 }
      )
      assert.strictEqual(execution.status, "completed")
      assert.deepStrictEqual(steps.nap.logs, ["before the nap", "after the nap"])
      const logged = eventsOf(events, "step.log").map((e) => e.message)
      assert.deepStrictEqual(logged, ["before the nap", "after the nap"])
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [napper] })))
  })
})

