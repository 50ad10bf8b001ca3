/**
 * `Sire.wake`: a parked execution (no timer) runs again at once and its suspended node sees the
 * world as it is now; waking is scoped to the organization (another's execution is not found) and
 * leaves final executions alone. The engine's `resumeUrl` option feeds `execution.resumeUrl`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as Id from "../src/Id.js"
import * as NodeType from "../src/NodeType.js"
import { Sire } from "../src/index.js"
import { awaitEvent, doc, drive, edge } from "./fixtures/harness.js"

/** A node that parks (without a timer) until `gate.open`, then outputs `gate.value`. */
const gated = () => {
  const gate = { open: false, value: null as unknown, runs: 0 }
  const nodeType = NodeType.make({
    type: "test.gate",
    description: "waits for the gate",
    params: Schema.Unknown,
    run: () =>
      Effect.sync(() => {
        gate.runs++
        return gate.open ? gate.value : NodeType.suspend({ checkpoint: { parked: true } })
      })
  })
  return { gate, nodeType }
}

const document = doc(
  [{ id: "start", type: "trigger" }, { id: "gate", type: "test.gate" }, { id: "done", type: "output", params: { value: "{{ nodes.gate }}" } }],
  [edge("start", "gate"), edge("gate", "done")]
)

describe("Sire.wake", () => {
  it.effect("a parked execution (no timer) runs again when woken, and completes with what its node now sees", () => {
    const { gate, nodeType } = gated()
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(document)
      const started = yield* sire.start({ workflowId: workflow.id })
      yield* awaitEvent(started.id, (event) => event._tag === "execution.waiting")
      assert.strictEqual((yield* sire.get(started.id)).status, "waiting")
      assert.strictEqual(gate.runs, 1)
      gate.open = true
      gate.value = { approved: true }
      const woken = yield* sire.wake(started.id)
      assert.strictEqual(woken.id, started.id)
      const done = yield* drive(sire.wait(started.id), 10)
      assert.strictEqual(done.status, "completed")
      assert.deepStrictEqual(done.output, { approved: true })
      assert.strictEqual(gate.runs, 2)
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [nodeType] })))
  })

  it.effect("is scoped to the organization: unknown and other organizations' executions are ExecutionNotFound", () => {
    const { nodeType } = gated()
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const mine = Id.OrganizationId.make("org_mine")
      const workflow = yield* sire.createWorkflow(document, { organizationId: mine })
      const started = yield* sire.start({ workflowId: workflow.id, organizationId: mine })
      yield* awaitEvent(started.id, (event) => event._tag === "execution.waiting").pipe(
        Effect.provideService(Sire.Sire, { ...sire, events: (id, options) => sire.events(id, { ...options, organizationId: mine }) })
      )
      const other = yield* Effect.flip(sire.wake(started.id, { organizationId: Id.OrganizationId.make("org_other") }))
      assert.strictEqual(other._tag, "ExecutionNotFound")
      const unknown = yield* Effect.flip(sire.wake("exec_unknown", { organizationId: mine }))
      assert.strictEqual(unknown._tag, "ExecutionNotFound")
      assert.strictEqual((yield* sire.get(started.id, { organizationId: mine })).status, "waiting")
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [nodeType] })))
  })

  it.effect("a final execution is answered as it is", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([{ id: "start", type: "trigger" }]))
      const done = yield* drive(sire.run({ workflowId: workflow.id, input: 1 }), 10)
      const woken = yield* sire.wake(done.id)
      assert.strictEqual(woken.status, "completed")
      assert.deepStrictEqual(woken, done)
    }).pipe(Effect.provide(Sire.layerMemory())))
})

describe("Engine option resumeUrl", () => {
  it.effect("feeds the templates' execution.resumeUrl with the host's URL for the execution", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([
        { id: "start", type: "trigger" },
        { id: "done", type: "output", params: { value: "{{ execution.resumeUrl }}" } }
      ], [edge("start", "done")]))
      const done = yield* drive(sire.run({ workflowId: workflow.id }), 10)
      assert.strictEqual(done.output, `https://sire.example/resume/${done.id}`)
    }).pipe(Effect.provide(Sire.layerMemory({
      engine: { maxDepth: 10, resumeUrl: (ref) => `https://sire.example/resume/${ref.executionId}` }
    }))))

  it.effect("is absent when the host serves none", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([
        { id: "start", type: "trigger" },
        { id: "done", type: "output", params: { value: { url: "{{ execution.resumeUrl }}" } } }
      ], [edge("start", "done")]))
      const done = yield* drive(sire.run({ workflowId: workflow.id }), 10)
      assert.deepStrictEqual(done.output, { url: null })
    }).pipe(Effect.provide(Sire.layerMemory())))
})
