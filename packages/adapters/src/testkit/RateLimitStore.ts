/**
 * The contract of the `RateLimitStore` port: every adapter (memory, PGlite, PostgreSQL) must pass it.
 * Times are passed explicitly (no clock): each hit carries its own `now`.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as fc from "fast-check"
import { type Hit, RateLimitStore } from "@sire/core/RateLimitStore"

const hit = (key: string, limit: number, windowMs: number, now: number) =>
  Effect.flatMap(RateLimitStore, (s) => s.hit(key, { limit, windowMs, now }))

/** Runs the rate-limit store contract against `layer` (a fresh store for every test). */
export const rateLimitStoreContract = (name: string, layer: Layer.Layer<RateLimitStore>) =>
  describe(name, () => {
    const test = <A, E>(title: string, body: () => Effect.Effect<A, E, RateLimitStore>) =>
      it.effect(title, () => Effect.provide(body(), layer))
    const run = <A, E>(effect: Effect.Effect<A, E, RateLimitStore>) => Effect.runPromise(Effect.provide(effect, layer))

    test("admits exactly `limit` hits in a window, then denies without recording", () =>
      Effect.gen(function*() {
        const t0 = 1_000_000
        assert.deepStrictEqual(yield* hit("k", 3, 1000, t0), { admitted: true, count: 1, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 3, 1000, t0 + 10), { admitted: true, count: 2, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 3, 1000, t0 + 20), { admitted: true, count: 3, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 3, 1000, t0 + 30), { admitted: false, count: 3, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 3, 1000, t0 + 999), { admitted: false, count: 3, oldestAt: t0 })
      }))

    test("a timestamp at exactly now - windowMs no longer counts", () =>
      Effect.gen(function*() {
        const t0 = 5_000
        yield* hit("k", 2, 1000, t0)
        yield* hit("k", 2, 1000, t0 + 500)
        assert.deepStrictEqual(yield* hit("k", 2, 1000, t0 + 999), { admitted: false, count: 2, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 2, 1000, t0 + 1000), { admitted: true, count: 2, oldestAt: t0 + 500 })
        assert.deepStrictEqual(yield* hit("k", 2, 1000, t0 + 1499), {
          admitted: false,
          count: 2,
          oldestAt: t0 + 500
        })
        assert.deepStrictEqual(yield* hit("k", 2, 1000, t0 + 1500), {
          admitted: true,
          count: 2,
          oldestAt: t0 + 1000
        })
      }))

    test("a denied hit after the window has emptied reports the pruned count", () =>
      Effect.gen(function*() {
        yield* hit("k", 1, 100, 0)
        assert.deepStrictEqual(yield* hit("k", 1, 100, 50), { admitted: false, count: 1, oldestAt: 0 })
        // everything expired: admitted afresh
        assert.deepStrictEqual(yield* hit("k", 1, 100, 10_000), { admitted: true, count: 1, oldestAt: 10_000 })
      }))

    test("a limit of 0 admits nothing and reports an empty window", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* hit("k", 0, 1000, 100), { admitted: false, count: 0, oldestAt: undefined })
        assert.deepStrictEqual(yield* hit("k", 0, 1000, 200), { admitted: false, count: 0, oldestAt: undefined })
        assert.deepStrictEqual(yield* hit("k", 1, 1000, 300), { admitted: true, count: 1, oldestAt: 300 })
      }))

    test("a limit of 0 reads a key's window without recording (what RateLimiter.peek relies on)", () =>
      Effect.gen(function*() {
        yield* hit("k", 3, 1000, 0)
        yield* hit("k", 3, 1000, 10)
        assert.deepStrictEqual(yield* hit("k", 0, 1000, 20), { admitted: false, count: 2, oldestAt: 0 })
        assert.deepStrictEqual(yield* hit("k", 0, 1000, 1000), { admitted: false, count: 1, oldestAt: 10 })
        assert.deepStrictEqual(yield* hit("k", 3, 1000, 1001), { admitted: true, count: 2, oldestAt: 10 })
      }))

    test("hits at the same instant each count", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* hit("k", 2, 1000, 42), { admitted: true, count: 1, oldestAt: 42 })
        assert.deepStrictEqual(yield* hit("k", 2, 1000, 42), { admitted: true, count: 2, oldestAt: 42 })
        assert.deepStrictEqual(yield* hit("k", 2, 1000, 42), { admitted: false, count: 2, oldestAt: 42 })
      }))

    test("keys are independent", () =>
      Effect.gen(function*() {
        yield* hit("a", 1, 1000, 0)
        assert.isFalse((yield* hit("a", 1, 1000, 1)).admitted)
        assert.deepStrictEqual(yield* hit("b", 1, 1000, 2), { admitted: true, count: 1, oldestAt: 2 })
        assert.deepStrictEqual(yield* hit("A", 1, 1000, 3), { admitted: true, count: 1, oldestAt: 3 })
        assert.deepStrictEqual(yield* hit("a:b", 1, 1000, 4), { admitted: true, count: 1, oldestAt: 4 })
        assert.deepStrictEqual(yield* hit("a", 1, 1000, 5), { admitted: false, count: 1, oldestAt: 0 })
      }))

    test("times far from the epoch are kept exactly", () =>
      Effect.gen(function*() {
        const t0 = 2 ** 42 + 7
        assert.deepStrictEqual(yield* hit("k", 2, 60_000, t0), { admitted: true, count: 1, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 2, 60_000, t0 + 1), { admitted: true, count: 2, oldestAt: t0 })
        assert.deepStrictEqual(yield* hit("k", 2, 60_000, t0 + 60_000), {
          admitted: true,
          count: 2,
          oldestAt: t0 + 1
        })
      }))

    test("concurrent hits on one key admit exactly `limit`", () =>
      Effect.gen(function*() {
        const results = yield* Effect.all(
          Array.from({ length: 20 }, () => hit("k", 7, 60_000, 1_000)),
          { concurrency: "unbounded" }
        )
        assert.strictEqual(results.filter((r) => r.admitted).length, 7)
        assert.deepStrictEqual(
          results.filter((r) => r.admitted).map((r) => r.count).sort((a, b) => a - b),
          [1, 2, 3, 4, 5, 6, 7]
        )
        assert.deepStrictEqual(yield* hit("k", 7, 60_000, 1_001), { admitted: false, count: 7, oldestAt: 1_000 })
      }))

    it("behaves exactly like a sliding log (property)", () =>
      fc.assert(
        fc.asyncProperty(
          fc.record({
            limit: fc.integer({ min: 0, max: 4 }),
            windowMs: fc.integer({ min: 1, max: 5 }).map((s) => s * 1000),
            start: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2 ** 42 })),
            events: fc.array(
              fc.record({
                key: fc.constantFrom("a", "b", "c"),
                gapMs: fc.oneof(fc.integer({ min: 0, max: 2500 }), fc.constantFrom(0, 250, 500, 1000))
              }),
              { maxLength: 40 }
            )
          }),
          async ({ events, limit, start, windowMs }) => {
            const got = await run(Effect.gen(function*() {
              const out: Array<Hit> = []
              let now = start
              for (const { gapMs, key } of events) {
                now += gapMs
                out.push(yield* hit(key, limit, windowMs, now))
              }
              return out
            }))
            // the model: a sliding log of admitted hits per key
            const log = new Map<string, Array<number>>()
            let now = start
            events.forEach(({ gapMs, key }, i) => {
              now += gapMs
              const live = (log.get(key) ?? []).filter((t) => t > now - windowMs)
              const admitted = live.length < limit
              if (admitted) live.push(now)
              log.set(key, live)
              assert.deepStrictEqual(got[i], {
                admitted,
                count: live.length,
                oldestAt: live.length === 0 ? undefined : Math.min(...live)
              }, `event ${i}`)
            })
          }
        ),
        { numRuns: 50 }
      ))
  })
