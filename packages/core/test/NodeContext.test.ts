/**
 * What a host node sees beyond its params: literal params kept as written, every settled node's
 * output and the workflow's variables, and transient deltas published to live watchers only.
 */
import { assert, describe, it } from "@effect/vitest"
import { Chunk, Deferred, Effect, Fiber, Schema, Stream } from "effect"
import * as NodeType from "../src/NodeType.js"
import { Sire } from "../src/index.js"
import { doc, edge, runWith } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

/** Echoes its params, and what it sees of the execution, as its output. */
const echo = NodeType.make({
  type: "test.echo",
  description: "Outputs its params and scope.",
  params: Schema.Struct({ source: Schema.String, other: Schema.optional(Schema.Unknown) }),
  literalParams: ["source"],
  run: (ctx) => Effect.succeed({ params: ctx.params, nodes: { ...ctx.nodes }, vars: ctx.vars })
})

describe("node context", () => {
  it.effect("a literal param keeps template-looking text as written while the others resolve", () =>
    Effect.gen(function*() {
      const { execution, steps } = yield* runWith(
        doc([start, { id: "e", type: "test.echo", params: { source: "return {{ input.n }} + `${x}`}}", other: "{{ input.n }}" } }], [
          edge("start", "e")
        ]),
        { n: 4 }
      )
      assert.strictEqual(execution.status, "completed")
      assert.deepStrictEqual((steps.e.output as { params: unknown }).params, { source: "return {{ input.n }} + `${x}`}}", other: 4 })
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [echo] }))))

  it.effect("an unparsable template in a literal param is not a validation problem", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start, { id: "e", type: "test.echo", params: { source: "{{ ( }}" } }], [edge("start", "e")]))
      assert.strictEqual(workflow.document.nodes.length, 2)
      const refused = yield* Effect.flip(
        sire.createWorkflow(doc([start, { id: "e", type: "test.echo", params: { source: "x", other: "{{ ( }}" } }], [edge("start", "e")]))
      )
      assert.strictEqual(refused._tag, "InvalidWorkflow")
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [echo] }))))

  it.effect("sees the outputs of every settled node (not only its direct inputs) and the variables", () =>
    Effect.gen(function*() {
      const { steps } = yield* runWith(
        doc(
          [start, { id: "a", type: "transform", params: { value: 1 } }, { id: "e", type: "test.echo", params: { source: "" } }],
          [edge("start", "a"), edge("a", "e")],
          { variables: { region: "eu" } }
        ),
        { n: 1 }
      )
      const output = steps.e.output as { nodes: Record<string, unknown>; vars: unknown }
      assert.deepStrictEqual(output.nodes, { start: { n: 1 }, a: 1 })
      assert.deepStrictEqual(output.vars, { region: "eu" })
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [echo] }))))

  it.effect("emitted deltas reach live watchers in order and are never stored in the event log", () => {
    const release = Deferred.unsafeMake<void>(undefined as never)
    const streamer = NodeType.make({
      type: "test.stream",
      description: "Emits three chunks once released.",
      params: Schema.Struct({}),
      run: (ctx) =>
        Effect.gen(function*() {
          yield* Deferred.await(release)
          for (const text of ["Hel", "lo", "!"]) yield* ctx.emit(text)
          return "Hello!"
        })
    })
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start, { id: "s", type: "test.stream" }], [edge("start", "s")]))
      const execution = yield* sire.start({ workflowId: workflow.id })
      const collected = yield* Effect.fork(Stream.runCollect(Stream.take(sire.deltas(execution.id), 3)))
      // Released once the watcher waits for its first delta, i.e. once it listens.
      while ((yield* Fiber.status(collected))._tag !== "Suspended") yield* Effect.yieldNow()
      yield* Deferred.succeed(release, undefined)
      const deltas = Chunk.toArray(yield* Fiber.join(collected))
      assert.deepStrictEqual(deltas.map((d) => [d._tag, d.nodeId, d.attempt, d.text]), [
        ["step.delta", "s", 1, "Hel"],
        ["step.delta", "s", 1, "lo"],
        ["step.delta", "s", 1, "!"]
      ])
      const done = yield* sire.wait(execution.id)
      assert.strictEqual(done.status, "completed")
      const events = Chunk.toArray(yield* Stream.runCollect(sire.events(execution.id)))
      assert.isFalse(events.some((e) => (e._tag as string) === "step.delta"))
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [streamer] })))
  })
})
