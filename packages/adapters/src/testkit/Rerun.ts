/**
 * Properties of retry, re-run from a node and replay (`Sire.retry`, `Sire.rerun`, `Sire.replay`)
 * on an adapter's storage: random DAGs of probe nodes that record which nodes each execution ran.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, ManagedRuntime, Schema } from "effect"
import * as fc from "fast-check"
import type { Execution, Step } from "@sire/core/Execution"
import type { ExecutionStore } from "@sire/core/ExecutionStore"
import * as NodeType from "@sire/core/NodeType"
import * as Sire from "@sire/core/Sire"
import type { WorkflowStore } from "@sire/core/WorkflowStore"
import type { WorkQueue } from "@sire/core/WorkQueue"

/** Every port the engine runs on, from one storage. */
export type EngineStorage = ExecutionStore | WorkflowStore | WorkQueue

/** A random DAG: edges go from a lower to a higher index; each node leaves through `take`. */
interface Dag {
  readonly size: number
  readonly pure: ReadonlyArray<boolean>
  readonly takes: ReadonlyArray<"out" | "alt">
  readonly edges: ReadonlyArray<readonly [number, number, "out" | "alt"]>
}

const dagArbitrary: fc.Arbitrary<Dag> = fc.integer({ min: 1, max: 8 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    pure: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    takes: fc.array(fc.constantFrom("out" as const, "out" as const, "alt" as const), { minLength: size, maxLength: size }),
    edges: size < 2 ? fc.constant([]) : fc.uniqueArray(
      fc.tuple(fc.nat(size - 2), fc.nat(size - 1), fc.constantFrom("out" as const, "alt" as const)).filter(([a, b]) => a < b),
      { selector: ([a, b, h]) => `${a}-${b}-${h}`, maxLength: size * 2 }
    )
  })
)

const id = (i: number) => `n${i}`

/** Which nodes each execution ran, and which nodes fail while broken. */
interface Recorder {
  readonly runs: Map<string, Array<string>>
  readonly broken: Set<string>
}

const probe = (recorder: Recorder, pure: boolean) =>
  NodeType.make({
    type: pure ? "pureProbe" : "probe",
    description: "test probe",
    pure,
    params: Schema.Struct({ take: Schema.Literal("out", "alt") }),
    handles: ["out", "alt"],
    run: (ctx) =>
      Effect.gen(function*() {
        const ran = recorder.runs.get(ctx.execution.id) ?? []
        ran.push(ctx.node.id)
        recorder.runs.set(ctx.execution.id, ran)
        yield* Effect.yieldNow()
        if (recorder.broken.has(ctx.node.id)) return yield* new NodeType.NodeError({ message: `${ctx.node.id} is broken`, retryable: false })
        return NodeType.route(ctx.params.take, { id: ctx.node.id, from: Object.keys(ctx.inputs).sort() })
      })
  })

const toDocument = (dag: Dag) => ({
  name: "rerun dag",
  settings: { concurrency: 3 },
  nodes: Array.from({ length: dag.size }, (_, i) => ({
    id: id(i),
    type: dag.pure[i] ? "pureProbe" : "probe",
    params: { take: dag.takes[i] }
  })),
  edges: dag.edges.map(([source, target, handle]) => ({ source: id(source), target: id(target), sourceHandle: handle }))
})

/** Nodes `to` is reachable from in a DAG. */
const upstreamOf = (dag: Dag, to: number): ReadonlySet<number> => {
  const seen = new Set<number>()
  const stack = [to]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const [source, target] of dag.edges) {
      if (target === current && !seen.has(source)) {
        seen.add(source)
        stack.push(source)
      }
    }
  }
  return seen
}

/** What a step says about a result, without its timings. */
const result = (steps: ReadonlyArray<Step>) =>
  Object.fromEntries(steps.map((s) => [s.nodeId, { status: s.status, output: s.output ?? null, handles: s.handles }]))

const summary = (execution: Execution) => ({ status: execution.status, output: execution.output ?? null })

/** Runs the re-run properties on `storage` (one storage per property, many workflows on it). */
export const rerunProperties = (name: string, storage: Layer.Layer<EngineStorage>, options: { readonly numRuns?: number } = {}) =>
  describe(name, () => {
    const numRuns = options.numRuns ?? 12
    const property = <A>(title: string, arbitrary: fc.Arbitrary<A>, body: (sire: Sire.Sire["Type"], recorder: Recorder, value: A) => Effect.Effect<void, unknown>) =>
      it(title, async () => {
        const recorder: Recorder = { runs: new Map(), broken: new Set() }
        const runtime = ManagedRuntime.make(
          Sire.layerWith({ nodes: [probe(recorder, false), probe(recorder, true)] }).pipe(Layer.provide(storage), Layer.orDie)
        )
        try {
          await fc.assert(
            fc.asyncProperty(arbitrary, (value) => {
              recorder.broken.clear()
              return runtime.runPromise(Effect.flatMap(Sire.Sire, (sire) => body(sire, recorder, value)))
            }),
            { numRuns }
          )
        } finally {
          await runtime.dispose()
        }
      }, 120_000)

    const runFresh = (sire: Sire.Sire["Type"], dag: Dag) =>
      Effect.gen(function*() {
        const workflow = yield* sire.createWorkflow(toDocument(dag))
        const execution = yield* sire.run({ workflowId: workflow.id, input: { n: dag.size } })
        return { workflow, execution, steps: yield* sire.steps(execution.id) }
      })

    const withNode = dagArbitrary.chain((dag) => fc.tuple(fc.constant(dag), fc.nat(dag.size - 1)))

    property("a re-run from node N never re-runs a node upstream of N, and reuses every result upstream of it", withNode, (sire, recorder, [dag, from]) =>
      Effect.gen(function*() {
        const { execution } = yield* runFresh(sire, dag)
        const rerun = yield* sire.rerun(execution.id, { fromNodeId: id(from) })
        const done = yield* sire.wait(rerun.id)
        assert.strictEqual(done.status, "completed")
        const upstream = upstreamOf(dag, from)
        const ran = recorder.runs.get(rerun.id) ?? []
        for (const node of ran) assert.isFalse(upstream.has(Number(node.slice(1))), `${node} is upstream of ${id(from)} and ran again`)
        const steps = yield* sire.steps(rerun.id)
        for (const i of upstream) {
          const step = steps.find((s) => s.nodeId === id(i))
          if (step?.status !== "skipped") assert.strictEqual(step?.reusedFrom?.executionId, execution.id, `${id(i)} reused`)
        }
      }))

    property("a retry of a run that failed at node N runs no node that succeeded before N, and then completes as a fresh run does", withNode, (sire, recorder, [dag, broken]) =>
      Effect.gen(function*() {
        const workflow = yield* sire.createWorkflow(toDocument(dag))
        const fresh = yield* sire.run({ workflowId: workflow.id, input: { n: dag.size } })
        recorder.broken.add(id(broken))
        const failed = yield* sire.run({ workflowId: workflow.id, input: { n: dag.size } })
        recorder.broken.clear()
        if (failed.status !== "failed") return
        const succeeded = new Set((yield* sire.steps(failed.id)).filter((s) => s.status === "completed").map((s) => s.nodeId))
        const retry = yield* sire.retry(failed.id)
        const done = yield* sire.wait(retry.id)
        for (const node of recorder.runs.get(retry.id) ?? []) assert.isFalse(succeeded.has(node), `${node} succeeded before and ran again`)
        assert.deepStrictEqual(summary(done), summary(fresh))
        assert.deepStrictEqual(done.origin?.executionId, failed.id)
      }))

    property("with nothing edited and pure nodes, a re-run from any node and a replay give the results of a fresh run", withNode, (sire, _recorder, [dag, from]) =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runFresh(sire, dag)
        const rerun = yield* Effect.flatMap(sire.rerun(execution.id, { fromNodeId: id(from) }), (e) => sire.wait(e.id))
        const replay = yield* Effect.flatMap(sire.replay(execution.id), (e) => sire.wait(e.id))
        assert.deepStrictEqual(summary(rerun), summary(execution))
        assert.deepStrictEqual(summary(replay), summary(execution))
        assert.deepStrictEqual(result(yield* sire.steps(rerun.id)), result(steps))
        assert.deepStrictEqual(result(yield* sire.steps(replay.id)), result(steps))
      }))
  })
