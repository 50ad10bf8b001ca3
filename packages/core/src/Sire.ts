/**
 * The embedding API: save workflows, start or run executions, watch their events, cancel them.
 *
 * @example
 * import { Effect } from "effect"
 * import { Sire } from "@sire/core"
 *
 * const program = Effect.gen(function*() {
 *   const sire = yield* Sire.Sire
 *   const workflow = yield* sire.createWorkflow({ name: "hello", nodes: [{ id: "start", type: "trigger" }], edges: [] })
 *   const done = yield* sire.run({ workflowId: workflow.id, input: { name: "Ada" } })
 *   console.log(done.output)
 * })
 * Effect.runPromise(Effect.provide(program, Sire.layerMemory()))
 *
 * @since 0.1.0
 */
import { Clock, Context, Deferred, Duration, Effect, Exit, FiberId, Layer, Option, Schedule, Stream } from "effect"
import * as Engine from "./Engine.js"
import type { Delta, Event, Execution, Step } from "./Execution.js"
import { isFinal, isFinalEvent } from "./Execution.js"
import * as ExecutionEvents from "./ExecutionEvents.js"
import * as ExecutionStore from "./ExecutionStore.js"
import * as Executions from "./Executions.js"
import * as Id from "./Id.js"
import * as NodeRegistry from "./NodeRegistry.js"
import type { NodeType } from "./NodeType.js"
import { Quota, type QuotaExceeded, type UnknownPlan } from "./Quota.js"
import type { QuotaStoreError } from "./QuotaStore.js"
import * as Rerun from "./Rerun.js"
import type * as RerunPlan from "./RerunPlan.js"
import * as Signal from "./Signal.js"
import * as StartStore from "./StartStore.js"
import * as Validation from "./Validation.js"
import type { Version, Workflow } from "./Workflow.js"
import * as WorkflowStore from "./WorkflowStore.js"
import * as WorkQueue from "./WorkQueue.js"
import * as Worker from "./Worker.js"

/** Which organization a call acts for (embedding hosts with one tenant can leave it out). */
export interface Scoped {
  readonly organizationId?: Id.OrganizationId
}

/** Waiting for an execution: `until` stops the wait early, with the execution as it stands. */
export interface WaitOptions extends Scoped {
  readonly until?: Signal.Signal | undefined
}

/** Starting an execution. */
export interface StartRequest extends Scoped {
  readonly workflowId: string
  readonly input?: unknown
  readonly version?: number
  readonly idempotencyKey?: string
  /** How it was started: `api` (default), `manual`, `webhook`, `schedule`, `chat`… */
  readonly trigger?: string
  /** The organization's plan: when given, the monthly quota is checked and consumed atomically with the start. */
  readonly plan?: string
  /** The W3C `traceparent` its runs continue (the current span's by default, when a host tracer is installed). */
  readonly traceParent?: string
}

/** The embedding API, as one service. */
export class Sire extends Context.Tag("@sire/core/Sire")<Sire, {
  /** Validates and stores a new workflow (draft). */
  readonly createWorkflow: (document: unknown, options?: Scoped) => Effect.Effect<Workflow, Validation.InvalidWorkflow | WorkflowStore.WorkflowStoreError>
  /** Validates and replaces a workflow's draft document. */
  readonly updateWorkflow: (id: string, document: unknown, options?: Scoped) => Effect.Effect<Workflow, Validation.InvalidWorkflow | Executions.WorkflowNotFound | WorkflowStore.WorkflowStoreError>
  /** A stored workflow. */
  readonly getWorkflow: (id: string, options?: Scoped) => Effect.Effect<Workflow, Executions.WorkflowNotFound | WorkflowStore.WorkflowStoreError>
  /** Deletes a workflow and its versions. */
  readonly deleteWorkflow: (id: string, options?: Scoped) => Effect.Effect<void, Executions.WorkflowNotFound | WorkflowStore.WorkflowStoreError>
  /** Freezes the draft as the next immutable numbered version. */
  readonly publishWorkflow: (id: string, options?: Scoped) => Effect.Effect<Version, Executions.WorkflowNotFound | WorkflowStore.WorkflowStoreError>
  /** Queues an execution and returns it at once (a worker picks it up). */
  readonly start: (request: StartRequest) => Effect.Effect<Execution, StartError>
  /** Retries a failed or cancelled execution: a new one (`origin.kind: "retry"`) reusing its successful results and running the rest. */
  readonly retry: (executionId: string, request?: Charged & Rerun.RetryOptions) => Effect.Effect<Execution, RerunError>
  /** Re-runs a final execution from a node: a new one reusing what is upstream (optionally edited), running that node and what follows. */
  readonly rerun: (executionId: string, request: Charged & Rerun.RerunOptions) => Effect.Effect<Execution, RerunError>
  /** Replays an execution: a new one with the same input and document (version), from scratch. */
  readonly replay: (executionId: string, request?: Charged) => Effect.Effect<Execution, RerunError>
  /** Starts an execution and waits until it completes, fails or is cancelled. */
  readonly run: (request: StartRequest) => Effect.Effect<Execution, StartError>
  /** An execution. */
  readonly get: (executionId: string, options?: Scoped) => Effect.Effect<Execution, Engine.ExecutionNotFound | ExecutionStore.ExecutionStoreError>
  /** Its step records. */
  readonly steps: (executionId: string, options?: Scoped) => Effect.Effect<ReadonlyArray<Step>, ExecutionStore.ExecutionStoreError>
  /** Its events after `afterSeq` (replayed from the store), then live ones, ending after the final event. */
  readonly events: (executionId: string, options?: Scoped & { readonly afterSeq?: number }) => Stream.Stream<Event, ExecutionStore.ExecutionStoreError>
  /** Live transient deltas of an execution's running steps (model tokens) in this process; never ends by itself. */
  readonly deltas: (executionId: string) => Stream.Stream<Delta>
  /**
   * Waits until an execution is final and returns it; with `until`, returns it as it stands as soon
   * as that signal is raised (a deadline, a shutdown: a signal costs no fiber, where a race forks two).
   */
  readonly wait: (executionId: string, options?: WaitOptions) => Effect.Effect<Execution, Engine.ExecutionNotFound | ExecutionStore.ExecutionStoreError>
  /** Cancels an execution (interrupting its running nodes) and returns it once cancelled or already final. */
  readonly cancel: (executionId: string, options?: Scoped) => Effect.Effect<Execution, Engine.ExecutionNotFound | ExecutionStore.ExecutionStoreError | WorkQueue.WorkQueueError>
  /** Makes a non-final execution due to run now (a parked one resumes; a running one runs again after its claim) and returns it. */
  readonly wake: (executionId: string, options?: Scoped) => Effect.Effect<Execution, Engine.ExecutionNotFound | ExecutionStore.ExecutionStoreError | WorkQueue.WorkQueueError>
  /** Adds a node type. */
  readonly registerNode: (nodeType: NodeType) => Effect.Effect<void, NodeRegistry.DuplicateNodeType>
}>() {}

/** Everything starting an execution can fail with. */
export type StartError =
  | Executions.WorkflowNotFound
  | Executions.VersionNotFound
  | Executions.InvalidInput
  | Validation.InvalidWorkflow
  | QuotaExceeded
  | UnknownPlan
  | QuotaStoreError
  | WorkflowStore.WorkflowStoreError
  | ExecutionStore.ExecutionStoreError
  | WorkQueue.WorkQueueError
  | Engine.ExecutionNotFound

/** A call that starts an execution on the organization's plan (its monthly quota checked and consumed when given). */
export interface Charged extends Scoped {
  readonly plan?: string
  /** Makes the call idempotent: a second call with the same key returns the execution the first made. */
  readonly idempotencyKey?: string
}

/** Everything a retry, re-run or replay can fail with. */
export type RerunError = StartError | RerunPlan.NotRerunnable | RerunPlan.RerunRefused

/** Settings of the embedded runtime. */
export interface Options {
  /** Host node types, registered beside the built-in ones. */
  readonly nodes?: ReadonlyArray<NodeType>
  /** Worker settings. */
  readonly worker?: Partial<Worker.Options>
  /** Engine settings. */
  readonly engine?: Engine.Options
  /** How often a watcher re-reads the store when no live event arrives (events committed by other processes). */
  readonly eventPollMs?: number
}

const org = (options?: Scoped) => options?.organizationId ?? Id.defaultOrganizationId

/** Builds the embedding API over the ports. */
export const make = (options: Options = {}) =>
  Effect.gen(function*() {
    const workflows = yield* WorkflowStore.WorkflowStore
    const store = yield* ExecutionStore.ExecutionStore
    const queue = yield* WorkQueue.WorkQueue
    const registry = yield* NodeRegistry.NodeRegistry
    const hub = yield* ExecutionEvents.ExecutionEvents
    const worker = yield* Worker.Worker
    const quota = yield* Effect.serviceOption(Quota)
    const starts = yield* Effect.flatMap(Effect.serviceOption(StartStore.StartStore), Option.match({
      onNone: () => StartStore.make,
      onSome: Effect.succeed
    }))
    const pollMs = options.eventPollMs ?? 1_000
    const ports: Executions.Ports = { workflows, store, registry }
    const validate = (document: unknown) => Effect.map(Validation.compileWith(registry, document), (graph) => graph.document)
    const found = <A>(workflowId: string) => (option: Option.Option<A>) =>
      Option.match(option, {
        onNone: () => Effect.fail(new Executions.WorkflowNotFound({ workflowId })),
        onSome: Effect.succeed
      })
    const getExecution = (executionId: string, options?: Scoped) =>
      store.get({ organizationId: org(options), executionId: executionId as Id.ExecutionId }).pipe(
        Effect.flatMap(Option.match({
          onNone: () => Effect.fail(new Engine.ExecutionNotFound({ executionId })),
          onSome: Effect.succeed
        }))
      )

    const waiting = new Set<() => void>()
    yield* Effect.forkScoped(Effect.forever(Effect.zipRight(
      Clock.sleep(Duration.millis(pollMs)),
      Effect.sync(() => {
        for (const wake of waiting) wake()
      })
    )))

    /**
     * Wakes on an execution's events that `relevant` picks (this process) and on the shared poll
     * (other processes). `arm` returns the wait for the next wake-up: arm before reading the store,
     * so nothing that happens in between is missed.
     */
    const watch = (executionId: string, relevant: (batch: ReadonlyArray<Event>) => boolean) => {
      let woken = Deferred.unsafeMake<void>(FiberId.none)
      const wake = () => Deferred.unsafeDone(woken, Exit.void)
      const unsubscribe = hub.subscribe(executionId, (batch) => {
        if (relevant(batch)) wake()
      })
      waiting.add(wake)
      return {
        arm: (): Effect.Effect<void> => {
          woken = Deferred.unsafeMake<void>(FiberId.none)
          return Deferred.await(woken)
        },
        close: Effect.sync(() => {
          unsubscribe()
          waiting.delete(wake)
        })
      }
    }

    const events = (executionId: string, options?: Scoped & { readonly afterSeq?: number }) =>
      Stream.unwrapScoped(Effect.gen(function*() {
        const ref = { organizationId: org(options), executionId: executionId as Id.ExecutionId }
        const watcher = yield* Effect.acquireRelease(Effect.sync(() => watch(executionId, () => true)), (w) => w.close)
        let last = options?.afterSeq ?? 0
        let done = false
        const next = Effect.gen(function*() {
          if (done) return Option.none()
          while (true) {
            const woken = watcher.arm()
            const batch = yield* store.events(ref, last)
            if (batch.length > 0) {
              last = batch[batch.length - 1].seq
              done = batch.some(isFinalEvent)
              return Option.some(batch)
            }
            const execution = yield* store.get(ref)
            if (Option.isNone(execution)) return Option.none()
            if (isFinal(execution.value.status)) {
              // The final events may have been committed between the read above and this one.
              done = true
              const rest = yield* store.events(ref, last)
              if (rest.length === 0) return Option.none()
              last = rest[rest.length - 1].seq
              return Option.some(rest)
            }
            yield* woken
          }
        })
        return Stream.repeatEffectOption(Effect.flatMap(next, Option.match({
          onNone: () => Effect.fail(Option.none()),
          onSome: Effect.succeed
        })).pipe(Effect.mapError((e) => (Option.isOption(e) ? e : Option.some(e))))).pipe(
          Stream.flattenIterables
        )
      }))

    /** Waits from the store's events: for an execution running elsewhere, or parked. */
    const waitStored = (executionId: string, options?: WaitOptions) =>
      Effect.suspend(() => {
        const watcher = watch(executionId, (batch) => batch.some(isFinalEvent))
        const check: Effect.Effect<Execution, Engine.ExecutionNotFound | ExecutionStore.ExecutionStoreError> = Effect.suspend(() => {
          const woken = watcher.arm()
          return Effect.flatMap(getExecution(executionId, options), (execution) =>
            isFinal(execution.status) ? Effect.succeed(execution) : Effect.zipRight(woken, check))
        })
        // the rare path (not running here): a race is affordable
        const until = options?.until
        const stopped = until === undefined ? check : Effect.raceFirst(check, Effect.zipRight(Signal.raised(until), getExecution(executionId, options)))
        return Effect.ensuring(stopped, watcher.close)
      })

    /** Waits for an execution to end: from the run itself when it runs in this process, else from the store. */
    const wait = (executionId: string, options?: WaitOptions) =>
      Effect.suspend(() => {
        const local = worker.result({ organizationId: org(options), executionId: executionId as Id.ExecutionId }, options?.until)
        if (Option.isNone(local)) return waitStored(executionId, options)
        return Effect.flatMap(local.value, (result) =>
          Option.isSome(result) && result.value._tag === "Finished" && isFinal(result.value.execution.status)
            ? Effect.succeed(result.value.execution)
            : options?.until?.raised
            ? getExecution(executionId, options)
            : waitStored(executionId, options))
      })

    /**
     * A keyed start refused by the quota may be a duplicate racing the request that took the last
     * slot for the same key: that one's execution is the answer, once it is inserted (briefly awaited).
     */
    const keyedAfterRefusal = (
      organizationId: Id.OrganizationId,
      key: string,
      refused: QuotaExceeded
    ): Effect.Effect<Execution, QuotaExceeded | ExecutionStore.ExecutionStoreError> =>
      store.findByKey(organizationId, key).pipe(
        Effect.flatMap(Option.match({
          onNone: () => Effect.fail<QuotaExceeded | ExecutionStore.ExecutionStoreError>(refused),
          onSome: Effect.succeed
        })),
        Effect.retry({
          times: 10,
          schedule: Schedule.spaced(Duration.millis(20)),
          while: (e) => e._tag === "QuotaExceeded"
        })
      )

    const start = (request: StartRequest) =>
      Effect.gen(function*() {
        const organizationId = org(request)
        if (request.idempotencyKey !== undefined) {
          const existing = yield* store.findByKey(organizationId, request.idempotencyKey)
          if (Option.isSome(existing)) return existing.value
        }
        const execution = yield* Executions.prepareWith(ports, {
          organizationId,
          workflowId: request.workflowId,
          input: request.input ?? null,
          trigger: request.trigger ?? "api",
          ...(request.version !== undefined ? { version: request.version } : {}),
          ...(request.idempotencyKey !== undefined ? { idempotencyKey: request.idempotencyKey } : {}),
          ...(request.traceParent !== undefined ? { traceParent: request.traceParent } : {})
        })
        return yield* launch(execution, request)
      })

    /** A prepared execution holding the request's idempotency key, when it has one. */
    const keyed = (execution: Execution, request: Charged): Execution =>
      request.idempotencyKey === undefined ? execution : { ...execution, idempotencyKey: request.idempotencyKey }

    /** Writes a prepared execution (charging the quota when `plan` is given) and runs it here when a slot is free. */
    const launch = (execution: Execution, request: { readonly plan?: string | undefined; readonly idempotencyKey?: string | undefined }) =>
      Effect.gen(function*() {
        const organizationId = execution.organizationId
        // Run where we are: with a free slot here, the execution is created already claimed by this worker.
        const slot = yield* worker.reserve
        const write = (charge?: StartStore.Charge) =>
          starts.start({
            execution,
            charge,
            claim: Option.isSome(slot) ? { workerId: slot.value.workerId, leaseMs: slot.value.leaseMs, now: execution.createdAt } : undefined
          })
        const charged = request.plan !== undefined && Option.isSome(quota)
        const written = charged
          ? Effect.map(
            quota.value.consumeWith({ organizationId, plan: request.plan! }, (key, limit) =>
              Effect.map(write({ key, limit }), (value) => ({
                admitted: value._tag !== "Refused",
                current: value._tag === "Refused" ? value.current : value._tag === "Created" ? value.charged ?? 0 : 0,
                value
              }))),
            (charged) => charged.value
          )
          : write()
        return yield* Effect.gen(function*() {
          const outcome = yield* written
          switch (outcome._tag) {
            case "Created":
              if (Option.isSome(outcome.claim) && Option.isSome(slot)) yield* slot.value.run(outcome.claim.value, outcome.execution)
              return outcome.execution
            case "Existing":
              return outcome.execution
            case "Refused":
              return yield* Effect.dieMessage("a start without a charge was refused")
          }
        }).pipe(
          Effect.ensuring(Option.isSome(slot) ? slot.value.release : Effect.void),
          Effect.catchTag("QuotaExceeded", (refused) =>
            request.idempotencyKey === undefined ? Effect.fail(refused) : keyedAfterRefusal(organizationId, request.idempotencyKey, refused))
        )
      })

    return Sire.of({
      createWorkflow: (document, options) =>
        Effect.gen(function*() {
          const valid = yield* validate(document)
          const now = yield* Clock.currentTimeMillis
          const workflow: Workflow = {
            id: yield* Id.makeWorkflowId,
            organizationId: org(options),
            document: valid,
            revision: 1,
            latestVersion: null,
            createdAt: now,
            updatedAt: now
          }
          yield* workflows.insert(workflow)
          return workflow
        }),
      updateWorkflow: (id, document, options) =>
        Effect.gen(function*() {
          const valid = yield* validate(document)
          const now = yield* Clock.currentTimeMillis
          return yield* Effect.flatMap(workflows.update(org(options), id as Id.WorkflowId, valid, now), found(id))
        }),
      getWorkflow: (id, options) => Effect.flatMap(workflows.get(org(options), id as Id.WorkflowId), found(id)),
      deleteWorkflow: (id, options) =>
        Effect.flatMap(workflows.remove(org(options), id as Id.WorkflowId), (removed) =>
          removed ? Effect.void : Effect.fail(new Executions.WorkflowNotFound({ workflowId: id }))),
      publishWorkflow: (id, options) =>
        Effect.flatMap(
          Effect.flatMap(Clock.currentTimeMillis, (now) => workflows.freeze(org(options), id as Id.WorkflowId, now)),
          found(id)
        ),
      start,
      retry: (executionId, request = {}) =>
        Effect.flatMap(getExecution(executionId, request), (original) =>
          Effect.flatMap(Rerun.prepareRetry(ports, original, request), (execution) => launch(keyed(execution, request), request))),
      rerun: (executionId, request) =>
        Effect.flatMap(getExecution(executionId, request), (original) =>
          Effect.flatMap(Rerun.prepareRerun(ports, original, request), (execution) => launch(keyed(execution, request), request))),
      replay: (executionId, request = {}) =>
        Effect.flatMap(getExecution(executionId, request), (original) =>
          Effect.flatMap(Rerun.prepareReplay(original), (execution) => launch(keyed(execution, request), request))),
      run: (request) => Effect.flatMap(start(request), (execution) => wait(execution.id, request)),
      get: getExecution,
      steps: (executionId, options) => store.steps({ organizationId: org(options), executionId: executionId as Id.ExecutionId }),
      events,
      deltas: (executionId) =>
        Stream.async<Delta>((emit) => {
          const unsubscribe = hub.subscribeDeltas(executionId, (delta) => void emit.single(delta))
          return Effect.sync(unsubscribe)
        }),
      wait,
      cancel: (executionId, options) =>
        Effect.gen(function*() {
          const ref = { organizationId: org(options), executionId: executionId as Id.ExecutionId }
          const execution = yield* getExecution(executionId, options)
          if (isFinal(execution.status)) return execution
          yield* store.requestCancel(ref)
          yield* worker.cancel(executionId)
          const now = yield* Clock.currentTimeMillis
          yield* queue.enqueue({ ...ref, runAt: now })
          return yield* wait(executionId, options)
        }),
      wake: (executionId, options) =>
        Effect.gen(function*() {
          const execution = yield* getExecution(executionId, options)
          if (isFinal(execution.status)) return execution
          const now = yield* Clock.currentTimeMillis
          yield* queue.enqueue({ organizationId: org(options), executionId: execution.id, runAt: now })
          return execution
        }),
      registerNode: registry.register
    })
  })

/** The embedding API over storage ports the host provides (adapters: memory, PGlite, PostgreSQL). */
export const layerWith = (options: Options = {}): Layer.Layer<
  Sire | Worker.Worker | Engine.Engine | NodeRegistry.NodeRegistry | ExecutionEvents.ExecutionEvents,
  NodeRegistry.DuplicateNodeType,
  ExecutionStore.ExecutionStore | WorkflowStore.WorkflowStore | WorkQueue.WorkQueue
> => {
  const base = Layer.mergeAll(NodeRegistry.layerWith(options.nodes ?? []), ExecutionEvents.layer)
  const engine = Layer.provideMerge(options.engine ? Engine.layerWith(options.engine) : Engine.layer, base)
  const worker = Layer.provideMerge(Worker.layerWith(options.worker ?? {}), engine)
  return Layer.provideMerge(Layer.scoped(Sire, make(options)), worker)
}

/** Memory storage for every port. */
export const layerMemoryStorage: Layer.Layer<
  ExecutionStore.ExecutionStore | WorkflowStore.WorkflowStore | WorkQueue.WorkQueue
> = Layer.mergeAll(ExecutionStore.layerMemory, WorkflowStore.layerMemory, WorkQueue.layerMemory)

/** The whole engine in memory: nothing to install, nothing survives the process. */
export const layerMemory = (options: Options = {}) => Layer.provideMerge(layerWith(options), layerMemoryStorage)
