/**
 * Change notifications from the database, for caches that must drop an entry as soon as what it
 * holds changes — in this process and in every other process on the same database. Triggers
 * (installed by the migrations) notify the schema's channel with a topic: `workflow:<id>` when a
 * workflow's draft changes or goes, and the topics host tables add (`@sire/http` adds `auth`).
 *
 * On PostgreSQL a watched `LISTEN` (a connection of its own, replaced when found dead) hears them;
 * subscribers get `"*"` when one was replaced, since what was notified meanwhile is lost. On PGlite
 * (one process) a notification is delivered as the statement that made it completes.
 *
 * @since 0.1.0
 */
import * as SqlClient from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Context, Effect, Layer, type Scope } from "effect"
import { randomToken } from "@sire/core/Id"
import * as WatchedListener from "./internal/WatchedListener.js"
import { isPgClient, isPglite } from "./internal/clients.js"

/** The topic subscribers get when changes may have been missed: drop everything. */
export const everything = "*"

/** Changes committed to the database, by topic. */
export class Changes extends Context.Tag("@sire/adapters/Changes")<Changes, {
  /** Calls `listener` with the topic of every change heard from now on, until the returned function is called. */
  readonly subscribe: (listener: (topic: string) => void) => Effect.Effect<() => void>
  /**
   * Tells this process's subscribers at once that `topic` changed (the database's notification,
   * which tells every process, arrives a moment later): a write's own process never reads its
   * cache stale after the write.
   */
  readonly changed: (topic: string) => Effect.Effect<void>
}>() {}

/**
 * A cache's generation for the life of the scope: it counts the changes to `topic` (and to
 * `everything`), calling `clear` at each; a load begun in an older generation must not be kept.
 */
export const generation = (topic: string, clear: () => void): Effect.Effect<() => number, never, Changes | Scope.Scope> =>
  Effect.gen(function*() {
    let current = 0
    const unsubscribe = yield* (yield* Changes).subscribe((heard) => {
      if (heard !== topic && heard !== everything) return
      current++
      clear()
    })
    yield* Effect.addFinalizer(() => Effect.sync(unsubscribe))
    return () => current
  })

/** Changes of this process only: for a database whose client this module does not know (no other process can be told). */
export const local = (): Changes["Type"] => {
  const listeners = new Set<(topic: string) => void>()
  return Changes.of({
    subscribe: (listener) =>
      Effect.sync(() => {
        listeners.add(listener)
        return () => void listeners.delete(listener)
      }),
    changed: (topic) => Effect.sync(() => listeners.forEach((listener) => listener(topic)))
  })
}

/** Listens on the schema's channel for the life of the scope (the `LISTEN` holds when this returns). */
export const make = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  const listeners = new Set<(topic: string) => void>()
  const tell = (topic: string) => {
    for (const listener of listeners) {
      try {
        listener(topic)
      } catch {
        // one failing subscriber must not keep the others from hearing it
      }
    }
  }
  const [{ channel }] = yield* sql<{ readonly channel: string }>`SELECT 'sire_changes_' || left(md5(current_schema()), 16) AS channel`
    .withoutTransform
  if (isPgClient(sql)) {
    const listening = yield* WatchedListener.make({
      pg: sql,
      channel,
      self: randomToken(16),
      scope: yield* Effect.scope,
      onNotify: tell,
      onReconnect: () => tell(everything)
    })
    yield* listening
  } else if (isPglite(sql)) {
    yield* sql.listen(channel, tell)
  } else {
    return local()
  }
  return Changes.of({
    subscribe: (listener) =>
      Effect.sync(() => {
        listeners.add(listener)
        return () => void listeners.delete(listener)
      }),
    changed: (topic) => Effect.sync(() => tell(topic))
  })
})

/** The change notifications of the `SqlClient`'s database as a layer. */
export const layer: Layer.Layer<Changes, SqlError, SqlClient.SqlClient> = Layer.scoped(Changes, make)
