/**
 * A worker: claims due executions from the `WorkQueue`, runs them with the `Engine` under a
 * heartbeated lease, wakes parked ones when their timers fall due, and hands work back on shutdown.
 *
 * @since 0.1.0
 */
import { Cause, Clock, Context, Deferred, Duration, Effect, Exit, Fiber, FiberId, Layer, Option } from "effect"
import { Engine, type RunResult } from "./Engine.js"
import type { Execution } from "./Execution.js"
import { ExecutionStore, type Ref } from "./ExecutionStore.js"
import * as Id from "./Id.js"
import * as Signal from "./Signal.js"
import { type Claim, JobsEndWithExecutions, WorkQueue } from "./WorkQueue.js"

/** Worker settings. */
export interface Options {
  /** Names this worker in claims (defaults to a random id). */
  readonly workerId?: string
  /** Executions run at once by this worker. */
  readonly concurrency: number
  /** How long a claim lasts without a heartbeat. */
  readonly leaseMs: number
  /** How often leases are renewed and cancellation requests looked for. */
  readonly heartbeatMs: number
  /** Longest sleep between looks at the queue when nothing wakes the worker. */
  readonly pollMs: number
  /**
   * How long the jobs of finished executions may wait to be removed together (one round trip for
   * all of them). Nothing waits for it: a job left by a crash is claimed again, finds its execution
   * finished, and is removed then.
   */
  readonly completeBatchMs?: number
}

/** Defaults: 64 executions at once, 30 s leases renewed every 10 s, a look at the queue every second. */
export const defaultOptions: Options = { concurrency: 64, leaseMs: 30_000, heartbeatMs: 10_000, pollMs: 1_000 }

/** The running worker of this process. */
export class Worker extends Context.Tag("@sire/core/Worker")<Worker, {
  /** This worker's id. */
  readonly workerId: string
  /** Signals cancellation to an execution running here; `false` when it is not running here. */
  readonly cancel: (executionId: string) => Effect.Effect<boolean>
  /** Ids of the executions running here now. */
  readonly active: Effect.Effect<ReadonlyArray<string>>
  /**
   * Takes a free slot for a new execution to run here at once (created already claimed by this
   * worker: no enqueue, no claim, no acquire); `None` when none is free and the start must queue.
   */
  readonly reserve: Effect.Effect<Option.Option<Slot>>
  /**
   * How the run of an execution going on in this process ends, if one is; `None` otherwise. The
   * run's result is `None` when it failed or was interrupted, or when `until` was raised first.
   */
  readonly result: (ref: Ref, until?: Signal.Signal) => Option.Option<Effect.Effect<Option.Option<RunResult>>>
}>() {}

/** A slot of this worker, taken for one new execution. */
export interface Slot {
  /** The worker the new execution's job is claimed for, and its lease. */
  readonly workerId: string
  readonly leaseMs: number
  /** Runs the execution created with `claim` (its token the fence), as it was created: the slot is used. */
  readonly run: (claim: Claim, execution: Execution) => Effect.Effect<void>
  /** Gives the slot back unused (idempotent; a no-op once `run` was called). */
  readonly release: Effect.Effect<void>
}

interface Active {
  readonly claim: Claim
  readonly cancel: Signal.Signal
  /** Local time by which the lease surely ends unless renewed (from when the last renewal was sent). */
  heldUntil: number
  /** Raised when the run ends, `outcome` set: a signal, so that a waiter needs no fiber of its own. */
  readonly finished: Signal.Signal
  /** The run's result once it ended (`None` when it failed or was interrupted). */
  outcome: Option.Option<RunResult>
}

/** The run's result when it ends, or `None` as soon as `until` is raised. */
const awaitRun = (entry: Active, until: Signal.Signal | undefined): Effect.Effect<Option.Option<RunResult>> =>
  Effect.suspend(() => {
    if (entry.finished.raised) return Effect.succeed(entry.outcome)
    if (until?.raised) return Effect.succeed(Option.none())
    return Effect.async((resume) => {
      let settled = false
      let unfinished = () => {}
      let unstopped = () => {}
      const settle = (result: Option.Option<RunResult>) => {
        if (settled) return
        settled = true
        unfinished()
        unstopped()
        resume(Effect.succeed(result))
      }
      unfinished = entry.finished.listen(() => settle(entry.outcome))
      if (until !== undefined) unstopped = until.listen(() => settle(Option.none()))
      return Effect.sync(() => {
        settled = true
        unfinished()
        unstopped()
      })
    })
  })

/** Starts a worker in the current scope; closing the scope interrupts its runs and releases their claims. */
export const make = (options: Partial<Options> = {}) =>
  Effect.gen(function*() {
    const settings: Options = { ...defaultOptions, ...options }
    const workerId = settings.workerId ?? `worker_${Id.randomToken(12)}`
    const engine = yield* Engine
    const queue = yield* WorkQueue
    const store = yield* ExecutionStore
    const services = yield* Effect.context<never>()
    const jobsEnd = Option.isSome(yield* Effect.serviceOption(JobsEndWithExecutions))
    // Contexts never change: a caller's merged with the worker's services is reused for its next run
    // (a runtime's context is the same object on every call).
    const merged = new WeakMap<Context.Context<never>, Context.Context<never>>()
    const withServices = (caller: Context.Context<never>): Context.Context<never> => {
      let context = merged.get(caller)
      if (context === undefined) merged.set(caller, context = Context.merge(caller, services))
      return context
    }
    const active = new Map<string, Active>()
    const runs = new Map<string, Fiber.RuntimeFiber<unknown, unknown>>()
    // Runs stop first (handing their jobs back), then the finished ones' jobs are removed.
    yield* Effect.addFinalizer(() =>
      Effect.zipRight(
        Fiber.interruptAll(Array.from(runs.values())),
        Effect.zipRight(Effect.suspend(() => (flushTimer ? Fiber.interruptFork(flushTimer) : Effect.void)), flushFinished)
      ))
    let wakeup = Deferred.unsafeMake<void>(FiberId.none)
    const wake = () => Deferred.unsafeDone(wakeup, Exit.void)
    const unsubscribe = yield* queue.subscribe(wake)
    yield* Effect.addFinalizer(() => Effect.sync(unsubscribe))

    /** Claims of finished executions, removed together by one `completeMany` after `completeBatchMs`. */
    let finishing: Array<Claim> = []
    let flushTimer: Fiber.RuntimeFiber<void> | undefined
    const flushFinished = Effect.suspend(() => {
      const batch = finishing
      finishing = []
      return batch.length === 0 ? Effect.void : logged(queue.completeMany(batch), "job removal")
    })
    const completeLater = (claim: Claim) =>
      Effect.suspend(() => {
        finishing.push(claim)
        if (finishing.length > 1) return Effect.void
        return Effect.map(
          Effect.forkDaemon(Effect.zipRight(Clock.sleep(Duration.millis(settings.completeBatchMs ?? 10)), flushFinished)),
          (fiber) => void (flushTimer = fiber)
        )
      })

    const settle = (claim: Claim, exit: Exit.Exit<RunResult, { readonly _tag: string }>) =>
      Exit.match(exit, {
        onSuccess: (result) =>
          result._tag !== "Finished" ? queue.complete(claim) : result.ended && jobsEnd ? Effect.void : completeLater(claim),
        onFailure: (cause) => {
          if (Cause.isInterruptedOnly(cause)) return queue.release(claim)
          const error = Cause.failureOption(cause)
          if (Option.isSome(error) && error.value._tag === "ExecutionNotFound") return queue.complete(claim)
          if (Option.isSome(error) && error.value._tag === "StaleFence") return Effect.void
          return Effect.logWarning("execution run failed; it is retried when its lease expires", cause)
        }
      })

    /** Whether the last look at the queue may have left due work behind (no free slot, or a full claim). */
    let backlog = false
    /** Slots promised to `runHere` calls between their check and their run's start. */
    let reserved = 0
    const freeSlots = () => settings.concurrency - active.size - reserved

    const start = (claim: Claim, claimedAt: number, created?: Execution) =>
      Effect.gen(function*() {
        // Claimed again while still running here: the old run's lease ran out. It stops before the
        // new one starts, so one worker never runs an execution twice at once.
        const stale = runs.get(claim.executionId)
        if (stale) yield* Fiber.interrupt(stale)
        const cancel = Signal.make()
        const entry: Active = { claim, cancel, heldUntil: claimedAt + settings.leaseMs, finished: Signal.make(), outcome: Option.none() }
        active.set(claim.executionId, entry)
        const ref: Ref = { organizationId: claim.organizationId, executionId: claim.executionId }
        // One finalizer (each costs an uninterruptible region): the result to waiters, the job settled, the slot freed.
        const run = engine.run(ref, { fence: claim.token, cancel, notifyParent: true, ...(created ? { created } : {}) }).pipe(
          Effect.onExit((exit) =>
            Effect.zipRight(
              Effect.exit(Effect.zipRight(
                Effect.sync(() => {
                  entry.outcome = Exit.isSuccess(exit) ? Option.some(exit.value) : Option.none()
                  entry.finished.raise()
                }),
                Effect.ignore(settle(claim, exit))
              )),
              Effect.sync(() => {
                if (active.get(claim.executionId)?.claim === claim) active.delete(claim.executionId)
                if (backlog) wake()
              })
            )
          )
        )
        // With the worker's own services (telemetry settings among them), whoever asked for the run.
        const fiber = yield* Effect.forkDaemon(Effect.mapInputContext(run, withServices))
        runs.set(claim.executionId, fiber)
        fiber.addObserver(() => {
          if (runs.get(claim.executionId) === fiber) runs.delete(claim.executionId)
        })
      })

    const poll = Effect.gen(function*() {
      wakeup = Deferred.unsafeMake<void>(FiberId.none)
      const free = freeSlots()
      backlog = free <= 0
      if (free > 0) {
        const now = yield* Clock.currentTimeMillis
        const claims = yield* queue.claim({ workerId, max: free, leaseMs: settings.leaseMs, now })
        for (const claim of claims) yield* start(claim, now)
        backlog = claims.length === free
        if (backlog) return
      }
      // At capacity there is nothing to claim, whatever is due: wait for a slot (a run's end wakes this).
      if (backlog) return yield* Deferred.await(wakeup)
      const now = yield* Clock.currentTimeMillis
      const next = yield* queue.nextDueAt
      const due = Option.isSome(next) && next.value - now < settings.pollMs ? Math.max(0, next.value - now) : undefined
      yield* due === undefined
        ? Deferred.await(wakeup)
        : Effect.raceFirst(Deferred.await(wakeup), Clock.sleep(Duration.millis(due)))
    })

    /** Stops a run whose claim is gone: another worker may hold the execution now. */
    const stop = (executionId: string) =>
      Effect.suspend(() => {
        const fiber = runs.get(executionId)
        return fiber ? Fiber.interrupt(fiber) : Effect.void
      })

    /** Renews one claim (with the time it is sent) and looks for a cancellation request. */
    const renew = (entry: Active) =>
      Effect.gen(function*() {
        const sentAt = yield* Clock.currentTimeMillis
        const held = yield* Effect.either(queue.heartbeat(entry.claim, settings.leaseMs, sentAt))
        if (held._tag === "Left" || !held.right) {
          // Lost, or not renewed: once the lease has surely run out locally, the run stops here.
          const now = yield* Clock.currentTimeMillis
          if (held._tag === "Right" || now >= entry.heldUntil) yield* stop(entry.claim.executionId)
          if (held._tag === "Left") yield* Effect.logWarning("worker heartbeat failed", held.left)
          return
        }
        entry.heldUntil = sentAt + settings.leaseMs
        const ref: Ref = { organizationId: entry.claim.organizationId, executionId: entry.claim.executionId }
        const execution = yield* store.get(ref)
        if (Option.isSome(execution) && execution.value.cancelRequested) entry.cancel.raise()
      })

    /** Renews every claim held at the start of the pass, many at once. */
    const heartbeat = Effect.suspend(() =>
      Effect.forEach(Array.from(active.values()), (entry) => logged(renew(entry), "heartbeat"), {
        concurrency: 16,
        discard: true
      })
    )

    const logged = <A, E, R>(effect: Effect.Effect<A, E, R>, what: string) =>
      effect.pipe(Effect.catchAllCause((cause) => Effect.logWarning(`worker ${what} failed`, cause)))

    yield* Effect.forkScoped(Effect.forever(Effect.zipRight(Clock.sleep(Duration.millis(settings.pollMs)), Effect.sync(wake))))
    yield* Effect.forkScoped(Effect.forever(logged(poll, "poll").pipe(
      Effect.catchAllCause(() => Clock.sleep(Duration.millis(settings.pollMs)))
    )))
    yield* Effect.forkScoped(
      Effect.forever(Effect.zipRight(Clock.sleep(Duration.millis(settings.heartbeatMs)), logged(heartbeat, "heartbeat")))
    )

    return Worker.of({
      workerId,
      cancel: (executionId) =>
        Effect.suspend(() => {
          const entry = active.get(executionId)
          if (!entry) return Effect.succeed(false)
          entry.cancel.raise()
          return Effect.succeed(true)
        }),
      active: Effect.sync(() => Array.from(active.keys())),
      reserve: Effect.sync(() => {
        if (freeSlots() <= 0) return Option.none()
        reserved++
        let held = true
        const giveBack = () => {
          if (held) reserved--
          held = false
        }
        return Option.some<Slot>({
          workerId,
          leaseMs: settings.leaseMs,
          run: (claim, execution) =>
            Effect.suspend(() => {
              giveBack()
              return Effect.flatMap(Clock.currentTimeMillis, (now) => start(claim, now, execution))
            }),
          release: Effect.sync(giveBack)
        })
      }),
      result: (ref, until) => {
        const entry = active.get(ref.executionId)
        return entry === undefined || entry.claim.organizationId !== ref.organizationId
          ? Option.none()
          : Option.some(awaitRun(entry, until))
      }
    })
  })

/** A worker with default settings, running for the life of the layer. */
export const layer: Layer.Layer<Worker, never, Engine | WorkQueue | ExecutionStore> = Layer.scoped(Worker, make())

/** A worker with custom settings. */
export const layerWith = (options: Partial<Options>): Layer.Layer<Worker, never, Engine | WorkQueue | ExecutionStore> =>
  Layer.scoped(Worker, make(options))
