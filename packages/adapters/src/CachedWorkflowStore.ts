/**
 * A workflow store that keeps the drafts and versions it read in memory, so a start reads no
 * workflow from the database. An entry goes when this process changes the workflow, and when
 * `Changes` reports `workflow:<id>` (any process on the database changed it) or `*` (changes may
 * have been missed): edits and deletions take effect on every server before its next start.
 *
 * A read that raced an invalidation is not kept (a generation counter tells), so a stale draft is
 * never cached; at most `maxEntries` workflows are kept, the least recently read dropped first.
 *
 * @since 0.1.0
 */
import { Effect, Layer, Option } from "effect"
import type { Version, Workflow } from "@sire/core/Workflow"
import { WorkflowStore } from "@sire/core/WorkflowStore"
import { Changes, everything } from "./SqlChanges.js"

/** Settings of the cache. */
export interface Options {
  /** Most workflows kept (default 10 000). */
  readonly maxEntries?: number
}

interface Entry {
  draft: Workflow | undefined
  readonly versions: Map<number, Version>
}

/** Caches the reads of the `WorkflowStore` in context, dropping entries on `Changes`. */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const inner = yield* WorkflowStore
    const changes = yield* Changes
    const maxEntries = options.maxEntries ?? 10_000
    const entries = new Map<string, Entry>()
    let generation = 0
    const drop = (id: string) => {
      generation++
      entries.delete(id)
    }
    const unsubscribe = yield* changes.subscribe((topic) => {
      if (topic === everything) {
        generation++
        entries.clear()
      } else if (topic.startsWith("workflow:")) drop(topic.slice("workflow:".length))
    })
    yield* Effect.addFinalizer(() => Effect.sync(unsubscribe))

    /** The entry of `id`, made most recently used (created when `create`). */
    const entryOf = (id: string, create: boolean): Entry | undefined => {
      let entry = entries.get(id)
      if (entry !== undefined) entries.delete(id)
      else if (create) entry = { draft: undefined, versions: new Map() }
      if (entry === undefined) return undefined
      entries.set(id, entry)
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!)
      return entry
    }
    /** Reads through `read` and keeps what it found, unless an invalidation came meanwhile. */
    const through = <A, E>(read: Effect.Effect<Option.Option<A>, E>, keep: (value: A) => void) =>
      Effect.suspend(() => {
        const before = generation
        return Effect.tap(read, (found) => {
          if (Option.isSome(found) && generation === before) keep(found.value)
        })
      })
    const invalidating = <A, E>(id: string, write: Effect.Effect<A, E>) =>
      Effect.ensuring(Effect.suspend(() => (drop(id), write)), Effect.sync(() => drop(id)))

    return WorkflowStore.of({
      ...inner,
      update: (organizationId, id, document, now) => invalidating(id, inner.update(organizationId, id, document, now)),
      remove: (organizationId, id) => invalidating(id, inner.remove(organizationId, id)),
      freeze: (organizationId, id, now) => invalidating(id, inner.freeze(organizationId, id, now)),
      get: (organizationId, id) => {
        const draft = entryOf(id, false)?.draft
        if (draft !== undefined && draft.organizationId === organizationId) return Effect.succeed(Option.some(draft))
        return through(inner.get(organizationId, id), (workflow) => void (entryOf(id, true)!.draft = workflow))
      },
      version: (organizationId, id, version) => {
        const frozen = entryOf(id, false)?.versions.get(version)
        if (frozen !== undefined && frozen.organizationId === organizationId) return Effect.succeed(Option.some(frozen))
        return through(inner.version(organizationId, id, version), (v) => void entryOf(id, true)!.versions.set(version, v))
      }
    })
  })

/** The cache over the `WorkflowStore` it is given (`Layer.provide` it the inner store and `Changes`). */
export const layer = (options: Options = {}): Layer.Layer<WorkflowStore, never, WorkflowStore | Changes> =>
  Layer.scoped(WorkflowStore, make(options))
