/**
 * The start store port: makes a start durable in one write — the quota charge, the execution with
 * its `execution.queued` event, and its job (queued, or already claimed by the worker that will run
 * it in the process that started it). SQL adapters do it in one statement; `make` composes it from
 * the other ports (memory, and any storage that brings no start store of its own).
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Option } from "effect"
import type { Execution } from "./Execution.js"
import { ExecutionStore, type ExecutionStoreError } from "./ExecutionStore.js"
import { QuotaStore, type QuotaStoreError } from "./QuotaStore.js"
import { type Claim, WorkQueue, type WorkQueueError } from "./WorkQueue.js"

/** A bounded counter a start increments first (the quota): refused, nothing is written. */
export interface Charge {
  readonly key: string
  /** `null`: unlimited. */
  readonly limit: number | null
}

/** Who claims a new execution's job as it is created, and for how long. */
export interface ClaimFor {
  readonly workerId: string
  readonly leaseMs: number
  /** The caller's time, from which the lease runs (adapters may measure leases by their own clock). */
  readonly now: number
}

/** One start to write. */
export interface Start {
  /** The new execution (`queued`); its `createdAt` is the time of its queued event and its job. */
  readonly execution: Execution
  /** The quota to charge, if any. */
  readonly charge?: Charge | undefined
  /** Claim the job for this worker (a run where the start arrived); queued for any worker otherwise. */
  readonly claim?: ClaimFor | undefined
}

/** How a start was written. */
export type Started =
  /** Written; `claim` is the job's claim when one was asked for (its token is the execution's fence). */
  | { readonly _tag: "Created"; readonly execution: Execution; readonly claim: Option.Option<Claim>; readonly charged: number | undefined }
  /** Another execution holds the idempotency key: nothing of this start stays (a charge made is given back). */
  | { readonly _tag: "Existing"; readonly execution: Execution }
  /** The charge was refused: nothing was written. `current` is the counter's value. */
  | { readonly _tag: "Refused"; readonly current: number }

/** Writes starts. */
export class StartStore extends Context.Tag("@sire/core/StartStore")<StartStore, {
  /** Writes a start: all of it, or (refused, or an existing idempotency key) nothing. */
  readonly start: (start: Start) => Effect.Effect<Started, ExecutionStoreError | WorkQueueError | QuotaStoreError>
}>() {}

/** The start store composed from the execution store, the work queue and (when charged) the quota store, one write after another. */
export const make = Effect.gen(function*() {
  const store = yield* ExecutionStore
  const queue = yield* WorkQueue
  const quotas = yield* Effect.serviceOption(QuotaStore)
  const charge = (c: Charge | undefined) =>
    c === undefined || Option.isNone(quotas)
      ? Effect.succeed({ admitted: true, current: undefined as number | undefined })
      : quotas.value.consume(c.key, c.limit)
  const refund = (c: Charge | undefined) =>
    c === undefined || Option.isNone(quotas) ? Effect.void : Effect.ignore(quotas.value.refund(c.key))
  return StartStore.of({
    start: ({ charge: c, claim: claimFor, execution }) =>
      Effect.gen(function*() {
        const charged = yield* charge(c)
        if (!charged.admitted) return { _tag: "Refused", current: charged.current ?? 0 } as const
        const job = { organizationId: execution.organizationId, executionId: execution.id, runAt: execution.createdAt }
        let claim: Claim | undefined
        const written = Effect.gen(function*() {
          // The job first: a crash before the execution exists leaves a job that finds nothing to run.
          claim = claimFor === undefined ? undefined : yield* queue.claimNew(job, claimFor)
          const created = yield* store.create(execution, execution.createdAt, claim?.token)
          if (!created.created) {
            if (claim) yield* Effect.ignore(queue.complete(claim))
            return { _tag: "Existing", execution: created.execution } as const
          }
          if (claim === undefined) yield* queue.enqueue(job)
          return { _tag: "Created", execution, claim: Option.fromNullable(claim), charged: charged.current } as const
        })
        // A failed write gives back what it took: the job it claimed (nothing can fail once the
        // execution is created with it), and the charge.
        const result = yield* Effect.onError(written, () =>
          Effect.zipRight(claim ? Effect.ignore(queue.complete(claim)) : Effect.void, refund(c)))
        if (result._tag === "Existing") yield* refund(c)
        return result
      })
  })
})

/** The composed start store as a layer (over the storage ports; charges only where a quota store is present). */
export const layer: Layer.Layer<StartStore, never, ExecutionStore | WorkQueue> = Layer.effect(StartStore, make)
