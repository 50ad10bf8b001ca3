/**
 * The contract of the `StartStore` port, observed through the storage it writes to: the execution
 * store, the work queue and the quota store of the same adapter (one layer provides all four).
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, type Layer, Option } from "effect"
import { ExecutionStore } from "@sire/core/ExecutionStore"
import { QuotaStore } from "@sire/core/QuotaStore"
import { type Start, StartStore } from "@sire/core/StartStore"
import { WorkQueue } from "@sire/core/WorkQueue"
import { execId, execution, orgA } from "./fixtures.js"

/** Every port a start store is observed through. */
export type StartStorage = StartStore | ExecutionStore | WorkQueue | QuotaStore

const start = (s: Start) => Effect.flatMap(StartStore, (store) => store.start(s))
const ref = (name: string) => ({ organizationId: orgA, executionId: execId(name) })
const claimFor = (now: number, leaseMs = 100) => ({ workerId: "w1", leaseMs, now })

/** Runs the start store contract against `layer` (fresh storage for every test). */
export const startStoreContract = (name: string, layer: Layer.Layer<StartStorage>) =>
  describe(name, () => {
    const test = <A, E>(title: string, body: () => Effect.Effect<A, E, StartStorage>) =>
      it.effect(title, () => Effect.provide(body(), layer))

    test("a start for any worker writes the execution, its queued event and a due job, and charges the quota once", () =>
      Effect.gen(function*() {
        const result = yield* start({ execution: execution({ id: execId("a") }), charge: { key: "org_a:2026-12", limit: 5 } })
        assert.strictEqual(result._tag, "Created")
        if (result._tag !== "Created") return
        assert.isTrue(Option.isNone(result.claim))
        assert.strictEqual(result.charged, 1)
        const stored = yield* Effect.flatMap(ExecutionStore, (s) => s.get(ref("a")))
        assert.strictEqual(Option.getOrThrow(stored).status, "queued")
        const events = yield* Effect.flatMap(ExecutionStore, (s) => s.events(ref("a"), 0))
        assert.deepStrictEqual(events.map((e) => [e._tag, e.seq]), [["execution.queued", 1]])
        const claims = yield* Effect.flatMap(WorkQueue, (q) => q.claim({ workerId: "w2", max: 5, leaseMs: 100, now: 1_000 }))
        assert.deepStrictEqual(claims.map((c) => c.executionId), [execId("a")])
        assert.strictEqual(yield* Effect.flatMap(QuotaStore, (q) => q.current("org_a:2026-12")), 1)
      }))

    test("a claimed start holds its job for the worker, fenced by the claim's token", () =>
      Effect.gen(function*() {
        const result = yield* start({ execution: execution({ id: execId("b") }), claim: claimFor(1_000) })
        assert.strictEqual(result._tag, "Created")
        if (result._tag !== "Created") return
        const claim = Option.getOrThrow(result.claim)
        assert.strictEqual(claim.executionId, execId("b"))
        assert.strictEqual(claim.workerId, "w1")
        assert.strictEqual(claim.leaseUntil, 1_100)
        const queue = yield* WorkQueue
        assert.deepStrictEqual(yield* queue.claim({ workerId: "w2", max: 5, leaseMs: 100, now: 1_050 }), [], "held by w1")
        const store = yield* ExecutionStore
        yield* store.commit(ref("b"), { events: [{ _tag: "execution.started", at: 1_001, resumed: false }] }, claim.token)
        const stale = yield* Effect.either(store.acquire(ref("b"), claim.token - 1))
        assert.strictEqual(stale._tag, "Left", "an older fence is refused: the claim's token is the fence")
        yield* queue.complete(claim)
        assert.deepStrictEqual(yield* queue.nextDueAt, Option.none())
      }))

    test("a refused charge writes nothing", () =>
      Effect.gen(function*() {
        const key = "org_a:full"
        yield* start({ execution: execution({ id: execId("c1") }), charge: { key, limit: 1 } })
        const refused = yield* start({ execution: execution({ id: execId("c2") }), charge: { key, limit: 1 }, claim: claimFor(1_000) })
        assert.deepStrictEqual(refused, { _tag: "Refused", current: 1 })
        assert.isTrue(Option.isNone(yield* Effect.flatMap(ExecutionStore, (s) => s.get(ref("c2")))))
        assert.strictEqual(yield* Effect.flatMap(QuotaStore, (q) => q.current(key)), 1)
        const zero = yield* start({ execution: execution({ id: execId("c3") }), charge: { key: "org_a:none", limit: 0 } })
        assert.deepStrictEqual(zero, { _tag: "Refused", current: 0 })
      }))

    test("an idempotency key already held answers the existing execution, keeps no charge and leaves no job", () =>
      Effect.gen(function*() {
        const key = "org_a:keyed"
        const first = yield* start({ execution: execution({ id: execId("d1"), idempotencyKey: "k" }), charge: { key, limit: 10 } })
        assert.strictEqual(first._tag, "Created")
        const queue = yield* WorkQueue
        yield* Effect.flatMap(queue.claim({ workerId: "w0", max: 5, leaseMs: 100, now: 1_000 }), (cs) => queue.completeMany(cs))
        const again = yield* start({
          execution: execution({ id: execId("d2"), idempotencyKey: "k" }),
          charge: { key, limit: 10 },
          claim: claimFor(1_000)
        })
        assert.strictEqual(again._tag, "Existing")
        if (again._tag === "Existing") assert.strictEqual(again.execution.id, execId("d1"))
        assert.strictEqual(yield* Effect.flatMap(QuotaStore, (q) => q.current(key)), 1)
        assert.isTrue(Option.isNone(yield* Effect.flatMap(ExecutionStore, (s) => s.get(ref("d2")))))
        assert.deepStrictEqual(yield* queue.nextDueAt, Option.none())
      }))

    test("an unlimited charge always admits", () =>
      Effect.gen(function*() {
        for (const name of ["e1", "e2", "e3"]) {
          const result = yield* start({ execution: execution({ id: execId(name) }), charge: { key: "org_a:unlimited", limit: null } })
          assert.strictEqual(result._tag, "Created")
        }
        assert.strictEqual(yield* Effect.flatMap(QuotaStore, (q) => q.current("org_a:unlimited")), 3)
      }))
  })
