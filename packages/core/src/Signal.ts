/**
 * A one-shot cancellation flag with synchronous listeners.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"

/** A one-shot flag with synchronous listeners: cheaper than a fiber waiting on a `Deferred`. */
export interface Signal {
  /** Whether it was raised. */
  readonly raised: boolean
  /** Raises it (once); listeners run synchronously. */
  readonly raise: () => void
  /** Calls `listener` when raised (at once if it already was); returns a function that removes it. */
  readonly listen: (listener: () => void) => () => void
}

/** A fresh, lowered signal. */
export const make = (): Signal => {
  let raised = false
  // an entry per `listen` (the same function may listen twice), removed in O(1): a server's drain
  // signal has a listener per sync request in flight
  let listeners = new Set<{ readonly listener: () => void }>()
  return {
    get raised() {
      return raised
    },
    raise: () => {
      if (raised) return
      raised = true
      const current = listeners
      listeners = new Set()
      for (const entry of current) entry.listener()
    },
    listen: (listener) => {
      if (raised) {
        listener()
        return () => {}
      }
      const entry = { listener }
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
      }
    }
  }
}

/** Completes when `signal` is raised (at once if it was); interrupted, it stops listening. */
export const raised = (signal: Signal): Effect.Effect<void> =>
  Effect.async((resume) => {
    const unlisten = signal.listen(() => resume(Effect.void))
    return Effect.sync(unlisten)
  })
