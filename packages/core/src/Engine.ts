/**
 * The engine: runs (or resumes) one execution from its store, node by node, committing every
 * result before anything downstream starts (CONTRACT §3, "Execution semantics").
 *
 * @since 0.1.0
 */
import { Cause, Clock, Context, Deferred, Effect, Either, Exit, Fiber, FiberId, Layer, Metric, MetricLabel, Option, Schema } from "effect"
import type { EventBody, Execution, Failure, Origin, Step } from "./Execution.js"
import type { Json } from "./Json.js"
import { applyPatch, isFinal, isSettled, type Patch } from "./Execution.js"
import { ExecutionEvents } from "./ExecutionEvents.js"
import * as Executions from "./Executions.js"
import { type Commit, ExecutionStore, type ExecutionStoreError, type Ref, type StaleFence } from "./ExecutionStore.js"
import type { ExecutionId } from "./Id.js"
import * as Expression from "./Expression.js"
import type { CompiledNode, Graph } from "./Graph.js"
import * as CommitWriter from "./internal/commitWriter.js"
import * as FlushTimer from "./internal/flushTimer.js"
import * as Frontier from "./internal/frontier.js"
import * as Signal from "./Signal.js"
import * as Telemetry from "./Telemetry.js"
import { type Attempt, makeNodeRunner, type RunContext } from "./internal/nodeRun.js"
import { awake, type Cancelled, cancelledResult, errorMessage, type Fatal, type GraphResult, type Outcome } from "./internal/steps.js"
import { type ChildOutcome, type ChildRequest, NodeError } from "./NodeType.js"
import { NodeRegistry } from "./NodeRegistry.js"
import * as Validation from "./Validation.js"
import { defaultConcurrency } from "./Workflow.js"
import { WorkflowStore, type WorkflowStoreError } from "./WorkflowStore.js"
import { WorkQueue, type WorkQueueError } from "./WorkQueue.js"

/** Infrastructure errors that stop a run (the execution stays resumable). */
export type EngineError = ExecutionStoreError | StaleFence | WorkQueueError | WorkflowStoreError

/** The execution to run is not in the store. */
export class ExecutionNotFound extends Schema.TaggedError<ExecutionNotFound>()("ExecutionNotFound", {
  executionId: Schema.String
}) {
  override get message() {
    return `execution ${this.executionId} not found`
  }
}

/** How a run ended: the execution finished, or it parked until `wakeAt` (or until woken). */
export type RunResult =
  /** `ended`: this run wrote the execution's final commit (not found already final). */
  | { readonly _tag: "Finished"; readonly execution: Execution; readonly ended: boolean }
  | { readonly _tag: "Parked"; readonly wakeAt: number | undefined }

/** Options of one run. */
export interface RunOptions {
  /** The fencing token of the caller's claim; every write carries it. */
  readonly fence: number
  /** Raised to cancel the execution: running nodes are interrupted and marked cancelled. */
  readonly cancel: Signal.Signal
  /** Wake the parent execution when this one finishes (false when the parent runs it inline). */
  readonly notifyParent: boolean
  /** The execution as it was created already held by `fence` (a run where it started): nothing to acquire. */
  readonly created?: Execution
}

/** Engine settings. */
export interface Options {
  /** Deepest sub-workflow nesting allowed (a workflow calling itself stops here). */
  readonly maxDepth: number
  /**
   * How long a start (of the execution, of a node with side effects) may wait to ride on the next
   * commit before it is written on its own (default 50 ms): fast nodes take one commit, slow ones
   * show as running after this long.
   */
  readonly recordRunningAfterMs?: number
  /** The signed URL that resumes an execution (the templates' `execution.resumeUrl`); absent when the host serves none. */
  readonly resumeUrl?: (ref: Ref) => string
}

/** Runs executions. */
export class Engine extends Context.Tag("@sire/core/Engine")<Engine, {
  /** Runs or resumes an execution until it finishes or parks. */
  readonly run: (ref: Ref, options: RunOptions) => Effect.Effect<RunResult, EngineError | ExecutionNotFound>
}>() {}


/** Builds the engine over the stores, the queue and the registry. */
export const make = (options: Options = { maxDepth: 10 }) =>
  Effect.gen(function*() {
    const store = yield* ExecutionStore
    const workflows = yield* WorkflowStore
    const queue = yield* WorkQueue
    const registry = yield* NodeRegistry
    const hub = yield* ExecutionEvents
    const recordRunningAfterMs = options.recordRunningAfterMs ?? 50
    const flushTimer = yield* FlushTimer.make(recordRunningAfterMs)

    const commit = (ref: Ref, fence: number, c: Parameters<typeof store.commit>[1]) =>
      Effect.map(store.commit(ref, c, fence), (events) => {
        hub.publish(ref.executionId, events, ref.organizationId)
        return events
      })

    const finish = (
      writer: Writer,
      ref: Ref,
      status: "failed" | "cancelled",
      failure: Failure | undefined
    ) =>
      Effect.gen(function*() {
        const current = yield* store.get(ref)
        if (Option.isNone(current) || isFinal(current.value.status)) return false
        const now = yield* Clock.currentTimeMillis
        const latest = new Map((yield* store.steps(ref)).map((s) => [s.nodeId, s]))
        for (const step of writer.deferredSteps()) latest.set(step.nodeId, step)
        const open = Array.from(latest.values()).filter((s) => s.status === "running" || s.status === "pending")
        const events: Array<EventBody> = open.map((s) => ({ _tag: "step.cancelled", at: now, nodeId: s.nodeId }))
        events.push(
          status === "failed" ? { _tag: "execution.failed", at: now, error: failure! } : { _tag: "execution.cancelled", at: now }
        )
        yield* writer.write({
          execution: { status, endedAt: now, wakeAt: undefined, ...(failure ? { error: failure } : {}) },
          steps: open.map((s) => ({ ...awake(s), status: "cancelled", endedAt: now })),
          events
        })
        for (const child of open.flatMap((s) => s.waitingOn ?? [])) {
          const childRef: Ref = { organizationId: ref.organizationId, executionId: child as ExecutionId }
          yield* store.requestCancel(childRef)
          yield* queue.enqueue({ ...childRef, runAt: now })
        }
        return true
      })

    const finished = (ref: Ref, notifyParent: boolean, known?: Execution, ended = true) =>
      Effect.gen(function*() {
        const execution = known === undefined ? yield* store.get(ref) : Option.some(known)
        if (Option.isNone(execution)) return yield* new ExecutionNotFound({ executionId: ref.executionId })
        const parent = execution.value.parent
        if (notifyParent && parent) {
          const now = yield* Clock.currentTimeMillis
          yield* queue.enqueue({ organizationId: ref.organizationId, executionId: parent.executionId, runAt: now })
        }
        return { _tag: "Finished", execution: execution.value, ended } as const
      })

    /**
     * One finalizer per run (each costs an uninterruptible region): what the graph left running is
     * stopped, an interrupted run whose execution was cancelled is marked cancelled, the writer closed.
     */
    const run = (ref: Ref, opts: RunOptions): Effect.Effect<RunResult, EngineError | ExecutionNotFound> =>
      Effect.flatMap(
        CommitWriter.make<EngineError>((c) => commit(ref, opts.fence, c), flushTimer),
        (writer) => {
          const held: Held = { fibers: new Set(), release: [] }
          return Effect.onExit(runWith(writer, held, ref, opts), (exit) =>
            Effect.zipRight(
              Effect.exit(Effect.zipRight(
                releaseHeld(held),
                Exit.isFailure(exit) && Cause.isInterruptedOnly(exit.cause) && opts.cancel.raised
                  ? Effect.ignore(finish(writer, ref, "cancelled", undefined))
                  : Effect.void
              )),
              writer.close
            ))
        }
      )

    const runWith = (
      writer: Writer,
      held: Held,
      ref: Ref,
      opts: RunOptions
    ): Effect.Effect<RunResult, EngineError | ExecutionNotFound> =>
      Effect.gen(function*() {
        // Our fence reaches the store before we read: from here on an older holder changes nothing,
        // so what we read is final and ours to continue.
        const execution = opts.created ?? (yield* store.acquire(ref, opts.fence).pipe(
          Effect.catchIf(
            (e) => e._tag === "ExecutionStoreError" && e.reason === "NotFound",
            () => new ExecutionNotFound({ executionId: ref.executionId })
          )
        ))
        if (isFinal(execution.status)) return { _tag: "Finished", execution, ended: false } as const
        return yield* Telemetry.span(Telemetry.spans.execution, {
          attributes: {
            [Telemetry.attributes.executionId]: execution.id,
            [Telemetry.attributes.organizationId]: execution.organizationId,
            [Telemetry.attributes.workflowId]: execution.workflowId,
            ...(execution.version !== null ? { [Telemetry.attributes.workflowVersion]: execution.version } : {}),
            [Telemetry.attributes.trigger]: execution.trigger,
            [Telemetry.attributes.resumed]: execution.startedAt !== undefined
          },
          traceParent: execution.traceParent,
          end: (result: RunResult) => ({
            [Telemetry.attributes.status]: result._tag === "Parked" ? "waiting" : result.execution.status
          })
        }, Effect.tap(runAcquired(writer, held, ref, opts, execution), (result) => recordEnd(execution, result)))
      })

    /** Counts an execution that this run brought to its end, with its duration. */
    const recordEnd = (before: Execution, result: RunResult) =>
      Telemetry.whenMetrics(Effect.suspend(() => {
        if (result._tag !== "Finished" || !isFinal(result.execution.status)) return Effect.void
        const done = result.execution
        const tags = { [Telemetry.attributes.workflowId]: before.workflowId, [Telemetry.attributes.trigger]: before.trigger }
        const counter = done.status === "completed"
          ? Telemetry.metrics.completed
          : done.status === "failed"
          ? Telemetry.metrics.failed
          : Telemetry.metrics.cancelled
        const started = done.startedAt ?? before.startedAt
        return Effect.zipRight(
          Metric.increment(Metric.taggedWithLabels(counter, labels(tags))),
          started !== undefined && done.endedAt !== undefined
            ? Metric.update(
              Metric.taggedWithLabels(Telemetry.metrics.executionDuration, labels({ ...tags, [Telemetry.attributes.status]: done.status })),
              done.endedAt - started
            )
            : Effect.void
        )
      }))

    /** Counts a first start, with its lag behind the enqueue. */
    const recordStart = (execution: Execution, now: number) =>
      Telemetry.whenMetrics(Effect.zipRight(
        Metric.increment(Metric.taggedWithLabels(Telemetry.metrics.started, labels({
          [Telemetry.attributes.workflowId]: execution.workflowId,
          [Telemetry.attributes.trigger]: execution.trigger
        }))),
        Metric.update(Telemetry.metrics.startLag, Math.max(0, now - execution.createdAt))
      ))

    const runAcquired = (
      writer: Writer,
      held: Held,
      ref: Ref,
      opts: RunOptions,
      execution: Execution
    ): Effect.Effect<RunResult, EngineError | ExecutionNotFound> =>
      Effect.gen(function*() {
        if (execution.cancelRequested || opts.cancel.raised) {
          const ended = yield* finish(writer, ref, "cancelled", undefined)
          return yield* finished(ref, opts.notifyParent, undefined, ended)
        }
        const compiled = yield* Effect.either(Validation.compileWith(registry, execution.document))
        if (compiled._tag === "Left") {
          const ended = yield* finish(writer, ref, "failed", { message: compiled.left.message })
          return yield* finished(ref, opts.notifyParent, undefined, ended)
        }
        const now = yield* Clock.currentTimeMillis
        const startedAt = execution.startedAt ?? now
        const timeoutMs = compiled.right.document.settings?.timeoutMs
        const deadline = timeoutMs === undefined ? undefined : startedAt + timeoutMs
        if (deadline !== undefined && now >= deadline) {
          const ended = yield* finish(writer, ref, "failed", { message: `execution timed out after ${timeoutMs} ms` })
          return yield* finished(ref, opts.notifyParent, undefined, ended)
        }
        // The start rides on the run's first commit, which therefore always carries it: an execution
        // never started (read after our fence was in place) has no steps.
        const resumed = execution.startedAt !== undefined
        const seeded = resumed || execution.origin === undefined ? Either.right([]) : yield* seed(ref, execution.origin, now)
        if (Either.isLeft(seeded)) {
          const ended = yield* finish(writer, ref, "failed", { message: seeded.left })
          return yield* finished(ref, opts.notifyParent, undefined, ended)
        }
        if (!resumed) yield* recordStart(execution, now)
        const started: Commit = {
          execution: { status: "running", startedAt, wakeAt: undefined },
          steps: seeded.right,
          events: [{ _tag: "execution.started", at: now, resumed }, ...seeded.right.map((step) => reusedEvent(step, now))]
        }
        yield* writer.defer(started)
        const steps = resumed ? yield* store.steps(ref) : seeded.right
        const result = yield* runGraph(writer, held, ref, { ...execution, startedAt }, compiled.right, steps, opts, deadline)
        switch (result._tag) {
          case "Cancelled":
            return yield* finished(ref, opts.notifyParent, undefined, yield* finish(writer, ref, "cancelled", undefined))
          case "Fatal":
            return yield* finished(ref, opts.notifyParent, undefined, yield* finish(writer, ref, "failed", result.failure))
          case "Parked":
            return result
          case "Completed":
            return yield* finished(ref, opts.notifyParent, applyPatch(applyPatch(execution, started.execution!), result.patch))
        }
        return result satisfies never
      })

    /** The origin's committed results a re-run starts with, marked as reused (edited ones replaced); a message when one is gone. */
    const seed = (ref: Ref, origin: Origin, now: number): Effect.Effect<Either.Either<ReadonlyArray<Step>, string>, EngineError> =>
      Effect.map(store.steps({ organizationId: ref.organizationId, executionId: origin.executionId }), (steps) => {
        const byNode = new Map(steps.map((s) => [s.nodeId, s]))
        const out: Array<Step> = []
        for (const nodeId of origin.reuse) {
          const step = byNode.get(nodeId)
          if (step === undefined || !isSettled(step)) {
            return Either.left(`the result of node ${nodeId} in execution ${origin.executionId} to reuse is gone`)
          }
          out.push(reusedStep(step, origin, now))
        }
        return Either.right(out)
      })

    const runGraph = (
      writer: Writer,
      held: Held,
      ref: Ref,
      execution: Execution,
      graph: Graph,
      stored: ReadonlyArray<Step>,
      opts: RunOptions,
      deadline: number | undefined
    ): Effect.Effect<GraphResult, EngineError> =>
      Effect.suspend(() => {
        const { fibers, release } = held
        return Effect.gen(function*() {
        const fence = opts.fence
        const stopping = Signal.make()
        const stepOf = new Map(stored.map((s) => [s.nodeId, s]))
        const frontier = Frontier.make(graph)
        const outputs: Record<string, unknown> = {}
        const suspended = new Map<number, number | undefined>()
        const concurrency = graph.document.settings?.concurrency ?? defaultConcurrency
        const expressionContext: Expression.Context = {
          input: execution.input,
          nodes: outputs,
          vars: graph.document.variables ?? {},
          execution: executionVariables(execution, options.resumeUrl === undefined ? undefined : () => options.resumeUrl!(ref)),
          ...(execution.item !== undefined ? { item: execution.item, index: execution.parent?.index ?? 0 } : {})
        }
        const settle = (index: number, output: unknown, handles: ReadonlyArray<string>) => {
          outputs[graph.nodes[index].id] = output
          frontier.settle(index, handles)
        }
        const commitSkipped = Effect.suspend((): Effect.Effect<void> => {
          const fresh = frontier.skipped.splice(0).filter((i) => stepOf.get(graph.nodes[i].id)?.status !== "skipped")
          if (fresh.length === 0) return Effect.void
          // Skips are recomputed on resume: they ride on the next commit rather than take one.
          return Effect.flatMap(Clock.currentTimeMillis, (at) =>
            writer.defer({
              steps: fresh.map((i): Step => ({
                nodeId: graph.nodes[i].id,
                nodeType: graph.nodes[i].type.type,
                status: "skipped",
                handles: [],
                attempts: 0,
                endedAt: at
              })),
              events: fresh.map((i) => ({ _tag: "step.skipped", at, nodeId: graph.nodes[i].id }))
            })
          )
        })
        const apply = (index: number, outcome: Outcome): Fatal | undefined => {
          if (outcome._tag === "Settled") settle(index, outcome.output, outcome.handles)
          else if (outcome._tag === "Suspended") suspended.set(index, outcome.wakeAt)
          else return outcome
          return undefined
        }
        const clock = yield* Effect.clock
        const observe = (yield* Telemetry.tracing) || (yield* Telemetry.MetricsEnabled)
        const runContext: RunContext = {
          ref,
          execution,
          graph,
          frontier,
          outputs,
          expressionContext,
          fence,
          writer,
          stopping,
          clock,
          observe,
          publishDelta: (nodeId, attempt, text) =>
            hub.publishDelta(ref.executionId, { _tag: "step.delta", nodeId, attempt, text, at: clock.unsafeCurrentTimeMillis() })
        }
        const nodeRun = (index: number) => runNode(runContext, graph.nodes[index], stepOf.get(graph.nodes[index].id))
        // How the graph's run stopped (the first to say wins), awaited by this fiber at the end: a
        // Deferred only when it has to wait for a worker, the cancel signal or the deadline.
        let stoppedBy: Exit.Exit<Fatal | Cancelled | undefined, EngineError> | undefined
        let awaiting: Deferred.Deferred<Fatal | Cancelled | undefined, EngineError> | undefined
        const stop = (exit: Exit.Exit<Fatal | Cancelled | undefined, EngineError>): void => {
          if (stoppedBy !== undefined) return
          stoppedBy = exit
          if (awaiting !== undefined) Deferred.unsafeDone(awaiting, exit)
        }
        const timeoutMs = graph.document.settings?.timeoutMs
        const timedOut = (): Fatal => ({ _tag: "Fatal", failure: { message: `execution timed out after ${timeoutMs} ms` } })
        // The deadline is checked before each node that runs here, and watched by a timer only once
        // the run has to wait (a run that completes in one go forks nothing).
        const pastDeadline = () => deadline !== undefined && runContext.clock.unsafeCurrentTimeMillis() >= deadline
        const watchDeadline = Effect.suspend(() => {
          if (deadline === undefined) return Effect.void
          const now = runContext.clock.unsafeCurrentTimeMillis()
          return Effect.map(
            Effect.forkDaemon(Effect.zipRight(
              Clock.sleep(Math.max(0, deadline - now)),
              Effect.sync(() => {
                stopping.raise()
                stop(Exit.succeed(timedOut()))
              })
            )),
            (fiber) => void fibers.add(fiber)
          )
        })
        const stopped = Effect.suspend(() => {
          if (stoppedBy !== undefined) return stoppedBy
          awaiting ??= Deferred.unsafeMake(FiberId.none)
          return Effect.zipRight(watchDeadline, Deferred.await(awaiting))
        })
        const unlisten = opts.cancel.listen(() => {
          stopping.raise()
          stop(Exit.succeed(cancelledResult))
        })
        release.push(unlisten)
        // Pure nodes without retries or a time-out run in the fiber that finds them ready (they
        // compute, and their results ride on the next commit); the others wait in `waiting` for one
        // of up to `concurrency` worker fibers, forked while there is more waiting than workers and
        // ending when nothing waits.
        const inline = (index: number) => {
          const node = graph.nodes[index]
          return node.type.pure && node.node.retry === undefined && node.node.timeoutMs === undefined
        }
        const here: Array<number> = []
        const waiting: Array<number> = []
        let pool = 0
        let outstanding = 0
        let next = 0
        const dispatch: Effect.Effect<void, EngineError> = Effect.suspend(() => {
          while (next < frontier.ready.length) {
            const index = frontier.ready[next++]
            const prior = stepOf.get(graph.nodes[index].id)
            if (prior && isSettled(prior)) settle(index, prior.output, prior.handles)
            else {
              outstanding++
              if (inline(index)) here.push(index)
              else waiting.push(index)
            }
          }
          const index = here.shift()
          if (index !== undefined) {
            if (!pastDeadline()) return runHere(index)
            stopping.raise()
            stop(Exit.succeed(timedOut()))
            return Effect.void
          }
          const spawn = pool < concurrency && pool < waiting.length
          if (!spawn && frontier.skipped.length === 0) {
            if (outstanding === 0) stop(Exit.succeed(undefined))
            return Effect.void
          }
          return Effect.gen(function*() {
            while (pool < concurrency && pool < waiting.length) {
              pool++
              const fiber = yield* Effect.forkDaemon(worker)
              fibers.add(fiber)
              fiber.addObserver(() => fibers.delete(fiber))
            }
            if (frontier.skipped.length > 0) yield* commitSkipped
            if (outstanding === 0) stop(Exit.succeed(undefined))
          })
        })
        /** What a node's run leads to: stop (fatal, failed, stopping) or dispatch what it made ready. */
        const after = (index: number, exit: Exit.Exit<Outcome, EngineError>): Effect.Effect<void, EngineError> => {
          outstanding--
          if (stopping.raised) return Effect.void
          if (Exit.isFailure(exit)) return Effect.failCause(exit.cause)
          const fatal = apply(index, exit.value)
          if (fatal) {
            stop(Exit.succeed(fatal))
            return Effect.void
          }
          return dispatch
        }
        const runHere = (index: number): Effect.Effect<void, EngineError> =>
          Effect.flatMap(Effect.exit(nodeRun(index)), (exit) => after(index, exit))
        const worker: Effect.Effect<void> = Effect.suspend(() => {
          const index = waiting.shift()
          if (index === undefined || stopping.raised) {
            pool--
            return Effect.void
          }
          return Effect.flatMap(Effect.exit(nodeRun(index)), (exit) =>
            Effect.zipRight(
              Effect.catchAllCause(after(index, exit), (cause) => Effect.sync(() => stop(Exit.failCause(cause)))),
              worker
            ))
        })
        yield* dispatch
        const result = yield* stopped
        if (result) stopping.raise()
        // Skips found since the last dispatch ride on the run's next commit, whatever ends it: a
        // result committed downstream of a skip is reusable (by a retry) only with the skip on record.
        if (frontier.skipped.length > 0) yield* commitSkipped
        if (result) return result
        if (suspended.size > 0) {
          const timeoutMs = graph.document.settings?.timeoutMs
          return yield* park(writer, ref, suspended, timeoutMs === undefined ? undefined : execution.startedAt! + timeoutMs)
        }
        return yield* complete(writer, graph, outputs)
        // Stopped as soon as the graph's run returns (before a failure or a cancellation is written);
        // on a failure or an interruption, by the run's finalizer.
        }).pipe(Effect.tap(() => releaseHeld(held)))
      })

    const park = (
      writer: Writer,
      ref: Ref,
      suspended: ReadonlyMap<number, number | undefined>,
      deadline: number | undefined
    ) =>
      Effect.gen(function*() {
        const times = Array.from(suspended.values()).filter((t): t is number => t !== undefined)
        const wakeAt = times.length > 0 ? Math.min(...times) : undefined
        const now = yield* Clock.currentTimeMillis
        yield* writer.write({
          execution: { status: "waiting", wakeAt },
          events: [{ _tag: "execution.waiting", at: now, ...(wakeAt !== undefined ? { wakeAt } : {}) }]
        })
        const due = [wakeAt, deadline].filter((t): t is number => t !== undefined)
        if (due.length > 0) yield* queue.enqueue({ ...ref, runAt: Math.min(...due) })
        return { _tag: "Parked", wakeAt } as const
      })

    const complete = (
      writer: Writer,
      graph: Graph,
      outputs: Readonly<Record<string, unknown>>
    ) =>
      Effect.gen(function*() {
        const ran = (id: string) => Object.prototype.hasOwnProperty.call(outputs, id)
        let output: unknown
        if (graph.outputs.length === 1) output = outputs[graph.nodes[graph.outputs[0]].id] ?? null
        else {
          const chosen = graph.outputs.length > 1
            ? graph.outputs.map((i) => graph.nodes[i])
            : graph.nodes.filter((n) => n.outgoing.length === 0)
          output = Object.fromEntries(chosen.filter((n) => ran(n.id)).map((n) => [n.id, outputs[n.id] ?? null]))
        }
        const now = yield* Clock.currentTimeMillis
        const patch: Patch = { status: "completed", output: output as Json, endedAt: now }
        yield* writer.write({ execution: patch, events: [{ _tag: "execution.completed", at: now, output: output as Json }] })
        return { _tag: "Completed", patch } as const
      })

    const runChild = (
      r: RunContext,
      a: Attempt,
      node: CompiledNode,
      request: ChildRequest
    ): Effect.Effect<ChildOutcome, NodeError> =>
      Effect.gen(function*() {
        if (r.execution.depth + 1 > options.maxDepth) {
          return yield* new NodeError({
            message: `sub-workflows nested deeper than ${options.maxDepth} levels`,
            retryable: false
          })
        }
        const key = `${r.execution.id}/${node.id}/${request.key}`
        const existing = yield* store.findByKey(r.ref.organizationId, key)
        const child = Option.isSome(existing) ? existing.value : yield* Executions.createWith({ workflows, store, registry }, {
          organizationId: r.ref.organizationId,
          workflowId: request.workflowId,
          ...(request.version !== undefined ? { version: request.version } : {}),
          input: request.input,
          trigger: "workflow",
          idempotencyKey: key,
          parent: {
            executionId: r.execution.id,
            nodeId: node.id,
            ...(request.item ? { index: request.item.index } : {})
          },
          ...(request.item ? { item: request.item.value } : {}),
          depth: r.execution.depth + 1
        }).pipe(
          Effect.map((r) => r.execution)
        )
        const ref: Ref = { organizationId: r.ref.organizationId, executionId: child.id }
        const result = isFinal(child.status)
          ? { _tag: "Finished", execution: child, ended: false } as const
          : yield* run(ref, { fence: r.fence, cancel: r.stopping, notifyParent: false })
        if (result._tag === "Parked") {
          a.children.add(child.id)
          return { _tag: "Suspended", executionId: child.id } as const
        }
        const done = result.execution
        return done.status === "completed"
          ? { _tag: "Completed", executionId: child.id, output: done.output ?? null } as const
          : { _tag: "Failed", executionId: child.id, message: done.error?.message ?? `sub-workflow ${done.status}` } as const
      }).pipe(
        Effect.catchAll((error) =>
          error instanceof NodeError
            ? Effect.fail(error)
            : isInfrastructure(error)
            ? Effect.die(error)
            : Effect.fail(new NodeError({ message: errorMessage(error), retryable: false }))
        )
      )

    const runNode = makeNodeRunner({ runChild, isInfrastructure })

    return Engine.of({ run })
  })

type Writer = CommitWriter.CommitWriter<EngineError>

/** What a run's graph holds until it stops: the fibers it forked, and undo functions of the listeners it added. */
interface Held {
  readonly fibers: Set<Fiber.RuntimeFiber<unknown, unknown>>
  readonly release: Array<() => void>
}

/** Undoes the listeners and interrupts the fibers a run holds (each once). */
const releaseHeld = (held: Held): Effect.Effect<void> =>
  Effect.suspend(() => {
    for (const undo of held.release.splice(0)) undo()
    return held.fibers.size === 0 ? Effect.void : Fiber.interruptAll(held.fibers)
  })

/** A committed step of an origin as the re-run's own: not run again, its output edited when the origin says so. */
const reusedStep = (step: Step, origin: Origin, now: number): Step => {
  const edited = origin.outputs !== undefined && Object.prototype.hasOwnProperty.call(origin.outputs, step.nodeId)
  const { checkpoint: _c, logs: _l, waitingOn: _w, wakeAt: _k, reusedFrom: _r, ...rest } = step
  return {
    ...rest,
    ...(edited ? { output: origin.outputs![step.nodeId] } : {}),
    attempts: 0,
    startedAt: now,
    endedAt: now,
    reusedFrom: { executionId: origin.executionId, edited }
  }
}

/** The event a reused step is logged with, as if it had just settled. */
const reusedEvent = (step: Step, at: number): EventBody =>
  step.status === "completed"
    ? { _tag: "step.completed", at, nodeId: step.nodeId, output: step.output ?? null, handles: step.handles }
    : step.status === "failed"
    ? { _tag: "step.failed", at, nodeId: step.nodeId, error: step.error ?? "failed", handles: step.handles }
    : { _tag: "step.skipped", at, nodeId: step.nodeId }

const labels = (tags: Readonly<Record<string, string>>) => Object.entries(tags).map(([key, value]) => MetricLabel.make(key, value))

/**
 * The templates' `execution`: its `resumeUrl` (an HMAC signature) computed on first read, since
 * few workflows read it; enumerable, so that it is there for whoever copies the object.
 */
const executionVariables = (execution: Execution, resumeUrl: (() => string) | undefined): Expression.Context["execution"] => {
  const variables = { id: execution.id, workflowId: execution.workflowId, trigger: execution.trigger }
  if (resumeUrl === undefined) return variables
  let url: string | undefined
  return Object.defineProperty(variables, "resumeUrl", { enumerable: true, get: () => (url ??= resumeUrl()) })
}

const infrastructure = new Set(["ExecutionStoreError", "StaleFence", "WorkQueueError", "WorkflowStoreError"])
const isInfrastructure = (error: object): boolean => infrastructure.has((error as { _tag: string })._tag)

/** The engine with default settings. */
export const layer: Layer.Layer<
  Engine,
  never,
  ExecutionStore | WorkflowStore | WorkQueue | NodeRegistry | ExecutionEvents
> = Layer.scoped(Engine, make())

/** The engine with custom settings. */
export const layerWith = (options: Options) => Layer.scoped(Engine, make(options))
