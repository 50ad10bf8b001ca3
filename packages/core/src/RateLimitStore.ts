/**
 * The port behind rate limiting: an atomic sliding-log counter per key.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"

/** The infrastructure failure of a rate-limit store. */
export class RateLimitStoreError extends Schema.TaggedError<RateLimitStoreError>()("RateLimitStoreError", {
  reason: Schema.Literal("Unavailable", "Unknown"),
  message: Schema.String
}) {}

/** The sliding window a hit is judged against; `now` is in unix milliseconds. */
export interface Window {
  /** The most hits the window may hold. */
  readonly limit: number
  /** The window's length in milliseconds. */
  readonly windowMs: number
  /** The time of the hit, unix milliseconds. */
  readonly now: number
}

/** The outcome of one hit. */
export interface Hit {
  /** Whether the hit was admitted (and recorded). */
  readonly admitted: boolean
  /** How many recorded hits the window holds after the decision. */
  readonly count: number
  /** The smallest recorded timestamp in the window after the decision, if any. */
  readonly oldestAt: number | undefined
}

/** A store of per-key sliding logs of admitted hits. */
export class RateLimitStore extends Context.Tag("@sire/core/RateLimitStore")<RateLimitStore, {
  /**
   * Atomically: delete the key's timestamps `t <= now - windowMs`; if fewer than `limit` remain,
   * record `now` and admit, otherwise record nothing and deny; return the remaining count and
   * their minimum timestamp (`undefined` when none remain). Callers use one `windowMs` per key;
   * a store may forget, at any time, a key whose timestamps are all `<= now - windowMs` of its latest hit.
   */
  readonly hit: (key: string, window: Window) => Effect.Effect<Hit, RateLimitStoreError>
}>() {}

interface Log {
  stamps: Array<number>
  windowMs: number
}

const sweepEvery = 1024

const makeMemory = (): RateLimitStore["Type"] => {
  const logs = new Map<string, Log>()
  let hitsSinceSweep = 0
  const sweep = (now: number) => {
    for (const [key, log] of logs) {
      if (log.stamps.every((t) => t <= now - log.windowMs)) logs.delete(key)
    }
    hitsSinceSweep = 0
  }
  return RateLimitStore.of({
    hit: (key, { limit, now, windowMs }) =>
      Effect.sync(() => {
        if (++hitsSinceSweep >= Math.max(sweepEvery, logs.size)) sweep(now)
        const stamps = (logs.get(key)?.stamps ?? []).filter((t) => t > now - windowMs)
        const admitted = stamps.length < limit
        if (admitted) stamps.push(now)
        if (stamps.length === 0) logs.delete(key)
        else logs.set(key, { stamps, windowMs })
        return {
          admitted,
          count: stamps.length,
          oldestAt: stamps.length === 0 ? undefined : stamps.reduce((a, b) => Math.min(a, b))
        }
      })
  })
}

/** An in-memory `RateLimitStore`, atomic within one process; it sweeps fully expired keys every so often. */
export const layerMemory: Layer.Layer<RateLimitStore> = Layer.sync(RateLimitStore, () => makeMemory())
