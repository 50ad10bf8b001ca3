/**
 * The principals behind API keys and sessions, kept in memory so that authenticating a request
 * reads nothing from the database. Every entry goes when `Changes` reports `auth` — an update or
 * deletion of an organization, a membership, a session or an API key, by any process on the
 * database — or `*` (changes may have been missed), so revoking a key, logging out or changing a
 * role takes effect on every server as soon as the notification reaches it. A lookup that raced
 * such a change is not kept (a generation counter tells); entries also expire after `maxAgeMs`.
 *
 * @since 0.1.0
 */
import { Clock, Context, Effect, Layer, Option } from "effect"
import { type Changes, generation } from "@sire/adapters/SqlChanges"
import type { Principal } from "./Principal.js"

/** Settings of the cache. */
export interface Options {
  /** How long an entry is trusted at most (default 60 s). */
  readonly maxAgeMs?: number
  /** Most entries kept (default 10 000); the oldest go first. */
  readonly maxEntries?: number
}

/** Principals by credential. */
export class PrincipalCache extends Context.Tag("@sire/http/PrincipalCache")<PrincipalCache, {
  /** The principal `key` stands for: cached, else loaded by `load` (and kept when found). */
  readonly lookup: <E>(key: string, load: Effect.Effect<Option.Option<Principal>, E>) => Effect.Effect<Option.Option<Principal>, E>
}>() {}

/** The cache, emptied on `auth` changes. */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const maxAgeMs = options.maxAgeMs ?? 60_000
    const maxEntries = options.maxEntries ?? 10_000
    const entries = new Map<string, { readonly principal: Principal; readonly until: number }>()
    const current = yield* generation("auth", () => entries.clear())
    return PrincipalCache.of({
      lookup: (key, load) =>
        Effect.flatMap(Clock.currentTimeMillis, (now) => {
          const entry = entries.get(key)
          if (entry !== undefined && entry.until > now) return Effect.succeed(Option.some(entry.principal))
          const before = current()
          return Effect.tap(load, (found) => {
            if (Option.isNone(found) || current() !== before) return
            entries.delete(key)
            entries.set(key, { principal: found.value, until: now + maxAgeMs })
            if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
          })
        })
    })
  })

/** The cache as a layer. */
export const layer = (options: Options = {}): Layer.Layer<PrincipalCache, never, Changes> =>
  Layer.scoped(PrincipalCache, make(options))
