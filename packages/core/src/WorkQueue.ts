/**
 * The work queue port: executions due to run, claimed by workers under a lease with a fencing
 * token; durable timers are jobs whose `runAt` lies in the future.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option, Schema } from "effect"
import type { ExecutionId, OrganizationId } from "./Id.js"

/** Infrastructure failure of a work queue. */
export class WorkQueueError extends Schema.TaggedError<WorkQueueError>()("WorkQueueError", {
  reason: Schema.Literal("Unavailable", "Unknown"),
  message: Schema.String
}) {}

/** Work to do: run (or resume) one execution, not before `runAt` (unix ms). */
export interface Job {
  readonly organizationId: OrganizationId
  readonly executionId: ExecutionId
  readonly runAt: number
}

/** A job held by one worker until `leaseUntil`; `token` grows with every claim, queue-wide. */
export interface Claim {
  readonly organizationId: OrganizationId
  readonly executionId: ExecutionId
  readonly workerId: string
  readonly token: number
  readonly leaseUntil: number
}

/** Options of a claim. */
export interface ClaimOptions {
  readonly workerId: string
  readonly max: number
  readonly leaseMs: number
  readonly now: number
}

/** Holds the jobs of every worker sharing a store. One pending job per execution. */
export class WorkQueue extends Context.Tag("@sire/core/WorkQueue")<WorkQueue, {
  /** Adds a job, or moves an existing one earlier; a job claimed right now runs again after its claim ends. */
  readonly enqueue: (job: Job) => Effect.Effect<void, WorkQueueError>
  /**
   * Adds a job for a new execution already claimed by `workerId` (a run that starts in the process
   * that created it); fails with `WorkQueueError` when the execution already has a job.
   */
  readonly claimNew: (job: Job, options: Omit<ClaimOptions, "max">) => Effect.Effect<Claim, WorkQueueError>
  /** Claims up to `max` due jobs that are unclaimed or whose lease expired. */
  readonly claim: (options: ClaimOptions) => Effect.Effect<ReadonlyArray<Claim>, WorkQueueError>
  /** Extends a lease (never shortens it); `false` when the claim was lost (expired and taken, or completed). */
  readonly heartbeat: (claim: Claim, leaseMs: number, now: number) => Effect.Effect<boolean, WorkQueueError>
  /** Ends a claim: the job is removed unless it was enqueued again meanwhile, then it waits for its new time. */
  readonly complete: (claim: Claim) => Effect.Effect<void, WorkQueueError>
  /** Ends many claims, each as `complete` would (one round trip where the adapter can). */
  readonly completeMany: (claims: ReadonlyArray<Claim>) => Effect.Effect<void, WorkQueueError>
  /** Hands a claimed job back, due at once (graceful shutdown). */
  readonly release: (claim: Claim) => Effect.Effect<void, WorkQueueError>
  /** Removes an execution's job whatever its state. */
  readonly cancel: (executionId: ExecutionId) => Effect.Effect<void, WorkQueueError>
  /** The earliest time any job becomes claimable (due, or its lease expires). */
  readonly nextDueAt: Effect.Effect<Option.Option<number>, WorkQueueError>
  /** Calls `listener` whenever a job may have arrived (an enqueue, a completion with a re-run, a release) until the returned function is called. */
  readonly subscribe: (listener: () => void) => Effect.Effect<() => void>
}>() {}

/**
 * Present when the storage removes an execution's job in the commit that ends the execution (the
 * job held under that commit's fence, as `complete` would, re-runs dropped: a finished execution
 * has nothing left to run). The worker then leaves such a job be.
 */
export class JobsEndWithExecutions extends Context.Tag("@sire/core/WorkQueue/JobsEndWithExecutions")<JobsEndWithExecutions, true>() {}

interface Slot {
  job: Job
  claim: Claim | undefined
  rerunAt: number | undefined
}

/** An in-memory work queue; `awaitWork` is woken by enqueues in the same process. */
export const makeMemory = Effect.gen(function*() {
  const slots = new Map<ExecutionId, Slot>()
  let token = 0
  const listeners = new Set<() => void>()
  const wake = () => {
    for (const listener of listeners) listener()
  }
  const owns = (slot: Slot | undefined, claim: Claim): slot is Slot =>
    slot !== undefined && slot.claim !== undefined && slot.claim.token === claim.token
  const availableAt = (slot: Slot) => (slot.claim ? Math.max(slot.job.runAt, slot.claim.leaseUntil) : slot.job.runAt)
  const complete = (claim: Claim) => {
    const slot = slots.get(claim.executionId)
    if (!owns(slot, claim)) return
    if (slot.rerunAt === undefined) return void slots.delete(claim.executionId)
    slot.job = { ...slot.job, runAt: slot.rerunAt }
    slot.claim = undefined
    slot.rerunAt = undefined
    wake()
  }
  return WorkQueue.of({
    enqueue: (job) =>
      Effect.sync(() => {
        const slot = slots.get(job.executionId)
        if (!slot) slots.set(job.executionId, { job, claim: undefined, rerunAt: undefined })
        else if (slot.claim) slot.rerunAt = Math.min(slot.rerunAt ?? job.runAt, job.runAt)
        else slot.job = { ...slot.job, runAt: Math.min(slot.job.runAt, job.runAt) }
        wake()
      }),
    claimNew: (job, { leaseMs, now, workerId }) =>
      Effect.suspend(() => {
        if (slots.has(job.executionId)) {
          return Effect.fail(new WorkQueueError({ reason: "Unknown", message: `execution ${job.executionId} already has a job` }))
        }
        const claim: Claim = {
          organizationId: job.organizationId,
          executionId: job.executionId,
          workerId,
          token: ++token,
          leaseUntil: now + leaseMs
        }
        slots.set(job.executionId, { job, claim, rerunAt: undefined })
        return Effect.succeed(claim)
      }),
    claim: ({ leaseMs, max, now, workerId }) =>
      Effect.sync(() => {
        const claimed: Array<Claim> = []
        for (const slot of slots.values()) {
          if (claimed.length >= max) break
          if (slot.job.runAt > now || (slot.claim && slot.claim.leaseUntil > now)) continue
          if (slot.claim && slot.rerunAt !== undefined) {
            slot.job = { ...slot.job, runAt: Math.min(slot.job.runAt, slot.rerunAt) }
          }
          const claim: Claim = {
            organizationId: slot.job.organizationId,
            executionId: slot.job.executionId,
            workerId,
            token: ++token,
            leaseUntil: now + leaseMs
          }
          slot.claim = claim
          slot.rerunAt = undefined
          claimed.push(claim)
        }
        return claimed
      }),
    heartbeat: (claim, leaseMs, now) =>
      Effect.sync(() => {
        const slot = slots.get(claim.executionId)
        if (!owns(slot, claim)) return false
        slot.claim = { ...slot.claim!, leaseUntil: Math.max(slot.claim!.leaseUntil, now + leaseMs) }
        return true
      }),
    complete: (claim) => Effect.sync(() => complete(claim)),
    completeMany: (claims) => Effect.sync(() => claims.forEach(complete)),
    release: (claim) =>
      Effect.sync(() => {
        const slot = slots.get(claim.executionId)
        if (!owns(slot, claim)) return
        slot.job = { ...slot.job, runAt: Math.min(slot.job.runAt, slot.rerunAt ?? slot.job.runAt) }
        slot.claim = undefined
        slot.rerunAt = undefined
        wake()
      }),
    cancel: (executionId) => Effect.sync(() => void slots.delete(executionId)),
    nextDueAt: Effect.sync(() => {
      let next: number | undefined
      for (const slot of slots.values()) {
        const at = availableAt(slot)
        if (next === undefined || at < next) next = at
      }
      return Option.fromNullable(next)
    }),
    subscribe: (listener) =>
      Effect.sync(() => {
        listeners.add(listener)
        return () => void listeners.delete(listener)
      })
  })
})

/** The in-memory work queue as a layer. */
export const layerMemory: Layer.Layer<WorkQueue> = Layer.effect(WorkQueue, makeMemory)
