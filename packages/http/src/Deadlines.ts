/**
 * Signals raised a fixed delay after each is added, all by one fiber: the delay is the same for
 * every signal, so deadlines arrive in order and the fiber sleeps until the oldest one, never
 * woken early. Cheaper than a fiber (and a race) per deadline.
 *
 * @since 0.1.0
 */
import * as Signal from "@sire/core/Signal"
import { Clock, Duration, Effect, type Scope } from "effect"

/** Raises signals `delayMs` after they are added. */
export interface Deadlines {
  /** Raises `signal` `delayMs` from now, unless the returned function is called first. */
  readonly after: (signal: Signal.Signal) => () => void
}

interface Entry {
  readonly at: number
  readonly signal: Signal.Signal
  cancelled: boolean
}

/** Deadlines `delayMs` after each `after`, raised by a fiber that lives as long as the scope (on the `Clock`). */
export const make = (delayMs: number): Effect.Effect<Deadlines, never, Scope.Scope> =>
  Effect.gen(function*() {
    const clock = yield* Effect.clock
    let queue: Array<Entry> = []
    let head = 0
    /** Raised when an entry arrives while the fiber waits on an empty queue. */
    let arrived: Signal.Signal | undefined
    const next: Effect.Effect<void> = Effect.suspend(() => {
      if (head === queue.length) {
        queue = []
        head = 0
        arrived = Signal.make()
        return Signal.raised(arrived)
      }
      const entry = queue[head]
      const wait = entry.at - clock.unsafeCurrentTimeMillis()
      if (wait > 0) return Clock.sleep(Duration.millis(wait))
      head++
      if (!entry.cancelled) entry.signal.raise()
      // under steady load the queue never empties: drop what the fiber is done with
      if (head >= 1024 && head * 2 >= queue.length) {
        queue = queue.slice(head)
        head = 0
      }
      return Effect.void
    })
    yield* Effect.forkScoped(Effect.forever(next))
    return {
      after: (signal) => {
        const entry: Entry = { at: clock.unsafeCurrentTimeMillis() + delayMs, signal, cancelled: false }
        queue.push(entry)
        arrived?.raise()
        arrived = undefined
        return () => {
          entry.cancelled = true
        }
      }
    }
  })
