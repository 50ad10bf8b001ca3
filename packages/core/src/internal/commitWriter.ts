/**
 * One execution's commits, written one at a time and merged when they queue up (group commit),
 * with records that may wait: a deferred record (a node that started, the execution that resumed)
 * rides on the next commit, or is written on its own once it has waited the timer's delay (see
 * `flushTimer`); a held record
 * (a pure node's result, which a resumed run can recompute) rides on the next commit, however late.
 */
import { Deferred, Effect, Exit, FiberId } from "effect"
import type { EventBody, Patch, Step } from "../Execution.js"
import type { Commit } from "../ExecutionStore.js"
import type { FlushTimer } from "./flushTimer.js"

/** The commits of one run of one execution. */
export interface CommitWriter<E> {
  /** Writes `commit` (with everything queued or deferred before it); resolves once it is durable. */
  readonly write: (commit: Commit) => Effect.Effect<void, E>
  /** Holds `commit` for the next write, or writes it after the timer's delay when no write comes. */
  readonly defer: (commit: Commit) => Effect.Effect<void>
  /** Holds `commit` for the next write, with no timer: it is written only with something else. */
  readonly hold: (commit: Commit) => void
  /** Whether records given to `hold` wait for the next write. */
  readonly holding: () => boolean
  /** The step records held by `defer` and not yet written. */
  readonly deferredSteps: () => ReadonlyArray<Step>
  /** Stops the timer and drops what is still deferred (the run ended without writing it). */
  readonly close: Effect.Effect<void>
}

/** One commit holding `parts` in order: later patches and step records win, events concatenate. */
export const merge = (parts: ReadonlyArray<Commit>): Commit => {
  if (parts.length === 1) return parts[0]
  let execution: Patch | undefined
  const steps = new Map<string, Step>()
  const events: Array<EventBody> = []
  for (const part of parts) {
    if (part.execution !== undefined) execution = execution === undefined ? part.execution : { ...execution, ...part.execution }
    for (const step of part.steps ?? []) {
      steps.delete(step.nodeId)
      steps.set(step.nodeId, step)
    }
    for (const event of part.events) events.push(event)
  }
  return { ...(execution !== undefined ? { execution } : {}), steps: Array.from(steps.values()), events }
}

interface Queued<E> {
  readonly commit: Commit
  readonly done: Deferred.Deferred<void, E>
}

/** A writer over `commit` (one store commit); deferred records wait at most the `timer`'s delay. */
export const make = <E>(
  commit: (commit: Commit) => Effect.Effect<unknown, E>,
  timer: FlushTimer
): Effect.Effect<CommitWriter<E>> =>
  Effect.sync(() => {
    /** Whether a fiber is writing: it then writes whatever queues up behind it before it returns. */
    let busy = false
    let queued: Array<Queued<E>> = []
    let deferred: Array<Commit> = []
    /** Cancels the scheduled flush, when one is scheduled. */
    let cancelFlush: (() => void) | undefined
    let closed = false
    /** Whether `deferred` holds records given to `hold`. */
    let held = false

    const takeDeferred = (): Array<Commit> => {
      held = false
      const taken = deferred
      deferred = []
      return taken
    }

    /** Writes what queued up while this fiber was writing, batch by batch, then lets go. */
    const drain: Effect.Effect<void> = Effect.suspend(() => {
      if (queued.length === 0) {
        busy = false
        return Effect.void
      }
      const batch = queued
      queued = []
      const parts = takeDeferred()
      for (const q of batch) parts.push(q.commit)
      return Effect.flatMap(Effect.exit(commit(merge(parts))), (exit) => {
        const settled = Exit.asVoid(exit)
        for (const q of batch) Deferred.unsafeDone(q.done, settled)
        return drain
      })
    })

    /** Writes `parts` as the writing fiber, then drains; the exit is that of `parts`' commit. */
    const lead = (parts: ReadonlyArray<Commit>): Effect.Effect<void, E> =>
      Effect.uninterruptible(
        Effect.flatMap(Effect.exit(commit(merge(parts))), (exit) => Effect.zipRight(drain, Exit.asVoid(exit)))
      )

    const write = (c: Commit): Effect.Effect<void, E> =>
      Effect.suspend(() => {
        if (busy) {
          const done = Deferred.unsafeMake<void, E>(FiberId.none)
          queued.push({ commit: c, done })
          return Deferred.await(done)
        }
        busy = true
        const parts = takeDeferred()
        parts.push(c)
        return lead(parts)
      })

    /** The timer's flush: what is deferred goes now, unless a write is under way (it takes it). */
    const flushDeferred: Effect.Effect<void> = Effect.suspend(() => {
      cancelFlush = undefined
      if (deferred.length === 0 || closed) return Effect.void
      if (busy) return arm
      busy = true
      const wasHeld = held
      const taken = takeDeferred()
      return Effect.catchAll(lead(taken), () =>
        Effect.sync(() => {
          // kept for the next write, which fails in turn if the store is still failing
          deferred = taken.concat(deferred)
          held ||= wasHeld
        }))
    })

    const arm: Effect.Effect<void> = Effect.suspend(() => {
      if (cancelFlush !== undefined || closed) return Effect.void
      return Effect.map(timer.schedule(flushDeferred), (cancel) => {
        cancelFlush = cancel
      })
    })

    const defer = (c: Commit): Effect.Effect<void> =>
      Effect.suspend(() => {
        deferred.push(c)
        return arm
      })

    const hold = (c: Commit): void => {
      deferred.push(c)
      held = true
    }

    const holding = () => held

    const deferredSteps = () => deferred.flatMap((c) => c.steps ?? [])

    const close = Effect.sync(() => {
      closed = true
      deferred = []
      held = false
      cancelFlush?.()
      cancelFlush = undefined
    })

    return { write, defer, hold, holding, deferredSteps, close }
  })
