/**
 * Group commit: writes that arrive while a statement is in flight queue up, and the next statement
 * carries all of them (at most `max`, one per key). With nothing in flight a write goes at once, in
 * its caller's fiber, as a statement of its own — so a lone writer waits for nothing, and under
 * concurrency each round trip carries every write that became ready while the last one ran.
 */
import { Effect, Exit, Runtime } from "effect"

/** Submits writes to be grouped. */
export interface GroupCommit<I, O, E> {
  /** Writes `item`, alone or with others; resolves with its own result once its statement is done. */
  readonly submit: (item: I) => Effect.Effect<O, E>
}

/** How to write one item, and many items in one statement. */
export interface Options<I, O, E> {
  /** Items with the same key never share a statement (later ones wait for the next). */
  readonly key: (item: I) => string
  /** The most items one statement carries. */
  readonly max: number
  /** Writes one item on its own. */
  readonly one: (item: I) => Effect.Effect<O, E>
  /**
   * Writes 2–`max` items in one statement, answering each one's result in order. When it fails as a
   * whole, every item is written again on its own, so that one item's failure is only its own.
   */
  readonly many: (items: ReadonlyArray<I>) => Effect.Effect<ReadonlyArray<Exit.Exit<O, E>>, E>
}

interface Waiting<I, O, E> {
  readonly item: I
  readonly resume: (effect: Effect.Effect<O, E>) => void
}

/** A group committer over `options` (its batches run as daemon fibers of the caller's runtime). */
export const make = <I, O, E>(options: Options<I, O, E>): Effect.Effect<GroupCommit<I, O, E>> =>
  Effect.map(Effect.runtime<never>(), (runtime) => {
    const fork = Runtime.runFork(runtime)
    let busy = false
    let queue: Array<Waiting<I, O, E>> = []

    /** Takes the next batch off the queue: in order, at most `max`, one per key. */
    const take = (): Array<Waiting<I, O, E>> => {
      const batch: Array<Waiting<I, O, E>> = []
      const keys = new Set<string>()
      const rest: Array<Waiting<I, O, E>> = []
      for (const waiting of queue) {
        const key = options.key(waiting.item)
        if (batch.length < options.max && !keys.has(key)) {
          keys.add(key)
          batch.push(waiting)
        } else rest.push(waiting)
      }
      queue = rest
      return batch
    }

    const each = (batch: ReadonlyArray<Waiting<I, O, E>>) =>
      Effect.forEach(batch, (waiting) => Effect.exit(options.one(waiting.item)))

    const write = (batch: ReadonlyArray<Waiting<I, O, E>>): Effect.Effect<ReadonlyArray<Exit.Exit<O, E>>> =>
      batch.length === 1
        ? each(batch)
        : options.many(batch.map((waiting) => waiting.item)).pipe(Effect.catchAllCause(() => each(batch)))

    /** Writes the queue's next batch in a fiber of its own, then the next, until the queue is empty. */
    const drain = (): void => {
      if (busy || queue.length === 0) return
      busy = true
      const batch = take()
      fork(write(batch)).addObserver((exit) => {
        busy = false
        batch.forEach((waiting, i) =>
          waiting.resume(Exit.isSuccess(exit) ? exit.value[i] ?? Exit.die("group commit: no result") : Exit.failCause(exit.cause))
        )
        drain()
      })
    }

    const submit = (item: I): Effect.Effect<O, E> =>
      Effect.suspend(() => {
        if (!busy) {
          busy = true
          return Effect.ensuring(options.one(item), Effect.sync(() => {
            busy = false
            drain()
          }))
        }
        return Effect.async<O, E>((resume) => {
          const waiting = { item, resume }
          queue.push(waiting)
          // Interrupted before its statement was sent: it is not sent.
          return Effect.sync(() => {
            queue = queue.filter((other) => other !== waiting)
          })
        })
      })

    return { submit }
  })
