/**
 * One timer for the deferred records of every run of an engine: a record deferred by a commit
 * writer is flushed `delayMs` later unless the run wrote or ended first — which is what most runs
 * do. So a run costs no timer fiber of its own: one fiber per engine sleeps until the oldest
 * pending flush is due, and only a flush that comes due forks a fiber (with the run's fiber refs:
 * its services, span and log annotations) to write.
 */
import { Clock, Deferred, Effect, Exit, FiberId, type FiberRefs } from "effect"

/** Schedules flushes `delayMs` after they are asked for. */
export interface FlushTimer {
  /** Runs `flush` in `delayMs`, with the caller's fiber refs; the returned function cancels it (a no-op once it ran). */
  readonly schedule: (flush: Effect.Effect<void>) => Effect.Effect<() => void>
}

interface Pending {
  readonly dueAt: number
  readonly flush: Effect.Effect<void>
  readonly refs: FiberRefs.FiberRefs
  cancelled: boolean
}

/** The timer and its fiber, which stops with the scope. */
export const make = (delayMs: number) =>
  Effect.gen(function*() {
    // Due times only grow (same delay, a clock that does not go back): first in, first due.
    let pending: Array<Pending> = []
    let head = 0
    let idle = Deferred.unsafeMake<void>(FiberId.none)
    let sleeping = false

    const take = (): Pending | undefined => {
      const next = pending[head]
      if (next === undefined) return undefined
      pending[head++] = undefined as never
      if (head > 1024 && head * 2 > pending.length) {
        pending = pending.slice(head)
        head = 0
      }
      return next
    }

    const tick: Effect.Effect<void> = Effect.gen(function*() {
      // Flushes cancelled since they were scheduled (most: the run wrote or ended first) go at
      // once, so the fiber sleeps only until the oldest flush still wanted.
      let next = pending[head]
      while (next !== undefined && next.cancelled) {
        take()
        next = pending[head]
      }
      if (next === undefined) {
        sleeping = true
        yield* Deferred.await(idle)
        idle = Deferred.unsafeMake<void>(FiberId.none)
        return
      }
      const now = yield* Clock.currentTimeMillis
      if (next.dueAt > now) return yield* Clock.sleep(next.dueAt - now)
      take()
      yield* Effect.forkDaemon(Effect.zipRight(Effect.setFiberRefs(next.refs), next.flush))
    })
    yield* Effect.forkScoped(Effect.forever(tick))

    return {
      schedule: (flush) =>
        Effect.flatMap(Effect.getFiberRefs, (refs) =>
          Effect.map(Clock.currentTimeMillis, (now) => {
            const entry: Pending = { dueAt: now + delayMs, flush, refs, cancelled: false }
            pending.push(entry)
            if (sleeping) {
              sleeping = false
              Deferred.unsafeDone(idle, Exit.void)
            }
            return () => {
              entry.cancelled = true
            }
          }))
    } satisfies FlushTimer
  })
