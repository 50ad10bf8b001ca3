import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, ManagedRuntime, Option, Stream } from "effect"
import * as fc from "fast-check"
import { ExecutionStore, Sire, WorkflowStore, WorkQueue } from "../src/index.js"
import { dagArbitrary, expectedOutput, expectedRuns, makeRecorder, nodeId, probes, type Recorder, toDocument } from "./fixtures/dag.js"

const runs = { numRuns: 60 }

const runDag = (recorder: Recorder, document: unknown) =>
  Effect.gen(function*() {
    const sire = yield* Sire.Sire
    const workflow = yield* sire.createWorkflow(document)
    const execution = yield* sire.run({ workflowId: workflow.id })
    const steps = yield* sire.steps(execution.id)
    return { execution, steps }
  }).pipe(Effect.provide(Sire.layerMemory({ nodes: probes(recorder) })))

describe("engine properties", () => {
  it("on random DAGs every node runs at most once and only after all its taken predecessors finished", () =>
    fc.assert(
      fc.asyncProperty(dagArbitrary, fc.integer({ min: 1, max: 8 }), async (dag, concurrency) => {
        const recorder = makeRecorder()
        await Effect.runPromise(runDag(recorder, toDocument(dag, concurrency)))
        for (const count of recorder.runs.values()) assert.strictEqual(count, 1)
        const position = (kind: "start" | "end", id: string) =>
          recorder.log.findIndex((e) => e.kind === kind && e.id === id)
        for (const [source, target] of dag.edges) {
          const started = position("start", nodeId(target))
          const sourceEnded = position("end", nodeId(source))
          if (started >= 0 && recorder.runs.has(nodeId(source))) assert.isTrue(sourceEnded >= 0 && sourceEnded < started)
        }
      }),
      runs
    ))

  it("skipped branches propagate exactly: a node runs iff it is an entry or one of its incoming edges was taken", () =>
    fc.assert(
      fc.asyncProperty(dagArbitrary, async (dag) => {
        const recorder = makeRecorder()
        const { execution, steps } = await Effect.runPromise(runDag(recorder, toDocument(dag, 4)))
        const expected = expectedRuns(dag)
        assert.strictEqual(execution.status, "completed")
        for (let i = 0; i < dag.size; i++) {
          const step = steps.find((s) => s.nodeId === nodeId(i))
          assert.strictEqual(step?.status, expected[i] ? "completed" : "skipped", `node ${nodeId(i)}`)
          assert.strictEqual(recorder.runs.has(nodeId(i)), expected[i])
        }
        assert.deepStrictEqual(execution.output as unknown, expectedOutput(dag))
      }),
      runs
    ))

  it("results do not depend on settings.concurrency", () =>
    fc.assert(
      fc.asyncProperty(dagArbitrary, async (dag) => {
        const results = []
        for (const concurrency of [1, 3, 16]) {
          const { execution, steps } = await Effect.runPromise(runDag(makeRecorder(), toDocument(dag, concurrency)))
          const statuses = Object.fromEntries(steps.map((s) => [s.nodeId, [s.status, s.output ?? null]]))
          results.push({ status: execution.status, output: execution.output, statuses })
        }
        assert.deepStrictEqual(results[1], results[0])
        assert.deepStrictEqual(results[2], results[0])
      }),
      runs
    ))

  it("a cancelled execution leaves no running step", () =>
    fc.assert(
      fc.asyncProperty(dagArbitrary, fc.nat(), async (dag, pick) => {
        const blocked = pick % dag.size
        const recorder = makeRecorder()
        const program = Effect.gen(function*() {
          const sire = yield* Sire.Sire
          const workflow = yield* sire.createWorkflow(toDocument(dag, 4, new Set([blocked])))
          const started = yield* sire.start({ workflowId: workflow.id })
          yield* sire.events(started.id).pipe(
            Stream.takeUntil((e) => e._tag === "step.started" || e._tag === "execution.completed"),
            Stream.runDrain
          )
          const cancelled = yield* sire.cancel(started.id)
          const steps = yield* sire.steps(started.id)
          const events = yield* Stream.runCollect(sire.events(started.id))
          return { cancelled, steps, events: Array.from(events) }
        }).pipe(Effect.provide(Sire.layerMemory({ nodes: probes(recorder) })))
        const { cancelled, events, steps } = await Effect.runPromise(program)
        const blockedRuns = expectedRuns(dag)[blocked]
        if (blockedRuns) assert.strictEqual(cancelled.status, "cancelled")
        else assert.include(["cancelled", "completed"], cancelled.status)
        assert.isFalse(steps.some((s) => s.status === "running" || s.status === "pending"))
        const last = events[events.length - 1]
        assert.strictEqual(last._tag, `execution.${cancelled.status}`)
        const blockedStep = steps.find((s) => s.nodeId === nodeId(blocked))
        if (blockedRuns && blockedStep) assert.strictEqual(blockedStep.status, "cancelled")
      }),
      runs
    ))

  it("a node with side effects starts only once every input it receives is committed; a run ends with every step committed", () =>
    fc.assert(
      fc.asyncProperty(dagArbitrary, async (dag) => {
        const recorder = makeRecorder()
        const memory = await Effect.runPromise(ExecutionStore.makeMemory())
        const committed = () => new Set(memory.snapshot().flatMap((s) => s.steps).filter((s) => s.status === "completed").map((s) => s.nodeId))
        const early: Array<string> = []
        recorder.onSideEffect = (id, inputs) => {
          const durable = committed()
          for (const input of inputs) if (!durable.has(input)) early.push(`${id} started before its input ${input} was committed`)
        }
        const done = await Effect.runPromise(Effect.gen(function*() {
          const sire = yield* Sire.Sire
          const workflow = yield* sire.createWorkflow(toDocument(dag, 4))
          return yield* sire.run({ workflowId: workflow.id })
        }).pipe(Effect.provide(Layer.provideMerge(
          Sire.layerWith({ nodes: probes(recorder) }),
          Layer.mergeAll(Layer.succeed(ExecutionStore.ExecutionStore, memory.store), WorkflowStore.layerMemory, WorkQueue.layerMemory)
        ))))
        assert.strictEqual(done.status, "completed")
        assert.deepStrictEqual(early, [])
        const ran = expectedRuns(dag).flatMap((r, i) => (r ? [nodeId(i)] : []))
        assert.deepStrictEqual([...committed()].sort(), ran.sort())
      }),
      runs
    ))

  it("resuming a half-finished execution from a copy of its store gives the same output, re-runs no committed node and recomputes uncommitted pure ones", () =>
    fc.assert(
      fc.asyncProperty(dagArbitrary, fc.nat(), async (dag, pick) => {
        const expected = expectedRuns(dag)
        const runnable = expected.flatMap((ran, i) => (ran ? [i] : []))
        // the blocked node (where the first process dies) always has side effects: see toDocument
        const blocked = runnable[pick % runnable.length]
        const first = makeRecorder()
        const memory = await Effect.runPromise(ExecutionStore.makeMemory())
        const storage = Layer.mergeAll(
          Layer.succeed(ExecutionStore.ExecutionStore, memory.store),
          WorkflowStore.layerMemory,
          WorkQueue.layerMemory
        )
        const crashed = ManagedRuntime.make(Layer.provideMerge(Sire.layerWith({ nodes: probes(first) }), storage))
        const executionId = await crashed.runPromise(Effect.gen(function*() {
          const sire = yield* Sire.Sire
          const workflow = yield* sire.createWorkflow(toDocument(dag, 4, new Set([blocked])))
          const started = yield* sire.start({ workflowId: workflow.id })
          yield* sire.events(started.id).pipe(
            Stream.takeUntil((e) => e._tag === "step.started" && e.nodeId === nodeId(blocked)),
            Stream.runDrain
          )
          return started.id
        }))
        const snapshot = memory.snapshot()
        await crashed.dispose()
        const committed = new Set(
          snapshot.flatMap((s) => s.steps).filter((s) => s.status === "completed").map((s) => s.nodeId)
        )
        const second = makeRecorder(false)
        const resumed = await Effect.runPromise(Effect.gen(function*() {
          const queue = yield* WorkQueue.WorkQueue
          const sire = yield* Sire.Sire
          const execution = Option.getOrThrow(yield* (yield* ExecutionStore.ExecutionStore).get({
            organizationId: snapshot[0].execution.organizationId,
            executionId
          }))
          yield* queue.enqueue({ organizationId: execution.organizationId, executionId, runAt: 0 })
          return yield* sire.wait(executionId)
        }).pipe(Effect.provide(Layer.provideMerge(
          Sire.layerWith({ nodes: probes(second) }),
          Layer.mergeAll(ExecutionStore.layerMemoryFrom(snapshot), WorkflowStore.layerMemory, WorkQueue.layerMemory)
        ))))
        assert.strictEqual(resumed.status, "completed")
        assert.deepStrictEqual(resumed.output as unknown, expectedOutput(dag))
        for (const id of committed) assert.isFalse(second.runs.has(id), `committed node ${id} ran again`)
        assert.isTrue(second.runs.has(nodeId(blocked)))
        for (const [i, ran] of expected.entries()) {
          const id = nodeId(i)
          if (ran) assert.isTrue(committed.has(id) || second.runs.has(id), `${id} is neither committed nor recomputed`)
        }
      }),
      runs
    ))
})
