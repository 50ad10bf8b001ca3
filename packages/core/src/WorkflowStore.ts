/**
 * The workflow store port: documents plus immutable numbered versions, scoped by organization.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option, Schema } from "effect"
import type { OrganizationId, WorkflowId } from "./Id.js"
import type { Document, Version, Workflow } from "./Workflow.js"

/** Infrastructure failure of a workflow store. */
export class WorkflowStoreError extends Schema.TaggedError<WorkflowStoreError>()("WorkflowStoreError", {
  reason: Schema.Literal("Unavailable", "Conflict", "Unknown"),
  message: Schema.String
}) {}

/** A page of workflows, with the cursor of the next page if there is one. */
export interface Page<A> {
  readonly items: ReadonlyArray<A>
  readonly nextCursor: string | undefined
}

/** Filters for listing workflows. */
export interface ListQuery {
  readonly organizationId: OrganizationId
  readonly name?: string
  readonly limit: number
  readonly cursor?: string
}

/** Stores workflows and their versions. Every read is scoped to one organization. */
export class WorkflowStore extends Context.Tag("@sire/core/WorkflowStore")<WorkflowStore, {
  /** Inserts a new workflow. */
  readonly insert: (workflow: Workflow) => Effect.Effect<void, WorkflowStoreError>
  /** Replaces the document of a workflow, bumping its revision; `None` when absent. */
  readonly update: (
    organizationId: OrganizationId,
    id: WorkflowId,
    document: Document,
    now: number
  ) => Effect.Effect<Option.Option<Workflow>, WorkflowStoreError>
  /** The workflow, if it exists in this organization. */
  readonly get: (organizationId: OrganizationId, id: WorkflowId) => Effect.Effect<Option.Option<Workflow>, WorkflowStoreError>
  /** Deletes a workflow and its versions; whether it existed. */
  readonly remove: (organizationId: OrganizationId, id: WorkflowId) => Effect.Effect<boolean, WorkflowStoreError>
  /** Workflows of an organization, newest first, filtered by a name substring. */
  readonly list: (query: ListQuery) => Effect.Effect<Page<Workflow>, WorkflowStoreError>
  /** Freezes the current document as the next numbered version; `None` when the workflow is absent. */
  readonly freeze: (
    organizationId: OrganizationId,
    id: WorkflowId,
    now: number
  ) => Effect.Effect<Option.Option<Version>, WorkflowStoreError>
  /** One version of a workflow. */
  readonly version: (
    organizationId: OrganizationId,
    id: WorkflowId,
    version: number
  ) => Effect.Effect<Option.Option<Version>, WorkflowStoreError>
  /** Every version of a workflow, oldest first. */
  readonly versions: (organizationId: OrganizationId, id: WorkflowId) => Effect.Effect<ReadonlyArray<Version>, WorkflowStoreError>
}>() {}

/** Encodes a listing position (creation time and id) as an opaque cursor. */
export const encodeCursor = (createdAt: number, id: string): string => `${createdAt}.${id}`

/** Decodes a cursor made by `encodeCursor`. */
export const decodeCursor = (cursor: string): { readonly createdAt: number; readonly id: string } | undefined => {
  const dot = cursor.indexOf(".")
  const createdAt = Number(cursor.slice(0, dot))
  return dot > 0 && Number.isFinite(createdAt) ? { createdAt, id: cursor.slice(dot + 1) } : undefined
}

/** Orders newest first, ties broken by id descending. */
export const newestFirst = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number =>
  b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** Whether an entry comes after the cursor in newest-first order. */
export const isAfterCursor = (entry: { createdAt: number; id: string }, cursor: string | undefined): boolean => {
  const at = cursor === undefined ? undefined : decodeCursor(cursor)
  return at === undefined || newestFirst(at, entry) < 0
}

/** Cuts a sorted list into a page. */
export const paginate = <A extends { createdAt: number; id: string }>(sorted: ReadonlyArray<A>, limit: number): Page<A> => {
  const items = sorted.slice(0, limit)
  const last = items[items.length - 1]
  return { items, nextCursor: sorted.length > limit && last ? encodeCursor(last.createdAt, last.id) : undefined }
}

/** An in-memory workflow store. */
export const makeMemory = Effect.sync(() => {
  const workflows = new Map<WorkflowId, Workflow>()
  const frozen = new Map<WorkflowId, Array<Version>>()
  const find = (organizationId: OrganizationId, id: WorkflowId) => {
    const workflow = workflows.get(id)
    return workflow && workflow.organizationId === organizationId ? workflow : undefined
  }
  return WorkflowStore.of({
    insert: (workflow) =>
      Effect.suspend(() =>
        workflows.has(workflow.id)
          ? Effect.fail(new WorkflowStoreError({ reason: "Conflict", message: `workflow ${workflow.id} exists` }))
          : Effect.sync(() => void workflows.set(workflow.id, workflow))
      ),
    update: (organizationId, id, document, now) =>
      Effect.sync(() => {
        const current = find(organizationId, id)
        if (!current) return Option.none()
        const next: Workflow = { ...current, document, revision: current.revision + 1, updatedAt: now }
        workflows.set(id, next)
        return Option.some(next)
      }),
    get: (organizationId, id) => Effect.sync(() => Option.fromNullable(find(organizationId, id))),
    remove: (organizationId, id) =>
      Effect.sync(() => {
        if (!find(organizationId, id)) return false
        workflows.delete(id)
        frozen.delete(id)
        return true
      }),
    list: (query) =>
      Effect.sync(() => {
        const needle = query.name?.toLowerCase()
        const matching = Array.from(workflows.values()).filter((w) =>
          w.organizationId === query.organizationId &&
          (needle === undefined || w.document.name.toLowerCase().includes(needle)) &&
          isAfterCursor(w, query.cursor)
        )
        return paginate(matching.sort(newestFirst), query.limit)
      }),
    freeze: (organizationId, id, now) =>
      Effect.sync(() => {
        const current = find(organizationId, id)
        if (!current) return Option.none()
        const list = frozen.get(id) ?? []
        const version: Version = {
          workflowId: id,
          organizationId,
          version: list.length + 1,
          document: current.document,
          createdAt: now
        }
        frozen.set(id, [...list, version])
        workflows.set(id, { ...current, latestVersion: version.version })
        return Option.some(version)
      }),
    version: (organizationId, id, version) =>
      Effect.sync(() =>
        Option.fromNullable(find(organizationId, id) ? frozen.get(id)?.[version - 1] : undefined)
      ),
    versions: (organizationId, id) => Effect.sync(() => (find(organizationId, id) ? frozen.get(id) ?? [] : []))
  })
})

/** The in-memory workflow store as a layer. */
export const layerMemory: Layer.Layer<WorkflowStore> = Layer.effect(WorkflowStore, makeMemory)
