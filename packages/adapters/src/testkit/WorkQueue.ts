/**
 * The contract of the `WorkQueue` port: every adapter (memory, PGlite, PostgreSQL) must pass it.
 * Times are passed explicitly (`now`), so the suite needs no clock except for `subscribe`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Layer, Option } from "effect"
import { type Claim, type Job, WorkQueue } from "@sire/core/WorkQueue"
import { execId, orgA, orgB } from "./fixtures.js"

const job = (name: string | number, runAt = 0, organizationId = orgA): Job => ({
  organizationId,
  executionId: execId(name),
  runAt
})

const claimAt = (now: number, workerId = "w1", max = 10, leaseMs = 100) =>
  Effect.flatMap(WorkQueue, (q) => q.claim({ workerId, max, leaseMs, now }))

/** Waits (real time, at most 2 s) until `condition` holds: adapters may call subscribers asynchronously. */
const eventually = (condition: () => boolean, message: string) =>
  Effect.gen(function*() {
    for (let i = 0; i < 200 && !condition(); i++) yield* Effect.sleep(Duration.millis(10))
    assert.isTrue(condition(), message)
  })

const enqueue = (j: Job) => Effect.flatMap(WorkQueue, (q) => q.enqueue(j))

const claimOne = (now: number, workerId = "w1", leaseMs = 100) =>
  Effect.gen(function*() {
    const claims = yield* claimAt(now, workerId, 10, leaseMs)
    assert.strictEqual(claims.length, 1, `expected one claim at ${now}, got ${claims.length}`)
    return claims[0]
  })

const ids = (claims: ReadonlyArray<Claim>) => claims.map((c) => c.executionId).sort()

/** Runs the work queue contract against `layer` (a fresh queue for every test). */
export const workQueueContract = (name: string, layer: Layer.Layer<WorkQueue>) =>
  describe(name, () => {
    const test = <A, E>(title: string, body: () => Effect.Effect<A, E, WorkQueue>) =>
      it.effect(title, () => Effect.provide(body(), layer))
    const live = <A, E>(title: string, body: () => Effect.Effect<A, E, WorkQueue>) =>
      it.live(title, () => Effect.provide(body(), layer))

    test("a claim returns an enqueued job with its organization, worker, token and lease", () =>
      Effect.gen(function*() {
        yield* enqueue(job("a", 0, orgB))
        const claims = yield* claimAt(10, "worker-1", 10, 500)
        assert.strictEqual(claims.length, 1)
        const [claim] = claims
        assert.strictEqual(claim.executionId, execId("a"))
        assert.strictEqual(claim.organizationId, orgB)
        assert.strictEqual(claim.workerId, "worker-1")
        assert.strictEqual(claim.leaseUntil, 510)
        assert.isTrue(Number.isInteger(claim.token) && claim.token > 0)
      }))

    test("an empty queue yields no claim and no next due time", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        assert.deepStrictEqual(yield* claimAt(1_000_000), [])
        assert.deepStrictEqual(yield* q.nextDueAt, Option.none())
      }))

    test("tokens strictly increase across claims, whoever claims and whatever the job", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        for (let i = 0; i < 5; i++) yield* enqueue(job(i))
        const tokens: Array<number> = []
        for (let i = 0; i < 5; i++) {
          const claims = yield* q.claim({ workerId: `w${i % 2}`, max: 1, leaseMs: 100, now: 0 })
          assert.strictEqual(claims.length, 1)
          tokens.push(claims[0].token)
          yield* q.complete(claims[0])
        }
        yield* enqueue(job(0, 10))
        tokens.push((yield* claimOne(10)).token)
        for (let i = 1; i < tokens.length; i++) assert.isTrue(tokens[i] > tokens[i - 1], `tokens ${tokens}`)
      }))

    test("a claimed job is not claimed again until its lease expires, then another worker claims it with a higher token", () =>
      Effect.gen(function*() {
        yield* enqueue(job("a"))
        const first = yield* claimOne(0, "w1", 100)
        assert.deepStrictEqual(yield* claimAt(1, "w2"), [])
        assert.deepStrictEqual(yield* claimAt(99, "w2"), [])
        const second = yield* claimOne(100, "w2", 100)
        assert.strictEqual(second.executionId, execId("a"))
        assert.strictEqual(second.workerId, "w2")
        assert.isTrue(second.token > first.token)
        assert.deepStrictEqual(yield* claimAt(150, "w1"), [])
      }))

    test("heartbeat extends a lease", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a"))
        const claim = yield* claimOne(0, "w1", 100)
        assert.isTrue(yield* q.heartbeat(claim, 100, 80))
        assert.deepStrictEqual(yield* claimAt(150, "w2"), [])
        assert.isTrue(yield* q.heartbeat(claim, 100, 170))
        assert.deepStrictEqual(yield* claimAt(269, "w2"), [])
        const taken = yield* claimOne(270, "w2")
        assert.isTrue(taken.token > claim.token)
      }))

    test("a heartbeat never shortens a lease (a late renewal with an old time keeps the later end)", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a"))
        const claim = yield* claimOne(0, "w1", 1_000)
        assert.isTrue(yield* q.heartbeat(claim, 100, 10))
        assert.deepStrictEqual(yield* claimAt(500, "w2"), [], "the lease still ends at 1000")
        const taken = yield* claimOne(1_000, "w2")
        assert.isTrue(taken.token > claim.token)
      }))

    test("heartbeat returns false once the claim was lost (expired and taken, completed, or cancelled)", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a"))
        const lost = yield* claimOne(0, "w1", 100)
        const taken = yield* claimOne(100, "w2", 100)
        assert.isFalse(yield* q.heartbeat(lost, 100, 120))
        assert.isTrue(yield* q.heartbeat(taken, 100, 120))
        assert.deepStrictEqual(yield* claimAt(200, "w1"), [], "the failed heartbeat did not disturb the new claim")

        yield* q.complete(taken)
        assert.isFalse(yield* q.heartbeat(taken, 100, 230))

        yield* enqueue(job("b"))
        const cancelled = yield* claimOne(300)
        yield* q.cancel(execId("b"))
        assert.isFalse(yield* q.heartbeat(cancelled, 100, 310))
      }))

    test("complete removes the job", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a"))
        const claim = yield* claimOne(0)
        yield* q.complete(claim)
        assert.deepStrictEqual(yield* claimAt(1_000_000), [])
        assert.deepStrictEqual(yield* q.nextDueAt, Option.none())
      }))

    test("complete or release with a lost claim changes nothing", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a"))
        const lost = yield* claimOne(0, "w1", 100)
        const current = yield* claimOne(100, "w2", 100)
        yield* q.complete(lost)
        yield* q.release(lost)
        assert.deepStrictEqual(yield* claimAt(150, "w3"), [], "still held by w2")
        assert.isTrue(yield* q.heartbeat(current, 100, 150))
        yield* q.complete(current)
        assert.deepStrictEqual(yield* claimAt(1_000_000), [])
      }))

    test("a job enqueued again while claimed waits for the claim to end, then becomes due at its new time", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a", 0))
        const claim = yield* claimOne(0, "w1", 10_000)
        yield* enqueue(job("a", 500))
        assert.deepStrictEqual(yield* claimAt(600, "w2"), [], "not while the claim holds")
        yield* q.complete(claim)
        assert.deepStrictEqual(yield* claimAt(499, "w2"), [])
        assert.deepStrictEqual(yield* q.nextDueAt, Option.some(500))
        const next = yield* claimOne(500, "w2")
        assert.isTrue(next.token > claim.token)
        yield* q.complete(next)
        assert.deepStrictEqual(yield* claimAt(1_000_000), [], "the timer ran once")
      }))

    test("a job enqueued again (due now) while claimed is due at once after complete", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a", 0))
        const claim = yield* claimOne(0, "w1", 10_000)
        yield* enqueue(job("a", 5))
        yield* enqueue(job("a", 50))
        yield* q.complete(claim)
        assert.deepStrictEqual(yield* q.nextDueAt, Option.some(5), "the earlier of the re-enqueued times wins")
        yield* claimOne(5, "w2")
      }))

    test("release makes a claimed job due at once", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a", 0))
        const claim = yield* claimOne(10, "w1", 10_000)
        yield* q.release(claim)
        const again = yield* claimOne(11, "w2")
        assert.strictEqual(again.executionId, execId("a"))
        assert.isTrue(again.token > claim.token)
      }))

    test("claimNew adds a job already held: nobody claims it before its lease ends, its token is the newest, complete removes it", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("queued"))
        const first = yield* claimOne(5, "w1", 1_000)
        const held = yield* q.claimNew(job("new", 10, orgB), { workerId: "w2", leaseMs: 100, now: 10 })
        assert.strictEqual(held.executionId, execId("new"))
        assert.strictEqual(held.organizationId, orgB)
        assert.strictEqual(held.workerId, "w2")
        assert.strictEqual(held.leaseUntil, 110)
        assert.isTrue(held.token > first.token, "tokens grow across claim and claimNew")
        assert.deepStrictEqual(yield* claimAt(50, "w3"), [], "held until its lease ends")
        assert.isTrue(yield* q.heartbeat(held, 100, 60))
        const again = yield* Effect.either(q.claimNew(job("new", 70), { workerId: "w3", leaseMs: 100, now: 70 }))
        assert.strictEqual(again._tag, "Left", "one job per execution")
        yield* q.complete(held)
        yield* q.complete(first)
        assert.deepStrictEqual(yield* q.nextDueAt, Option.none())
      }))

    test("completeMany ends each claim as complete would: jobs without a re-run go, re-enqueued ones wait for their new time, lost claims change nothing", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        for (const name of ["a", "b"]) yield* enqueue(job(name))
        const [a, b] = (yield* claimAt(0, "w1", 10, 1_000)).slice().sort((x, y) => x.executionId.localeCompare(y.executionId))
        yield* enqueue(job("c"))
        const c = yield* claimOne(0, "w1", 100)
        yield* enqueue(job("b", 500))
        const lost = yield* claimOne(100, "w2", 1_000)
        assert.strictEqual(lost.executionId, c.executionId, "c's lease ran out and w2 took it")
        yield* q.completeMany([a, b, c])
        assert.deepStrictEqual(yield* claimAt(499, "w3"), [], "a is gone, b waits for 500, c is still w2's")
        const rerun = yield* claimOne(500, "w3")
        assert.strictEqual(rerun.executionId, b.executionId)
        assert.isTrue(yield* q.heartbeat(lost, 100, 150), "c's new claim survived the stale completion")
        yield* q.completeMany([])
      }))

    test("a job from claimNew whose lease ran out is claimed by another worker with a newer token", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        const held = yield* q.claimNew(job("new", 0), { workerId: "w1", leaseMs: 100, now: 0 })
        const taken = yield* claimOne(100, "w2")
        assert.strictEqual(taken.executionId, execId("new"))
        assert.isTrue(taken.token > held.token)
        assert.isFalse(yield* q.heartbeat(held, 100, 101), "the first holder lost it")
      }))

    test("jobs with a future runAt are not claimable before it; nextDueAt reports the earliest time", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("late", 3_000))
        yield* enqueue(job("soon", 1_000))
        yield* enqueue(job("mid", 2_000))
        assert.deepStrictEqual(yield* q.nextDueAt, Option.some(1_000))
        assert.deepStrictEqual(yield* claimAt(999), [])
        const soon = yield* claimOne(1_000, "w1", 100)
        assert.strictEqual(soon.executionId, execId("soon"))
        assert.deepStrictEqual(yield* q.nextDueAt, Option.some(1_100), "a lease expiry counts as a time work becomes claimable")
        yield* q.complete(soon)
        assert.deepStrictEqual(yield* q.nextDueAt, Option.some(2_000))
        assert.deepStrictEqual(ids(yield* claimAt(5_000)), [execId("late"), execId("mid")].sort())
      }))

    test("max bounds a claim", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        for (let i = 0; i < 5; i++) yield* enqueue(job(i))
        const first = yield* q.claim({ workerId: "w1", max: 2, leaseMs: 100, now: 0 })
        const second = yield* q.claim({ workerId: "w2", max: 2, leaseMs: 100, now: 0 })
        const third = yield* q.claim({ workerId: "w3", max: 2, leaseMs: 100, now: 0 })
        assert.deepStrictEqual([first.length, second.length, third.length], [2, 2, 1])
        const all = ids([...first, ...second, ...third])
        assert.deepStrictEqual(all, [0, 1, 2, 3, 4].map(execId).sort(), "every job claimed exactly once")
        assert.deepStrictEqual(yield* q.claim({ workerId: "w1", max: 0, leaseMs: 100, now: 1_000 }), [])
      }))

    test("cancel removes a job, claimed or not", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("waiting", 500))
        yield* enqueue(job("claimed", 0))
        yield* claimOne(0)
        yield* q.cancel(execId("waiting"))
        yield* q.cancel(execId("claimed"))
        yield* q.cancel(execId("unknown"))
        assert.deepStrictEqual(yield* claimAt(1_000_000), [])
        assert.deepStrictEqual(yield* q.nextDueAt, Option.none())
      }))

    test("one job per execution: enqueued twice it is claimed once, and the earlier runAt wins", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a", 500))
        yield* enqueue(job("a", 200))
        yield* enqueue(job("a", 800))
        assert.deepStrictEqual(yield* q.nextDueAt, Option.some(200))
        assert.deepStrictEqual(yield* claimAt(199), [])
        yield* claimOne(200, "w1", 10_000)
        assert.deepStrictEqual(yield* claimAt(1_000, "w2"), [], "no second job for the same execution")
      }))

    test("jobs of different executions are independent", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a", 0))
        yield* enqueue(job("b", 0, orgB))
        const a = yield* q.claim({ workerId: "w1", max: 1, leaseMs: 100, now: 0 })
        yield* q.complete(a[0])
        const rest = yield* claimAt(0, "w2")
        assert.strictEqual(rest.length, 1)
        assert.notStrictEqual(rest[0].executionId, a[0].executionId)
      }))

    live("a subscriber is called for every enqueue and release after subscribing, and not after unsubscribing", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("before"))
        let calls = 0
        const unsubscribe = yield* q.subscribe(() => calls++)
        assert.strictEqual(calls, 0, "an enqueue before subscribing does not count")
        yield* enqueue(job("after"))
        yield* eventually(() => calls >= 1, "called for an enqueue")
        const [claim] = yield* claimAt(0, "w1", 1, 60_000)
        const beforeRelease = calls
        yield* q.release(claim)
        yield* eventually(() => calls > beforeRelease, "called for a release")
        unsubscribe()
        const afterUnsubscribe = calls
        yield* enqueue(job("later"))
        yield* Effect.sleep(Duration.millis(50))
        assert.strictEqual(calls, afterUnsubscribe, "not called after unsubscribing")
      }))

    live("a subscriber is called when a completed claim leaves a re-run behind", () =>
      Effect.gen(function*() {
        const q = yield* WorkQueue
        yield* enqueue(job("a"))
        const claim = yield* claimOne(0)
        yield* enqueue(job("a", 5))
        let calls = 0
        yield* q.subscribe(() => calls++)
        yield* q.complete(claim)
        yield* eventually(() => calls >= 1, "called for the re-run")
      }))
  })
