/**
 * Live execution events inside one process: the engine publishes what it committed; observers
 * (the embedding API, SSE) subscribe per execution. Replay comes from the `ExecutionStore`.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, type Scope } from "effect"
import type { Event } from "./Execution.js"

/** A listener of one execution's events. */
export type Listener = (events: ReadonlyArray<Event>) => void

/** Fans committed events out to in-process listeners. */
export class ExecutionEvents extends Context.Tag("@sire/core/ExecutionEvents")<ExecutionEvents, {
  /** Delivers events of an execution to its listeners (no-op without listeners). */
  readonly publish: (executionId: string, events: ReadonlyArray<Event>) => void
  /** Adds a listener until the scope closes. */
  readonly listen: (executionId: string, listener: Listener) => Effect.Effect<void, never, Scope.Scope>
  /** Adds a listener at once; the returned function removes it. */
  readonly subscribe: (executionId: string, listener: Listener) => () => void
}>() {}

/** The in-process event hub. */
export const make = Effect.sync(() => {
  const listeners = new Map<string, Set<Listener>>()
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
  return ExecutionEvents.of({
    publish: (executionId, events) => {
      const set = listeners.get(executionId)
      if (set) for (const listener of set) listener(events)
    },
    listen: (executionId, listener) =>
      Effect.acquireRelease(Effect.sync(() => subscribe(executionId, listener)), (unsubscribe) => Effect.sync(unsubscribe)),
    subscribe
  })
})

/** The in-process event hub as a layer. */
export const layer: Layer.Layer<ExecutionEvents> = Layer.effect(ExecutionEvents, make)
