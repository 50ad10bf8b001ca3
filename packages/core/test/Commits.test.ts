/**
 * How many commits an execution costs: pure nodes ride on the next commit, a node with side effects
 * takes one for its result (its start rides on it, or on the commit of the pure results before it),
 * commits that queue up are merged, and one finishes; a slow node still shows as running.
 */
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Layer, Ref } from "effect"
import { ExecutionStore, Sire, WorkflowStore, WorkQueue } from "../src/index.js"
import { leadNotification as contractDocument } from "./fixtures/contract.js"
import { doc, drive, edge, hostNode, inspect, sleeper, tags } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

/** Memory storage whose execution store counts its commits. */
const countingStorage = (commits: Ref.Ref<number>) =>
  Layer.mergeAll(
    Layer.effect(
      ExecutionStore.ExecutionStore,
      Effect.map(ExecutionStore.ExecutionStore, (store) => ({
        ...store,
        commit: (ref, commit, fence) => Effect.zipRight(Ref.update(commits, (n) => n + 1), store.commit(ref, commit, fence))
      }))
    ).pipe(Layer.provide(ExecutionStore.layerMemory)),
    WorkflowStore.layerMemory,
    WorkQueue.layerMemory
  )

const echo = hostNode("test.echo", (ctx) => Effect.succeed(ctx.params.value ?? null))

const withCounter = <A, E>(
  nodes: Parameters<typeof Sire.layerWith>[0],
  body: (commits: Ref.Ref<number>) => Effect.Effect<A, E, Sire.Sire>
) =>
  Effect.flatMap(Ref.make(0), (commits) =>
    Effect.provide(body(commits), Layer.provideMerge(Sire.layerWith(nodes), countingStorage(commits))))

const chain = (n: number, type: string) => {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`)
  return doc(
    [start, ...ids.map((id) => ({ id, type, params: { value: id } }))],
    ids.map((id, i) => edge(i === 0 ? "start" : ids[i - 1], id))
  )
}

describe("commits per execution", () => {
  it.effect("a chain of n fast nodes with side effects takes one commit per node, plus one to finish", () =>
    withCounter({ nodes: [echo.nodeType] }, (commits) =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(chain(20, "test.echo"))
        const done = yield* sire.run({ workflowId: workflow.id })
        assert.strictEqual(done.status, "completed")
        assert.deepStrictEqual(done.output, { n19: "n19" })
        // 21 nodes (the trigger and 20 echoes), then execution.completed.
        assert.strictEqual(yield* Ref.get(commits), 22)
      })))

  it.effect("every start is still logged, before its result, when it rides on the result's commit", () =>
    withCounter({ nodes: [echo.nodeType] }, () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(chain(3, "test.echo"))
        const done = yield* sire.run({ workflowId: workflow.id })
        const steps = yield* sire.steps(done.id)
        assert.deepStrictEqual(steps.map((s) => [s.nodeId, s.status, s.attempts]).sort(), [
          ["n0", "completed", 1],
          ["n1", "completed", 1],
          ["n2", "completed", 1],
          ["start", "completed", 1]
        ])
        const { events } = yield* inspect(done.id)
        assert.deepStrictEqual(tags(events), [
          "execution.queued",
          "execution.started",
          ...["start", "n0", "n1", "n2"].flatMap(() => ["step.started", "step.completed"]),
          "execution.completed"
        ])
        assert.deepStrictEqual(events.map((e) => e.seq), events.map((_, i) => i + 1))
      })))

  it.effect("a branch not taken is recorded as skipped without a commit of its own", () =>
    withCounter({ nodes: [echo.nodeType] }, (commits) =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(doc(
          [
            start,
            { id: "check", type: "condition", params: { expression: "{{ input.go }}" } },
            { id: "yes", type: "test.echo", params: { value: "yes" } },
            { id: "no", type: "test.echo", params: { value: "no" } }
          ],
          [edge("start", "check"), edge("check", "yes", "true"), edge("check", "no", "false")]
        ))
        const done = yield* sire.run({ workflowId: workflow.id, input: { go: true } })
        assert.strictEqual(done.status, "completed")
        const steps = yield* sire.steps(done.id)
        assert.strictEqual(steps.find((s) => s.nodeId === "no")?.status, "skipped")
        // start and check (pure) ride on yes's start; yes's result (with the skip of no); execution.completed.
        assert.strictEqual(yield* Ref.get(commits), 3)
      })))

  it.effect("an execution of pure nodes only (the CONTRACT example) takes one commit, with every step and event in order", () =>
    withCounter({}, (commits) =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(contractDocument)
        const done = yield* sire.run({ workflowId: workflow.id, input: { email: "ceo@acme.com" } })
        assert.strictEqual(done.status, "completed")
        assert.deepStrictEqual(done.output, { tier: "vip", to: "ceo@acme.com" })
        assert.strictEqual(yield* Ref.get(commits), 1)
        const steps = yield* sire.steps(done.id)
        assert.deepStrictEqual(steps.map((s) => [s.nodeId, s.status]).sort(), [
          ["check", "completed"],
          ["done", "completed"],
          ["start", "completed"],
          ["vip", "completed"]
        ])
        const { events } = yield* inspect(done.id)
        assert.deepStrictEqual(tags(events), [
          "execution.queued",
          "execution.started",
          ...["start", "check", "vip", "done"].flatMap(() => ["step.started", "step.completed"]),
          "execution.completed"
        ])
      })))

  it.effect("pure results before a node with side effects are committed with its start, not one by one", () =>
    withCounter({ nodes: [echo.nodeType] }, (commits) =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(doc(
          [
            start,
            { id: "a", type: "transform", params: { value: 1 } },
            { id: "b", type: "transform", params: { value: "{{ nodes.a + 1 }}" } },
            { id: "call", type: "test.echo", params: { value: "{{ nodes.b }}" } },
            { id: "c", type: "transform", params: { value: "{{ nodes.call }}" } }
          ],
          [edge("start", "a"), edge("a", "b"), edge("b", "call"), edge("call", "c")]
        ))
        const done = yield* sire.run({ workflowId: workflow.id })
        assert.deepStrictEqual(done.output, { c: 2 })
        // start, a, b with call's start; call's result; c with execution.completed.
        assert.strictEqual(yield* Ref.get(commits), 3)
      })))

  it.effect("parallel branches that finish together share commits: never more commits than nodes, plus one", () =>
    withCounter({ nodes: [echo.nodeType] }, (commits) =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const ids = Array.from({ length: 50 }, (_, i) => `b${i}`)
        const workflow = yield* sire.createWorkflow(doc(
          [start, ...ids.map((id) => ({ id, type: "test.echo", params: { value: id } }))],
          ids.map((id) => edge("start", id))
        ))
        const done = yield* sire.run({ workflowId: workflow.id })
        assert.strictEqual(done.status, "completed")
        assert.isAtMost(yield* Ref.get(commits), 52)
      })))

  it.effect("a node that runs longer than recordRunningAfterMs shows as running while it runs", () => {
    const slow = sleeper("test.slow")
    return withCounter({ nodes: [slow.nodeType] }, () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(doc(
          [start, { id: "slow", type: "test.slow", params: { ms: 1_000 } }],
          [edge("start", "slow")]
        ))
        const started = yield* sire.start({ workflowId: workflow.id })
        const run = yield* Effect.fork(drive(sire.wait(started.id), 10))
        yield* drive(Effect.sleep(Duration.millis(100)), 10)
        const midway = yield* sire.get(started.id)
        assert.strictEqual(midway.status, "running")
        const steps = yield* sire.steps(started.id)
        assert.strictEqual(steps.find((s) => s.nodeId === "slow")?.status, "running")
        assert.strictEqual((yield* run.await)._tag, "Success")
      }))
  })
})
