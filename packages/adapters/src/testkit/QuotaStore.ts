/**
 * The contract of the `QuotaStore` port: every adapter (memory, PGlite, PostgreSQL) must pass it.
 */
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { QuotaStore } from "@sire/core/QuotaStore"

const consume = (key: string, limit: number | null) => Effect.flatMap(QuotaStore, (s) => s.consume(key, limit))
const refund = (key: string) => Effect.flatMap(QuotaStore, (s) => s.refund(key))
const current = (key: string) => Effect.flatMap(QuotaStore, (s) => s.current(key))

/** Runs the quota store contract against `layer` (a fresh store for every test). */
export const quotaStoreContract = (name: string, layer: Layer.Layer<QuotaStore>) =>
  describe(name, () => {
    const test = <A, E>(title: string, body: () => Effect.Effect<A, E, QuotaStore>) =>
      it.effect(title, () => Effect.provide(body(), layer))

    test("an absent counter is 0", () =>
      Effect.gen(function*() {
        assert.strictEqual(yield* current("k"), 0)
      }))

    test("consume increments up to the limit, then denies and reports the counter", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* consume("k", 3), { admitted: true, current: 1 })
        assert.deepStrictEqual(yield* consume("k", 3), { admitted: true, current: 2 })
        assert.deepStrictEqual(yield* consume("k", 3), { admitted: true, current: 3 })
        assert.deepStrictEqual(yield* consume("k", 3), { admitted: false, current: 3 })
        assert.deepStrictEqual(yield* consume("k", 3), { admitted: false, current: 3 })
        assert.strictEqual(yield* current("k"), 3)
      }))

    test("a limit of 0 admits nothing and creates no counter", () =>
      Effect.gen(function*() {
        assert.deepStrictEqual(yield* consume("k", 0), { admitted: false, current: 0 })
        assert.strictEqual(yield* current("k"), 0)
        assert.deepStrictEqual(yield* consume("k", 1), { admitted: true, current: 1 })
        assert.deepStrictEqual(yield* consume("k", 0), { admitted: false, current: 1 })
      }))

    test("a lower limit than the counter denies without changing it", () =>
      Effect.gen(function*() {
        for (let i = 0; i < 5; i++) yield* consume("k", null)
        assert.deepStrictEqual(yield* consume("k", 2), { admitted: false, current: 5 })
        assert.strictEqual(yield* current("k"), 5)
        assert.deepStrictEqual(yield* consume("k", 6), { admitted: true, current: 6 })
      }))

    test("a null limit is unlimited", () =>
      Effect.gen(function*() {
        for (let i = 1; i <= 30; i++) assert.deepStrictEqual(yield* consume("k", null), { admitted: true, current: i })
        assert.strictEqual(yield* current("k"), 30)
      }))

    test("refund decrements, never below 0, and frees room under the limit", () =>
      Effect.gen(function*() {
        yield* refund("k")
        assert.strictEqual(yield* current("k"), 0)
        yield* consume("k", 2)
        yield* consume("k", 2)
        assert.deepStrictEqual(yield* consume("k", 2), { admitted: false, current: 2 })
        yield* refund("k")
        assert.strictEqual(yield* current("k"), 1)
        assert.deepStrictEqual(yield* consume("k", 2), { admitted: true, current: 2 })
        yield* refund("k")
        yield* refund("k")
        yield* refund("k")
        yield* refund("k")
        assert.strictEqual(yield* current("k"), 0)
        assert.deepStrictEqual(yield* consume("k", 2), { admitted: true, current: 1 })
      }))

    test("keys are independent", () =>
      Effect.gen(function*() {
        yield* consume("a", 1)
        assert.deepStrictEqual(yield* consume("a", 1), { admitted: false, current: 1 })
        assert.deepStrictEqual(yield* consume("b", 1), { admitted: true, current: 1 })
        assert.deepStrictEqual(yield* consume("A", 1), { admitted: true, current: 1 })
        yield* refund("b")
        assert.strictEqual(yield* current("a"), 1)
        assert.strictEqual(yield* current("b"), 0)
        assert.strictEqual(yield* current("A"), 1)
        assert.strictEqual(yield* current("c"), 0)
      }))

    test("20 concurrent consumes at limit L admit exactly L", () =>
      Effect.gen(function*() {
        const limit = 7
        const results = yield* Effect.all(
          Array.from({ length: 20 }, () => consume("k", limit)),
          { concurrency: "unbounded" }
        )
        const admitted = results.filter((r) => r.admitted)
        assert.strictEqual(admitted.length, limit)
        assert.deepStrictEqual(admitted.map((r) => r.current).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7])
        for (const r of results.filter((r) => !r.admitted)) assert.strictEqual(r.current, limit)
        assert.strictEqual(yield* current("k"), limit)
      }))

    test("concurrent consumes and refunds never leave the counter negative or above the limit", () =>
      Effect.gen(function*() {
        yield* Effect.all(
          Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? consume("k", 5) : refund("k"))),
          { concurrency: "unbounded" }
        )
        const n = yield* current("k")
        assert.isAtLeast(n, 0)
        assert.isAtMost(n, 5)
      }))
  })
