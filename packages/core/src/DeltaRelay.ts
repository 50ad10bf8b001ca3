/**
 * Numbered step deltas (model tokens) that reach every process. The process that runs an execution
 * numbers its deltas (1, 2, 3, …, a long one cut into pieces first) and keeps their text so far
 * until the execution's final event; a `Transport` (PostgreSQL `NOTIFY` in `@sire/adapters`) carries
 * them to the other processes, which deliver them to their listeners as they come, and asks the
 * running process for the text so far when a late watcher needs it. Without a transport (one
 * process) it is the same, in memory.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option } from "effect"
import type { Delta } from "./Execution.js"
import { isFinalEvent } from "./Execution.js"
import { ExecutionEvents } from "./ExecutionEvents.js"

/** A delta with its execution and its number there (from 1, in the order it was published). */
export interface Indexed {
  readonly executionId: string
  readonly index: number
  readonly delta: Delta
}

/** The text of an execution's deltas so far, and the number of the last one in it (0: none yet). */
export interface Progress {
  readonly index: number
  readonly text: string
}

/** Numbered deltas of every process's executions. */
export class DeltaRelay extends Context.Tag("@sire/core/DeltaRelay")<DeltaRelay, {
  /** Calls `listener` with the execution's numbered deltas, wherever it runs, from now on; the returned function removes it. */
  readonly subscribe: (executionId: string, listener: (indexed: Indexed) => void) => () => void
  /** The execution's text so far when this process runs it (at once, without asking the others). */
  readonly current: (executionId: string) => Option.Option<Progress>
  /** The execution's text so far, from the process that runs it; `None` when no process has published a delta of it (or it ended). */
  readonly progress: (executionId: string) => Effect.Effect<Option.Option<Progress>>
}>() {}

/** What carries numbered deltas to other processes and asks them for progress. */
export interface Transport {
  /** Sends deltas numbered here to the other processes (batched by the transport). */
  readonly send: (indexed: Indexed) => void
  /** Asks the other processes for an execution's progress. */
  readonly ask: (executionId: string) => Effect.Effect<Option.Option<Progress>>
}

/** The relay of this process, and what a transport calls. */
export interface Relay {
  readonly relay: DeltaRelay["Type"]
  /** Delivers a delta numbered by another process to this process's listeners (and the hub's delta listeners). */
  readonly receive: (indexed: Indexed) => void
  /** The progress of an execution this process runs, for another process that asks. */
  readonly localProgress: (executionId: string) => Option.Option<Progress>
}

/** The longest piece (UTF-16 code units) a delta is carried in: its JSON stays well under 8000 bytes. */
export const maxPiece = 1000

/** Cuts a text into pieces of at most `maxPiece` code units, never inside a surrogate pair. */
export const pieces = (text: string): ReadonlyArray<string> => {
  if (text.length <= maxPiece) return [text]
  const out: Array<string> = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(start + maxPiece, text.length)
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
    out.push(text.slice(start, end))
    start = end
  }
  return out
}

/** Builds the relay over the hub in context: deltas published here are numbered, kept and handed to `transport`. */
export const makeWith = (transport?: Transport) =>
  Effect.gen(function*() {
    const hub = yield* ExecutionEvents
    const running = new Map<string, { index: number; text: string }>()
    const listeners = new Map<string, Set<(indexed: Indexed) => void>>()
    const tell = (indexed: Indexed) => {
      const set = listeners.get(indexed.executionId)
      if (set === undefined) return
      for (const listener of set) {
        try {
          listener(indexed)
        } catch {
          // a failing listener must neither keep the others from hearing it nor reach the engine that published it
        }
      }
    }
    const unsubscribeDeltas = hub.subscribeAllDeltas((executionId, delta) => {
      const state = running.get(executionId) ?? { index: 0, text: "" }
      running.set(executionId, state)
      for (const text of pieces(delta.text)) {
        state.index++
        state.text += text
        const indexed: Indexed = { executionId, index: state.index, delta: { ...delta, text } }
        tell(indexed)
        transport?.send(indexed)
      }
    })
    const unsubscribeEvents = hub.subscribeAll((published) => {
      if (running.has(published.executionId) && published.events.some(isFinalEvent)) running.delete(published.executionId)
    })
    yield* Effect.addFinalizer(() => Effect.sync(() => {
      unsubscribeDeltas()
      unsubscribeEvents()
    }))
    const localProgress = (executionId: string): Option.Option<Progress> =>
      Option.map(Option.fromNullable(running.get(executionId)), ({ index, text }) => ({ index, text }))
    const relay = DeltaRelay.of({
      subscribe: (executionId, listener) => {
        const entry = (indexed: Indexed) => listener(indexed)
        const set = listeners.get(executionId) ?? new Set()
        set.add(entry)
        listeners.set(executionId, set)
        return () => {
          const current = listeners.get(executionId)
          current?.delete(entry)
          if (current?.size === 0) listeners.delete(executionId)
        }
      },
      current: localProgress,
      progress: (executionId) => {
        const local = localProgress(executionId)
        return Option.isSome(local) || transport === undefined ? Effect.succeed(local) : transport.ask(executionId)
      }
    })
    return {
      relay,
      receive: (indexed) => {
        tell(indexed)
        hub.relayDelta(indexed.executionId, indexed.delta)
      },
      localProgress
    } satisfies Relay
  })

/** The relay of one process (no transport): numbered deltas and progress in memory. */
export const layerLocal: Layer.Layer<DeltaRelay, never, ExecutionEvents> = Layer.scoped(
  DeltaRelay,
  Effect.map(makeWith(), (built) => built.relay)
)
