import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer, TestClock } from "effect"
import * as fc from "fast-check"
import * as Quota from "../src/Quota.js"
import * as QuotaStore from "../src/QuotaStore.js"

const defaults = Quota.layer.pipe(Layer.provideMerge(QuotaStore.layerMemory))
const withPlans = (plans: Quota.Plans) => Quota.layerWith({ plans }).pipe(Layer.provideMerge(QuotaStore.layerMemory))

const fieldsOf = (error: object): Record<string, unknown> => ({ ...error })
const exceeded = (organizationId: string, plan: string, limit: number) =>
  fieldsOf(new Quota.QuotaExceeded({ organizationId, plan, limit, current: limit }))

const november = Date.UTC(2026, 10, 15, 12)
const consume = (organizationId: string, plan: string) =>
  Effect.flatMap(Quota.Quota, (q) => q.consume({ organizationId, plan }))
const consumeTimes = (organizationId: string, plan: string, n: number) =>
  Effect.forEach(Array.from({ length: n }), () => consume(organizationId, plan))

describe("Quota", () => {
  it.effect.prop(
    "quota never exceeds its limit under concurrent consumers",
    { n: fc.integer({ min: 1, max: 40 }), limit: fc.integer({ min: 0, max: 25 }) },
    ({ limit, n }) =>
      Effect.gen(function*() {
        const results = yield* Effect.all(
          Array.from({ length: n }, () => Effect.either(consume("org", "plan"))),
          { concurrency: "unbounded" }
        )
        const admitted = results.filter(Either.isRight).map((r) => r.right.current)
        const expected = Array.from({ length: Math.min(n, limit) }, (_, i) => i + 1)
        assert.deepStrictEqual(admitted.sort((a, b) => a - b), expected)
        for (const result of results.filter(Either.isLeft)) {
          assert.deepStrictEqual(fieldsOf(result.left), exceeded("org", "plan", limit))
        }
        const usage = yield* Effect.flatMap(Quota.Quota, (q) => q.usage({ organizationId: "org", plan: "plan" }))
        assert.strictEqual(usage.current, Math.min(n, limit))
      }).pipe(Effect.provide(withPlans({ plan: limit })))
  )

  it.effect("the free plan's 51st execution is QuotaExceeded with limit 50 and current 50", () =>
    Effect.gen(function*() {
      assert.deepStrictEqual(Quota.defaultPlans, { free: 50, pro: 10_000, enterprise: null })
      yield* TestClock.setTime(november)
      const usages = yield* consumeTimes("org_1", "free", 50)
      assert.deepStrictEqual(usages[49], {
        plan: "free",
        limit: 50,
        current: 50,
        period: "2026-11",
        resetsAt: Date.UTC(2026, 11, 1) / 1000
      })
      const error = yield* Effect.flip(consume("org_1", "free"))
      assert.deepStrictEqual(fieldsOf(error), exceeded("org_1", "free", 50))
      assert.strictEqual((yield* Effect.flip(consume("org_1", "free")))._tag, "QuotaExceeded")
    }).pipe(Effect.provide(defaults)))

  it.effect("a new calendar month resets the count", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.UTC(2026, 11, 1) - 1)
      yield* consumeTimes("org_1", "free", 50)
      assert.strictEqual((yield* Effect.flip(consume("org_1", "free")))._tag, "QuotaExceeded")
      yield* TestClock.setTime(Date.UTC(2026, 11, 1))
      assert.deepStrictEqual(yield* consume("org_1", "free"), {
        plan: "free",
        limit: 50,
        current: 1,
        period: "2026-12",
        resetsAt: Date.UTC(2027, 0, 1) / 1000
      })
    }).pipe(Effect.provide(defaults)))

  it.effect("enterprise is unlimited and pro stops at 10 000", () =>
    Effect.gen(function*() {
      const enterprise = yield* consumeTimes("big", "enterprise", 10_001)
      assert.deepStrictEqual([enterprise[10_000].limit, enterprise[10_000].current], [null, 10_001])
      yield* consumeTimes("mid", "pro", 10_000)
      const error = yield* Effect.flip(consume("mid", "pro"))
      assert.deepStrictEqual(fieldsOf(error), exceeded("mid", "pro", 10_000))
    }).pipe(Effect.provide(defaults)))

  it.effect("refund frees one slot and never goes below zero", () =>
    Effect.gen(function*() {
      const quota = yield* Quota.Quota
      yield* quota.refund({ organizationId: "org_1" })
      assert.strictEqual((yield* quota.usage({ organizationId: "org_1", plan: "free" })).current, 0)
      yield* consumeTimes("org_1", "free", 50)
      yield* quota.refund({ organizationId: "org_1" })
      assert.strictEqual((yield* consume("org_1", "free")).current, 50)
      assert.strictEqual((yield* Effect.flip(consume("org_1", "free")))._tag, "QuotaExceeded")
    }).pipe(Effect.provide(defaults)))

  it.effect("refund of a past period leaves the current one alone", () =>
    Effect.gen(function*() {
      const quota = yield* Quota.Quota
      yield* TestClock.setTime(november)
      const { period } = yield* consume("org_1", "free")
      yield* TestClock.setTime(Date.UTC(2026, 11, 2))
      yield* consume("org_1", "free")
      yield* quota.refund({ organizationId: "org_1", period })
      assert.strictEqual((yield* quota.usage({ organizationId: "org_1", plan: "free" })).current, 1)
      yield* quota.refund({ organizationId: "org_1" })
      assert.strictEqual((yield* quota.usage({ organizationId: "org_1", plan: "free" })).current, 0)
    }).pipe(Effect.provide(defaults)))

  it.effect("organizations are independent and usage does not consume", () =>
    Effect.gen(function*() {
      const quota = yield* Quota.Quota
      yield* consumeTimes("org_a", "free", 50)
      assert.strictEqual((yield* Effect.flip(consume("org_a", "free")))._tag, "QuotaExceeded")
      assert.strictEqual((yield* consume("org_b", "free")).current, 1)
      yield* quota.usage({ organizationId: "org_b", plan: "free" })
      assert.strictEqual((yield* quota.usage({ organizationId: "org_b", plan: "free" })).current, 1)
      assert.strictEqual((yield* quota.usage({ organizationId: "org_c", plan: "pro" })).limit, 10_000)
    }).pipe(Effect.provide(defaults)))

  it.effect("an unknown plan is a typed error, and custom plans replace the defaults", () =>
    Effect.gen(function*() {
      const quota = yield* Quota.Quota
      for (const plan of ["free", "toString"]) {
        assert.deepStrictEqual(fieldsOf(yield* Effect.flip(consume("org_1", plan))), { _tag: "UnknownPlan", plan })
      }
      const error = yield* Effect.flip(quota.usage({ organizationId: "org_1", plan: "gold" }))
      assert.deepStrictEqual(fieldsOf(error), { _tag: "UnknownPlan", plan: "gold" })
      assert.deepStrictEqual((yield* consumeTimes("org_1", "tiny", 2)).map((u) => u.current), [1, 2])
      assert.strictEqual((yield* Effect.flip(consume("org_1", "tiny")))._tag, "QuotaExceeded")
    }).pipe(Effect.provide(withPlans({ tiny: 2 }))))

  it("periods are UTC calendar months", () => {
    assert.deepStrictEqual(Quota.periodOf(0), { period: "1970-01", resetsAt: Date.UTC(1970, 1, 1) / 1000 })
    assert.deepStrictEqual(Quota.periodOf(Date.UTC(2028, 1, 29, 23, 59, 59, 999)), {
      period: "2028-02",
      resetsAt: Date.UTC(2028, 2, 1) / 1000
    })
    assert.strictEqual(Quota.periodOf(Date.UTC(2026, 11, 31, 23, 59, 59, 999)).resetsAt, Date.UTC(2027, 0, 1) / 1000)
  })
})
