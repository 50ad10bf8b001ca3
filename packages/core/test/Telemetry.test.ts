/**
 * The engine's telemetry through a recording tracer: one `sire.execution` span per run with the
 * node attempts as children (a retried node has one span per attempt), the stored `traceparent`
 * continued across runs and sub-workflows; nothing recorded without a host tracer; metrics only
 * when turned on.
 */
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Layer, Metric, MetricLabel, Option, Schedule, Tracer } from "effect"
import * as Telemetry from "../src/Telemetry.js"
import { Sire } from "../src/index.js"
import { doc, edge, flaky, runWith } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

/** A tracer that records every span it makes (made by Effect's own tracer underneath). */
const recording = () => {
  const base = Effect.runSync(Effect.tracer)
  const spans: Array<Tracer.Span> = []
  const tracer = Tracer.make({
    span: (...args) => {
      const span = base.span(...args)
      spans.push(span)
      return span
    },
    context: (f, fiber) => base.context(f, fiber)
  })
  return { spans, layer: Layer.setTracer(tracer) }
}

const parentId = (span: Tracer.Span): string | undefined => Option.getOrUndefined(Option.map(span.parent, (p) => p.spanId))

const branching = doc([
  start,
  { id: "check", type: "condition", params: { expression: "{{ input.n > 1 }}" } },
  { id: "big", type: "test.flaky", retry: { maxAttempts: 3, initialDelayMs: 1 } },
  { id: "small", type: "transform", params: { value: "small" } }
], [edge("start", "check"), edge("check", "big", "true"), edge("check", "small", "false")])

describe("telemetry", () => {
  it.live("a branching run with a retry: one execution span, one node span per attempt, skipped nodes absent", () => {
    const { layer, spans } = recording()
    const work = flaky(1)
    return Effect.gen(function*() {
      const { execution } = yield* runWith(branching, { n: 2 })
      assert.strictEqual(execution.status, "completed")
      const runs = spans.filter((s) => s.name === "sire.execution")
      assert.strictEqual(runs.length, 1)
      const run = runs[0]
      assert.deepStrictEqual(Object.fromEntries(run.attributes), {
        "sire.execution.id": execution.id,
        "sire.organization.id": execution.organizationId,
        "sire.workflow.id": execution.workflowId,
        "sire.execution.trigger": "api",
        "sire.execution.resumed": false,
        "sire.execution.status": "completed"
      })
      const nodes = spans.filter((s) => s.name === "sire.node")
      assert.deepStrictEqual(
        nodes.map((s) => [s.attributes.get("sire.node.id"), s.attributes.get("sire.node.attempt"), s.attributes.get("sire.node.outcome")]),
        [["start", 1, "completed"], ["check", 1, "routed"], ["big", 1, "failed"], ["big", 2, "completed"]]
      )
      for (const node of nodes) {
        assert.strictEqual(parentId(node), run.spanId)
        assert.strictEqual(node.traceId, run.traceId)
        assert.strictEqual(node.status._tag, "Ended")
      }
      assert.strictEqual(nodes[2].attributes.get("sire.node.type"), "test.flaky")
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [work.nodeType] })), Effect.provide(layer))
  })

  it.live("a stored traceparent is the parent of the execution span; sub-workflows continue the same trace", () => {
    const { layer, spans } = recording()
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const child = yield* sire.createWorkflow(doc([start]))
      const parent = yield* sire.createWorkflow(doc([start, { id: "sub", type: "workflow", params: { workflowId: child.id } }], [edge("start", "sub")]))
      const traceId = "4bf92f3577b34da6a3ce929d0e0e4736"
      const done = yield* sire.run({ workflowId: parent.id, traceParent: `00-${traceId}-00f067aa0ba902b7-01` })
      assert.strictEqual(done.status, "completed")
      assert.strictEqual(done.traceParent, `00-${traceId}-00f067aa0ba902b7-01`)
      const runs = spans.filter((s) => s.name === "sire.execution")
      assert.strictEqual(runs.length, 2)
      for (const run of runs) assert.strictEqual(run.traceId, traceId)
      const top = runs.find((s) => s.attributes.get("sire.workflow.id") === parent.id)!
      const sub = runs.find((s) => s.attributes.get("sire.workflow.id") === child.id)!
      assert.strictEqual(parentId(top), "00f067aa0ba902b7")
      const subNode = spans.find((s) => s.name === "sire.node" && s.attributes.get("sire.node.id") === "sub")!
      assert.strictEqual(parentId(sub), subNode.spanId)
    }).pipe(Effect.provide(Sire.layerMemory()), Effect.provide(layer))
  })

  it.live("a start inside a span stores that span as the traceparent", () => {
    const { layer } = recording()
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start]))
      const { execution, span } = yield* Effect.withSpan(
        Effect.all({ execution: sire.start({ workflowId: workflow.id }), span: Effect.currentSpan }),
        "caller"
      )
      assert.strictEqual(execution.traceParent, `00-${span.traceId}-${span.spanId}-01`)
    }).pipe(Effect.provide(Sire.layerMemory()), Effect.provide(layer))
  })

  it.live("without a host tracer no traceparent is stored", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start]))
      const execution = yield* Effect.withSpan(sire.run({ workflowId: workflow.id }), "caller")
      assert.isUndefined(execution.traceParent)
    }).pipe(Effect.provide(Sire.layerMemory())))

  it("traceparent parsing refuses malformed and all-zero ids", () => {
    assert.isTrue(Option.isSome(Telemetry.parseTraceParent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")))
    for (const bad of ["", "00-xyz", "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"]) {
      assert.isTrue(Option.isNone(Telemetry.parseTraceParent(bad)), bad)
    }
  })

  const startedCount = (workflowId: string) =>
    Metric.value(Metric.taggedWithLabels(Telemetry.metrics.started, [
      MetricLabel.make("sire.workflow.id", workflowId),
      MetricLabel.make("sire.execution.trigger", "api")
    ])).pipe(Effect.map((state) => state.count))

  it.live("metrics count starts and ends per workflow when turned on", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start]))
      yield* sire.run({ workflowId: workflow.id })
      yield* sire.run({ workflowId: workflow.id })
      assert.strictEqual(yield* startedCount(workflow.id), 2)
      // The end is counted by the worker just after the final commit a waiter sees: poll briefly.
      const completed = Metric.value(Metric.taggedWithLabels(Telemetry.metrics.completed, [
        MetricLabel.make("sire.workflow.id", workflow.id),
        MetricLabel.make("sire.execution.trigger", "api")
      ])).pipe(
        Effect.filterOrFail((state) => state.count === 2, () => "not yet"),
        Effect.retry(Schedule.spaced(Duration.millis(5)).pipe(Schedule.upTo(Duration.seconds(2))))
      )
      assert.strictEqual((yield* completed).count, 2)
    }).pipe(Effect.provide(Sire.layerMemory().pipe(Layer.provide(Telemetry.layerMetrics)))))

  it.live("metrics stay untouched when not turned on", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start]))
      yield* sire.run({ workflowId: workflow.id })
      assert.strictEqual(yield* startedCount(workflow.id), 0)
    }).pipe(Effect.provide(Sire.layerMemory())))
})
