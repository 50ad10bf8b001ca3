import { assert, describe, it } from "@effect/vitest"
import { Effect, Fiber, Layer, Option, TestClock } from "effect"
import * as ExecutionStore from "../src/ExecutionStore.js"
import * as Id from "../src/Id.js"
import { Sire } from "../src/index.js"
import * as NodeType from "../src/NodeType.js"
import * as WorkflowStore from "../src/WorkflowStore.js"
import * as WorkQueue from "../src/WorkQueue.js"
import {
  awaitEvent,
  doc,

  edge,
  eventsOf,
  flaky,
  hang,
  hostNode,
  inspect,
  runWith,
  sleeper,
  tags
} from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

describe("error handling", () => {
  describe("onError: fail (default)", () => {
    it.effect("fails the execution naming the node; a running parallel sibling ends cancelled", () => {
      const slow = hang()
      const gate = sleeper()
      return Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          doc([
            start,
            { id: "slow", type: "test.hang" },
            { id: "gate", type: "test.sleep", params: { ms: 10 } },
            { id: "boom", type: "fail", params: { message: "stop here" } },
            { id: "after", type: "transform", params: { value: 1 } }
          ], [edge("start", "slow"), edge("start", "gate"), edge("gate", "boom"), edge("boom", "after")]),
          null,
          { tickMs: 5, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.deepStrictEqual(execution.error, { message: "stop here", nodeId: "boom" })
        assert.strictEqual(steps.boom.status, "failed")
        assert.strictEqual(steps.slow.status, "cancelled")
        assert.isDefined(steps.slow.endedAt)
        assert.notStrictEqual(steps.after?.status, "completed")
        assert.isFalse(Object.values(steps).some((s) => s.status === "running" || s.status === "pending"))
        assert.deepStrictEqual(eventsOf(events, "step.cancelled").map((e) => e.nodeId), ["slow"])
        assert.strictEqual(events[events.length - 1]._tag, "execution.failed")
        assert.strictEqual(slow.probe.calls, 1)
        assert.strictEqual(slow.probe.running, 0, "the sibling's fiber was interrupted")
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [slow.nodeType, gate.nodeType] })))
    })
  })

  describe("onError: continue", () => {
    it.effect("marks the step failed with output { error } and runs downstream with nodes.<id>.error", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([
            start,
            { id: "boom", type: "fail", params: { message: "soft failure" }, onError: "continue" },
            { id: "after", type: "transform", params: { value: { seen: "{{ nodes.boom.error }}", upper: "{{ $uppercase(nodes.boom.error) }}" } } }
          ], [edge("start", "boom"), edge("boom", "after")])
        )
        assert.strictEqual(execution.status, "completed")
        assert.strictEqual(steps.boom.status, "failed")
        assert.strictEqual(steps.boom.error, "soft failure")
        assert.deepStrictEqual(steps.boom.output, { error: "soft failure" })
        assert.deepStrictEqual(steps.after.output, { seen: "soft failure", upper: "SOFT FAILURE" })
        assert.deepStrictEqual(execution.output, { after: { seen: "soft failure", upper: "SOFT FAILURE" } })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("continues only once the retries are exhausted", () => {
      const node = flaky(10)
      return Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([start, { id: "x", type: "test.flaky", onError: "continue", retry: { maxAttempts: 3, initialDelayMs: 10 } }, {
            id: "after",
            type: "transform",
            params: { value: "{{ nodes.x.error }}" }
          }], [edge("start", "x"), edge("x", "after")]),
          null,
          { tickMs: 10, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "completed")
        assert.strictEqual(steps.x.attempts, 3)
        assert.strictEqual(node.probe.calls, 3)
        assert.strictEqual(steps.after.output, "flaky failure 3")
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })
  })

  describe("onError: route", () => {
    const routed = (failing: Record<string, unknown>) =>
      doc([
        start,
        { id: "x", onError: "route", ...failing },
        { id: "ok", type: "transform", params: { value: "ok" } },
        { id: "handler", type: "transform", params: { value: { caught: "{{ nodes.x.error }}" } } }
      ], [edge("start", "x"), edge("x", "ok"), edge("x", "handler", "error")])

    it.effect("a failure leaves through `error`; the `out` edge is skipped", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(routed({ type: "fail", params: { message: "routed away" } }))
        assert.strictEqual(execution.status, "completed")
        assert.strictEqual(steps.x.status, "failed")
        assert.deepStrictEqual(steps.x.handles, ["error"])
        assert.strictEqual(steps.ok.status, "skipped")
        assert.deepStrictEqual(steps.handler.output, { caught: "routed away" })
        assert.deepStrictEqual(execution.output, { handler: { caught: "routed away" } })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a success leaves through `out`; the `error` edge is skipped", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(routed({ type: "transform", params: { value: 1 } }))
        assert.strictEqual(execution.status, "completed")
        assert.deepStrictEqual(steps.x.handles, ["out"])
        assert.strictEqual(steps.ok.status, "completed")
        assert.strictEqual(steps.handler.status, "skipped")
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("retries", () => {
    const retried = (retry: Record<string, unknown>) =>
      doc([start, { id: "x", type: "test.flaky", retry }], [edge("start", "x")])

    const startTimes = (events: ReadonlyArray<{ readonly _tag: string; readonly at: number }>) => {
      const started = events.filter((e) => e._tag === "step.started" && (e as any).nodeId === "x")
      return started.map((e) => e.at - started[0].at)
    }

    it.effect("a node failing twice then succeeding completes on its third attempt, after 100 then 200 ms", () => {
      const node = flaky(2)
      return Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          retried({ maxAttempts: 4, initialDelayMs: 100, factor: 2 }),
          null,
          { tickMs: 10, maxTicks: 200 }
        )
        assert.strictEqual(execution.status, "completed")
        assert.strictEqual(steps.x.status, "completed")
        assert.strictEqual(steps.x.attempts, 3)
        assert.deepStrictEqual(steps.x.output, { call: 3 })
        assert.deepStrictEqual(node.probe.attempts, [1, 2, 3])
        const retrying = eventsOf(events, "step.retrying")
        assert.deepStrictEqual(retrying.map((e) => e.delayMs), [100, 200])
        assert.deepStrictEqual(retrying.map((e) => e.attempt), [1, 2])
        assert.deepStrictEqual(retrying.map((e) => e.error), ["flaky failure 1", "flaky failure 2"])
        assert.deepStrictEqual(startTimes(events), [0, 100, 300])
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })

    it.effect("exhausted retries wait 100, 200, 400 ms, record every attempt and fail with the last error", () => {
      const node = flaky(100)
      return Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          retried({ maxAttempts: 4, initialDelayMs: 100, factor: 2 }),
          null,
          { tickMs: 10, maxTicks: 200 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.deepStrictEqual(execution.error, { message: "flaky failure 4", nodeId: "x" })
        assert.strictEqual(steps.x.attempts, 4)
        assert.strictEqual(node.probe.calls, 4)
        assert.deepStrictEqual(eventsOf(events, "step.retrying").map((e) => e.delayMs), [100, 200, 400])
        assert.deepStrictEqual(eventsOf(events, "step.started").filter((e) => e.nodeId === "x").map((e) => e.attempt), [1, 2, 3, 4])
        assert.deepStrictEqual(startTimes(events), [0, 100, 300, 700])
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })

    it.effect("maxDelayMs caps the backoff", () => {
      const node = flaky(100)
      return Effect.gen(function*() {
        const { events } = yield* runWith(
          retried({ maxAttempts: 5, initialDelayMs: 100, factor: 3, maxDelayMs: 250 }),
          null,
          { tickMs: 10, maxTicks: 200 }
        )
        assert.deepStrictEqual(eventsOf(events, "step.retrying").map((e) => e.delayMs), [100, 250, 250, 250])
        assert.deepStrictEqual(startTimes(events), [0, 100, 350, 600, 850])
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })

    it.effect("without a retry policy a node runs once", () => {
      const node = flaky(1)
      return Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(doc([start, { id: "x", type: "test.flaky" }], [edge("start", "x")]))
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(steps.x.attempts, 1)
        assert.deepStrictEqual(eventsOf(events, "step.retrying"), [])
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })

    it.effect("a host failure marked not retryable is not retried", () => {
      const node = hostNode("test.fatal", () => NodeType.fail("permanent", false))
      return Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([start, { id: "x", type: "test.fatal", retry: { maxAttempts: 5, initialDelayMs: 10 } }], [edge("start", "x")]),
          null,
          { tickMs: 10, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(steps.x.attempts, 1)
        assert.strictEqual(node.probe.calls, 1)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })
  })

  describe("timeouts", () => {
    it.effect("an attempt longer than the node's timeoutMs fails with a timed-out message", () => {
      const slow = sleeper()
      return Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([start, { id: "x", type: "test.sleep", params: { ms: 10_000 }, timeoutMs: 100 }], [edge("start", "x")]),
          null,
          { tickMs: 50, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(execution.error?.nodeId, "x")
        assert.match(steps.x.error!, /timed out/)
        assert.strictEqual(steps.x.endedAt! - steps.x.startedAt!, 100)
        assert.strictEqual(slow.probe.running, 0, "the timed-out attempt was interrupted")
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [slow.nodeType] })))
    })

    it.effect("a timed-out attempt is retried when the policy allows", () => {
      const node = hostNode("test.slowOnce", (_, call) =>
        call === 1 ? Effect.as(Effect.sleep(10_000), "late") : Effect.succeed("in time"))
      return Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          doc([start, { id: "x", type: "test.slowOnce", timeoutMs: 100, retry: { maxAttempts: 3, initialDelayMs: 50 } }], [
            edge("start", "x")
          ]),
          null,
          { tickMs: 10, maxTicks: 1000 }
        )
        assert.strictEqual(execution.status, "completed")
        assert.strictEqual(steps.x.output, "in time")
        assert.strictEqual(steps.x.attempts, 2)
        const retrying = eventsOf(events, "step.retrying")
        assert.strictEqual(retrying.length, 1)
        assert.match(retrying[0].error, /timed out/)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })

    it.effect("every attempt times out: failed after maxAttempts", () => {
      const slow = sleeper()
      return Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([start, { id: "x", type: "test.sleep", params: { ms: 10_000 }, timeoutMs: 100, retry: { maxAttempts: 3, initialDelayMs: 10 } }], [
            edge("start", "x")
          ]),
          null,
          { tickMs: 10, maxTicks: 1000 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(steps.x.attempts, 3)
        assert.strictEqual(slow.probe.calls, 3)
        assert.match(execution.error!.message, /timed out/)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [slow.nodeType] })))
    })

    it.effect("settings.timeoutMs fails the execution with \"timed out\" and cancels the running step", () => {
      const stuck = hang()
      return Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          doc([start, { id: "stuck", type: "test.hang" }], [edge("start", "stuck")], { settings: { timeoutMs: 500 } }),
          null,
          { tickMs: 50, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.match(execution.error!.message, /timed out/)
        assert.strictEqual(execution.endedAt! - execution.startedAt!, 500)
        assert.strictEqual(steps.stuck.status, "cancelled")
        assert.isFalse(Object.values(steps).some((s) => s.status === "running"))
        assert.strictEqual(events[events.length - 1]._tag, "execution.failed")
        assert.strictEqual(stuck.probe.running, 0)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [stuck.nodeType] })))
    })

    it.effect("settings.timeoutMs applies while the execution waits on a delay", () =>
      Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          doc([start, { id: "wait", type: "delay", params: { ms: 60_000 } }, { id: "after", type: "transform", params: { value: 1 } }], [
            edge("start", "wait"),
            edge("wait", "after")
          ], { settings: { timeoutMs: 1_000 } }),
          null,
          { tickMs: 250, maxTicks: 1_000 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.match(execution.error!.message, /timed out/)
        assert.isAtMost(execution.endedAt! - execution.startedAt!, 2_000, "fails at its deadline, not when the delay ends")
        assert.strictEqual(steps.wait.status, "cancelled")
        assert.isUndefined(steps.after)
        assert.strictEqual(events[events.length - 1]._tag, "execution.failed")
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("settings.timeoutMs applies while the execution is parked with no timer", () => {
      const park = hostNode("test.park", () => Effect.succeed(NodeType.suspend({})))
      return Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([start, { id: "parked", type: "test.park" }], [edge("start", "parked")], { settings: { timeoutMs: 1_000 } }),
          null,
          { tickMs: 250, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.match(execution.error!.message, /timed out/)
        assert.strictEqual(steps.parked.status, "cancelled")
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [park.nodeType] })))
    })

    it.effect("settings.timeoutMs also bounds retry backoff", () => {
      const node = flaky(1000)
      return Effect.gen(function*() {
        const { execution } = yield* runWith(
          doc([start, { id: "x", type: "test.flaky", retry: { maxAttempts: 100, initialDelayMs: 100, factor: 1 } }], [edge("start", "x")], {
            settings: { timeoutMs: 1_000 }
          }),
          null,
          { tickMs: 50, maxTicks: 200 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.match(execution.error!.message, /timed out/)
        assert.isAtMost(node.probe.calls, 11)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [node.nodeType] })))
    })
  })

  describe("cancellation", () => {
    it.effect("cancelling a running execution interrupts its node: `cancelled`, no step left running, last event execution.cancelled", () => {
      const stuck = hang()
      return Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(
          doc([start, { id: "stuck", type: "test.hang" }, { id: "after", type: "transform", params: { value: 1 } }], [
            edge("start", "stuck"),
            edge("stuck", "after")
          ])
        )
        const started = yield* sire.start({ workflowId: workflow.id })
        yield* awaitEvent(started.id, (e) => e._tag === "step.started" && e.nodeId === "stuck")
        const cancelled = yield* sire.cancel(started.id)
        assert.strictEqual(cancelled.status, "cancelled")
        assert.isDefined(cancelled.endedAt)
        const { events, execution, steps } = yield* inspect(started.id)
        assert.strictEqual(execution.status, "cancelled")
        assert.strictEqual(steps.stuck.status, "cancelled")
        assert.isFalse(Object.values(steps).some((s) => s.status === "running" || s.status === "pending"))
        assert.notStrictEqual(steps.after?.status, "completed")
        assert.strictEqual(events[events.length - 1]._tag, "execution.cancelled")
        assert.strictEqual(tags(events).filter((t) => t === "execution.cancelled").length, 1)
        assert.strictEqual(stuck.probe.running, 0)
        const again = yield* sire.cancel(started.id)
        assert.strictEqual(again.status, "cancelled")
        assert.strictEqual((yield* inspect(started.id)).events.length, events.length)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [stuck.nodeType] })))
    })

    it.effect("cancelling a waiting (delayed) execution works and its timer does nothing later", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(
          doc([start, { id: "wait", type: "delay", params: { ms: 3_600_000 } }, { id: "after", type: "transform", params: { value: 1 } }], [
            edge("start", "wait"),
            edge("wait", "after")
          ])
        )
        const started = yield* sire.start({ workflowId: workflow.id })
        yield* awaitEvent(started.id, (e) => e._tag === "execution.waiting")
        const cancelled = yield* sire.cancel(started.id)
        assert.strictEqual(cancelled.status, "cancelled")
        const { events, steps } = yield* inspect(started.id)
        assert.strictEqual(steps.wait.status, "cancelled")
        assert.isUndefined(steps.after)
        assert.strictEqual(events[events.length - 1]._tag, "execution.cancelled")
        yield* TestClock.adjust(3_700_000)
        const later = yield* inspect(started.id)
        assert.strictEqual(later.execution.status, "cancelled")
        assert.strictEqual(later.events.length, events.length)
      }).pipe(Effect.provide(Sire.layerMemory({ worker: { pollMs: 600_000, heartbeatMs: 600_000, leaseMs: 1_800_000 } }))))

    it.effect("cancelling right as the execution parks (its worker still finishing the claim) is not lost", () => {
      const slowComplete = Layer.effect(
        WorkQueue.WorkQueue,
        Effect.map(WorkQueue.makeMemory, (queue) => ({
          ...queue,
          complete: (claim: WorkQueue.Claim) =>
            Effect.zipRight(Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 30))), queue.complete(claim))
        }))
      )
      const layer = Layer.provideMerge(
        Sire.layerWith(),
        Layer.mergeAll(ExecutionStore.layerMemory, WorkflowStore.layerMemory, slowComplete)
      )
      return Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(
          doc([start, { id: "wait", type: "delay", params: { ms: 3_600_000 } }], [edge("start", "wait")])
        )
        const started = yield* sire.start({ workflowId: workflow.id })
        yield* awaitEvent(started.id, (e) => e._tag === "execution.waiting")
        const cancelling = yield* Effect.fork(sire.cancel(started.id))
        for (let i = 0; i < 50 && Option.isNone(yield* Fiber.poll(cancelling)); i++) {
          yield* Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 4)))
        }
        const result = yield* Fiber.poll(cancelling)
        assert.isTrue(Option.isSome(result), "cancel returned without waiting for the timer")
        assert.strictEqual((yield* sire.get(started.id)).status, "cancelled")
      }).pipe(Effect.provide(layer))
    })

    describe("with a sub-workflow", () => {
      const executions = Effect.gen(function*() {
        const store = yield* ExecutionStore.ExecutionStore
        const page = yield* store.search({ organizationId: Id.defaultOrganizationId, limit: 100 })
        return page.items
      })
      const parentOf = (childId: string) =>
        doc([start, { id: "sub", type: "workflow", params: { workflowId: childId } }], [edge("start", "sub")])

      it.effect("cancelling the parent while its sub-workflow runs cancels both", () => {
        const stuck = hang()
        return Effect.gen(function*() {
          const sire = yield* Sire.Sire
          const child = yield* sire.createWorkflow(doc([start, { id: "stuck", type: "test.hang" }], [edge("start", "stuck")]))
          const workflow = yield* sire.createWorkflow(parentOf(child.id))
          const started = yield* sire.start({ workflowId: workflow.id })
          yield* awaitEvent(started.id, (e) => e._tag === "step.started" && e.nodeId === "sub")
          while (stuck.probe.calls === 0) yield* Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 1)))
          assert.strictEqual((yield* sire.cancel(started.id)).status, "cancelled")
          const all = yield* executions
          assert.deepStrictEqual(all.map((e) => [e.depth, e.status]).sort(), [[0, "cancelled"], [1, "cancelled"]])
          assert.strictEqual(stuck.probe.running, 0)
        }).pipe(Effect.provide(Sire.layerMemory({ nodes: [stuck.nodeType] })))
      })

      it.effect("cancelling the parent while its sub-workflow waits on a delay cancels both", () =>
        Effect.gen(function*() {
          const sire = yield* Sire.Sire
          const child = yield* sire.createWorkflow(
            doc([start, { id: "wait", type: "delay", params: { ms: 60_000 } }, { id: "after", type: "transform", params: { value: 1 } }], [
              edge("start", "wait"),
              edge("wait", "after")
            ])
          )
          const workflow = yield* sire.createWorkflow(parentOf(child.id))
          const started = yield* sire.start({ workflowId: workflow.id })
          yield* awaitEvent(started.id, (e) => e._tag === "execution.waiting")
          assert.strictEqual((yield* sire.cancel(started.id)).status, "cancelled")
          yield* TestClock.adjust(70_000)
          const all = yield* executions
          assert.strictEqual(all.find((e) => e.depth === 0)?.status, "cancelled")
          assert.strictEqual(all.find((e) => e.depth === 1)?.status, "cancelled", "the parked sub-workflow is cancelled with its parent")
        }).pipe(Effect.provide(Sire.layerMemory())))
    })

    it.effect("cancelling a finished execution returns it unchanged", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const { execution } = yield* runWith(doc([start]))
        const again = yield* sire.cancel(execution.id)
        assert.strictEqual(again.status, "completed")
      }).pipe(Effect.provide(Sire.layerMemory())))
  })
})


