import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Sire } from "../src/index.js"
import { doc, edge, runWith } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

const probe = (value: unknown) =>
  doc([
    start,
    { id: "first", type: "transform", params: { value: { x: 41, list: [1, 2, 3] } } },
    { id: "t", type: "transform", params: { value } }
  ], [edge("start", "first"), edge("first", "t")], { variables: { team: "sales", limits: { max: 3 } } })

const failing = (expression: string) =>
  doc([
    start,
    { id: "bad", type: "transform", params: { value: { v: expression } } },
    { id: "after", type: "transform", params: { value: 1 } }
  ], [edge("start", "bad"), edge("bad", "after")])

describe("expressions inside workflows", () => {
  it.effect("see vars, execution, input and the outputs of earlier nodes", () =>
    Effect.gen(function*() {
      const { execution, steps } = yield* runWith(
        probe({
          team: "{{ vars.team }}",
          teamUpper: "{{ $uppercase(vars.team) }}",
          max: "{{ vars.limits.max }}",
          id: "{{ execution.id }}",
          workflowId: "{{ execution.workflowId }}",
          trigger: "{{ execution.trigger }}",
          email: "{{ input.email }}",
          domain: "{{ $substringAfter(input.email, '@') }}",
          x: "{{ nodes.first.x }}",
          next: "{{ nodes.first.x + 1 }}",
          total: "{{ $sum(nodes.first.list) }}",
          greeting: "Hi {{ input.email }} from {{ vars.team }}"
        }),
        { email: "ann@acme.com" },
        { trigger: "manual" }
      )
      assert.strictEqual(execution.status, "completed")
      assert.deepStrictEqual(steps.t.output, {
        team: "sales",
        teamUpper: "SALES",
        max: 3,
        id: execution.id,
        workflowId: execution.workflowId,
        trigger: "manual",
        email: "ann@acme.com",
        domain: "acme.com",
        x: 41,
        next: 42,
        total: 6,
        greeting: "Hi ann@acme.com from sales"
      })
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("the resolved params are recorded as the step's input", () =>
    Effect.gen(function*() {
      const { steps } = yield* runWith(probe({ a: "{{ input.a }}", b: "{{ nodes.first.x }}" }), { a: [1] })
      assert.deepStrictEqual(steps.t.input, { value: { a: [1], b: 41 } })
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("a missing path yields null, not a failure", () =>
    Effect.gen(function*() {
      const { execution, steps } = yield* runWith(probe({ a: "{{ input.nope.deeper }}", b: "{{ nodes.ghost }}" }), {})
      assert.strictEqual(execution.status, "completed")
      assert.deepStrictEqual(steps.t.output, { a: null, b: null })
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("a bad expression at run time fails its node with a message naming the node and the expression", () =>
    Effect.gen(function*() {
      const { execution, steps } = yield* runWith(failing("{{ $number(input.word) }}"), { word: "abc" })
      assert.strictEqual(execution.status, "failed")
      assert.strictEqual(execution.error?.nodeId, "bad")
      assert.strictEqual(steps.bad.status, "failed")
      assert.include(steps.bad.error, "\"bad\"")
      assert.include(steps.bad.error, "$number(input.word)")
      assert.include(execution.error?.message, "$number(input.word)")
      assert.notStrictEqual(steps.after?.status, "completed")
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("an $error() call fails the node with its message", () =>
    Effect.gen(function*() {
      const { execution, steps } = yield* runWith(failing("{{ $error('custom reason') }}"))
      assert.strictEqual(execution.status, "failed")
      assert.include(steps.bad.error, "custom reason")
      assert.include(steps.bad.error, "\"bad\"")
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("an expression failure is not retried even with a retry policy (it would fail the same way)", () =>
    Effect.gen(function*() {
      const document = failing("{{ $error('again') }}")
      const withRetry = { ...document, nodes: document.nodes.map((n) => (n.id === "bad" ? { ...n, retry: { maxAttempts: 3, initialDelayMs: 1 } } : n)) }
      const { execution, steps } = yield* runWith(withRetry, null, { tickMs: 1, maxTicks: 100 })
      assert.strictEqual(execution.status, "failed")
      assert.strictEqual(steps.bad.attempts, 1)
    }).pipe(Effect.provide(Sire.layerMemory())))

  it.effect("with onError: continue, an expression failure becomes { error } for downstream nodes", () =>
    Effect.gen(function*() {
      const document = failing("{{ $error('soft') }}")
      const soft = { ...document, nodes: document.nodes.map((n) => (n.id === "bad" ? { ...n, onError: "continue" } : n.id === "after" ? { ...n, params: { value: "{{ nodes.bad.error }}" } } : n)) }
      const { execution, steps } = yield* runWith(soft)
      assert.strictEqual(execution.status, "completed")
      assert.include(steps.after.output as string, "soft")
    }).pipe(Effect.provide(Sire.layerMemory())))

  describe("malicious expressions fail their node cleanly and the engine keeps serving", () => {
    const healthy = doc([start, { id: "ok", type: "transform", params: { value: "{{ input.n * 2 }}" } }], [edge("start", "ok")])

    it.effect("unbounded recursion", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(failing("{{ ( $f := function($n){ $f($n+1) }; $f(0) ) }}"))
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(execution.error?.nodeId, "bad")
        assert.strictEqual(steps.bad.status, "failed")
        assert.include(steps.bad.error, "( $f := function($n){ $f($n+1) }; $f(0) )")
        assert.match(steps.bad.error!, /expression timed out after \d+ ms|too deeply nested or recursive/)
        const next = yield* runWith(healthy, { n: 21 })
        assert.strictEqual(next.execution.status, "completed")
        assert.deepStrictEqual(next.execution.output, { ok: 42 })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("non-tail recursion hits the depth limit", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(failing("{{ ( $f := function($n){ 1 + $f($n+1) }; $f(0) ) }}"))
        assert.strictEqual(execution.status, "failed")
        assert.include(steps.bad.error, "too deeply nested or recursive")
        const next = yield* runWith(healthy, { n: 5 })
        assert.deepStrictEqual(next.execution.output, { ok: 10 })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a huge range", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(failing("{{ $count([1..10000000]) }}"))
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(execution.error?.nodeId, "bad")
        assert.include(steps.bad.error, "$count([1..10000000])")
        assert.include(steps.bad.error, "sequence too large")
        const next = yield* runWith(healthy, { n: 1 })
        assert.deepStrictEqual(next.execution.output, { ok: 2 })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("malicious and healthy executions side by side: only the malicious ones fail", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const bad = yield* sire.createWorkflow(failing("{{ ( $f := function($n){ $f($n+1) }; $f(0) ) }}"))
        const huge = yield* sire.createWorkflow(failing("{{ $count([1..10000000]) }}"))
        const good = yield* sire.createWorkflow(healthy)
        const runs = yield* Effect.all([
          sire.run({ workflowId: bad.id }),
          sire.run({ workflowId: good.id, input: { n: 1 } }),
          sire.run({ workflowId: huge.id }),
          sire.run({ workflowId: good.id, input: { n: 2 } })
        ], { concurrency: "unbounded" })
        assert.deepStrictEqual(runs.map((r) => r.status), ["failed", "completed", "failed", "completed"])
        assert.deepStrictEqual(runs[3].output, { ok: 4 })
      }).pipe(Effect.provide(Sire.layerMemory())))
  })
})
