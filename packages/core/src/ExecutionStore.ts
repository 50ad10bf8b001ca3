/**
 * The execution store port: executions, their steps (results and checkpoints), the numbered event
 * log, and fencing so that a worker that lost its lease changes nothing.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option, Schema } from "effect"
import { applyPatch, type Event, type EventBody, type Execution, type Status, type Step } from "./Execution.js"
import type { Patch } from "./Execution.js"
import type { ExecutionId, OrganizationId, WorkflowId } from "./Id.js"
import { isAfterCursor, newestFirst, type Page, paginate } from "./WorkflowStore.js"

/** Infrastructure failure of an execution store. */
export class ExecutionStoreError extends Schema.TaggedError<ExecutionStoreError>()("ExecutionStoreError", {
  reason: Schema.Literal("Unavailable", "NotFound", "Unknown"),
  message: Schema.String
}) {}

/** A write carried a fencing token older than the newest one seen: the writer lost its lease. */
export class StaleFence extends Schema.TaggedError<StaleFence>()("StaleFence", {
  executionId: Schema.String,
  fence: Schema.Number,
  current: Schema.Number
}) {
  override get message() {
    return `execution ${this.executionId}: lease lost (fence ${this.fence} < ${this.current})`
  }
}

/** Addresses one execution within its organization. */
export interface Ref {
  readonly organizationId: OrganizationId
  readonly executionId: ExecutionId
}

/** One atomic write: execution fields, whole step records and events, all or nothing. */
export interface Commit {
  readonly execution?: Patch
  readonly steps?: ReadonlyArray<Step>
  readonly events: ReadonlyArray<EventBody>
}

/** Filters for searching executions; times are unix milliseconds. */
export interface SearchQuery {
  readonly organizationId: OrganizationId
  readonly workflowId?: WorkflowId
  readonly status?: Status
  readonly trigger?: string
  readonly from?: number
  readonly to?: number
  readonly minDurationMs?: number
  readonly maxDurationMs?: number
  readonly limit: number
  readonly cursor?: string
}

/** Stores executions, steps and events. Every operation is scoped to one organization. */
export class ExecutionStore extends Context.Tag("@sire/core/ExecutionStore")<ExecutionStore, {
  /**
   * Inserts an execution with its `execution.queued` event, or returns the one already holding its
   * idempotency key. With `fence`, the new execution is already held by that fence's claim (its
   * first run needs no `acquire`).
   */
  readonly create: (
    execution: Execution,
    queuedAt: number,
    fence?: number
  ) => Effect.Effect<{ readonly execution: Execution; readonly created: boolean }, ExecutionStoreError>
  /** The execution, if it exists in this organization. */
  readonly get: (ref: Ref) => Effect.Effect<Option.Option<Execution>, ExecutionStoreError>
  /** The execution holding an idempotency key in this organization. */
  readonly findByKey: (
    organizationId: OrganizationId,
    idempotencyKey: string
  ) => Effect.Effect<Option.Option<Execution>, ExecutionStoreError>
  /** Every step record of an execution. */
  readonly steps: (ref: Ref) => Effect.Effect<ReadonlyArray<Step>, ExecutionStoreError>
  /** Events with `seq > afterSeq`, in order. */
  readonly events: (ref: Ref, afterSeq: number) => Effect.Effect<ReadonlyArray<Event>, ExecutionStoreError>
  /**
   * Takes over an execution for the holder of `fence`: raises the stored fence to it (refusing an
   * older one, like `commit`) and returns the execution as it is once no older holder can write.
   */
  readonly acquire: (ref: Ref, fence: number) => Effect.Effect<Execution, ExecutionStoreError | StaleFence>
  /** Applies a commit atomically if `fence` is not older than any seen; returns the numbered events. */
  readonly commit: (
    ref: Ref,
    commit: Commit,
    fence: number
  ) => Effect.Effect<ReadonlyArray<Event>, ExecutionStoreError | StaleFence>
  /** Flags an execution for cancellation; the worker that owns it (or claims it next) finishes the job. */
  readonly requestCancel: (ref: Ref) => Effect.Effect<Option.Option<Execution>, ExecutionStoreError>
  /** Executions matching a query, newest first. */
  readonly search: (query: SearchQuery) => Effect.Effect<Page<Execution>, ExecutionStoreError>
}>() {}

/** Whether an execution matches every filter of a query (used by stores that filter in memory). */
export const matches = (query: SearchQuery, e: Execution): boolean => {
  const duration = e.startedAt !== undefined && e.endedAt !== undefined ? e.endedAt - e.startedAt : undefined
  return e.organizationId === query.organizationId &&
    (query.workflowId === undefined || e.workflowId === query.workflowId) &&
    (query.status === undefined || e.status === query.status) &&
    (query.trigger === undefined || e.trigger === query.trigger) &&
    (query.from === undefined || e.createdAt >= query.from) &&
    (query.to === undefined || e.createdAt <= query.to) &&
    (query.minDurationMs === undefined || (duration !== undefined && duration >= query.minDurationMs)) &&
    (query.maxDurationMs === undefined || (duration !== undefined && duration <= query.maxDurationMs))
}

interface Entry {
  execution: Execution
  readonly steps: Map<string, Step>
  readonly events: Array<Event>
  fence: number
}

/** The whole content of a memory store, to copy into another (resume tests, snapshots). */
export type Snapshot = ReadonlyArray<{
  readonly execution: Execution
  readonly steps: ReadonlyArray<Step>
  readonly events: ReadonlyArray<Event>
  readonly fence: number
}>

/** An in-memory execution store, optionally seeded from a snapshot; `snapshot` copies it out. */
export const makeMemory = (seed: Snapshot = []) =>
  Effect.sync(() => {
    const entries = new Map<ExecutionId, Entry>()
    const keys = new Map<string, ExecutionId>()
    const keyOf = (organizationId: string, key: string) => `${organizationId}\u0000${key}`
    for (const s of structuredClone(seed)) {
      entries.set(s.execution.id, {
        execution: s.execution,
        steps: new Map(s.steps.map((step) => [step.nodeId, step])),
        events: [...s.events],
        fence: s.fence
      })
      if (s.execution.idempotencyKey !== undefined) {
        keys.set(keyOf(s.execution.organizationId, s.execution.idempotencyKey), s.execution.id)
      }
    }
    const find = (ref: Ref): Entry | undefined => {
      const entry = entries.get(ref.executionId)
      return entry && entry.execution.organizationId === ref.organizationId ? entry : undefined
    }
    const notFound = (ref: Ref) =>
      new ExecutionStoreError({ reason: "NotFound", message: `execution ${ref.executionId} not found` })
    const append = (entry: Entry, bodies: ReadonlyArray<EventBody>): ReadonlyArray<Event> => {
      const out: Array<Event> = []
      for (const body of bodies) {
        const event = { ...body, seq: entry.events.length + 1 } as Event
        entry.events.push(event)
        out.push(event)
      }
      return out
    }
    const store = ExecutionStore.of({
      create: (execution, queuedAt, fence = 0) =>
        Effect.sync(() => {
          if (execution.idempotencyKey !== undefined) {
            const existing = keys.get(keyOf(execution.organizationId, execution.idempotencyKey))
            if (existing !== undefined) return { execution: entries.get(existing)!.execution, created: false }
            keys.set(keyOf(execution.organizationId, execution.idempotencyKey), execution.id)
          }
          const entry: Entry = { execution, steps: new Map(), events: [], fence }
          entries.set(execution.id, entry)
          append(entry, [{ _tag: "execution.queued", at: queuedAt }])
          return { execution, created: true }
        }),
      get: (ref) => Effect.sync(() => Option.fromNullable(find(ref)?.execution)),
      findByKey: (organizationId, key) =>
        Effect.sync(() => {
          const id = keys.get(keyOf(organizationId, key))
          return Option.fromNullable(id === undefined ? undefined : entries.get(id)?.execution)
        }),
      steps: (ref) => Effect.sync(() => Array.from(find(ref)?.steps.values() ?? [])),
      events: (ref, afterSeq) => Effect.sync(() => find(ref)?.events.slice(Math.max(0, afterSeq)) ?? []),
      acquire: (ref, fence) =>
        Effect.suspend((): Effect.Effect<Execution, ExecutionStoreError | StaleFence> => {
          const entry = find(ref)
          if (!entry) return Effect.fail(notFound(ref))
          if (fence < entry.fence) {
            return Effect.fail(new StaleFence({ executionId: ref.executionId, fence, current: entry.fence }))
          }
          entry.fence = fence
          return Effect.succeed(entry.execution)
        }),
      commit: (ref, commit, fence) =>
        Effect.suspend((): Effect.Effect<ReadonlyArray<Event>, ExecutionStoreError | StaleFence> => {
          const entry = find(ref)
          if (!entry) return Effect.fail(notFound(ref))
          if (fence < entry.fence) {
            return Effect.fail(new StaleFence({ executionId: ref.executionId, fence, current: entry.fence }))
          }
          entry.fence = fence
          if (commit.execution) entry.execution = applyPatch(entry.execution, commit.execution)
          if (commit.steps) for (const step of commit.steps) entry.steps.set(step.nodeId, step)
          return Effect.succeed(append(entry, commit.events))
        }),
      requestCancel: (ref) =>
        Effect.sync(() => {
          const entry = find(ref)
          if (!entry) return Option.none()
          entry.execution = { ...entry.execution, cancelRequested: true }
          return Option.some(entry.execution)
        }),
      search: (query) =>
        Effect.sync(() => {
          const found: Array<Execution> = []
          for (const { execution } of entries.values()) {
            if (matches(query, execution) && isAfterCursor(execution, query.cursor)) found.push(execution)
          }
          return paginate(found.sort(newestFirst), query.limit)
        })
    })
    const snapshot = (): Snapshot =>
      structuredClone(
        Array.from(entries.values(), (e) => ({
          execution: e.execution,
          steps: Array.from(e.steps.values()),
          events: e.events,
          fence: e.fence
        }))
      )
    return { store, snapshot }
  })

/** The in-memory execution store as a layer. */
export const layerMemory: Layer.Layer<ExecutionStore> = Layer.effect(
  ExecutionStore,
  Effect.map(makeMemory(), (m) => m.store)
)

/** An in-memory execution store seeded with a copy of a snapshot. */
export const layerMemoryFrom = (seed: Snapshot): Layer.Layer<ExecutionStore> =>
  Layer.effect(ExecutionStore, Effect.map(makeMemory(seed), (m) => m.store))
