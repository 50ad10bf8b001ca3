/**
 * A Sire worker process for the fault-injection tests beside it (`*.test.ts`), run as
 * `node --import tsx worker.ts '<config JSON>'` (see `harness.ts`). It is not a test itself.
 *
 * Config (the one argument, JSON, see `WorkerConfig`): storage `pglite:<dataDir>` or
 * `postgres:<url>` (the URL's `options` carry the test schema's `search_path`), worker id,
 * lease / heartbeat / poll times, concurrency, the PostgreSQL `application_name` of every
 * connection (so a test can terminate exactly this process's backends), whether to trace every
 * commit and heartbeat, and injected faults: a delay of each execution's first commit in this
 * process, lease renewals that always fail, lease renewals that are slow.
 *
 * It runs Sire (`Sire.layerWith` over `SqlStorage.layer`) with the built-in nodes plus `bump`:
 * sleeps `params.ms`, adds 1 to `fault_counters(execution_id, node_id)` in the same database
 * (`INSERT … ON CONFLICT DO UPDATE SET n = n + 1`), then sleeps `params.holdMs`. Not pure, so the
 * engine records the step as running (at once or, batched, shortly after it starts) before its
 * result.
 *
 * Protocol: stdout carries one JSON object per line, each with a `fault` key (Effect's logs go to
 * stderr): `ready`, `bump` (phase `start` before the first sleep, `done` after the increment, with
 * the new count), `commit` (only with `trace`: execution, fence, ok, event tags and the
 * `node:status` of its step records), `heartbeat` (likewise traced: lease renewals), `delaying`
 * (a first commit held back), `stale` (every commit the store refused with `StaleFence`),
 * `created` / `waited` / `error` (replies to commands, with the command's `id`), `closed`.
 * Commands arrive as JSON lines on stdin:
 * `{"cmd":"create","id":…,"workflow":{…},"count":n}` saves the workflow and starts `count`
 * executions; `{"cmd":"wait","id":…,"executionIds":[…]}` replies once they are all final.
 * SIGTERM, SIGINT or the end of stdin (the test process went away) close the runtime gracefully:
 * running executions are interrupted and their claims released; then the process exits 0.
 */
import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqlClient from "@effect/sql/SqlClient"
import { PgClient } from "@effect/sql-pg"
import { NodeType, Sire } from "@sire/core"
import * as ExecutionStore from "@sire/core/ExecutionStore"
import * as WorkflowStore from "@sire/core/WorkflowStore"
import * as WorkQueue from "@sire/core/WorkQueue"
import { Cause, Context, Deferred, Duration, Effect, Layer, Logger, Redacted, Runtime, Schedule, Schema } from "effect"
import { createInterface } from "node:readline"
import * as PgliteClient from "../../src/PgliteClient.js"
import * as SqlStorage from "../../src/SqlStorage.js"

/** What the one command-line argument holds. */
export interface WorkerConfig {
  /** `pglite:<dataDir>` or `postgres:<url>`. */
  readonly storage: string
  readonly workerId: string
  readonly leaseMs: number
  readonly heartbeatMs: number
  readonly pollMs: number
  readonly concurrency: number
  /** PostgreSQL only: `application_name` of every connection of this process. */
  readonly applicationName?: string
  /** Print a `commit` line for every commit attempt and a `heartbeat` line for every lease renewal. */
  readonly trace?: boolean
  /** Hold the first commit of each execution in this process this long (a slow new lease holder). */
  readonly delayFirstCommitMs?: number
  /** Fail every lease renewal (this process cannot reach the queue's lease, its store writes still work). */
  readonly failHeartbeats?: boolean
  /** Make every lease renewal take this long (a loaded database). */
  readonly slowHeartbeatMs?: number
}

const config = JSON.parse(process.argv[2] ?? "{}") as WorkerConfig

const emit = (line: Record<string, unknown>) => {
  // stdout to a pipe is synchronous on Linux: a line printed before a SIGKILL/SIGSTOP is not lost
  process.stdout.write(`${JSON.stringify({ ...line, worker: config.workerId, t: Date.now() })}\n`)
}

/** The SQL client the stores and the `bump` node share. */
const clientLayer: Layer.Layer<SqlClient.SqlClient, unknown> = config.storage.startsWith("pglite:")
  ? PgliteClient.layer({ dataDir: config.storage.slice("pglite:".length) })
  : config.storage.startsWith("postgres:")
  ? PgClient.layer({
    url: Redacted.make(config.storage.slice("postgres:".length)),
    // few connections: the test server is shared (max_connections) with everything else running
    maxConnections: Math.max(3, Math.min(8, Math.ceil(config.concurrency / 2) + 2)),
    connectTimeout: "5 seconds",
    ...(config.applicationName !== undefined ? { applicationName: config.applicationName } : {})
  }).pipe(
    Layer.provide(Reactivity.layer),
    // the shared server may be out of connections for a moment
    Layer.retry(Schedule.intersect(Schedule.spaced("500 millis"), Schedule.recurs(10)))
  )
  : Layer.die(new Error(`unknown storage ${config.storage}`))

/**
 * `SqlStorage.layer`, its execution store reporting refused (and, when traced, all) commits and
 * optionally slow on each execution's first commit; its queue reporting heartbeats when traced.
 */
const storage = Layer.effectContext(Effect.gen(function*() {
  const store = yield* ExecutionStore.ExecutionStore
  const committed = new Set<string>()
  const slow = (executionId: string) =>
    Effect.suspend(() => {
      if (config.delayFirstCommitMs === undefined || committed.has(executionId)) return Effect.void
      committed.add(executionId)
      emit({ fault: "delaying", executionId, ms: config.delayFirstCommitMs })
      return Effect.sleep(Duration.millis(config.delayFirstCommitMs))
    })
  const traced = ExecutionStore.ExecutionStore.of({
    ...store,
    commit: (ref, commit, fence) =>
      Effect.zipRight(slow(ref.executionId), store.commit(ref, commit, fence)).pipe(
        Effect.tapBoth({
          onFailure: (error) =>
            Effect.sync(() => {
              if (error._tag === "StaleFence") {
                emit({ fault: "stale", executionId: ref.executionId, fence, current: error.current })
              }
              if (config.trace) {
                emit({
                  fault: "commit",
                  executionId: ref.executionId,
                  fence,
                  ok: false,
                  error: error._tag,
                  tags: commit.events.map((e) => e._tag),
                  steps: (commit.steps ?? []).map((s) => `${s.nodeId}:${s.status}`)
                })
              }
            }),
          onSuccess: () =>
            Effect.sync(() => {
              if (config.trace) {
                emit({
                  fault: "commit",
                  executionId: ref.executionId,
                  fence,
                  ok: true,
                  tags: commit.events.map((e) => e._tag),
                  steps: (commit.steps ?? []).map((s) => `${s.nodeId}:${s.status}`)
                })
              }
            })
        })
      )
  })
  const queue = yield* WorkQueue.WorkQueue
  const tracedQueue = WorkQueue.WorkQueue.of({
    ...queue,
    heartbeat: (claim, leaseMs, now) =>
      (config.failHeartbeats
        ? Effect.fail(new WorkQueue.WorkQueueError({ reason: "Unavailable", message: "injected: heartbeat fails" }))
        : Effect.zipRight(Effect.sleep(Duration.millis(config.slowHeartbeatMs ?? 0)), queue.heartbeat(claim, leaseMs, now))).pipe(
        Effect.tapBoth({
          onFailure: (error) =>
            Effect.sync(() => {
              if (config.trace) {
                emit({ fault: "heartbeat", executionId: claim.executionId, now, ok: false, error: error.message.slice(0, 80) })
              }
            }),
          onSuccess: (held) =>
            Effect.sync(() => {
              if (config.trace) emit({ fault: "heartbeat", executionId: claim.executionId, now, ok: true, held })
            })
        })
      )
  })
  return Context.make(ExecutionStore.ExecutionStore, traced).pipe(
    Context.add(WorkflowStore.WorkflowStore, yield* WorkflowStore.WorkflowStore),
    Context.add(WorkQueue.WorkQueue, tracedQueue)
  )
})).pipe(Layer.provide(SqlStorage.layer))

const BumpParams = Schema.Struct({
  ms: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  holdMs: Schema.optionalWith(Schema.Number, { default: () => 0 })
})

interface Command {
  readonly cmd: string
  readonly id?: unknown
  readonly workflow?: unknown
  readonly count?: number
  readonly input?: unknown
  readonly executionIds?: ReadonlyArray<string>
}

const program = Effect.gen(function*() {
  const sql = yield* SqlClient.SqlClient
  yield* sql`CREATE TABLE IF NOT EXISTS fault_counters (
    execution_id text NOT NULL,
    node_id text NOT NULL,
    n integer NOT NULL,
    PRIMARY KEY (execution_id, node_id)
  )`

  const bump = NodeType.make({
    type: "bump",
    description: "Sleeps `ms`, counts one run of this node of this execution, sleeps `holdMs`.",
    params: BumpParams,
    run: (ctx) =>
      Effect.gen(function*() {
        const key = { executionId: ctx.execution.id, nodeId: ctx.node.id }
        emit({ fault: "bump", phase: "start", ...key })
        if (ctx.params.ms > 0) yield* Effect.sleep(Duration.millis(ctx.params.ms))
        const rows = yield* sql<{ readonly n: number }>`INSERT INTO fault_counters (execution_id, node_id, n)
          VALUES (${ctx.execution.id}, ${ctx.node.id}, 1)
          ON CONFLICT (execution_id, node_id) DO UPDATE SET n = fault_counters.n + 1
          RETURNING n`.pipe(Effect.mapError((e) => new NodeType.NodeError({ message: `bump: ${e.message}` })))
        emit({ fault: "bump", phase: "done", ...key, n: Number(rows[0]?.n) })
        if (ctx.params.holdMs > 0) yield* Effect.sleep(Duration.millis(ctx.params.holdMs))
        return { n: Number(rows[0]?.n) }
      })
  })

  const context = yield* Layer.build(Sire.layerWith({
    nodes: [bump],
    eventPollMs: 100,
    worker: {
      workerId: config.workerId,
      leaseMs: config.leaseMs,
      heartbeatMs: config.heartbeatMs,
      pollMs: config.pollMs,
      concurrency: config.concurrency
    }
  }).pipe(Layer.provide(storage)))
  const sire = Context.get(context, Sire.Sire)

  const handle = (command: Command) =>
    Effect.gen(function*() {
      switch (command.cmd) {
        case "create": {
          const workflow = yield* sire.createWorkflow(command.workflow)
          const executions = yield* Effect.forEach(
            Array.from({ length: command.count ?? 1 }, (_, i) => i),
            (i) => sire.start({ workflowId: workflow.id, input: command.input ?? { i } }),
            { concurrency: 8 }
          )
          emit({ fault: "created", id: command.id, workflowId: workflow.id, executionIds: executions.map((e) => e.id) })
          return
        }
        case "wait": {
          const done = yield* Effect.forEach(command.executionIds ?? [], (id) => sire.wait(id), { concurrency: 16 })
          emit({ fault: "waited", id: command.id, statuses: done.map((e) => e.status) })
          return
        }
        default:
          emit({ fault: "error", id: command.id, message: `unknown command ${command.cmd}` })
      }
    }).pipe(
      Effect.catchAllCause((cause) =>
        Effect.sync(() => emit({ fault: "error", id: command.id, message: Cause.pretty(cause) }))
      )
    )

  const stop = yield* Deferred.make<string>()
  const runtime = yield* Effect.runtime<never>()
  const lines = createInterface({ input: process.stdin })
  lines.on("line", (line) => {
    if (line.trim() === "") return
    let command: Command
    try {
      command = JSON.parse(line) as Command
    } catch {
      emit({ fault: "error", message: `not JSON: ${line}` })
      return
    }
    Runtime.runFork(runtime)(handle(command))
  })
  lines.on("close", () => Deferred.unsafeDone(stop, Effect.succeed("stdin closed")))
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => Deferred.unsafeDone(stop, Effect.succeed(signal)))
  }

  emit({ fault: "ready", pid: process.pid })
  const why = yield* Deferred.await(stop)
  lines.close()
  return why
}).pipe(Effect.scoped, Effect.provide(clientLayer))

Effect.runPromiseExit(program.pipe(
  Effect.provide(Logger.replace(Logger.defaultLogger, Logger.withConsoleError(Logger.stringLogger)))
)).then((exit) => {
  if (exit._tag === "Success") {
    emit({ fault: "closed", reason: exit.value })
    process.exit(0)
  }
  process.stderr.write(`worker ${config.workerId} failed: ${Cause.pretty(exit.cause)}\n`)
  process.exit(1)
})
