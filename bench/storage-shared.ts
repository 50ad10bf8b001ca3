/**
 * What `storage.ts` and its worker processes (`storage-worker.ts`) share: the benchmark's node
 * types and workflows, the store decorator counting commits, the `pg` round-trip counter, the
 * client-only work queue, and the messages exchanged over the IPC channel.
 */
import { Effect, Layer, Option, Schema } from "effect"
import { ExecutionStore, NodeType, WorkQueue } from "@sire/core"
import { createRequire } from "node:module"

// ---------------------------------------------------------------------------------------------
// Node types and workflows

/** Returns the execution's input. Not `pure`: the engine commits its start and its result apart. */
export const echo = NodeType.make({
  type: "bench.echo",
  description: "Returns the execution's input (does IO as far as the engine knows).",
  params: Schema.Unknown,
  run: (ctx) => Effect.succeed(ctx.execution.input)
})

/** Outputs the machine's monotonic clock (`process.hrtime`, shared by every process) when it runs. */
export const stamp = NodeType.make({
  type: "bench.stamp",
  description: "Outputs the monotonic time at which it ran, in nanoseconds (as a string).",
  pure: true,
  params: Schema.Unknown,
  run: () => Effect.sync(() => ({ ns: process.hrtime.bigint().toString() }))
})

/** Every host node type of the benchmark (registered by every runtime, in and out of process). */
export const nodeTypes = [echo, stamp] as const

/** A chain `n0 → n1 → … → n{length-1}` of one node type. */
export const chain = (type: string, length: number) => ({
  name: `chain of ${length} ${type}`,
  nodes: Array.from({ length }, (_, k) => ({
    id: `n${k}`,
    type,
    ...(type === "transform" ? { params: { value: { n: k } } } : {})
  })),
  edges: Array.from({ length: length - 1 }, (_, k) => ({ source: `n${k}`, target: `n${k + 1}` }))
})

/** One node stamping the time it ran. */
export const stampWorkflow = { name: "stamp", nodes: [{ id: "stamp", type: stamp.type }], edges: [] }

// ---------------------------------------------------------------------------------------------
// Counting commits and SQL round trips

/** Calls of `ExecutionStore.commit` (and `create`) made through a counted store. */
export interface StoreCounts {
  commits: number
  creates: number
}

export const makeStoreCounts = (): StoreCounts => ({ commits: 0, creates: 0 })

/** Decorates the `ExecutionStore` of `storage` so every `commit` and `create` is counted into `counts`. */
export const countedStorage = <A, E>(storage: Layer.Layer<A, E>, counts: StoreCounts) =>
  Layer.provideMerge(
    Layer.effect(
      ExecutionStore.ExecutionStore,
      Effect.map(ExecutionStore.ExecutionStore, (store) =>
        ExecutionStore.ExecutionStore.of({
          ...store,
          create: (execution, queuedAt) => {
            counts.creates++
            return store.create(execution, queuedAt)
          },
          commit: (ref, commit, fence) => {
            counts.commits++
            return store.commit(ref, commit, fence)
          }
        }))
    ),
    storage
  )

/** Statements sent by this process's `pg` clients (each one a round trip), and the transactions they made. */
export interface SqlCounts {
  /** Every statement, `BEGIN` and `COMMIT` included: one network round trip each. */
  statements: number
  /** Committed transactions: `BEGIN … COMMIT` blocks and statements run outside one. */
  transactions: number
  /** Those of `transactions` that wrote (`INSERT`/`UPDATE`/`DELETE`, or a `WITH … UPDATE` claim). */
  writes: number
  /** Statements by their first words, to see which ones dominate. */
  kinds: Record<string, number>
}

export const makeSqlCounts = (): SqlCounts => ({ statements: 0, transactions: 0, writes: 0, kinds: {} })

export const resetSqlCounts = (counts: SqlCounts) => {
  counts.statements = 0
  counts.transactions = 0
  counts.writes = 0
  counts.kinds = {}
}

const writing = /^\s*(INSERT|UPDATE|DELETE|WITH)\b/i

interface Shape {
  readonly kind: string
  readonly tag: "begin" | "commit" | "rollback" | "write" | "read"
}
const shapes = new Map<string, Shape>()
/** What a statement is (memoized: the same few SQL texts come back all the time). */
const shapeOf = (text: string): Shape => {
  let shape = shapes.get(text)
  if (shape === undefined) {
    const upper = text.trim().toUpperCase()
    shape = {
      kind: text.replace(/\s+/g, " ").trim().slice(0, 60),
      tag: upper === "BEGIN" || upper.startsWith("BEGIN ")
        ? "begin"
        : upper === "COMMIT"
        ? "commit"
        : upper === "ROLLBACK"
        ? "rollback"
        : writing.test(text)
        ? "write"
        : "read"
    }
    if (shapes.size < 10_000) shapes.set(text, shape)
  }
  return shape
}

/**
 * Counts every statement this process sends through `pg` (the driver under `@effect/sql-pg`) by
 * wrapping `Client.prototype.query` once; a transaction is tracked per connection.
 */
export const countPgStatements = (counts: SqlCounts): void => {
  const require = createRequire(import.meta.resolve("@effect/sql-pg"))
  const pg = require("pg") as { Client: { prototype: Record<string, unknown> } }
  const proto = pg.Client.prototype
  if (proto.__sireBenchCounted) return
  proto.__sireBenchCounted = true
  const query = proto.query as (this: Record<string, unknown>, ...args: Array<unknown>) => unknown
  proto.query = function(this: Record<string, unknown>, ...args: Array<unknown>) {
    const first = args[0]
    const text = typeof first === "string" ? first : typeof (first as { text?: unknown })?.text === "string" ? (first as { text: string }).text : ""
    const shape = shapeOf(text)
    counts.statements++
    counts.kinds[shape.kind] = (counts.kinds[shape.kind] ?? 0) + 1
    const tx = this.__sireBenchTx as { wrote: boolean } | undefined
    if (shape.tag === "begin") this.__sireBenchTx = { wrote: false }
    else if (shape.tag === "commit" || shape.tag === "rollback") {
      this.__sireBenchTx = undefined
      if (shape.tag === "commit") {
        counts.transactions++
        if (tx?.wrote) counts.writes++
      }
    } else if (tx) tx.wrote ||= shape.tag === "write"
    else {
      counts.transactions++
      if (shape.tag === "write") counts.writes++
    }
    return query.apply(this, args)
  }
}

// ---------------------------------------------------------------------------------------------
// A Sire runtime that only starts executions

/**
 * Wraps the work queue of a runtime that must not run executions (Sire has no client-only mode):
 * its worker never hears of work (`subscribe` is a no-op, nothing is ever due, nothing is claimed),
 * so it neither runs executions nor polls the queue in a loop. With `defer`, `enqueue` records the
 * job instead of writing it (the bench inserts the jobs itself, all at once, to release them);
 * `underlying` receives the real queue (its `enqueue` also wakes the workers).
 */
export const clientQueue = <A, E>(
  storage: Layer.Layer<A, E>,
  options: { readonly defer?: Array<WorkQueue.Job>; readonly underlying?: { queue?: WorkQueue.WorkQueue["Type"] } } = {}
) =>
  Layer.provideMerge(
    Layer.effect(
      WorkQueue.WorkQueue,
      Effect.map(WorkQueue.WorkQueue, (queue) => {
        if (options.underlying) options.underlying.queue = queue
        return WorkQueue.WorkQueue.of({
          ...queue,
          enqueue: (job) => {
            if (options.defer === undefined) return queue.enqueue(job)
            options.defer.push(job)
            return Effect.void
          },
          claim: () => Effect.succeed([]),
          nextDueAt: Effect.succeed(Option.none()),
          subscribe: () => Effect.succeed(() => {})
        })
      })
    ),
    storage
  )

// ---------------------------------------------------------------------------------------------
// Worker processes

/** What `storage-worker.ts` is asked to do (its one argument, as JSON). */
export type WorkerConfig =
  | {
    readonly mode: "worker"
    /** PostgreSQL URL, `search_path` set to the benchmark's schema. */
    readonly url: string
    readonly workerId: string
    readonly concurrency: number
    readonly pollMs: number
    readonly maxConnections: number
  }
  | {
    readonly mode: "footprint"
    readonly dataDir: string
  }

/** Counters a worker process reports. */
export interface WorkerStats {
  readonly store: StoreCounts
  readonly sql: SqlCounts
  /** Process CPU time, ms. */
  readonly cpuMs: number
  readonly rssBytes: number
}

/** What PGlite cost a fresh process. */
export interface Footprint {
  /** RSS once the modules are loaded, before PGlite opens. */
  readonly rssBeforeBytes: number
  /** RSS once `SireClient.make` resolved. */
  readonly rssOpenBytes: number
  /** RSS after one execution ran. */
  readonly rssRunBytes: number
  /** `SireClient.make` until it resolves (PGlite open or initdb, migrations), ms. */
  readonly openMs: number
  /** Then a workflow created and a one-node execution run, ms. */
  readonly firstRunMs: number
}

/** Messages from a worker process. */
export type FromWorker =
  | { readonly type: "ready" }
  | { readonly type: "started" }
  | { readonly type: "paused" }
  | { readonly type: "stats"; readonly stats: WorkerStats }
  | { readonly type: "footprint"; readonly footprint: Footprint }
  | { readonly type: "error"; readonly message: string }

/**
 * Messages to a worker process: `start` opens its Sire runtime (and worker), `pause` closes it
 * (the process stays up, warm, holding no connection), `stats` reports the counters, `stop` exits.
 */
export type ToWorker =
  | { readonly type: "start" }
  | { readonly type: "pause" }
  | { readonly type: "stats"; readonly reset: boolean }
  | { readonly type: "stop" }

// ---------------------------------------------------------------------------------------------
// Parts of the storage benchmark (`BENCH_ONLY` matches a substring of one, case-insensitively)

export const storageParts = {
  overhead: "1. durable overhead per node",
  scale: "2. scale-out on PostgreSQL",
  latency: "3. enqueue-to-start latency",
  footprint: "4. PGlite footprint"
} as const

/** Whether `BENCH_ONLY` (when set) picks a part of the storage benchmark. */
export const picksStoragePart = (only: string | undefined) =>
  only !== undefined && Object.values(storageParts).some((name) => name.toLowerCase().includes(only.toLowerCase()))
