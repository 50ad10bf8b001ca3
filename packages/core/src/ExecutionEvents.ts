/**
 * Live execution events inside one process: the engine publishes what it committed; observers
 * (the embedding API, SSE) subscribe per execution, or to every execution (notifications,
 * webhooks). Replay comes from the `ExecutionStore`.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, type Scope } from "effect"
import type { Delta, Event } from "./Execution.js"

/** A listener of one execution's events. */
export type Listener = (events: ReadonlyArray<Event>) => void

/** One batch of committed events, with the execution (and its organization) it belongs to. */
export interface Published {
  /** The execution the events belong to. */
  readonly executionId: string
  /** The execution's organization, when the publisher named it (the engine always does). */
  readonly organizationId: string | undefined
  /** The events, in commit order. */
  readonly events: ReadonlyArray<Event>
}

/** A listener of every execution's events in this process. */
export type AnyListener = (published: Published) => void

/** Fans committed events out to in-process listeners. */
export class ExecutionEvents extends Context.Tag("@sire/core/ExecutionEvents")<ExecutionEvents, {
  /** Delivers events of an execution to its listeners and to every-execution listeners (no-op without listeners). */
  readonly publish: (executionId: string, events: ReadonlyArray<Event>, organizationId?: string) => void
  /** Adds a listener until the scope closes. */
  readonly listen: (executionId: string, listener: Listener) => Effect.Effect<void, never, Scope.Scope>
  /** Adds a listener at once; the returned function removes it. */
  readonly subscribe: (executionId: string, listener: Listener) => () => void
  /** Adds a listener of every execution's events until the scope closes. */
  readonly listenAll: (listener: AnyListener) => Effect.Effect<void, never, Scope.Scope>
  /** Adds a listener of every execution's events at once; the returned function removes it. */
  readonly subscribeAll: (listener: AnyListener) => () => void
  /** Delivers a transient step delta to the execution's delta listeners (no-op without listeners). */
  readonly publishDelta: (executionId: string, delta: Delta) => void
  /** Adds a listener of an execution's transient deltas at once; the returned function removes it. */
  readonly subscribeDeltas: (executionId: string, listener: (delta: Delta) => void) => () => void
  /** Adds a listener of the deltas published in this process (not those relayed from others), of every execution; the returned function removes it. */
  readonly subscribeAllDeltas: (listener: (executionId: string, delta: Delta) => void) => () => void
  /** Delivers a delta published by another process to this process's listeners of its execution only (never to `subscribeAllDeltas`). */
  readonly relayDelta: (executionId: string, delta: Delta) => void
}>() {}

/** The in-process event hub. */
export const make = Effect.sync(() => {
  const listeners = new Map<string, Set<Listener>>()
  const everything = new Set<AnyListener>()
  const deltas = new Map<string, Set<(delta: Delta) => void>>()
  const allDeltas = new Set<(executionId: string, delta: Delta) => void>()
  const deliver = (executionId: string, delta: Delta) => {
    const set = deltas.get(executionId)
    if (set) for (const listener of set) listener(delta)
  }
  const subscribe = (executionId: string, listener: Listener) => {
    const set = listeners.get(executionId) ?? new Set()
    set.add(listener)
    listeners.set(executionId, set)
    return () => {
      const current = listeners.get(executionId)
      current?.delete(listener)
      if (current?.size === 0) listeners.delete(executionId)
    }
  }
  const subscribeAll = (listener: AnyListener) => {
    // A fresh function per subscription, so subscribing the same listener twice delivers twice.
    const entry: AnyListener = (published) => listener(published)
    everything.add(entry)
    return () => {
      everything.delete(entry)
    }
  }
  return ExecutionEvents.of({
    publish: (executionId, events, organizationId) => {
      const set = listeners.get(executionId)
      if (set) for (const listener of set) listener(events)
      if (everything.size > 0) {
        const published: Published = { executionId, organizationId, events }
        for (const listener of everything) listener(published)
      }
    },
    listen: (executionId, listener) =>
      Effect.acquireRelease(Effect.sync(() => subscribe(executionId, listener)), (unsubscribe) => Effect.sync(unsubscribe)),
    subscribe,
    listenAll: (listener) =>
      Effect.acquireRelease(Effect.sync(() => subscribeAll(listener)), (unsubscribe) => Effect.sync(unsubscribe)),
    subscribeAll,
    publishDelta: (executionId, delta) => {
      deliver(executionId, delta)
      for (const listener of allDeltas) listener(executionId, delta)
    },
    relayDelta: deliver,
    subscribeAllDeltas: (listener) => {
      const entry = (executionId: string, delta: Delta) => listener(executionId, delta)
      allDeltas.add(entry)
      return () => void allDeltas.delete(entry)
    },
    subscribeDeltas: (executionId, listener) => {
      // A fresh function per subscription, so one listener subscribed twice is removed once at a time.
      const entry = (delta: Delta) => listener(delta)
      const set = deltas.get(executionId) ?? new Set()
      set.add(entry)
      deltas.set(executionId, set)
      return () => {
        const current = deltas.get(executionId)
        current?.delete(entry)
        if (current?.size === 0) deltas.delete(executionId)
      }
    }
  })
})

/** The in-process event hub as a layer. */
export const layer: Layer.Layer<ExecutionEvents> = Layer.effect(ExecutionEvents, make)
