import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Scope } from "effect"
import type { Event } from "../src/Execution.js"
import * as ExecutionEvents from "../src/ExecutionEvents.js"
import * as Id from "../src/Id.js"
import { Sire } from "../src/index.js"
import { doc, edge } from "./fixtures/harness.js"

const queued = (seq: number): Event => ({ _tag: "execution.queued", seq, at: 0 })

describe("ExecutionEvents", () => {
  it.effect("every-execution listeners get each batch with its execution and organization, beside per-execution ones", () =>
    Effect.gen(function*() {
      const hub = yield* ExecutionEvents.make
      const all: Array<ExecutionEvents.Published> = []
      const one: Array<ReadonlyArray<Event>> = []
      const stopAll = hub.subscribeAll((published) => all.push(published))
      const stopOne = hub.subscribe("exec_a", (events) => one.push(events))
      hub.publish("exec_a", [queued(1)], "org_1")
      hub.publish("exec_b", [queued(1), queued(2)])
      assert.deepStrictEqual(all, [
        { executionId: "exec_a", organizationId: "org_1", events: [queued(1)] },
        { executionId: "exec_b", organizationId: undefined, events: [queued(1), queued(2)] }
      ])
      assert.deepStrictEqual(one, [[queued(1)]])
      stopAll()
      stopOne()
      hub.publish("exec_a", [queued(2)], "org_1")
      assert.strictEqual(all.length, 2, "no delivery after unsubscribing")
      assert.strictEqual(one.length, 1)
    }))

  it.effect("the same listener subscribed twice is delivered twice and removed one subscription at a time", () =>
    Effect.gen(function*() {
      const hub = yield* ExecutionEvents.make
      let count = 0
      const listener = () => void count++
      const first = hub.subscribeAll(listener)
      hub.subscribeAll(listener)
      hub.publish("exec_a", [queued(1)], "org_1")
      assert.strictEqual(count, 2)
      first()
      hub.publish("exec_a", [queued(2)], "org_1")
      assert.strictEqual(count, 3)
    }))

  it.effect("listenAll lasts until its scope closes", () =>
    Effect.gen(function*() {
      const hub = yield* ExecutionEvents.make
      const seen: Array<string> = []
      const scope = yield* Scope.make()
      yield* Scope.extend(hub.listenAll((published) => seen.push(published.executionId)), scope)
      hub.publish("exec_a", [queued(1)], "org_1")
      yield* Scope.close(scope, Exit.void)
      hub.publish("exec_b", [queued(1)], "org_1")
      assert.deepStrictEqual(seen, ["exec_a"])
    }))

  it.scoped("the engine publishes every execution's commits with its organization, the failure included", () =>
    Effect.gen(function*() {
      const hub = yield* ExecutionEvents.ExecutionEvents
      const sire = yield* Sire.Sire
      const seen: Array<ExecutionEvents.Published> = []
      yield* hub.listenAll((published) => seen.push(published))
      const organizationId = Id.OrganizationId.make("org_events")
      const workflow = yield* sire.createWorkflow(
        doc([{ id: "start", type: "trigger" }, { id: "boom", type: "fail", params: { message: "boom" } }], [edge("start", "boom")]),
        { organizationId }
      )
      const execution = yield* sire.run({ workflowId: workflow.id, organizationId })
      assert.strictEqual(execution.status, "failed")
      assert.isNotEmpty(seen)
      for (const published of seen) {
        assert.strictEqual(published.executionId, execution.id)
        assert.strictEqual(published.organizationId, organizationId)
      }
      const events = seen.flatMap((published) => published.events)
      // `execution.queued` is written with the execution, not committed by the engine.
      const first = events[0].seq
      assert.deepStrictEqual(events.map((event) => event.seq), events.map((_, index) => first + index), "every commit, once, in order")
      assert.strictEqual(events[events.length - 1]._tag, "execution.failed")
      const failed = events.filter((event) => event._tag === "execution.failed")
      assert.strictEqual(failed.length, 1)
      assert.deepStrictEqual(failed[0]._tag === "execution.failed" && failed[0].error, { message: "boom", nodeId: "boom" })
    }).pipe(Effect.provide(Sire.layerMemory())))
})
