/**
 * Several workers (each its own `Sire` runtime) sharing ONE store: work is spread and done once,
 * a worker whose lease expired can commit nothing more, and a runtime shutting down hands its
 * claimed executions back. Real time, short leases, every test bounded.
 */
import { assert, describe, it } from "@effect/vitest"
import { type Context, Duration, Effect, Layer, ManagedRuntime, Option, Schema } from "effect"
import { isFinal } from "../src/Execution.js"
import type { Event, Execution } from "../src/Execution.js"
import * as ExecutionStore from "../src/ExecutionStore.js"
import * as Id from "../src/Id.js"
import * as NodeType from "../src/NodeType.js"
import * as Sire from "../src/Sire.js"
import * as Worker from "../src/Worker.js"
import * as WorkflowStore from "../src/WorkflowStore.js"
import * as WorkQueue from "../src/WorkQueue.js"

type Executions = Context.Tag.Service<ExecutionStore.ExecutionStore>
type Queue = Context.Tag.Service<WorkQueue.WorkQueue>

/** One set of memory stores, shared by every runtime of a test; claims (of queued and of new jobs) are recorded. */
interface Shared {
  readonly executions: Executions
  readonly workflows: Context.Tag.Service<WorkflowStore.WorkflowStore>
  readonly queue: Queue
  readonly claims: Array<WorkQueue.Claim>
}

const makeShared = (): Shared =>
  Effect.runSync(Effect.gen(function*() {
    const executions = (yield* ExecutionStore.makeMemory()).store
    const workflows = yield* WorkflowStore.makeMemory
    const inner = yield* WorkQueue.makeMemory
    const claims: Array<WorkQueue.Claim> = []
    const queue = WorkQueue.WorkQueue.of({
      ...inner,
      claim: (options) => Effect.tap(inner.claim(options), (claimed) => void claims.push(...claimed)),
      claimNew: (job, options) => Effect.tap(inner.claimNew(job, options), (claimed) => void claims.push(claimed))
    })
    return { executions, workflows, queue, claims }
  }))

/** The shared stores as a layer; `executions` replaces the execution store (to spy on one runtime's writes). */
const storage = (shared: Shared, executions: Executions = shared.executions) =>
  Layer.mergeAll(
    Layer.succeed(ExecutionStore.ExecutionStore, executions),
    Layer.succeed(WorkflowStore.WorkflowStore, shared.workflows),
    Layer.succeed(WorkQueue.WorkQueue, shared.queue)
  )

/** A runtime with its own worker over the shared stores. */
const runtime = (layer: ReturnType<typeof storage>, options: Sire.Options) =>
  ManagedRuntime.make(Layer.provideMerge(Sire.layerWith({ eventPollMs: 20, ...options }), layer))

type Runtime = ReturnType<typeof runtime>

/** Invocations per `executionId/nodeId` and per runtime label, across every runtime of a test. */
interface Tally {
  readonly perNode: Map<string, number>
  readonly perRuntime: Map<string, number>
}

const makeTally = (): Tally => ({ perNode: new Map(), perRuntime: new Map() })

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/**
 * The `count` node type of the runtime `label`: counts its invocations, pauses a moment (so other
 * workers get a turn), and outputs the label. When `block` is given it runs before the output: a
 * gate the test opens (or never opens).
 */
const counter = (label: string, tally: Tally, block?: () => Promise<void>) =>
  NodeType.make({
    type: "count",
    description: "counts its invocations",
    params: Schema.Struct({}),
    run: (ctx) =>
      Effect.gen(function*() {
        bump(tally.perNode, `${ctx.execution.id}/${ctx.node.id}`)
        bump(tally.perRuntime, label)
        if (block) yield* Effect.promise(block)
        yield* Effect.sleep(Duration.millis(1))
        return { by: label }
      })
  })

const document = {
  name: "counted",
  nodes: [
    { id: "start", type: "trigger" },
    { id: "a", type: "count", params: {} },
    { id: "b", type: "count", params: {} }
  ],
  edges: [{ source: "start", target: "a" }, { source: "a", target: "b" }]
}

const org = Id.defaultOrganizationId
const refOf = (executionId: string): ExecutionStore.Ref => ({ organizationId: org, executionId: executionId as Id.ExecutionId })

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 10 ms until it holds; fails after `timeoutMs`. */
const eventually = async (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await sleep(10)
  }
}

const read = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)

/** Waits until every execution is final in the shared store, and returns them. */
const allFinal = async (shared: Shared, ids: ReadonlyArray<string>, timeoutMs = 8_000) => {
  await eventually(`${ids.length} executions are final`, async () => {
    for (const id of ids) {
      const e = await read(shared.executions.get(refOf(id)))
      if (Option.isNone(e) || !isFinal(e.value.status)) return false
    }
    return true
  }, timeoutMs)
  return Promise.all(ids.map((id) => read(Effect.map(shared.executions.get(refOf(id)), Option.getOrThrow))))
}

const eventsOf = (shared: Shared, id: string) => read(shared.executions.events(refOf(id), 0))

const count = (events: ReadonlyArray<Event>, predicate: (e: Event) => boolean) => events.filter(predicate).length

/** Saves the workflow and starts `n` executions through `rt`. */
const startMany = (rt: Runtime, n: number) =>
  rt.runPromise(Effect.gen(function*() {
    const sire = yield* Sire.Sire
    const workflow = yield* sire.createWorkflow(document)
    const started: Array<Execution> = []
    for (let i = 0; i < n; i++) started.push(yield* sire.start({ workflowId: workflow.id, input: { i } }))
    return started.map((e) => e.id as string)
  }))

const disposeAll = (runtimes: ReadonlyArray<Runtime>) => Promise.all(runtimes.map((rt) => rt.dispose()))

describe("several workers sharing one store", () => {
  it("200 executions on three workers: each completes exactly once, no node runs or commits twice, work is spread", async () => {
    const shared = makeShared()
    const tally = makeTally()
    const worker = { concurrency: 8, leaseMs: 1_000, heartbeatMs: 50, pollMs: 20 }
    const runtimes = ["w1", "w2", "w3"].map((label) =>
      runtime(storage(shared), { nodes: [counter(label, tally)], worker: { ...worker, workerId: label } })
    )
    try {
      // build every runtime (and so start its worker) before any work arrives
      const workerIds = await Promise.all(runtimes.map((rt) => rt.runPromise(Effect.map(Worker.Worker, (w) => w.workerId))))
      assert.deepStrictEqual(workerIds, ["w1", "w2", "w3"])
      const ids = await startMany(runtimes[0], 200)
      const finals = await allFinal(shared, ids)

      for (const e of finals) {
        assert.strictEqual(e.status, "completed", `${e.id}: ${e.error?.message}`)
        assert.include(["w1", "w2", "w3"], (e.output as { b: { by: string } }).b.by)
      }
      for (const id of ids) {
        const events = await eventsOf(shared, id)
        assert.strictEqual(count(events, (e) => e._tag === "execution.completed"), 1, `${id} completed once`)
        assert.strictEqual(count(events, (e) => e._tag === "execution.started"), 1, `${id} started once`)
        for (const node of ["start", "a", "b"]) {
          assert.strictEqual(
            count(events, (e) => e._tag === "step.completed" && e.nodeId === node),
            1,
            `${id}/${node} committed once`
          )
        }
        assert.deepStrictEqual(events.map((e) => e.seq), events.map((_, i) => i + 1))
        assert.strictEqual(tally.perNode.get(`${id}/a`), 1, `${id}/a ran once`)
        assert.strictEqual(tally.perNode.get(`${id}/b`), 1, `${id}/b ran once`)
      }
      assert.strictEqual(tally.perNode.size, 400)

      const claimedBy = new Map<string, number>()
      for (const claim of shared.claims) bump(claimedBy, claim.workerId)
      assert.strictEqual(shared.claims.length, 200, "each execution claimed once")
      assert.strictEqual(new Set(shared.claims.map((c) => c.executionId)).size, 200)
      assert.isAbove(claimedBy.size, 1, `claims spread over workers: ${JSON.stringify([...claimedBy])}`)
      assert.isAbove(
        [...tally.perRuntime.values()].filter((n) => n > 0).length,
        1,
        `runs spread over runtimes: ${JSON.stringify([...tally.perRuntime])}`
      )
      assert.deepStrictEqual(await read(shared.queue.nextDueAt), Option.none(), "the queue is empty")
    } finally {
      await disposeAll(runtimes)
    }
  }, 10_000)

  it("a worker whose lease expired commits nothing afterwards (StaleFence) and the execution completes once on the new worker", async () => {
    const shared = makeShared()
    const tally = makeTally()
    let entered = false
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    const commits: Array<{ readonly fence: number; readonly outcome: string }> = []
    const spied = ExecutionStore.ExecutionStore.of({
      ...shared.executions,
      commit: (ref, commit, fence) =>
        shared.executions.commit(ref, commit, fence).pipe(
          Effect.tap(() => void commits.push({ fence, outcome: "ok" })),
          Effect.tapError((error) => Effect.sync(() => void commits.push({ fence, outcome: error._tag })))
        )
    })
    // A never heartbeats (so its lease lapses) and runs one execution at a time (so it never re-claims its own).
    const stale = runtime(storage(shared, spied), {
      nodes: [counter("A", tally, () => {
        entered = true
        return gate
      })],
      worker: { workerId: "A", concurrency: 1, leaseMs: 200, heartbeatMs: 60_000, pollMs: 20 }
    })
    const runtimes: Array<Runtime> = [stale]
    try {
      const [id] = await startMany(stale, 1)
      await eventually("A runs node a", () => entered)
      const lost = shared.claims.find((c) => c.workerId === "A")!
      assert.isDefined(lost)

      const fresh = runtime(storage(shared), {
        nodes: [counter("B", tally)],
        worker: { workerId: "B", leaseMs: 2_000, heartbeatMs: 50, pollMs: 20 }
      })
      runtimes.push(fresh)
      await fresh.runPromise(Worker.Worker)
      const [done] = await allFinal(shared, [id], 5_000)
      assert.strictEqual(done.status, "completed")
      assert.deepStrictEqual(done.output, { b: { by: "B" } })
      const taken = shared.claims.find((c) => c.workerId === "B")!
      assert.isAbove(taken.token, lost.token)
      assert.isAtLeast(taken.leaseUntil - 2_000, lost.leaseUntil, "claimed only after A's lease expired")

      const before = await eventsOf(shared, id)
      const writesBefore = commits.length
      assert.isTrue(commits.every((c) => c.outcome === "ok" && c.fence === lost.token))
      open()
      await eventually("A's run ends", () => stale.runPromise(Effect.flatMap(Worker.Worker, (w) => w.active)).then((a) => a.length === 0), 3_000)
      const after = commits.slice(writesBefore)
      assert.isAbove(after.length, 0, "A tried to write after its lease expired")
      for (const write of after) assert.deepStrictEqual(write, { fence: lost.token, outcome: "StaleFence" })

      const events = await eventsOf(shared, id)
      assert.deepStrictEqual(events, before, "A's late writes changed nothing")
      assert.strictEqual(count(events, (e) => e._tag === "execution.completed"), 1)
      assert.strictEqual(events[events.length - 1]._tag, "execution.completed")
      assert.strictEqual(count(events, (e) => e._tag === "step.completed" && e.nodeId === "a"), 1)
      const steps = await read(shared.executions.steps(refOf(id)))
      assert.deepStrictEqual(steps.find((s) => s.nodeId === "a")?.output, { by: "B" })
      assert.deepStrictEqual(Object.fromEntries(tally.perRuntime), { A: 1, B: 2 })
      assert.deepStrictEqual(await read(shared.queue.nextDueAt), Option.none(), "the job was completed once, by B")
    } finally {
      open()
      await disposeAll(runtimes)
    }
  }, 10_000)

  it("a worker at capacity with work due waits for a slot: it does not poll the queue in a loop", async () => {
    const shared = makeShared()
    const tally = makeTally()
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    let lookups = 0
    const counted = WorkQueue.WorkQueue.of({ ...shared.queue, nextDueAt: Effect.suspend(() => (lookups++, shared.queue.nextDueAt)) })
    const layer = Layer.mergeAll(
      Layer.succeed(ExecutionStore.ExecutionStore, shared.executions),
      Layer.succeed(WorkflowStore.WorkflowStore, shared.workflows),
      Layer.succeed(WorkQueue.WorkQueue, counted)
    )
    const rt = runtime(layer, {
      nodes: [counter("A", tally, () => gate)],
      worker: { workerId: "A", concurrency: 1, leaseMs: 60_000, heartbeatMs: 60_000, pollMs: 60_000 }
    })
    try {
      const ids = await startMany(rt, 2)
      await eventually("the first execution runs", () => tally.perRuntime.get("A") === 1)
      const before = lookups
      await sleep(300)
      // With the second job due and no free slot, a spinning worker looks the queue up thousands of times here.
      assert.isAtMost(lookups - before, 5, `${lookups - before} next-due lookups in 300 ms at capacity`)
      open()
      const done = await allFinal(shared, ids)
      assert.deepStrictEqual(done.map((e) => e.status), ["completed", "completed"])
    } finally {
      open()
      await disposeAll([rt])
    }
  }, 10_000)

  it("a run that fails on a store error stops renewing its lease, and the execution is retried once it expires", async () => {
    const shared = makeShared()
    const tally = makeTally()
    let failures = 0
    const flaky = ExecutionStore.ExecutionStore.of({
      ...shared.executions,
      commit: (ref, commit, fence) =>
        failures === 0 && commit.events.some((e) => e._tag === "step.completed" && e.nodeId === "a")
          ? Effect.suspend(() => {
            failures++
            return Effect.fail(new ExecutionStore.ExecutionStoreError({ reason: "Unavailable", message: "connection reset" }))
          })
          : shared.executions.commit(ref, commit, fence)
    })
    const rt = runtime(storage(shared, flaky), {
      nodes: [counter("A", tally)],
      worker: { workerId: "A", leaseMs: 200, heartbeatMs: 50, pollMs: 20 }
    })
    try {
      const [id] = await startMany(rt, 1)
      const [done] = await allFinal(shared, [id], 5_000)
      assert.strictEqual(failures, 1)
      assert.strictEqual(done.status, "completed")
      assert.strictEqual(tally.perNode.get(`${id}/a`), 2, "node a ran again after the failed commit (at least once)")
      const events = await eventsOf(shared, id)
      assert.strictEqual(count(events, (e) => e._tag === "step.completed" && e.nodeId === "a"), 1)
      assert.strictEqual(count(events, (e) => e._tag === "execution.completed"), 1)
      assert.strictEqual(shared.claims.length, 2, "claimed again after the lease lapsed")
      assert.isAtLeast(shared.claims[1].leaseUntil - 200, shared.claims[0].leaseUntil, "not before the first lease expired")
    } finally {
      await rt.dispose()
    }
  }, 10_000)

  it("disposing a runtime hands its claimed executions back, and another runtime finishes them", async () => {
    const shared = makeShared()
    const tally = makeTally()
    // leases far longer than the test: only the release on shutdown can hand the work over
    const worker = { concurrency: 8, leaseMs: 60_000, heartbeatMs: 50, pollMs: 20 }
    const first = runtime(storage(shared), {
      nodes: [counter("A", tally, () => new Promise<void>(() => {}))],
      worker: { ...worker, workerId: "A" }
    })
    const runtimes: Array<Runtime> = [first]
    try {
      const ids = await startMany(first, 5)
      await eventually("A runs all five", () => tally.perRuntime.get("A") === 5)
      assert.strictEqual((await first.runPromise(Effect.flatMap(Worker.Worker, (w) => w.active))).length, 5)
      const startedAt = Date.now()
      await first.dispose()
      const due = await read(shared.queue.nextDueAt)
      assert.isTrue(Option.isSome(due) && due.value <= Date.now(), "the released jobs are due at once")

      const second = runtime(storage(shared), { nodes: [counter("B", tally)], worker: { ...worker, workerId: "B" } })
      runtimes.push(second)
      await second.runPromise(Worker.Worker)
      const finals = await allFinal(shared, ids, 5_000)
      assert.isBelow(Date.now() - startedAt, 10_000, "handed over well before any lease could expire")
      for (const e of finals) {
        assert.strictEqual(e.status, "completed")
        assert.deepStrictEqual(e.output, { b: { by: "B" } })
        const events = await eventsOf(shared, e.id)
        assert.strictEqual(count(events, (ev) => ev._tag === "execution.completed"), 1)
        assert.strictEqual(count(events, (ev) => ev._tag === "step.completed" && ev.nodeId === "a"), 1)
      }
      const claimedByB = shared.claims.filter((c) => c.workerId === "B").map((c) => c.executionId as string)
      assert.deepStrictEqual([...claimedByB].sort(), [...ids].sort())
      assert.deepStrictEqual(Object.fromEntries(tally.perRuntime), { A: 5, B: 10 })
    } finally {
      await disposeAll(runtimes)
    }
  }, 10_000)
})
