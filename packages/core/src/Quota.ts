/**
 * Per-organization monthly execution quotas by plan, over a `QuotaStore`.
 *
 * @since 0.1.0
 */
import { Clock, Context, Effect, Layer, Schema } from "effect"
import { QuotaStore, type QuotaStoreError } from "./QuotaStore.js"
import * as Telemetry from "./Telemetry.js"

/** Monthly execution limits by plan name; `null` means unlimited. */
export type Plans = Readonly<Record<string, number | null>>

/** The default plans: `free` 50, `pro` 10 000, `enterprise` unlimited executions a month. */
export const defaultPlans = { free: 50, pro: 10_000, enterprise: null } as const satisfies Plans

/** An organization's usage in the current period. */
export interface Usage {
  /** The plan the usage was judged against. */
  readonly plan: string
  /** The plan's monthly limit; `null` when unlimited. */
  readonly limit: number | null
  /** Executions counted this period. */
  readonly current: number
  /** The UTC calendar month, `YYYY-MM`. */
  readonly period: string
  /** When the next period starts, unix seconds. */
  readonly resetsAt: number
}

/** The organization has used its plan's executions for this month. */
export class QuotaExceeded extends Schema.TaggedError<QuotaExceeded>()("QuotaExceeded", {
  organizationId: Schema.String,
  plan: Schema.String,
  limit: Schema.Number,
  current: Schema.Number
}) {
  /** A human-readable description. */
  override get message(): string {
    return `${this.plan} plan limit reached: ${this.current} of ${this.limit} executions this month`
  }
}

/** The plan named is not configured. */
export class UnknownPlan extends Schema.TaggedError<UnknownPlan>()("UnknownPlan", { plan: Schema.String }) {
  /** A human-readable description. */
  override get message(): string {
    return `unknown plan: ${this.plan}`
  }
}

/** An organization and the plan it is on. */
export interface OrganizationPlan {
  /** The organization's id. */
  readonly organizationId: string
  /** The organization's plan name. */
  readonly plan: string
}

/** An organization and, optionally, the period (`YYYY-MM`) meant; the current one by default. */
export interface OrganizationPeriod {
  /** The organization's id. */
  readonly organizationId: string
  /** The period, as in `Usage.period`. */
  readonly period?: string
}

/** Counts executions per organization and calendar month against its plan. */
export class Quota extends Context.Tag("@sire/core/Quota")<Quota, {
  /** Counts one execution if the plan allows it this month. */
  readonly consume: (options: OrganizationPlan) => Effect.Effect<Usage, QuotaExceeded | UnknownPlan | QuotaStoreError>
  /**
   * Counts one execution through `charge`, which increments the counter `key` up to `limit` as
   * `QuotaStore.consume` does — possibly in the same write as what the execution is counted for.
   */
  readonly consumeWith: <A, E, R>(
    options: OrganizationPlan,
    charge: (key: string, limit: number | null) => Effect.Effect<Charged<A>, E, R>
  ) => Effect.Effect<{ readonly usage: Usage; readonly value: A }, QuotaExceeded | UnknownPlan | E, R>
  /** Gives back one execution, e.g. when a start failed after consuming; pass `Usage.period` to refund that month. */
  readonly refund: (options: OrganizationPeriod) => Effect.Effect<void, QuotaStoreError>
  /** The organization's usage this month, without counting anything. */
  readonly usage: (options: OrganizationPlan) => Effect.Effect<Usage, UnknownPlan | QuotaStoreError>
}>() {}

/** What a charge made by `consumeWith`'s caller came to, with what else its write produced. */
export interface Charged<A> {
  readonly admitted: boolean
  /** The counter's value after the decision. */
  readonly current: number
  readonly value: A
}

/** Options for `layerWith`. */
export interface Options {
  /** The plans by name. */
  readonly plans: Plans
}

/** The UTC calendar month containing `millis`, and the start of the next one in unix seconds. */
export const periodOf = (millis: number): { readonly period: string; readonly resetsAt: number } => {
  const date = new Date(millis)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  return {
    period: `${String(year).padStart(4, "0")}-${String(month + 1).padStart(2, "0")}`,
    resetsAt: Date.UTC(year, month + 1, 1) / 1000
  }
}

/** Builds a `Quota` over the `QuotaStore` in context. */
export const make = (options: Options): Effect.Effect<Quota["Type"], never, QuotaStore> =>
  Effect.gen(function*() {
    const store = yield* QuotaStore
    const plans = new Map(Object.entries(options.plans))
    const limitOf = (plan: string) => {
      const limit = plans.get(plan)
      return limit === undefined ? Effect.fail(new UnknownPlan({ plan })) : Effect.succeed(limit)
    }
    const currentPeriod = Effect.map(Clock.currentTimeMillis, periodOf)
    const consumeWith = <A, E, R>(
      o: OrganizationPlan,
      charge: (key: string, limit: number | null) => Effect.Effect<Charged<A>, E, R>
    ) =>
      Effect.gen(function*() {
        const limit = yield* limitOf(o.plan)
        const { period, resetsAt } = yield* currentPeriod
        const { admitted, current, value } = yield* charge(`${o.organizationId}:${period}`, limit)
        if (!admitted) {
          return yield* new QuotaExceeded({ organizationId: o.organizationId, plan: o.plan, limit: limit ?? 0, current })
        }
        return { usage: { plan: o.plan, limit, current, period, resetsAt } satisfies Usage, value }
      })
    const consume = (o: OrganizationPlan) =>
      consumeWith(o, (key, limit) => Effect.map(store.consume(key, limit), (consumed) => ({ ...consumed, value: undefined }))).pipe(
        Effect.map((charged) => charged.usage),
        Telemetry.traced("Quota.consume")
      )
    const refund = (o: OrganizationPeriod) =>
      Effect.gen(function*() {
        const period = o.period ?? (yield* currentPeriod).period
        yield* store.refund(`${o.organizationId}:${period}`)
      }).pipe(Telemetry.traced("Quota.refund"))
    const usage = (o: OrganizationPlan) =>
      Effect.gen(function*() {
        const limit = yield* limitOf(o.plan)
        const { period, resetsAt } = yield* currentPeriod
        const current = yield* store.current(`${o.organizationId}:${period}`)
        return { plan: o.plan, limit, current, period, resetsAt } satisfies Usage
      }).pipe(Telemetry.traced("Quota.usage"))
    return Quota.of({ consume, consumeWith, refund, usage })
  })

/** A `Quota` with the given plans; needs a `QuotaStore`. */
export const layerWith = (options: Options): Layer.Layer<Quota, never, QuotaStore> => Layer.effect(Quota, make(options))

/** A `Quota` with `defaultPlans`; needs a `QuotaStore`. */
export const layer: Layer.Layer<Quota, never, QuotaStore> = layerWith({ plans: defaultPlans })
