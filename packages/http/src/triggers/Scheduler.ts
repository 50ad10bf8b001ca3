/**
 * The scheduler: a background fiber in every server process that sleeps until the earliest due
 * slot (at most `pollMs`), then starts one execution per due slot with `trigger: "schedule"` and
 * input `{ scheduledAt }` (unix seconds), under the organization's plan, running the workflow's
 * published version (an unpublished workflow's schedules are not due).
 *
 * Exactly once, with any number of processes on one database: a slot's start carries the
 * idempotency key `schedule:<workflowId>:<nodeId>:<slot>`, so every process that sees the slot
 * gets the same execution; only then is the schedule moved to its next slot, by a conditional
 * `UPDATE … WHERE next_run_at = <slot>`. A process that dies between the two leaves the slot due,
 * and the next one finds its execution by the key instead of starting another.
 *
 * A slot more than `graceMs` late was missed (no process ran): `skip` moves on to the next future
 * slot without a run; `runOnce` starts one run for the slot (input `{ scheduledAt, missed: true }`)
 * and then moves on to the next future slot.
 *
 * @since 0.1.0
 */
import { Cause, Clock, Effect, Layer, Option } from "effect"
import type { OrganizationId } from "@sire/core/Id"
import { Sire, type StartError } from "@sire/core/Sire"
import { seconds } from "../Schemas.js"
import * as Schedules from "./Schedules.js"
import { type Due, type Schedule, Triggers } from "./Triggers.js"

/** Settings of the scheduler. */
export interface Options {
  /** How late a slot may be and still run as scheduled; later, it counts as missed. 60 s by default. */
  readonly graceMs?: number | undefined
  /** The longest the scheduler sleeps between looks at the table. 1 s by default. */
  readonly pollMs?: number | undefined
}

/** Schedules handled per look. */
const batchSize = 50

/** What a failed start means for the slot: move on (`advance`), forget the schedule (`drop`), or try again (`retry`). */
const afterFailure = (error: StartError): "advance" | "drop" | "retry" => {
  switch (error._tag) {
    case "WorkflowNotFound":
      return "drop"
    case "QuotaExceeded":
    case "InvalidInput":
    case "InvalidWorkflow":
    case "VersionNotFound":
    case "UnknownPlan":
      return "advance"
    default:
      return "retry"
  }
}

/** The scheduler as a scoped layer: its fiber lives as long as the layer. */
export const layer = (options: Options = {}): Layer.Layer<never, never, Triggers | Sire> =>
  Layer.scopedDiscard(Effect.gen(function*() {
    const triggers = yield* Triggers
    const sire = yield* Sire
    const graceMs = options.graceMs ?? 60_000
    const pollMs = options.pollMs ?? 1_000

    const following = (schedule: Schedule, after: number) =>
      Effect.try(() => Schedules.next(schedule, after)).pipe(Effect.orElseSucceed(() => null))

    const fire = (schedule: Due, now: number) =>
      Effect.gen(function*() {
        const slot = schedule.nextRunAt!
        const missed = now - slot > graceMs
        const to = yield* following(schedule, missed ? now : slot)
        if (missed && schedule.missed === "skip") {
          yield* triggers.advance(schedule, slot, to)
          return
        }
        const outcome = yield* sire.start({
          organizationId: schedule.organizationId as OrganizationId,
          workflowId: schedule.workflowId,
          version: schedule.version,
          input: missed ? { scheduledAt: seconds(slot), missed: true } : { scheduledAt: seconds(slot) },
          trigger: "schedule",
          plan: schedule.plan,
          idempotencyKey: `schedule:${schedule.workflowId}:${schedule.nodeId}:${seconds(slot)}`
        }).pipe(
          Effect.as("advance" as const),
          Effect.catchAll((error) =>
            Effect.as(
              Effect.logWarning("scheduled start failed", error).pipe(
                Effect.annotateLogs({ workflowId: schedule.workflowId, nodeId: schedule.nodeId })
              ),
              afterFailure(error)
            )
          )
        )
        if (outcome === "advance") yield* triggers.advance(schedule, slot, to)
        if (outcome === "drop") yield* triggers.drop(schedule.workflowId, schedule.nodeId)
      })

    /** One look: fires the due slots; answers how long to sleep. */
    const tick = Effect.gen(function*() {
      const now = yield* Clock.currentTimeMillis
      const due = yield* triggers.due(now, batchSize)
      yield* Effect.forEach(due, (schedule) => fire(schedule, now), { concurrency: 8, discard: true })
      if (due.length === batchSize) return 0
      const earliest = yield* triggers.earliest
      const after = yield* Clock.currentTimeMillis
      return Option.match(earliest, {
        onNone: () => pollMs,
        onSome: (at) => Math.min(pollMs, Math.max(0, at - after))
      })
    }).pipe(
      Effect.catchAllCause((cause) => Effect.as(Effect.logError("scheduler round failed", Cause.squash(cause)), pollMs))
    )

    yield* Effect.forkScoped(Effect.forever(Effect.flatMap(tick, (ms) => Effect.sleep(Math.max(ms, 5)))))
  }))
