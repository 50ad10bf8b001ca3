/**
 * The contract of the `ExecutionStore` port: every adapter (memory, PGlite, PostgreSQL) must pass it.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import * as fc from "fast-check"
import type { Execution, Status, Step } from "@sire/core/Execution"
import { type Commit, ExecutionStore, type Ref, type SearchQuery } from "@sire/core/ExecutionStore"
import type { OrganizationId } from "@sire/core/Id"
import { execId, execution, orgA, orgB, wfId, pageAll } from "./fixtures.js"

const refOf = (e: Execution): Ref => ({ organizationId: e.organizationId, executionId: e.id })

const step = (nodeId: string, overrides: Partial<Step> = {}): Step => ({
  nodeId,
  nodeType: "transform",
  status: "running",
  handles: [],
  attempts: 1,
  ...overrides
})

/** Everything a store holds about one execution. */
const stateOf = (ref: Ref) =>
  Effect.gen(function*() {
    const s = yield* ExecutionStore
    const steps = [...(yield* s.steps(ref))].sort((a, b) => (a.nodeId < b.nodeId ? -1 : 1))
    return { execution: yield* s.get(ref), steps, events: yield* s.events(ref, 0) }
  })

const statuses: ReadonlyArray<Status> = ["queued", "running", "waiting", "completed", "failed", "cancelled"]

/** Pages through a search and returns every item in page order. */
const searchAll = (query: Omit<SearchQuery, "cursor">) =>
  Effect.flatMap(ExecutionStore, (s) =>
    pageAll(query.limit, (cursor) => s.search({ ...query, ...(cursor !== undefined ? { cursor } : {}) })))

/** Independent reference of a search filter. */
const expectedMatch = (q: Omit<SearchQuery, "limit" | "cursor">, e: Execution): boolean => {
  if (e.organizationId !== q.organizationId) return false
  if (q.workflowId !== undefined && e.workflowId !== q.workflowId) return false
  if (q.status !== undefined && e.status !== q.status) return false
  if (q.trigger !== undefined && e.trigger !== q.trigger) return false
  if (q.from !== undefined && e.createdAt < q.from) return false
  if (q.to !== undefined && e.createdAt > q.to) return false
  if (q.minDurationMs !== undefined || q.maxDurationMs !== undefined) {
    if (e.startedAt === undefined || e.endedAt === undefined) return false
    const d = e.endedAt - e.startedAt
    if (q.minDurationMs !== undefined && d < q.minDurationMs) return false
    if (q.maxDurationMs !== undefined && d > q.maxDurationMs) return false
  }
  return true
}

/**
 * Checks a paged result against the expected set: no repeats, nothing missing or extra, newest
 * first. Ties on `createdAt` may come in any order the adapter chooses, as long as paging is stable.
 */
const assertNewestFirst = (got: ReadonlyArray<{ id: string; createdAt: number }>, expected: ReadonlyArray<{ id: string; createdAt: number }>) => {
  const gotIds = got.map((e) => e.id)
  assert.strictEqual(new Set(gotIds).size, gotIds.length, "no item repeats across pages")
  assert.deepStrictEqual([...gotIds].sort(), expected.map((e) => e.id).sort(), "pages hold exactly the matching items")
  for (let i = 1; i < got.length; i++) {
    assert.isTrue(got[i - 1].createdAt >= got[i].createdAt, "newest first")
  }
}

/** Stores an execution, then moves it to `status` with optional start/end times through a commit. */
const seed = (e: Execution) =>
  Effect.gen(function*() {
    const s = yield* ExecutionStore
    const { endedAt, startedAt, status, ...rest } = e
    yield* s.create({ ...rest, status: "queued" }, e.createdAt)
    if (status !== "queued" || startedAt !== undefined || endedAt !== undefined) {
      yield* s.commit(refOf(e), {
        execution: {
          status,
          ...(startedAt !== undefined ? { startedAt } : {}),
          ...(endedAt !== undefined ? { endedAt } : {})
        },
        events: []
      }, 1)
    }
  })

/** Runs the execution store contract against `layer` (a fresh store for every test). */
export const executionStoreContract = (name: string, layer: Layer.Layer<ExecutionStore>) =>
  describe(name, () => {
    const test = <A, E>(title: string, body: () => Effect.Effect<A, E, ExecutionStore>) =>
      it.effect(title, () => Effect.provide(body(), layer))
    const run = <A, E>(effect: Effect.Effect<A, E, ExecutionStore>) =>
      Effect.runPromise(Effect.provide(effect, layer))

    test("create stores the execution and appends execution.queued with seq 1", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a"), input: { x: 1 }, createdAt: 1_000 })
        const result = yield* s.create(e, 1_234)
        assert.isTrue(result.created)
        assert.deepStrictEqual(result.execution, e)
        assert.deepStrictEqual(yield* s.get(refOf(e)), Option.some(e))
        assert.deepStrictEqual(yield* s.events(refOf(e), 0), [{ _tag: "execution.queued", at: 1_234, seq: 1 }])
        assert.deepStrictEqual(yield* s.steps(refOf(e)), [])
      }))

    test("get, steps and events of an unknown execution are None and empty", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const ref = { organizationId: orgA, executionId: execId("missing") }
        assert.deepStrictEqual(yield* s.get(ref), Option.none())
        assert.deepStrictEqual(yield* s.steps(ref), [])
        assert.deepStrictEqual(yield* s.events(ref, 0), [])
        assert.deepStrictEqual(yield* s.requestCancel(ref), Option.none())
        assert.deepStrictEqual(yield* s.findByKey(orgA, "nope"), Option.none())
      }))

    test("an idempotency key returns the existing execution with created: false", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const first = execution({ id: execId("first"), idempotencyKey: "key-1", input: 1 })
        const second = execution({ id: execId("second"), idempotencyKey: "key-1", input: 2 })
        assert.isTrue((yield* s.create(first, 1)).created)
        const again = yield* s.create(second, 2)
        assert.isFalse(again.created)
        assert.strictEqual(again.execution.id, first.id)
        assert.strictEqual(again.execution.input, 1)
        assert.deepStrictEqual(yield* s.get(refOf(second)), Option.none(), "the duplicate was not stored")
        assert.strictEqual((yield* s.events(refOf(first), 0)).length, 1, "no second queued event")
        assert.deepStrictEqual(Option.map(yield* s.findByKey(orgA, "key-1"), (e) => e.id), Option.some(first.id))
      }))

    test("idempotency keys are scoped per organization", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const a = execution({ id: execId("in-a"), idempotencyKey: "shared" })
        const b = execution({ id: execId("in-b"), organizationId: orgB, idempotencyKey: "shared" })
        assert.isTrue((yield* s.create(a, 1)).created)
        const inB = yield* s.create(b, 1)
        assert.isTrue(inB.created)
        assert.strictEqual(inB.execution.id, b.id)
        assert.deepStrictEqual(Option.map(yield* s.findByKey(orgA, "shared"), (e) => e.id), Option.some(a.id))
        assert.deepStrictEqual(Option.map(yield* s.findByKey(orgB, "shared"), (e) => e.id), Option.some(b.id))
      }))

    test("another organization's execution is invisible: get, steps, events, requestCancel, search", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        yield* s.create(e, 1)
        yield* s.commit(refOf(e), { steps: [step("n1")], events: [{ _tag: "step.started", at: 2, nodeId: "n1", attempt: 1 }] }, 1)
        const foreign: Ref = { organizationId: orgB, executionId: e.id }
        assert.deepStrictEqual(yield* s.get(foreign), Option.none())
        assert.deepStrictEqual(yield* s.steps(foreign), [])
        assert.deepStrictEqual(yield* s.events(foreign, 0), [])
        assert.deepStrictEqual(yield* s.requestCancel(foreign), Option.none())
        assert.isFalse(Option.getOrThrow(yield* s.get(refOf(e))).cancelRequested, "the foreign cancel changed nothing")
        assert.deepStrictEqual((yield* s.search({ organizationId: orgB, limit: 10 })).items, [])
      }))

    test("a commit to another organization's execution fails and changes nothing", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        yield* s.create(e, 1)
        const before = yield* stateOf(refOf(e))
        const result = yield* Effect.either(
          s.commit({ organizationId: orgB, executionId: e.id }, { execution: { status: "running" }, events: [{ _tag: "execution.started", at: 2, resumed: false }] }, 1)
        )
        assert.isTrue(result._tag === "Left")
        assert.deepStrictEqual(yield* stateOf(refOf(e)), before)
      }))

    test("commit applies execution fields, steps and events together and numbers events consecutively", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        const ref = refOf(e)
        yield* s.create(e, 1)
        const first = yield* s.commit(ref, {
          execution: { status: "running", startedAt: 10 },
          steps: [step("n1"), step("n2")],
          events: [
            { _tag: "execution.started", at: 10, resumed: false },
            { _tag: "step.started", at: 11, nodeId: "n1", attempt: 1 },
            { _tag: "step.started", at: 11, nodeId: "n2", attempt: 1 }
          ]
        }, 1)
        assert.deepStrictEqual(first.map((ev) => ev.seq), [2, 3, 4])
        assert.deepStrictEqual(first[1], { _tag: "step.started", at: 11, nodeId: "n1", attempt: 1, seq: 3 })
        const done = step("n1", { status: "completed", output: { ok: true }, handles: ["out"], endedAt: 12 })
        const second = yield* s.commit(ref, {
          steps: [done],
          events: [{ _tag: "step.completed", at: 12, nodeId: "n1", output: { ok: true }, handles: ["out"] }]
        }, 1)
        assert.deepStrictEqual(second.map((ev) => ev.seq), [5])
        const empty = yield* s.commit(ref, { events: [] }, 1)
        assert.deepStrictEqual(empty, [])

        const stored = Option.getOrThrow(yield* s.get(ref))
        assert.strictEqual(stored.status, "running")
        assert.strictEqual(stored.startedAt, 10)
        const steps = Object.fromEntries((yield* s.steps(ref)).map((st) => [st.nodeId, st]))
        assert.deepStrictEqual(steps, { n1: done, n2: step("n2") }, "a step record is replaced whole")
        const events = yield* s.events(ref, 0)
        assert.deepStrictEqual(events.map((ev) => ev.seq), [1, 2, 3, 4, 5])
        assert.deepStrictEqual(events.map((ev) => ev._tag), [
          "execution.queued",
          "execution.started",
          "step.started",
          "step.started",
          "step.completed"
        ])
        assert.deepStrictEqual((yield* s.events(ref, 3)).map((ev) => ev.seq), [4, 5], "events after a seq")
        assert.deepStrictEqual(yield* s.events(ref, 5), [])
      }))

    test("concurrent commits still number events consecutively without gaps or duplicates", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        yield* s.create(e, 1)
        const results = yield* Effect.all(
          Array.from({ length: 20 }, (_, i) =>
            s.commit(refOf(e), {
              events: [
                { _tag: "step.log", at: i, nodeId: `n${i}`, message: "a" },
                { _tag: "step.log", at: i, nodeId: `n${i}`, message: "b" }
              ]
            }, 1)),
          { concurrency: "unbounded" }
        )
        for (const batch of results) assert.strictEqual(batch[1].seq, batch[0].seq + 1, "a commit's events are adjacent")
        const events = yield* s.events(refOf(e), 0)
        assert.deepStrictEqual(events.map((ev) => ev.seq), Array.from({ length: 41 }, (_, i) => i + 1))
      }))

    test("a commit with a fence lower than the highest seen fails with StaleFence and changes nothing", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        const ref = refOf(e)
        yield* s.create(e, 1)
        yield* s.commit(ref, { execution: { status: "running" }, steps: [step("n1")], events: [{ _tag: "step.started", at: 2, nodeId: "n1", attempt: 1 }] }, 5)
        const before = yield* stateOf(ref)
        const stale = yield* Effect.flip(s.commit(ref, {
          execution: { status: "completed", output: 1, endedAt: 3 },
          steps: [step("n1", { status: "completed", output: 1, handles: ["out"] }), step("n2")],
          events: [{ _tag: "execution.completed", at: 3, output: 1 }]
        }, 4))
        assert.strictEqual(stale._tag, "StaleFence")
        if (stale._tag === "StaleFence") {
          assert.strictEqual(stale.executionId, e.id)
          assert.strictEqual(stale.fence, 4)
          assert.strictEqual(stale.current, 5)
        }
        assert.deepStrictEqual(yield* stateOf(ref), before)
      }))

    test("a commit with an equal or higher fence succeeds, and raises the fence", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        const ref = refOf(e)
        yield* s.create(e, 1)
        const log = (message: string): Commit => ({
          events: [{ _tag: "step.log", at: 1, nodeId: "n", message }]
        })
        yield* s.commit(ref, log("first"), 3)
        yield* s.commit(ref, log("same fence"), 3)
        yield* s.commit(ref, log("higher"), 7)
        const stale = yield* Effect.flip(s.commit(ref, log("old worker"), 3))
        assert.strictEqual(stale._tag, "StaleFence")
        yield* s.commit(ref, log("current"), 7)
        const messages = (yield* s.events(ref, 0)).flatMap((ev) => (ev._tag === "step.log" ? [ev.message] : []))
        assert.deepStrictEqual(messages, ["first", "same fence", "higher", "current"])
      }))

    test("commits to many executions at once each land as they would alone; a stale or foreign one fails alone", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const all = Array.from({ length: 24 }, (_, i) => execution({ id: execId(`m${i}`), createdAt: 10 + i }))
        yield* Effect.forEach(all, (e) => s.create(e, e.createdAt))
        // Execution 0 is held by a newer fence (its commits at fence 1 are stale); execution 1 is addressed in
        // another organization (not found); every other one takes three rounds of concurrent commits.
        yield* s.commit(refOf(all[0]), { events: [] }, 9)
        const round = (k: number) =>
          Effect.forEach(all, (e, i) => {
            const ref = i === 1 ? { organizationId: orgB, executionId: e.id } : refOf(e)
            const commit: Commit = k === 0
              ? {
                execution: { status: "waiting", startedAt: 100 + i, wakeAt: 5_000 + i },
                steps: [step(`a${i}`), step("shared")],
                events: [{ _tag: "execution.started", at: 100, resumed: false }, { _tag: "step.started", at: 101, nodeId: `a${i}`, attempt: 1 }]
              }
              : k === 1
              ? { steps: [step("shared", { status: "completed", output: i, handles: ["out"] })], events: [{ _tag: "step.log", at: 102, nodeId: "shared", message: `m${i}` }] }
              : {
                execution: { status: "completed", output: { i }, endedAt: 200 + i, wakeAt: undefined },
                events: [{ _tag: "execution.completed", at: 200, output: { i } }]
              }
            return Effect.either(s.commit(ref, commit, 1))
          }, { concurrency: "unbounded" })
        for (let k = 0; k < 3; k++) {
          const results = yield* round(k)
          const first = results[0]
          assert.isTrue(first._tag === "Left" && first.left._tag === "StaleFence", "the stale commit is refused")
          const second = results[1]
          assert.isTrue(second._tag === "Left" && second.left._tag === "ExecutionStoreError" && second.left.reason === "NotFound", "the foreign one is not found")
          results.slice(2).forEach((result, j) => {
            assert.isTrue(result._tag === "Right", `commit ${k} of execution ${j + 2} lands`)
            if (result._tag === "Right") {
              const base = k === 0 ? 1 : k === 1 ? 3 : 4
              assert.deepStrictEqual(result.right.map((ev) => ev.seq), result.right.map((_, n) => base + n + 1), "numbered from its own log")
            }
          })
        }
        for (const [i, e] of all.entries()) {
          const state = yield* stateOf(refOf(e))
          if (i < 2) {
            assert.deepStrictEqual(Option.map(state.execution, (x) => x.status), Option.some("queued"), "the refused ones changed nothing")
            assert.deepStrictEqual(state.events.map((ev) => ev.seq), [1])
            continue
          }
          const stored = Option.getOrThrow(state.execution)
          assert.strictEqual(stored.status, "completed")
          assert.strictEqual(stored.startedAt, 100 + i)
          assert.strictEqual(stored.endedAt, 200 + i)
          assert.strictEqual(stored.wakeAt, undefined, "a key set to undefined is removed")
          assert.deepStrictEqual(stored.output, { i })
          assert.deepStrictEqual(state.events.map((ev) => `${ev.seq}:${ev._tag}`), [
            "1:execution.queued", "2:execution.started", "3:step.started", "4:step.log", "5:execution.completed"
          ])
          assert.deepStrictEqual(state.steps.map((st) => `${st.nodeId}:${st.status}`), [`a${i}:running`, "shared:completed"])
          assert.deepStrictEqual(state.steps.find((st) => st.nodeId === "shared")?.output, i)
        }
      }))

    test("acquire raises the fence and returns the execution as committed; older holders are then refused", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        const ref = refOf(e)
        yield* s.create(e, 1)
        yield* s.commit(ref, { execution: { status: "running", startedAt: 2 }, events: [] }, 3)
        const acquired = yield* s.acquire(ref, 8)
        assert.deepStrictEqual(acquired, Option.getOrThrow(yield* s.get(ref)))
        assert.strictEqual(acquired.status, "running")
        assert.strictEqual(acquired.startedAt, 2)
        const before = yield* stateOf(ref)
        const stale = yield* Effect.flip(s.commit(ref, { execution: { status: "completed" }, events: [] }, 3))
        assert.strictEqual(stale._tag, "StaleFence")
        if (stale._tag === "StaleFence") assert.strictEqual(stale.current, 8)
        assert.deepStrictEqual(yield* stateOf(ref), before, "an acquire leaves the record, steps and events as they were")
        yield* s.commit(ref, { events: [] }, 8)
      }))

    test("acquire with an older fence fails with StaleFence; an unknown or foreign execution with NotFound", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        const ref = refOf(e)
        yield* s.create(e, 1)
        yield* s.acquire(ref, 5)
        const stale = yield* Effect.flip(s.acquire(ref, 4))
        assert.strictEqual(stale._tag, "StaleFence")
        const missing = yield* Effect.flip(s.acquire({ organizationId: orgA, executionId: execId("nope") }, 1))
        assert.isTrue(missing._tag === "ExecutionStoreError" && missing.reason === "NotFound")
        const foreign = yield* Effect.flip(s.acquire({ organizationId: orgB, executionId: e.id }, 9))
        assert.isTrue(foreign._tag === "ExecutionStoreError" && foreign.reason === "NotFound")
        yield* s.commit(ref, { events: [] }, 5)
      }))

    test("fences are per execution", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const a = execution({ id: execId("a") })
        const b = execution({ id: execId("b") })
        yield* s.create(a, 1)
        yield* s.create(b, 1)
        yield* s.commit(refOf(a), { events: [] }, 10)
        yield* s.commit(refOf(b), { events: [{ _tag: "execution.started", at: 2, resumed: false }] }, 2)
        assert.strictEqual((yield* s.events(refOf(b), 0)).length, 2)
      }))

    test("execution patches: present keys replace, keys set to undefined are removed, others are kept", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a"), input: { keep: true } })
        const ref = refOf(e)
        yield* s.create(e, 1)
        yield* s.commit(ref, { execution: { status: "waiting", wakeAt: 5_000, startedAt: 10 }, events: [] }, 1)
        let stored = Option.getOrThrow(yield* s.get(ref))
        assert.strictEqual(stored.wakeAt, 5_000)
        assert.strictEqual(stored.status, "waiting")
        yield* s.commit(ref, { execution: { status: "running", wakeAt: undefined }, events: [] }, 1)
        stored = Option.getOrThrow(yield* s.get(ref))
        assert.isFalse("wakeAt" in stored, "wakeAt removed")
        assert.strictEqual(stored.status, "running")
        assert.strictEqual(stored.startedAt, 10)
        assert.deepStrictEqual(stored.input, { keep: true })
        yield* s.commit(ref, {
          execution: { status: "failed", error: { message: "boom", nodeId: "n1" }, endedAt: 20 },
          events: []
        }, 1)
        stored = Option.getOrThrow(yield* s.get(ref))
        assert.deepStrictEqual(stored.error, { message: "boom", nodeId: "n1" })
        assert.strictEqual(stored.endedAt, 20)
        assert.deepStrictEqual(stored, {
          ...e,
          status: "failed",
          startedAt: 10,
          endedAt: 20,
          error: { message: "boom", nodeId: "n1" }
        })
      }))

    test("requestCancel sets the flag and returns the execution", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        const e = execution({ id: execId("a") })
        yield* s.create(e, 1)
        const flagged = yield* s.requestCancel(refOf(e))
        assert.isTrue(Option.isSome(flagged) && flagged.value.cancelRequested)
        assert.isTrue(Option.getOrThrow(yield* s.get(refOf(e))).cancelRequested)
      }))

    test("search filters by workflow, status, trigger, creation time and duration, newest first", () =>
      Effect.gen(function*() {
        const all = [
          execution({ id: execId("1"), workflowId: wfId("x"), status: "completed", trigger: "api", createdAt: 100, startedAt: 100, endedAt: 150 }),
          execution({ id: execId("2"), workflowId: wfId("x"), status: "failed", trigger: "webhook", createdAt: 200, startedAt: 200, endedAt: 500 }),
          execution({ id: execId("3"), workflowId: wfId("y"), status: "completed", trigger: "api", createdAt: 300, startedAt: 300, endedAt: 1_300 }),
          execution({ id: execId("4"), workflowId: wfId("y"), status: "running", trigger: "schedule", createdAt: 400, startedAt: 400 }),
          execution({ id: execId("5"), workflowId: wfId("x"), status: "queued", trigger: "api", createdAt: 500 }),
          execution({ id: execId("6"), organizationId: orgB, workflowId: wfId("x"), status: "completed", trigger: "api", createdAt: 600, startedAt: 600, endedAt: 610 })
        ]
        for (const e of all) yield* seed(e)
        const s = yield* ExecutionStore
        const found = (q: Omit<SearchQuery, "organizationId" | "limit">, organizationId: OrganizationId = orgA) =>
          Effect.map(s.search({ organizationId, limit: 100, ...q }), (page) => {
            assert.strictEqual(page.nextCursor, undefined)
            return page.items.map((e) => e.id)
          })
        const names = (...n: Array<string>) => n.map(execId)
        assert.deepStrictEqual(yield* found({}), names("5", "4", "3", "2", "1"))
        assert.deepStrictEqual(yield* found({}, orgB), names("6"))
        assert.deepStrictEqual(yield* found({ workflowId: wfId("x") }), names("5", "2", "1"))
        assert.deepStrictEqual(yield* found({ status: "completed" }), names("3", "1"))
        assert.deepStrictEqual(yield* found({ trigger: "api" }), names("5", "3", "1"))
        assert.deepStrictEqual(yield* found({ from: 200, to: 400 }), names("4", "3", "2"), "from and to are inclusive")
        assert.deepStrictEqual(yield* found({ from: 450 }), names("5"))
        assert.deepStrictEqual(yield* found({ to: 199 }), names("1"))
        assert.deepStrictEqual(yield* found({ minDurationMs: 300 }), names("3", "2"), "only finished executions have a duration")
        assert.deepStrictEqual(yield* found({ maxDurationMs: 300 }), names("2", "1"))
        assert.deepStrictEqual(yield* found({ minDurationMs: 50, maxDurationMs: 50 }), names("1"))
        assert.deepStrictEqual(yield* found({ workflowId: wfId("x"), status: "completed", trigger: "api" }), names("1"))
        assert.deepStrictEqual(yield* found({ workflowId: wfId("nope") }), [])
      }))

    test("search pages with a cursor", () =>
      Effect.gen(function*() {
        const s = yield* ExecutionStore
        for (let i = 0; i < 5; i++) yield* seed(execution({ id: execId(i), createdAt: 100 * i }))
        const first = yield* s.search({ organizationId: orgA, limit: 2 })
        assert.deepStrictEqual(first.items.map((e) => e.id), [execId(4), execId(3)])
        assert.isDefined(first.nextCursor)
        const second = yield* s.search({ organizationId: orgA, limit: 2, cursor: first.nextCursor! })
        assert.deepStrictEqual(second.items.map((e) => e.id), [execId(2), execId(1)])
        const third = yield* s.search({ organizationId: orgA, limit: 2, cursor: second.nextCursor! })
        assert.deepStrictEqual(third.items.map((e) => e.id), [execId(0)])
        assert.strictEqual(third.nextCursor, undefined)
        const exact = yield* s.search({ organizationId: orgA, limit: 5 })
        assert.strictEqual(exact.items.length, 5)
        assert.strictEqual(exact.nextCursor, undefined, "no cursor when nothing is left")
      }))

    it("paging through a search neither repeats nor skips (property)", () =>
      fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(
            fc.record({
              id: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/),
              org: fc.constantFrom(orgA, orgB),
              workflow: fc.constantFrom("x", "y"),
              status: fc.constantFrom(...statuses),
              trigger: fc.constantFrom("api", "webhook"),
              createdAt: fc.integer({ min: 0, max: 20 }),
              duration: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })
            }),
            { selector: (r) => r.id, maxLength: 40 }
          ),
          fc.record({
            workflowId: fc.option(fc.constantFrom(wfId("x"), wfId("y")), { nil: undefined }),
            status: fc.option(fc.constantFrom(...statuses), { nil: undefined }),
            trigger: fc.option(fc.constantFrom("api", "webhook"), { nil: undefined }),
            from: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
            to: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
            minDurationMs: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
            maxDurationMs: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined })
          }, { requiredKeys: [] }),
          fc.integer({ min: 1, max: 7 }),
          async (rows, filters, limit) => {
            const executions = rows.map((r) =>
              execution({
                id: execId(r.id),
                organizationId: r.org,
                workflowId: wfId(r.workflow),
                status: r.status,
                trigger: r.trigger,
                createdAt: r.createdAt,
                ...(r.duration !== undefined ? { startedAt: r.createdAt, endedAt: r.createdAt + r.duration } : {})
              })
            )
            const query = Object.fromEntries(
              Object.entries({ organizationId: orgA, ...filters }).filter(([, v]) => v !== undefined)
            ) as Omit<SearchQuery, "limit" | "cursor">
            const got = await run(Effect.gen(function*() {
              for (const e of executions) yield* seed(e)
              return yield* searchAll({ ...query, limit })
            }))
            const expected = executions.filter((e) => expectedMatch(query, e))
            assertNewestFirst(got, expected)
            for (const e of got) assert.isTrue(expectedMatch(query, e), `${e.id} matches`)
          }
        ),
        { numRuns: 150 }
      ))
  })
