/**
 * The bulk runner: a background fiber in every server process that advances running bulk
 * operations a batch at a time. Each batch is taken under a lease (`Operations.claim`), so one
 * process at a time works on an operation and another takes it over once a lease lapses (a
 * restart); progress is recorded with the batch, and retries and replays carry an idempotency key
 * per operation and execution, so a batch run twice starts nothing twice. At most `batchSize`
 * executions per `intervalMs`: a bulk action never floods the engine. A look that finds no
 * operation to advance is followed by a longer pause (`idleMs`), so an idle server does not
 * write to its database five times a second.
 *
 * @since 0.1.0
 */
import type * as SqlClient from "@effect/sql/SqlClient"
import { Cause, Clock, Effect, Layer, Option } from "effect"
import { isFinal } from "@sire/core/Execution"
import { randomToken } from "@sire/core/Id"
import { Sire } from "@sire/core/Sire"
import * as Operations from "./Operations.js"

/** How the runner paces itself. */
export interface Options {
  /** Executions per batch; 50 by default. */
  readonly batchSize?: number | undefined
  /** The pause between batches; 200 ms by default. */
  readonly intervalMs?: number | undefined
  /** The pause after a look that found no operation to advance; 1 s by default, never shorter than `intervalMs`. */
  readonly idleMs?: number | undefined
  /** How long a batch may take before another process may take the operation over; 60 s by default. */
  readonly leaseMs?: number | undefined
}

/** The runner's settings with every default filled in. */
export interface Pace {
  readonly batchSize: number
  readonly intervalMs: number
  readonly idleMs: number
  readonly leaseMs: number
}

type Outcome = { readonly _tag: "succeeded" } | { readonly _tag: "skipped" } | { readonly _tag: "failed"; readonly error: string }

const succeeded: Outcome = { _tag: "succeeded" }
const skipped: Outcome = { _tag: "skipped" }

/** Acts on one execution of an operation. */
const act = (sire: Sire["Type"], operation: Operations.Operation, executionId: string): Effect.Effect<Outcome> => {
  const scope = { organizationId: operation.organizationId as never, plan: operation.plan }
  const key = `bulk:${operation.id}:${executionId}`
  const started = (effect: Effect.Effect<unknown, { readonly _tag: string; readonly message: string }>) =>
    effect.pipe(
      Effect.as(succeeded),
      Effect.catchAll((error): Effect.Effect<Outcome> =>
        Effect.succeed(error._tag === "NotRerunnable" ? skipped : { _tag: "failed", error: error.message || error._tag }))
    )
  switch (operation.action) {
    case "cancel":
      return sire.get(executionId, scope).pipe(
        Effect.flatMap((execution): Effect.Effect<Outcome, { readonly _tag: string; readonly message: string }> =>
          isFinal(execution.status) ? Effect.succeed(skipped) : Effect.as(sire.cancel(executionId, scope), succeeded)),
        Effect.catchAll((error): Effect.Effect<Outcome> => Effect.succeed({ _tag: "failed", error: error.message || error._tag }))
      )
    case "retry":
      return started(sire.retry(executionId, { ...scope, idempotencyKey: key }))
    case "replay":
      return started(sire.replay(executionId, { ...scope, idempotencyKey: key }))
  }
}

/** Claims one operation and advances it by a batch: whether there was one to advance. */
export const step = (sire: Sire["Type"], options: Pace, token: string) =>
  Effect.gen(function*() {
    const now = yield* Clock.currentTimeMillis
    const claimed = yield* Operations.claim(now, options.leaseMs, token)
    if (Option.isNone(claimed)) return false
    const operation = claimed.value
    const batch = yield* Operations.nextBatch(operation, options.batchSize)
    const counts = { succeeded: 0, skipped: 0, failed: 0 }
    const errors: Array<Operations.ItemError> = []
    for (const item of batch) {
      const outcome = yield* act(sire, operation, item.id)
      counts[outcome._tag]++
      if (outcome._tag === "failed") errors.push({ executionId: item.id, error: outcome.error })
    }
    const last = batch[batch.length - 1]
    yield* Operations.advance(operation, token, {
      processed: batch.length,
      ...counts,
      errors: errors.slice(0, Operations.maxErrors),
      cursor: last === undefined ? null : { createdAt: last.createdAt, id: last.id },
      done: batch.length < options.batchSize
    }, yield* Clock.currentTimeMillis)
    return true
  })

/** The runner as a scoped layer: its fiber lives as long as the layer. */
export const layer = (options: Options = {}): Layer.Layer<never, never, SqlClient.SqlClient | Sire> =>
  Layer.scopedDiscard(Effect.gen(function*() {
    const sire = yield* Sire
    const intervalMs = options.intervalMs ?? 200
    const settings: Pace = {
      batchSize: options.batchSize ?? 50,
      intervalMs,
      idleMs: Math.max(intervalMs, options.idleMs ?? 1_000),
      leaseMs: options.leaseMs ?? 60_000
    }
    const token = randomToken(12)
    const round = step(sire, settings, token).pipe(
      Effect.catchAllCause((cause) => Effect.as(Effect.logError("bulk round failed", Cause.squash(cause)), false))
    )
    yield* Effect.forkScoped(Effect.forever(Effect.flatMap(round, (advanced) =>
      Effect.sleep(advanced ? settings.intervalMs : settings.idleMs))))
  }))
