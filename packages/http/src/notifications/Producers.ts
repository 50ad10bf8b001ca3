/**
 * The system's own notification producers: execution failures (a background fiber over this
 * process's event hub, so with several servers each failure is notified by the one that ran it)
 * and the monthly quota at 80% and 100% (the quota itself notifies as a start crosses). Invitations and disabled
 * webhook endpoints call `Notifications.notify` from their own features.
 *
 * @since 0.1.0
 */
import { Cause, Effect, Layer, Option, Queue } from "effect"
import type { Failure } from "@sire/core/Execution"
import { ExecutionEvents } from "@sire/core/ExecutionEvents"
import type { OrganizationId } from "@sire/core/Id"
import { Quota, type Usage } from "@sire/core/Quota"
import { Sire } from "@sire/core/Sire"
import { Notifications } from "./Notifications.js"

interface FailedExecution {
  readonly organizationId: string
  readonly executionId: string
  readonly error: Failure
}

/** The notification of one failed execution: the title names the workflow and the node, the body is the error. */
const failureNotice = (failed: FailedExecution, workflow: { readonly id: string; readonly name: string } | undefined) => ({
  organizationId: failed.organizationId,
  kind: "execution.failed",
  title: `${workflow === undefined ? "An execution" : `Workflow "${workflow.name}"`} failed` +
    (failed.error.nodeId !== undefined ? ` at node "${failed.error.nodeId}"` : ""),
  body: failed.error.message,
  data: {
    executionId: failed.executionId,
    ...(workflow !== undefined ? { workflowId: workflow.id } : {}),
    ...(failed.error.nodeId !== undefined ? { nodeId: failed.error.nodeId } : {})
  },
  dedupeKey: `execution.failed:${failed.executionId}`
})

/**
 * Notifies the organization of every execution that fails in this process (once per execution):
 * subscribes to the event hub and creates the notifications from a scoped background fiber.
 */
export const executionFailures: Layer.Layer<never, never, ExecutionEvents | Sire | Notifications> = Layer.scopedDiscard(
  Effect.gen(function*() {
    const hub = yield* ExecutionEvents
    const sire = yield* Sire
    const notifications = yield* Notifications
    const failed = yield* Queue.unbounded<FailedExecution>()
    yield* hub.listenAll(({ events, executionId, organizationId }) => {
      if (organizationId === undefined) return
      for (const event of events) {
        if (event._tag === "execution.failed") Queue.unsafeOffer(failed, { organizationId, executionId, error: event.error })
      }
    })
    const notice = (execution: FailedExecution) =>
      sire.get(execution.executionId, { organizationId: execution.organizationId as OrganizationId }).pipe(
        Effect.map((found) => ({ id: found.workflowId, name: found.document.name })),
        Effect.option,
        Effect.flatMap((workflow) => notifications.notify(failureNotice(execution, Option.getOrUndefined(workflow)))),
        Effect.catchAllCause((cause) =>
          Effect.logWarning(`could not notify the failure of execution ${execution.executionId}`, Cause.squash(cause))
        )
      )
    yield* Effect.forkScoped(Effect.forever(
      Effect.flatMap(Queue.takeBetween(failed, 1, 64), (batch) => Effect.forEach(batch, notice, { concurrency: 4, discard: true }))
    ))
  })
)

/** The count at which a consume crosses `percent` of `limit` (exactly one consume of the month returns it). */
const crossing = (limit: number, percent: number): number => Math.ceil((limit * percent) / 100)

/**
 * The quota, notifying the organization when a start uses 80% (`quota.warning`) or 100%
 * (`quota.reached`) of a finite monthly limit. The counter moves by one per consume, so exactly
 * one start of the month lands on each threshold: no extra read, whichever path started it
 * (API, chat); the dedupe key keeps a refunded and re-taken slot from notifying twice.
 */
export const notifyingQuota = <E, R>(quota: Layer.Layer<Quota, E, R>): Layer.Layer<Quota, E, R | Notifications> =>
  Layer.effect(
    Quota,
    Effect.gen(function*() {
      const inner = yield* Quota
      const notifications = yield* Notifications
      const notice = (organizationId: string, usage: Usage) => {
        if (usage.limit === null || usage.limit <= 0) return Effect.void
        const threshold = usage.current === usage.limit ? 100 : usage.current === crossing(usage.limit, 80) ? 80 : undefined
        if (threshold === undefined) return Effect.void
        return notifications.notify({
          organizationId,
          kind: threshold === 100 ? "quota.reached" : "quota.warning",
          title: threshold === 100 ? "Monthly execution limit reached" : "80% of this month's executions used",
          body: threshold === 100
            ? `Your organization has used all ${usage.limit} executions its ${usage.plan} plan allows this month (${usage.period}); ` +
              `further starts are refused until ${new Date(usage.resetsAt * 1000).toISOString().slice(0, 10)}. Upgrade to keep running.`
            : `Your organization has started ${usage.current} of the ${usage.limit} executions its ${usage.plan} plan allows this month (${usage.period}).`,
          data: { threshold, plan: usage.plan, limit: usage.limit, current: usage.current, period: usage.period, resetsAt: usage.resetsAt },
          dedupeKey: `quota:${threshold}:${organizationId}:${usage.period}`
        }).pipe(
          Effect.catchAllCause((cause) => Effect.logWarning(`could not notify the quota of ${organizationId}`, Cause.squash(cause))),
          Effect.asVoid
        )
      }
      return Quota.of({
        ...inner,
        consume: (options) => Effect.tap(inner.consume(options), (usage) => notice(options.organizationId, usage)),
        consumeWith: (options, charge) =>
          Effect.tap(inner.consumeWith(options, charge), ({ usage }) => notice(options.organizationId, usage))
      })
    })
  ).pipe(Layer.provide(quota))
