import { assert, describe, it } from "@effect/vitest"
import { Effect, TestClock } from "effect"
import * as ExecutionStore from "../src/ExecutionStore.js"
import * as Id from "../src/Id.js"
import { Sire } from "../src/index.js"
import * as Worker from "../src/Worker.js"
import { awaitEvent, doc, drive, edge, eventsOf, inspect, runWith, sleeper, tags } from "./fixtures/harness.js"

const start = { id: "start", type: "trigger" }

const allExecutions = Effect.gen(function*() {
  const store = yield* ExecutionStore.ExecutionStore
  const page = yield* store.search({ organizationId: Id.defaultOrganizationId, limit: 1000 })
  return page.items
})

describe("built-in node types", () => {
  describe("trigger", () => {
    it.effect("outputs the execution input", () =>
      Effect.gen(function*() {
        const input = { email: "ann@acme.com", tags: ["a", "b"], n: 1 }
        const { execution, steps } = yield* runWith(doc([start]), input)
        assert.strictEqual(execution.status, "completed")
        assert.deepStrictEqual(steps.start.output, input)
        assert.deepStrictEqual(execution.output, { start: input })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("outputs null when started without input", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(doc([start]))
        assert.strictEqual(steps.start.output, null)
        assert.deepStrictEqual(execution.output, { start: null })
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("transform", () => {
    it.effect("resolves templates: a whole template keeps its raw value, text interpolates, literals pass through", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(
          doc([start, {
            id: "t",
            type: "transform",
            params: {
              value: {
                n: "{{ input.n }}",
                obj: "{{ input.obj }}",
                sum: "{{ input.n + 1 }}",
                text: "n={{ input.n }}!",
                list: ["{{ input.obj.k }}", 7, true, null],
                literal: "no template"
              }
            }
          }], [edge("start", "t")]),
          { n: 41, obj: { k: "v" } }
        )
        const expected = { n: 41, obj: { k: "v" }, sum: 42, text: "n=41!", list: ["v", 7, true, null], literal: "no template" }
        assert.deepStrictEqual(steps.t.output, expected)
        assert.deepStrictEqual(execution.output, { t: expected })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a raw non-string value is output as is", () =>
      Effect.gen(function*() {
        const { steps } = yield* runWith(doc([{ id: "t", type: "transform", params: { value: [1, { a: 2 }] } }]))
        assert.deepStrictEqual(steps.t.output, [1, { a: 2 }])
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("condition", () => {
    const branching = doc([
      start,
      { id: "check", type: "condition", params: { expression: "{{ input.n > 1 }}" } },
      { id: "yes", type: "transform", params: { value: "yes" } },
      { id: "yes2", type: "transform", params: { value: "{{ nodes.yes }}!" } },
      { id: "no", type: "transform", params: { value: "no" } },
      { id: "no2", type: "transform", params: { value: "{{ nodes.no }}!" } }
    ], [
      edge("start", "check"),
      edge("check", "yes", "true"),
      edge("yes", "yes2"),
      edge("check", "no", "false"),
      edge("no", "no2")
    ])

    it.effect("a true expression leaves through `true`; the `false` branch is skipped all the way down", () =>
      Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(branching, { n: 2 })
        assert.strictEqual(execution.status, "completed")
        assert.deepStrictEqual(steps.check.handles, ["true"])
        assert.strictEqual(steps.check.output, true)
        assert.strictEqual(steps.yes2.output, "yes!")
        assert.strictEqual(steps.no.status, "skipped")
        assert.strictEqual(steps.no2.status, "skipped")
        assert.deepStrictEqual(eventsOf(events, "step.skipped").map((e) => e.nodeId).sort(), ["no", "no2"])
        assert.deepStrictEqual(execution.output, { yes2: "yes!" })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a false expression leaves through `false`; the `true` branch is skipped", () =>
      Effect.gen(function*() {
        const { execution, steps } = yield* runWith(branching, { n: 0 })
        assert.deepStrictEqual(steps.check.handles, ["false"])
        assert.strictEqual(steps.check.output, false)
        assert.strictEqual(steps.yes.status, "skipped")
        assert.strictEqual(steps.yes2.status, "skipped")
        assert.strictEqual(steps.no2.status, "completed")
        assert.deepStrictEqual(execution.output, { no2: "no!" })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("non-boolean values branch by truthiness (empty string, empty array and null are false)", () =>
      Effect.gen(function*() {
        const truthy = doc([start, { id: "check", type: "condition", params: { expression: "{{ input.v }}" } }], [
          edge("start", "check")
        ])
        for (const [v, handle] of [["x", "true"], ["", "false"], [[], "false"], [[0], "true"], [null, "false"], [0, "false"]] as const) {
          const { steps } = yield* runWith(truthy, { v })
          assert.deepStrictEqual(steps.check.handles, [handle], `value ${JSON.stringify(v)}`)
        }
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("switch", () => {
    const switching = doc([
      start,
      {
        id: "sw",
        type: "switch",
        params: { value: "{{ input.v }}", cases: [{ name: "obj", equals: { a: [1, 2] } }, { name: "one", equals: 1 }] }
      },
      { id: "isObj", type: "transform", params: { value: "obj" } },
      { id: "isOne", type: "transform", params: { value: "one" } },
      { id: "other", type: "transform", params: { value: "other" } }
    ], [
      edge("start", "sw"),
      edge("sw", "isObj", "obj"),
      edge("sw", "isOne", "one"),
      edge("sw", "other", "default")
    ])

    const taken = (input: unknown) =>
      Effect.map(runWith(switching, input), ({ steps }) => ({
        handles: steps.sw.handles,
        ran: ["isObj", "isOne", "other"].filter((id) => steps[id].status === "completed"),
        skipped: ["isObj", "isOne", "other"].filter((id) => steps[id].status === "skipped"),
        output: steps.sw.output
      }))

    it.effect("leaves through the first case whose `equals` is deeply equal to the value", () =>
      Effect.gen(function*() {
        const obj = yield* taken({ v: { a: [1, 2] } })
        assert.deepStrictEqual(obj, { handles: ["obj"], ran: ["isObj"], skipped: ["isOne", "other"], output: { a: [1, 2] } })
        const one = yield* taken({ v: 1 })
        assert.deepStrictEqual(one.handles, ["one"])
        assert.deepStrictEqual(one.ran, ["isOne"])
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("leaves through `default` when no case matches (no coercion, order matters in arrays)", () =>
      Effect.gen(function*() {
        for (const v of ["1", { a: [2, 1] }, { a: [1, 2], b: 3 }, null]) {
          const result = yield* taken({ v })
          assert.deepStrictEqual(result.handles, ["default"], JSON.stringify(v))
          assert.deepStrictEqual(result.ran, ["other"])
          assert.deepStrictEqual(result.skipped, ["isObj", "isOne"])
        }
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("merge", () => {
    it.effect("after a condition, only the taken branch appears (by source id) and the merge still runs", () =>
      Effect.gen(function*() {
        const merging = doc([
          start,
          { id: "check", type: "condition", params: { expression: "{{ input.go }}" } },
          { id: "a", type: "transform", params: { value: "A" } },
          { id: "b", type: "transform", params: { value: "B" } },
          { id: "m", type: "merge" }
        ], [
          edge("start", "check"),
          edge("check", "a", "true"),
          edge("check", "b", "false"),
          edge("a", "m"),
          edge("b", "m")
        ])
        const yes = yield* runWith(merging, { go: true })
        assert.strictEqual(yes.steps.b.status, "skipped")
        assert.strictEqual(yes.steps.m.status, "completed")
        assert.deepStrictEqual(yes.steps.m.output, { a: "A" })
        assert.deepStrictEqual(yes.execution.output, { m: { a: "A" } })
        const no = yield* runWith(merging, { go: false })
        assert.deepStrictEqual(no.steps.m.output, { b: "B" })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("joins parallel branches: every taken input by source id", () =>
      Effect.gen(function*() {
        const { steps } = yield* runWith(
          doc([
            start,
            { id: "a", type: "transform", params: { value: "{{ input.x }}" } },
            { id: "b", type: "transform", params: { value: { y: 2 } } },
            { id: "m", type: "merge" }
          ], [edge("start", "a"), edge("start", "b"), edge("a", "m"), edge("b", "m")]),
          { x: 1 }
        )
        assert.deepStrictEqual(steps.m.output, { a: 1, b: { y: 2 } })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a merge whose inputs were all skipped is skipped", () =>
      Effect.gen(function*() {
        const { steps } = yield* runWith(
          doc([
            start,
            { id: "check", type: "condition", params: { expression: "{{ false }}" } },
            { id: "a", type: "transform", params: { value: "A" } },
            { id: "b", type: "transform", params: { value: "B" } },
            { id: "m", type: "merge" }
          ], [edge("start", "check"), edge("check", "a", "true"), edge("check", "b", "true"), edge("a", "m"), edge("b", "m")])
        )
        assert.strictEqual(steps.m.status, "skipped")
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("output", () => {
    it.effect("one output node: the execution's output is its value", () =>
      Effect.gen(function*() {
        const { execution } = yield* runWith(
          doc([start, { id: "o", type: "output", params: { value: { to: "{{ input.email }}" } } }, {
            id: "leaf",
            type: "transform",
            params: { value: "ignored" }
          }], [edge("start", "o"), edge("start", "leaf")]),
          { email: "a@b.c" }
        )
        assert.deepStrictEqual(execution.output, { to: "a@b.c" })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("several output nodes: by node id, leaves that are not outputs left out", () =>
      Effect.gen(function*() {
        const { execution } = yield* runWith(
          doc([
            start,
            { id: "o1", type: "output", params: { value: "{{ input.a }}" } },
            { id: "o2", type: "output", params: { value: [1, 2] } },
            { id: "leaf", type: "transform", params: { value: "ignored" } }
          ], [edge("start", "o1"), edge("start", "o2"), edge("start", "leaf")]),
          { a: "x" }
        )
        assert.deepStrictEqual(execution.output, { o1: "x", o2: [1, 2] })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("no output node: the outputs of the leaf nodes by id", () =>
      Effect.gen(function*() {
        const { execution } = yield* runWith(
          doc([
            start,
            { id: "a", type: "transform", params: { value: "A" } },
            { id: "b", type: "transform", params: { value: "B" } },
            { id: "c", type: "transform", params: { value: "{{ nodes.a }}C" } }
          ], [edge("start", "a"), edge("start", "b"), edge("a", "c")])
        )
        assert.deepStrictEqual(execution.output, { b: "B", c: "AC" })
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("fail", () => {
    it.effect("fails the execution with the message and the node id, and is never retried", () =>
      Effect.gen(function*() {
        const { events, execution, steps } = yield* runWith(
          doc([start, {
            id: "boom",
            type: "fail",
            params: { message: "no luck for {{ input.who }}" },
            retry: { maxAttempts: 5, initialDelayMs: 10 }
          }, { id: "after", type: "transform", params: { value: 1 } }], [edge("start", "boom"), edge("boom", "after")]),
          { who: "ann" },
          { tickMs: 10, maxTicks: 100 }
        )
        assert.strictEqual(execution.status, "failed")
        assert.deepStrictEqual(execution.error, { message: "no luck for ann", nodeId: "boom" })
        assert.strictEqual(steps.boom.status, "failed")
        assert.strictEqual(steps.boom.error, "no luck for ann")
        assert.strictEqual(steps.boom.attempts, 1)
        assert.deepStrictEqual(eventsOf(events, "step.retrying"), [])
        assert.notStrictEqual(steps.after?.status, "completed")
        assert.strictEqual(events[events.length - 1]._tag, "execution.failed")
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("delay", () => {
    const delayed = (params: Record<string, unknown>) =>
      doc([start, { id: "wait", type: "delay", params }, { id: "after", type: "transform", params: { value: "done" } }], [
        edge("start", "wait"),
        edge("wait", "after")
      ])

    const activeIsEmpty = Effect.gen(function*() {
      const worker = yield* Worker.Worker
      for (let i = 0; i < 100; i++) {
        if ((yield* worker.active).length === 0) return true
        yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 1)))
      }
      return false
    })

    it.effect("parks the execution (`waiting` with `wakeAt`), holds no fiber, and completes after the delay", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(delayed({ ms: 60_000 }))
        const started = yield* sire.start({ workflowId: workflow.id })
        yield* awaitEvent(started.id, (e) => e._tag === "execution.waiting")
        const waiting = yield* sire.get(started.id)
        assert.strictEqual(waiting.status, "waiting")
        assert.strictEqual(waiting.wakeAt, 60_000)
        assert.isTrue(yield* activeIsEmpty, "no execution is held by the worker while it waits")

        yield* TestClock.adjust(59_000)
        assert.strictEqual((yield* sire.get(started.id)).status, "waiting")
        const done = yield* drive(sire.wait(started.id), 500)
        assert.strictEqual(done.status, "completed")
        assert.deepStrictEqual(done.output, { after: "done" })
        const { events, steps } = yield* inspect(started.id)
        assert.strictEqual(steps.wait.status, "completed")
        assert.isAtLeast(steps.after.startedAt!, 60_000)
        assert.strictEqual(eventsOf(events, "step.waiting")[0].wakeAt, 60_000)
        assert.deepStrictEqual(
          tags(events).filter((t) => t.startsWith("execution.")),
          ["execution.queued", "execution.started", "execution.waiting", "execution.started", "execution.completed"]
        )
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("`until` is unix seconds", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const workflow = yield* sire.createWorkflow(delayed({ until: 120 }))
        const started = yield* sire.start({ workflowId: workflow.id })
        yield* awaitEvent(started.id, (e) => e._tag === "execution.waiting")
        assert.strictEqual((yield* sire.get(started.id)).wakeAt, 120_000)
        yield* TestClock.adjust(119_000)
        assert.strictEqual((yield* sire.get(started.id)).status, "waiting")
        const done = yield* drive(sire.wait(started.id), 1_000)
        assert.strictEqual(done.status, "completed")
        assert.isAtLeast(done.endedAt!, 120_000)
        const { steps } = yield* inspect(started.id)
        assert.deepStrictEqual(steps.wait.output, { until: 120 })
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("`until` in the past does not wait", () =>
      Effect.gen(function*() {
        yield* TestClock.adjust(10_000)
        const { events, execution } = yield* runWith(delayed({ until: 5 }))
        assert.strictEqual(execution.status, "completed")
        assert.deepStrictEqual(eventsOf(events, "execution.waiting"), [])
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("workflow", () => {
    const child = doc([
      start,
      { id: "double", type: "transform", params: { value: { doubled: "{{ input.n * 2 }}" } } },
      { id: "out", type: "output", params: { value: "{{ nodes.double }}" } }
    ], [edge("start", "double"), edge("double", "out")])

    const parent = (workflowId: string) =>
      doc([
        start,
        { id: "sub", type: "workflow", params: { workflowId, input: { n: "{{ input.n }}" } } },
        { id: "done", type: "output", params: { value: "{{ nodes.sub.doubled }}" } }
      ], [edge("start", "sub"), edge("sub", "done")])

    it.effect("outputs the sub-workflow's output", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(child)
        const { execution, steps } = yield* runWith(parent(sub.id), { n: 21 })
        assert.strictEqual(execution.status, "completed")
        assert.deepStrictEqual(steps.sub.output, { doubled: 42 })
        assert.strictEqual(execution.output, 42)
        const children = (yield* allExecutions).filter((e) => e.workflowId === sub.id)
        assert.strictEqual(children.length, 1)
        assert.strictEqual(children[0].status, "completed")
        assert.strictEqual(children[0].depth, 1)
        assert.strictEqual(children[0].parent?.executionId, execution.id)
        assert.strictEqual(children[0].parent?.nodeId, "sub")
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a failing sub-workflow fails the node with the sub-workflow's message", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(
          doc([start, { id: "boom", type: "fail", params: { message: "child broke" } }], [edge("start", "boom")])
        )
        const { execution, steps } = yield* runWith(parent(sub.id), { n: 1 })
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(execution.error?.nodeId, "sub")
        assert.include(execution.error?.message, "child broke")
        assert.strictEqual(steps.sub.status, "failed")
        assert.include(steps.sub.error, "child broke")
        assert.notStrictEqual(steps.done?.status, "completed")
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a sub-workflow that waits on a delay parks the parent, which completes once the child does", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(doc([
          start,
          { id: "wait", type: "delay", params: { ms: 5_000 } },
          { id: "out", type: "output", params: { value: { doubled: "{{ input.n * 2 }}" } } }
        ], [edge("start", "wait"), edge("wait", "out")]))
        const workflow = yield* sire.createWorkflow(parent(sub.id))
        const started = yield* sire.start({ workflowId: workflow.id, input: { n: 4 } })
        yield* awaitEvent(started.id, (e) => e._tag === "execution.waiting")
        assert.strictEqual((yield* sire.get(started.id)).status, "waiting")
        const done = yield* drive(sire.wait(started.id), 500)
        assert.strictEqual(done.status, "completed")
        assert.strictEqual(done.output, 8)
        assert.isAtLeast(done.endedAt!, 5_000)
        const children = (yield* allExecutions).filter((e) => e.workflowId === sub.id)
        assert.strictEqual(children.length, 1, "the child is not started twice when the parent resumes")
        assert.strictEqual(children[0].status, "completed")
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("a workflow calling itself fails cleanly once nesting passes the limit", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const placeholder = yield* sire.createWorkflow(doc([start]))
        const recursive = doc([start, { id: "again", type: "workflow", params: { workflowId: placeholder.id, input: "{{ input }}" } }], [
          edge("start", "again")
        ])
        yield* sire.updateWorkflow(placeholder.id, recursive)
        const done = yield* sire.run({ workflowId: placeholder.id, input: { x: 1 } })
        assert.strictEqual(done.status, "failed")
        assert.strictEqual(done.error?.nodeId, "again")
        assert.include(done.error?.message, "nested deeper than 3")
        const all = yield* allExecutions
        assert.strictEqual(all.length, 4)
        assert.deepStrictEqual(all.map((e) => e.depth).sort(), [0, 1, 2, 3])
        assert.isTrue(all.every((e) => e.status === "failed"))
      }).pipe(Effect.provide(Sire.layerMemory({ engine: { maxDepth: 3 } }))))

    it.effect("self-recursion also stops at the default limit", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const placeholder = yield* sire.createWorkflow(doc([start]))
        yield* sire.updateWorkflow(
          placeholder.id,
          doc([start, { id: "again", type: "workflow", params: { workflowId: placeholder.id } }], [edge("start", "again")])
        )
        const done = yield* sire.run({ workflowId: placeholder.id })
        assert.strictEqual(done.status, "failed")
        assert.include(done.error?.message, "nested deeper than")
        const all = yield* allExecutions
        assert.isTrue(all.every((e) => e.status === "failed"))
        assert.isAtMost(Math.max(...all.map((e) => e.depth)), 10)
      }).pipe(Effect.provide(Sire.layerMemory())))
  })

  describe("forEach", () => {
    it.effect("outputs the results in item order, with `item` and `index` visible, respecting `concurrency`", () => {
      const work = sleeper("test.work")
      return Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(doc([
          start,
          { id: "w", type: "test.work", params: { ms: "{{ (7 - input) * 10 }}", value: "{{ input * input }}" } },
          { id: "out", type: "output", params: { value: { sq: "{{ nodes.w }}", item: "{{ item }}", index: "{{ index }}" } } }
        ], [edge("start", "w"), edge("w", "out")]))
        const { execution, steps } = yield* runWith(
          doc([start, {
            id: "each",
            type: "forEach",
            params: { items: "{{ input.items }}", workflowId: sub.id, concurrency: 2 }
          }], [edge("start", "each")]),
          { items: [1, 2, 3, 4, 5, 6] },
          { tickMs: 5 }
        )
        assert.strictEqual(execution.status, "completed")
        assert.deepStrictEqual(
          steps.each.output,
          [1, 2, 3, 4, 5, 6].map((n, index) => ({ sq: n * n, item: n, index }))
        )
        assert.strictEqual(work.probe.calls, 6)
        assert.strictEqual(work.probe.maxRunning, 2)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [work.nodeType] })))
    })

    it.effect("runs items one at a time with concurrency 1 and in parallel up to the limit otherwise", () => {
      const work = sleeper("test.work")
      return Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(
          doc([start, { id: "w", type: "test.work", params: { ms: 10 } }], [edge("start", "w")])
        )
        const each = (concurrency: number) =>
          doc([start, { id: "each", type: "forEach", params: { items: [1, 2, 3, 4, 5], workflowId: sub.id, concurrency } }], [
            edge("start", "each")
          ])
        yield* runWith(each(1), null, { tickMs: 5 })
        assert.strictEqual(work.probe.maxRunning, 1)
        work.probe.maxRunning = 0
        yield* runWith(each(8), null, { tickMs: 5 })
        assert.strictEqual(work.probe.maxRunning, 5)
      }).pipe(Effect.provide(Sire.layerMemory({ nodes: [work.nodeType] })))
    })

    it.effect("a failing item fails the node, naming the index", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(doc([
          start,
          { id: "check", type: "condition", params: { expression: "{{ input = 3 }}" } },
          { id: "boom", type: "fail", params: { message: "bad item {{ input }}" } },
          { id: "ok", type: "output", params: { value: "{{ input }}" } }
        ], [edge("start", "check"), edge("check", "boom", "true"), edge("check", "ok", "false")]))
        const { execution, steps } = yield* runWith(
          doc([start, { id: "each", type: "forEach", params: { items: [1, 2, 3, 4], workflowId: sub.id } }], [
            edge("start", "each")
          ])
        )
        assert.strictEqual(execution.status, "failed")
        assert.strictEqual(execution.error?.nodeId, "each")
        assert.strictEqual(steps.each.status, "failed")
        assert.include(steps.each.error, "item 2")
        assert.include(steps.each.error, "bad item 3")
      }).pipe(Effect.provide(Sire.layerMemory())))

    it.effect("an empty list outputs an empty array", () =>
      Effect.gen(function*() {
        const sire = yield* Sire.Sire
        const sub = yield* sire.createWorkflow(doc([start]))
        const { steps } = yield* runWith(
          doc([start, { id: "each", type: "forEach", params: { items: [], workflowId: sub.id } }], [edge("start", "each")])
        )
        assert.deepStrictEqual(steps.each.output, [])
      }).pipe(Effect.provide(Sire.layerMemory())))
  })
})
