/**
 * The port behind quotas: atomic bounded counters per key.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"

/** The infrastructure failure of a quota store. */
export class QuotaStoreError extends Schema.TaggedError<QuotaStoreError>()("QuotaStoreError", {
  reason: Schema.Literal("Unavailable", "Unknown"),
  message: Schema.String
}) {}

/** The outcome of a consume. */
export interface Consumed {
  /** Whether the counter was incremented. */
  readonly admitted: boolean
  /** The counter's value after the decision. */
  readonly current: number
}

/** A store of per-key counters that only grow up to a limit. */
export class QuotaStore extends Context.Tag("@sire/core/QuotaStore")<QuotaStore, {
  /** Atomically: if `limit` is null or the counter (0 if absent) is below it, increment and admit; else deny. */
  readonly consume: (key: string, limit: number | null) => Effect.Effect<Consumed, QuotaStoreError>
  /** Atomically decrements the counter, never below 0. */
  readonly refund: (key: string) => Effect.Effect<void, QuotaStoreError>
  /** The counter's value, 0 if absent. */
  readonly current: (key: string) => Effect.Effect<number, QuotaStoreError>
}>() {}

const makeMemory = (): QuotaStore["Type"] => {
  const counters = new Map<string, number>()
  return QuotaStore.of({
    consume: (key, limit) =>
      Effect.sync(() => {
        const current = counters.get(key) ?? 0
        if (limit !== null && current >= limit) return { admitted: false, current }
        counters.set(key, current + 1)
        return { admitted: true, current: current + 1 }
      }),
    refund: (key) =>
      Effect.sync(() => {
        const current = counters.get(key) ?? 0
        if (current <= 1) counters.delete(key)
        else counters.set(key, current - 1)
      }),
    current: (key) => Effect.sync(() => counters.get(key) ?? 0)
  })
}

/** An in-memory `QuotaStore`, atomic within one process. */
export const layerMemory: Layer.Layer<QuotaStore> = Layer.sync(QuotaStore, makeMemory)
