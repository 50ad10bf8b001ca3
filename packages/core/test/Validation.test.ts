import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import * as ExecutionStore from "../src/ExecutionStore.js"
import * as Id from "../src/Id.js"
import { Sire } from "../src/index.js"
import * as NodeType from "../src/NodeType.js"
import type { Problem } from "../src/Validation.js"
import { doc, edge, runWith } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

const problemsOf = (document: unknown) =>
  Effect.gen(function*() {
    const sire = yield* Sire.Sire
    const error = yield* Effect.flip(sire.createWorkflow(document))
    if (error._tag !== "InvalidWorkflow") return assert.fail(`expected InvalidWorkflow, got ${error._tag}`)
    return error.details
  })

const located = (problems: ReadonlyArray<Problem>) =>
  problems.map((p) => `${p.path}${p.nodeId !== undefined ? ` @${p.nodeId}` : ""}`).sort()

const only = (problems: ReadonlyArray<Problem>, path: string) => problems.filter((p) => p.path === path)

describe("validation on save", () => {
  it.effect("reports every problem at once, each with its field path and node", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf({
        name: "everything wrong",
        nodes: [
          start,
          { id: "check", type: "condition", params: { expression: "{{ $foo( }}" } },
          { id: "start", type: "transform", params: { value: 1 } },
          { id: "boom", type: "fail", params: {} },
          { id: "wait", type: "delay", params: { ms: "soon" } },
          { id: "mystery", type: "nope" },
          { id: "sw", type: "switch", params: { value: 1, cases: [{ name: "a", equals: 1 }] } },
          { id: "loop", type: "transform", params: { value: 1 } },
          { id: "x", type: "transform", params: { value: 1 } },
          { id: "y", type: "transform", params: { value: 1 } },
          { id: "plain", type: "transform", params: { value: 1 } }
        ],
        edges: [
          edge("start", "check"),
          edge("check", "boom"),
          edge("sw", "wait", "b"),
          edge("start", "ghost"),
          edge("phantom", "start"),
          edge("loop", "loop"),
          edge("x", "y"),
          edge("y", "x"),
          edge("plain", "boom", "error")
        ]
      })
      assert.deepStrictEqual([...new Set(located(problems))], [
        "edges @loop",
        "edges[1].sourceHandle @check",
        "edges[2].sourceHandle @sw",
        "edges[3].target",
        "edges[4].source",
        "edges[8].sourceHandle @plain",
        "nodes[1].params.expression @check",
        "nodes[2].id @start",
        "nodes[3].params.message @boom",
        "nodes[4].params.ms @wait",
        "nodes[5].type @mystery"
      ])
      const message = (path: string) => only(problems, path).map((p) => p.message).join(" | ")
      assert.include(message("nodes[1].params.expression"), "$foo(")
      assert.include(message("nodes[2].id"), "duplicate")
      assert.include(message("nodes[4].params.ms"), "number")
      assert.include(message("nodes[5].type"), "nope")
      assert.include(message("edges[1].sourceHandle"), "\"out\"")
      assert.include(message("edges[2].sourceHandle"), "\"b\"")
      assert.include(message("edges[3].target"), "ghost")
      assert.include(message("edges[4].source"), "phantom")
      assert.include(message("edges[8].sourceHandle"), "\"error\"")
      for (const id of ["loop", "x", "y"]) assert.include(message("edges"), `"${id}"`)
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("a self-loop is a cycle naming its node", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf(doc([start, { id: "me", type: "transform", params: { value: 1 } }], [
        edge("start", "me"),
        edge("me", "me")
      ]))
      assert.strictEqual(problems.length, 1)
      assert.strictEqual(problems[0].path, "edges")
      assert.include(problems[0].message, "cycle")
      assert.include(problems[0].message, "\"me\"")
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("the `error` handle is accepted only with onError: \"route\"", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const nodes = (onError?: string) => [
        start,
        { id: "x", type: "transform", params: { value: 1 }, ...(onError ? { onError } : {}) },
        { id: "h", type: "transform", params: { value: 2 } }
      ]
      const edges = [edge("start", "x"), edge("x", "h", "error")]
      yield* sire.createWorkflow(doc(nodes("route"), edges))
      for (const mode of [undefined, "fail", "continue"]) {
        const problems = yield* problemsOf(doc(nodes(mode), edges))
        assert.deepStrictEqual(located(problems), ["edges[1].sourceHandle @x"], String(mode))
      }
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("condition handles are `true` and `false`; switch handles are its case names and `default`", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      yield* sire.createWorkflow(doc([
        start,
        { id: "c", type: "condition", params: { expression: true } },
        { id: "s", type: "switch", params: { value: 1, cases: [{ name: "one", equals: 1 }, { name: "two", equals: 2 }] } },
        { id: "a", type: "merge" }
      ], [
        edge("start", "c"),
        edge("c", "s", "true"),
        edge("c", "a", "false"),
        edge("s", "a", "one"),
        edge("s", "a", "two"),
        edge("s", "a", "default")
      ]))
      const problems = yield* problemsOf(doc([
        start,
        { id: "s", type: "switch", params: { value: 1, cases: [{ name: "one", equals: 1 }] } },
        { id: "a", type: "merge" }
      ], [edge("start", "s"), edge("s", "a", "three"), edge("s", "a")]))
      assert.deepStrictEqual(located(problems), ["edges[1].sourceHandle @s", "edges[2].sourceHandle @s"])
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("params failing the node type's schema name the field", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf(doc([
        start,
        { id: "f", type: "fail" },
        { id: "d", type: "delay", params: { ms: -5 } },
        { id: "e", type: "forEach", params: { items: "not a template", workflowId: 7 } }
      ]))
      assert.deepStrictEqual([...new Set(located(problems))], [
        "nodes[1].params.message @f",
        "nodes[2].params.ms @d",
        "nodes[3].params.items @e",
        "nodes[3].params.workflowId @e"
      ])
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("host node types are validated against their own params schema", () => {
    const send = NodeType.make({
      type: "acme.send",
      description: "sends",
      params: Schema.Struct({ to: Schema.String, count: Schema.Int }),
      run: (ctx) => Effect.succeed(ctx.params)
    })
    return Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const problems = yield* problemsOf(doc([start, { id: "x", type: "acme.send", params: { count: 1.5 } }]))
      assert.deepStrictEqual([...new Set(located(problems))], ["nodes[1].params.count @x", "nodes[1].params.to @x"])
      yield* sire.createWorkflow(doc([start, { id: "x", type: "acme.send", params: { to: "{{ input.to }}", count: "{{ input.n }}" } }]))
    }).pipe(Effect.provide(Sire.layerMemory({ nodes: [send] })))
  })

  it.effect("every unparsable template of a node is reported with its path", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf(doc([
        start,
        { id: "t", type: "transform", params: { value: { a: "{{ 1 + }}", list: ["ok", "x {{ input. }}"], b: "{{ unclosed" } } }
      ]))
      assert.deepStrictEqual(located(problems), [
        "nodes[1].params.value.a @t",
        "nodes[1].params.value.b @t",
        "nodes[1].params.value.list[1] @t"
      ])
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("template strings in typed params are accepted at save time and checked when the node runs", () =>
    Effect.gen(function*() {
      const delayed = doc([start, { id: "wait", type: "delay", params: { ms: "{{ input.ms }}" } }], [edge("start", "wait")])
      const sire = yield* Sire.Sire
      yield* sire.createWorkflow(delayed)
      const ok = yield* runWith(delayed, { ms: 250 }, { tickMs: 50, maxTicks: 100 })
      assert.strictEqual(ok.execution.status, "completed")
      assert.deepStrictEqual(ok.steps.wait.input, { ms: 250 })
      assert.isAtLeast(ok.steps.wait.endedAt!, 250)
      const bad = yield* runWith(delayed, { ms: "soon" })
      assert.strictEqual(bad.execution.status, "failed")
      assert.strictEqual(bad.execution.error?.nodeId, "wait")
      assert.include(bad.steps.wait.error, "\"wait\"")
      assert.include(bad.steps.wait.error, "ms")
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("document shape problems are listed with their paths", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf({ nodes: [{ id: "", type: "trigger", retry: { maxAttempts: 0 } }], edges: [{ source: 1 }] })
      assert.deepStrictEqual(located(problems), [
        "edges[0].source",
        "edges[0].target",
        "name",
        "nodes[0].id",
        "nodes[0].retry.maxAttempts"
      ])
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("shape problems and graph problems are listed together", () =>
    Effect.gen(function*() {
      const problems = yield* problemsOf(doc([
        start,
        { id: "x", type: "transform", params: { value: 1 }, retry: { maxAttempts: 0 } },
        { id: "y", type: "nope" }
      ], [edge("start", "ghost")]))
      assert.deepStrictEqual(located(problems), ["edges[0].target", "nodes[1].retry.maxAttempts", "nodes[2].type @y"])
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("a document over the size limits (500 nodes, 2,000 edges) is refused for its size, with one problem each; at the limit it saves", () =>
    Effect.gen(function*() {
      const chain = (n: number) => doc(
        [start, ...Array.from({ length: n - 1 }, (_, i) => ({ id: `n${i}`, type: "transform", params: { value: i } }))],
        Array.from({ length: n - 1 }, (_, i) => edge(i === 0 ? "start" : `n${i - 1}`, `n${i}`))
      )
      const tooMany = yield* problemsOf(chain(501))
      assert.deepStrictEqual(tooMany.map((p) => [p.path, p.message]), [["nodes", "at most 500 nodes per workflow (this one has 501)"]])
      const sire = yield* Sire.Sire
      assert.strictEqual((yield* sire.createWorkflow(chain(500))).document.nodes.length, 500)
      const edges = Array.from({ length: 2_001 }, () => edge("start", "end"))
      const tooManyEdges = yield* problemsOf(doc([start, { id: "end", type: "output", params: { value: 1 } }], edges))
      assert.deepStrictEqual(tooManyEdges.map((p) => [p.path, p.message]), [["edges", "at most 2000 edges per workflow (this one has 2001)"]])
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("updating a workflow validates the same way and keeps the old document on failure", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(doc([start]))
      const error = yield* Effect.flip(sire.updateWorkflow(workflow.id, doc([start, { id: "x", type: "nope" }])))
      assert.strictEqual(error._tag, "InvalidWorkflow")
      if (error._tag === "InvalidWorkflow") assert.deepStrictEqual(located(error.details), ["nodes[1].type @x"])
      assert.strictEqual((yield* sire.getWorkflow(workflow.id)).document.nodes.length, 1)
    }).pipe(Effect.provide(Sire.layerMemory())))
})

describe("input validation on execute", () => {
  const withInputs = doc([start], [], {
    inputs: {
      fields: {
        email: { type: "string", required: true },
        age: { type: "integer" },
        tags: { type: "array" },
        active: { type: "boolean", default: true }
      }
    }
  })

  it.effect("a missing required field and type mismatches fail with InvalidInput listing every problem", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(withInputs)
      const error = yield* Effect.flip(sire.run({ workflowId: workflow.id, input: { age: 1.5, tags: "a,b", active: "yes" } }))
      assert.strictEqual(error._tag, "InvalidInput")
      if (error._tag !== "InvalidInput") return
      assert.deepStrictEqual(error.details.map((d) => d.path).sort(), ["input.active", "input.age", "input.email", "input.tags"])
      assert.include(error.details.find((d) => d.path === "input.email")!.message, "required")
      assert.include(error.details.find((d) => d.path === "input.age")!.message, "integer")
      assert.include(error.message, "email")
      const store = yield* ExecutionStore.ExecutionStore
      const page = yield* store.search({ organizationId: Id.defaultOrganizationId, limit: 10 })
      assert.strictEqual(page.items.length, 0, "no execution is created for invalid input")
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("a valid input starts, with defaults filled in and extra fields kept", () =>
    Effect.gen(function*() {
      const { execution } = yield* runWith(withInputs, { email: "a@b.c", extra: 1 })
      assert.strictEqual(execution.status, "completed")
      assert.deepStrictEqual(execution.input, { email: "a@b.c", extra: 1, active: true })
      assert.deepStrictEqual(execution.output, { start: { email: "a@b.c", extra: 1, active: true } })
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("a non-object input is rejected when fields are declared", () =>
    Effect.gen(function*() {
      const sire = yield* Sire.Sire
      const workflow = yield* sire.createWorkflow(withInputs)
      const error = yield* Effect.flip(sire.start({ workflowId: workflow.id, input: [1, 2] }))
      assert.strictEqual(error._tag, "InvalidInput")
    }).pipe(Effect.provide(Sire.layerMemory())))
})

describe("compiled documents", () => {
  it.effect("the same document object compiled against two registries uses each registry's node types", () => {
    const shared = doc([{ id: "x", type: "acme.who" }])
    const who = (name: string) =>
      NodeType.make({ type: "acme.who", description: name, params: Schema.Struct({}), run: () => Effect.succeed(name) })
    const runIn = (name: string) =>
      Effect.map(runWith(shared), ({ execution }) => execution.output).pipe(
        Effect.provide(Sire.layerMemory({ nodes: [who(name)] }))
      )
    return Effect.gen(function*() {
      assert.deepStrictEqual(yield* runIn("first"), { x: "first" })
      assert.deepStrictEqual(yield* runIn("second"), { x: "second" })
    })
  })
})
