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
  let listeners: Array<() => void> = []
  return {
    get raised() {
      return raised
    },
    raise: () => {
      if (raised) return
      raised = true
      const current = listeners
      listeners = []
      for (const listener of current) listener()
    },
    listen: (listener) => {
      if (raised) {
        listener()
        return () => {}
      }
      listeners.push(listener)
      return () => {
        listeners = listeners.filter((l) => l !== listener)
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
