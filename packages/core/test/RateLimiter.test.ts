import { assert, describe, it } from "@effect/vitest"
import { Clock, Effect, Layer, TestClock } from "effect"
import * as fc from "fast-check"
import * as RateLimiter from "../src/RateLimiter.js"
import * as RateLimitStore from "../src/RateLimitStore.js"

const withCategories = (categories: RateLimiter.Options["categories"]) =>
  RateLimiter.layerWith({ categories }).pipe(Layer.provideMerge(RateLimitStore.layerMemory))
const defaults = RateLimiter.layer.pipe(Layer.provideMerge(RateLimitStore.layerMemory))

const checkTimes = (category: string, clientKey: string, n: number) =>
  Effect.flatMap(RateLimiter.RateLimiter, (limiter) =>
    Effect.forEach(Array.from({ length: n }), () => limiter.check(category, clientKey)))

const scenario = fc.record({
  limit: fc.integer({ min: 1, max: 4 }),
  start: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 42 })),
  windowMs: fc.integer({ min: 1, max: 5 }).map((s) => s * 1000),
  events: fc.array(
    fc.record({
      gapMs: fc.oneof(fc.integer({ min: 0, max: 2500 }), fc.constantFrom(0, 250, 500, 1000)),
      key: fc.constantFrom("a", "b", "c")
    }),
    { maxLength: 100 }
  )
})

type Scenario = typeof scenario extends fc.Arbitrary<infer A> ? A : never

const manualClock = (start: number) => {
  let now = start
  const clock: Clock.Clock = {
    [Clock.ClockTypeId]: Clock.ClockTypeId,
    unsafeCurrentTimeMillis: () => now,
    currentTimeMillis: Effect.sync(() => now),
    unsafeCurrentTimeNanos: () => BigInt(now) * 1_000_000n,
    currentTimeNanos: Effect.sync(() => BigInt(now) * 1_000_000n),
    sleep: () => Effect.void
  }
  return { clock, advance: (ms: number) => now += ms }
}

const runScenario = ({ events, limit, start, windowMs }: Scenario) =>
  Effect.gen(function*() {
    const limiter = yield* RateLimiter.RateLimiter
    const time = manualClock(start)
    const out: Array<{ key: string; at: number; decision: RateLimiter.Decision }> = []
    for (const { gapMs, key } of events) {
      const at = time.advance(gapMs)
      out.push({ key, at, decision: yield* Effect.withClock(limiter.check("t", key), time.clock) })
    }
    return out
  }).pipe(Effect.provide(withCategories({ t: { limit, windowMs } })))

describe("RateLimiter", () => {
  it.effect.prop("never admits more than its limit in any window", { s: scenario }, ({ s }) =>
    Effect.gen(function*() {
      const admitted = (yield* runScenario(s)).filter((e) => e.decision.allowed)
      for (const { at, key } of admitted) {
        const inWindow = admitted.filter((e) => e.key === key && e.at >= at && e.at < at + s.windowMs)
        assert.isAtMost(inWindow.length, s.limit)
      }
    }))

  it.effect.prop("decides and reports exactly like a sliding log of admitted requests", { s: scenario }, ({ s }) =>
    Effect.gen(function*() {
      const admitted: Array<{ key: string; at: number }> = []
      for (const { at, decision, key } of yield* runScenario(s)) {
        const live = () => admitted.filter((e) => e.key === key && e.at > at - s.windowMs)
        const allowed = live().length < s.limit
        if (allowed) admitted.push({ key, at })
        const resetSeconds = Math.ceil((live()[0].at + s.windowMs - at) / 1000)
        assert.deepStrictEqual(decision, {
          allowed,
          limit: s.limit,
          remaining: s.limit - live().length,
          resetSeconds,
          retryAfterSeconds: allowed ? 0 : Math.max(1, resetSeconds)
        })
      }
    }))

  it.effect.prop("peek counts nothing and reports what the last check left: decisions with a peek before and after each check are the same", { s: scenario }, ({ s }) =>
    Effect.gen(function*() {
      const plain = yield* runScenario(s)
      const limiter = yield* RateLimiter.RateLimiter
      const time = manualClock(s.start)
      for (const [index, { gapMs, key }] of s.events.entries()) {
        time.advance(gapMs)
        const before = yield* Effect.withClock(limiter.peek("t", key), time.clock)
        const decision = yield* Effect.withClock(limiter.check("t", key), time.clock)
        const after = yield* Effect.withClock(limiter.peek("t", key), time.clock)
        assert.deepStrictEqual(decision, plain[index]!.decision)
        assert.strictEqual(before.allowed, decision.allowed)
        assert.deepStrictEqual(
          { limit: after.limit, remaining: after.remaining, resetSeconds: after.resetSeconds, windowMs: after.windowMs },
          { limit: s.limit, remaining: decision.remaining, resetSeconds: decision.resetSeconds, windowMs: s.windowMs }
        )
        assert.strictEqual(after.allowed, decision.remaining > 0)
      }
    }).pipe(Effect.provide(withCategories({ t: { limit: s.limit, windowMs: s.windowMs } }))))

  it.effect("defaults are auth 10, write 60, read 300 per minute", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(RateLimiter.defaultCategories, {
        auth: { limit: 10, windowMs: 60_000 },
        write: { limit: 60, windowMs: 60_000 },
        read: { limit: 300, windowMs: 60_000 }
      })
      for (const [category, limit] of [["auth", 10], ["write", 60], ["read", 300]] as const) {
        const decisions = yield* checkTimes(category, "client", limit + 1)
        assert.isTrue(decisions.slice(0, limit).every((d) => d.allowed && d.limit === limit))
        assert.isFalse(decisions[limit].allowed)
      }
    }).pipe(Effect.provide(defaults)))

  it.effect("a client that waits a full window is admitted again", () =>
    Effect.gen(function*() {
      yield* checkTimes("auth", "client", 10)
      assert.isFalse((yield* checkTimes("auth", "client", 1))[0].allowed)
      yield* TestClock.adjust("60 seconds")
      const again = yield* checkTimes("auth", "client", 11)
      assert.deepStrictEqual(again.map((d) => d.allowed), [...Array(10).fill(true), false])
    }).pipe(Effect.provide(defaults)))

  it.effect("keys and categories are independent", () =>
    Effect.gen(function*() {
      yield* checkTimes("auth", "alice", 10)
      assert.isFalse((yield* checkTimes("auth", "alice", 1))[0].allowed)
      assert.isTrue((yield* checkTimes("auth", "bob", 1))[0].allowed)
      assert.isTrue((yield* checkTimes("write", "alice", 1))[0].allowed)
    }).pipe(Effect.provide(defaults)))

  it.effect("remaining falls to 0, then a denial says when to retry", () =>
    Effect.gen(function*() {
      const first = yield* checkTimes("auth", "client", 1)
      yield* TestClock.adjust("30500 millis")
      const rest = yield* checkTimes("auth", "client", 9)
      assert.deepStrictEqual([...first, ...rest].map((d) => d.remaining), [9, 8, 7, 6, 5, 4, 3, 2, 1, 0])
      assert.deepStrictEqual([first[0].resetSeconds, rest[8].resetSeconds], [60, 30])
      assert.isTrue([...first, ...rest].every((d) => d.retryAfterSeconds === 0))
      const [denied] = yield* checkTimes("auth", "client", 1)
      assert.deepStrictEqual(denied, {
        allowed: false,
        limit: 10,
        remaining: 0,
        resetSeconds: 30,
        retryAfterSeconds: 30
      })
      yield* TestClock.adjust(`${denied.retryAfterSeconds - 1} seconds`)
      assert.isFalse((yield* checkTimes("auth", "client", 1))[0].allowed)
      yield* TestClock.adjust("1 second")
      const [allowed] = yield* checkTimes("auth", "client", 1)
      assert.deepStrictEqual([allowed.allowed, allowed.remaining, allowed.retryAfterSeconds], [true, 0, 0])
    }).pipe(Effect.provide(defaults)))

  it.effect("custom categories replace the defaults", () =>
    Effect.gen(function*() {
      const decisions = yield* checkTimes("burst", "client", 3)
      assert.deepStrictEqual(decisions.map((d) => [d.allowed, d.limit]), [[true, 2], [true, 2], [false, 2]])
      const error = yield* Effect.flip(checkTimes("auth", "client", 1))
      assert.strictEqual(error._tag, "UnknownRateLimitCategory")
    }).pipe(Effect.provide(withCategories({ burst: { limit: 2, windowMs: 1000 } }))))

  it.effect("an unknown category is a typed error", () =>
    Effect.gen(function*() {
      for (const category of ["nope", "constructor", "toString"]) {
        const error = yield* Effect.flip(checkTimes(category, "client", 1))
        assert.instanceOf(error, RateLimiter.UnknownRateLimitCategory)
        assert.strictEqual((error as RateLimiter.UnknownRateLimitCategory).category, category)
      }
    }).pipe(Effect.provide(defaults)))

  it.effect("the store drops timestamps at exactly now - windowMs", () =>
    Effect.gen(function*() {
      const store = yield* RateLimitStore.RateLimitStore
      const at = (now: number) => store.hit("k", { limit: 1, windowMs: 1000, now })
      assert.deepStrictEqual(yield* at(0), { admitted: true, count: 1, oldestAt: 0 })
      assert.deepStrictEqual(yield* at(999), { admitted: false, count: 1, oldestAt: 0 })
      assert.deepStrictEqual(yield* at(1000), { admitted: true, count: 1, oldestAt: 1000 })
      assert.deepStrictEqual(yield* store.hit("z", { limit: 0, windowMs: 1000, now: 0 }), {
        admitted: false,
        count: 0,
        oldestAt: undefined
      })
    }).pipe(Effect.provide(RateLimitStore.layerMemory)))

  const sweepRuns = { fastCheck: { numRuns: 20 } }
  const sweepSeed = { seed: fc.integer() }
  it.effect.prop("the memory store agrees with a plain sliding log across its sweeps", sweepSeed, ({ seed }) =>
    Effect.gen(function*() {
      const store = yield* RateLimitStore.RateLimitStore
      const model = new Map<string, Array<number>>()
      const random = fc.sample(fc.tuple(fc.nat(40), fc.nat(9)), { seed, numRuns: 3000 })
      let now = 0
      for (const [k, gap] of random) {
        now += gap
        const key = `k${k}`
        const windowMs = [100, 300, 1000][k % 3]
        const live = (model.get(key) ?? []).filter((t) => t > now - windowMs)
        const admitted = live.length < 2
        if (admitted) live.push(now)
        model.set(key, live)
        const hit = yield* store.hit(key, { limit: 2, windowMs, now })
        assert.deepStrictEqual(hit, { admitted, count: live.length, oldestAt: live[0] })
      }
    }).pipe(Effect.provide(RateLimitStore.layerMemory)), sweepRuns)
})
